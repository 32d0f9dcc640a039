/**
 * The header and footer zones of the page. Shown as their text; a double-click (or Insertion >
 * En-tête / Pied de page) edits one in place with a small editor of its own (same schema, Ctrl+B
 * and the rest, its own undo), under a toolbar: which pages ("Toutes les pages" / "Première
 * page" when the first page is different, "Pages paires" when odd and even pages differ),
 * "Première page différente", "Pages paires et impaires différentes", "Numéro de page",
 * "Nombre de pages", "Fermer" (or Escape). The story is written to the section (one undo step
 * of the document) when the editing closes, switches page, or the focus leaves the zone.
 * While the body records changes, so does the story's editor (same author and date; the
 * changes are drawn as in the body), and the zone shows them when it is not being edited.
 */
import { useEffect, useImperativeHandle, useLayoutEffect, useRef } from 'react';
import type { CSSProperties, Ref } from 'react';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import type { Node as PMNode } from 'prosemirror-model';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import type { MarkViewConstructor, NodeView } from 'prosemirror-view';
import { textSchema } from '@ostal/model';
import type { PMNodeJSON, SectionProps } from '@ostal/model';
import { Button, Toolbar } from '../ui/index.js';
import { emptyStory, fieldNode, oddEvenDiffer, storyOf, storyParagraphs } from './header-footer.js';
import { imageView } from './image-view.js';
import type { ImageViewLabels, MediaUrls } from './image-view.js';
import { editorPlace, storyPicture } from './story-pictures.js';
import type { StoryPicture } from './story-pictures.js';
import { geometryOf } from './sheet-geometry.js';
import type { Geometry } from './sheet-geometry.js';
import type { StoryKind, StoryVariant } from './header-footer.js';
import { writerBaseKeymap, writerKeymap } from './keymap.js';
import { setTracking, trackChangesPlugin, trackTransaction } from './track-changes.js';
import type { ChangeAuthor } from './track-changes.js';

export interface HeaderFooterLabels {
  readonly header: string;
  readonly footer: string;
  /** Tooltip of a zone: "Double-cliquez pour modifier l'en-tête". */
  readonly editHint: (kind: StoryKind) => string;
  /** Toolbar name, "En-tête et pied de page". */
  readonly toolbar: string;
  readonly pages: string;
  readonly variants: Readonly<Record<StoryVariant, string>>;
  readonly titlePage: string;
  /** "Pages paires et impaires différentes". */
  readonly oddEven: string;
  /** The default story's pages when odd and even pages differ: "Pages impaires". */
  readonly oddPages: string;
  readonly pageNumber: string;
  readonly pageCount: string;
  readonly close: string;
  /** A story's name with its section's number, in a document of several sections: "En-tête (section 2)". */
  readonly inSection: (story: string, number: number) => string;
}

/** How the stories' pictures are drawn: the body's media and placeholders (image-view.ts). */
export interface StoryPictures {
  readonly urls: MediaUrls;
  readonly labels: ImageViewLabels;
}

/** A picture of a story, drawn as the body draws one (image-view.ts: metafiles translated, placeholders). */
export function StoryPictureView({ picture, pictures, className, style }: { picture: StoryPicture; pictures: StoryPictures; className?: string; style?: CSSProperties }) {
  const host = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const el = host.current;
    if (!el) return undefined;
    let dom: HTMLElement | null = null;
    try {
      dom = imageView(textSchema.nodes.image!.create(picture.attrs), pictures.urls, pictures.labels).dom;
    } catch {
      // Attributes the schema refuses: nothing drawn.
    }
    if (dom) el.append(dom);
    return () => dom?.remove();
  }, [picture, pictures]);
  return <span ref={host} className={className ? `writer-story__picture ${className}` : 'writer-story__picture'} style={{ ...style, width: `${String(picture.width)}px`, height: `${String(picture.height)}px` }} />;
}

/** Recording and showing tracked changes in the stories, as the body does. */
export interface StoryReview {
  /** True while the body records changes. */
  readonly tracking: boolean;
  /** Who records a change now, and when. */
  readonly author: () => ChangeAuthor;
  /** How changes are drawn in the story's editor (change-views.ts). */
  readonly markViews: Record<string, MarkViewConstructor>;
  /** Tooltip of a change: who made it and when. */
  readonly changeTitle: (kind: 'insertion' | 'deletion', author: string | null, date: string | null) => string;
}

interface StoryEditorHandle {
  doc(): PMNode;
  insert(node: PMNode): void;
}

/** A picture in the story's editor: an anchored one out of the lines, where the sheet has it (`editorPlace`), taking no room. */
function storyImageView(node: PMNode, pictures: StoryPictures, kind: StoryKind, geometry: Geometry): NodeView {
  const view = imageView(node, pictures.urls, pictures.labels);
  const picture = storyPicture(node.attrs);
  if (!picture.anchored) return view;
  const at = editorPlace(picture, geometry, kind);
  view.dom.classList.add('writer-story__floating');
  if (node.attrs.wrap === 'behind') view.dom.classList.add('writer-story__floating--behind');
  view.dom.style.left = `${String(at.left)}px`;
  if ('top' in at) view.dom.style.top = `${String(at.top)}px`;
  else view.dom.style.bottom = `${String(at.bottom)}px`;
  return view;
}

function StoryEditor({ story, kind, geometry, label, review, pictures, onEscape, ref }: { story: PMNode; kind: StoryKind; geometry: Geometry; label: string; review: StoryReview; pictures: StoryPictures; onEscape: () => void; ref: Ref<StoryEditorHandle> }) {
  const mount = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const escape = useRef(onEscape);
  escape.current = onEscape;
  const reviewRef = useRef(review);
  reviewRef.current = review;
  const sheet = useRef(geometry);
  sheet.current = geometry;
  useEffect(() => {
    if (!mount.current) return undefined;
    const v: EditorView = new EditorView(mount.current, {
      state: EditorState.create({
        doc: story,
        plugins: [keymap({ Escape: () => (escape.current(), true), 'Mod-z': undo, 'Mod-y': redo, 'Mod-Shift-z': redo }), writerKeymap(), writerBaseKeymap(), history(), trackChangesPlugin()],
      }),
      attributes: { role: 'textbox', 'aria-multiline': 'true', 'aria-label': label, class: 'writer-story__content' },
      markViews: review.markViews,
      // Pictures (logos) as in the body, from the document's media; anchored ones where the sheet has them.
      nodeViews: { image: (node) => storyImageView(node, pictures, kind, sheet.current) },
      // While recording, an edit becomes a tracked one, as in the body (track-changes.ts).
      dispatchTransaction: (tr) => v.updateState(v.state.apply(trackTransaction(v.state, tr, reviewRef.current.author()))),
    });
    setTracking(review.tracking)(v.state, v.dispatch);
    view.current = v;
    v.focus();
    return () => {
      v.destroy();
      view.current = null;
    };
    // The story is the initial content; the parent remounts with a key to load another.
  }, []);
  useEffect(() => {
    const v = view.current;
    if (v) setTracking(review.tracking)(v.state, v.dispatch);
  }, [review.tracking]);
  useImperativeHandle(ref, () => ({
    doc: () => view.current?.state.doc ?? story,
    insert: (node) => {
      const v = view.current;
      if (!v) return;
      v.dispatch(v.state.tr.replaceSelectionWith(node, false).scrollIntoView());
      v.focus();
    },
  }));
  return <div ref={mount} className="writer-story" />;
}

export interface HeaderFooterAreaProps {
  readonly kind: StoryKind;
  readonly section: SectionProps | null;
  readonly labels: HeaderFooterLabels;
  readonly review: StoryReview;
  readonly pictures: StoryPictures;
  /** The section's number (1, 2…) when the document has several sections (its editor's name says it), else undefined. */
  readonly sectionNumber?: number;
  /** The variant being edited, or null when this zone is not being edited. */
  readonly editing: StoryVariant | null;
  readonly onStartEdit: () => void;
  readonly onCommit: (variant: StoryVariant, story: PMNode) => void;
  readonly onVariant: (variant: StoryVariant) => void;
  readonly onTitlePage: (on: boolean) => void;
  readonly onOddEven: (on: boolean) => void;
  readonly onClose: () => void;
  /**
   * What the zone shows when not edited (the page view's sheets: the page's variant, its page
   * number filled); `decorative`: a repeat on a later sheet, hidden from assistive technologies.
   * Without it, the default story.
   */
  readonly preview?: { readonly story: PMNodeJSON | undefined; readonly decorative: boolean };
}

/** A story's lines as shown outside editing, its tracked insertions and deletions drawn as in the body. */
function StoryPreview({ story, review, pictures }: { story: PMNodeJSON | undefined; review: StoryReview; pictures: StoryPictures }) {
  return storyParagraphs(story).map((line, i) => (
    <div key={i} style={line.align ? { textAlign: line.align } : undefined}>
      {line.runs.map((run, j) => {
        const shown = run.picture ? <StoryPictureView key={j} picture={run.picture} pictures={pictures} /> : run.text;
        if (!run.change) return shown;
        const Tag = run.change.kind === 'insertion' ? 'ins' : 'del';
        return (
          <Tag key={j} className={`tracked-${run.change.kind}`} title={review.changeTitle(run.change.kind, run.change.author, run.change.date)}>
            {shown}
          </Tag>
        );
      })}
    </div>
  ));
}

export function HeaderFooterArea({ kind, section, labels, review, pictures, sectionNumber, editing, onStartEdit, onCommit, onVariant, onTitlePage, onOddEven, onClose, preview }: HeaderFooterAreaProps) {
  const editor = useRef<StoryEditorHandle>(null);
  const name = kind === 'header' ? labels.header : labels.footer;
  const editorName = sectionNumber === undefined ? name : labels.inSection(name, sectionNumber);
  const className = kind === 'header' ? 'writer-page__header' : 'writer-page__footer';
  if (editing === null) {
    const shown = preview ? preview.story : storyOf(section, kind, 'default');
    if (preview?.decorative) {
      return (
        <div className={`${className} writer-page__story`} aria-hidden="true" title={labels.editHint(kind)} onDoubleClick={onStartEdit}>
          <StoryPreview story={shown} review={review} pictures={pictures} />
        </div>
      );
    }
    return (
      <div className={`${className} writer-page__story`} role="note" aria-label={name} title={labels.editHint(kind)} onDoubleClick={onStartEdit}>
        <StoryPreview story={shown} review={review} pictures={pictures} />
      </div>
    );
  }
  const oddEven = oddEvenDiffer(section);
  const variantLabel = (v: StoryVariant) => (v === 'default' && oddEven ? labels.oddPages : labels.variants[v]);
  const json = storyOf(section, kind, editing);
  const story = json ? textSchema.nodeFromJSON(json) : emptyStory();
  // Only a changed story is written back: opening a header and leaving it as it was changes nothing.
  const commit = () => {
    const doc = editor.current?.doc();
    if (doc && !doc.eq(story)) onCommit(editing, doc);
  };
  const close = () => {
    commit();
    onClose();
  };
  return (
    <div
      className={`${className} writer-page__story writer-page__story--editing`}
      onBlur={(e) => {
        if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) commit();
      }}
    >
      <Toolbar label={labels.toolbar} className="writer-story__toolbar">
        <label className="writer-story__field">
          <span>{labels.pages}</span>
          <select
            className="ui-select"
            value={editing}
            disabled={!section?.titlePage && !oddEven}
            onChange={(e) => {
              commit();
              onVariant(e.target.value as StoryVariant);
            }}
          >
            <option value="default">{variantLabel('default')}</option>
            {section?.titlePage && <option value="first">{labels.variants.first}</option>}
            {oddEven && <option value="even">{labels.variants.even}</option>}
          </select>
        </label>
        <label className="writer-story__field">
          <input
            type="checkbox"
            checked={section?.titlePage === true}
            onChange={(e) => {
              commit();
              onTitlePage(e.target.checked);
            }}
          />
          {labels.titlePage}
        </label>
        <label className="writer-story__field">
          <input
            type="checkbox"
            checked={oddEven}
            onChange={(e) => {
              commit();
              onOddEven(e.target.checked);
            }}
          />
          {labels.oddEven}
        </label>
        <Button variant="quiet" onMouseDown={(e) => e.preventDefault()} onClick={() => editor.current?.insert(fieldNode('page-number', '1'))}>
          {labels.pageNumber}
        </Button>
        <Button variant="quiet" onMouseDown={(e) => e.preventDefault()} onClick={() => editor.current?.insert(fieldNode('page-count', '1'))}>
          {labels.pageCount}
        </Button>
        <Button variant="quiet" onClick={close}>
          {labels.close}
        </Button>
      </Toolbar>
      <StoryEditor key={`${kind}-${editing}`} ref={editor} story={story} kind={kind} geometry={geometryOf(section)} review={review} pictures={pictures} label={`${editorName} — ${variantLabel(editing)}`} onEscape={close} />
    </div>
  );
}

/**
 * The word processor view: toolbar + ProseMirror page. The app reads the current document
 * through the handle (`ref`), so nothing is serialised on every keystroke.
 */
import { useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { Ref } from 'react';
import { EditorView } from 'prosemirror-view';
import type { Command, EditorState } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import type { TextDocument } from '@ostal/model';
import { createWriterStateFor, documentFromState } from './editor-state.js';
import { LOADING_META, loadRest, splitDocument } from './progressive-load.js';

/** Top-level blocks from which a document counts as long (about 20 pages). */
const LONG_DOCUMENT_BLOCKS = 400;
import { WriterToolbar } from './WriterToolbar.js';
import type { WriterLabels } from './writer-labels.js';
import { countWords } from './word-count.js';
import { breakViews } from './node-views.js';
import { NoteView, commentView, renumberNotes } from './note-views.js';
import type { NoteLabels } from './note-views.js';
import { changeMarkViews, changeNodeViews } from './change-views.js';
import { MediaUrls, imageView } from './image-view.js';
import { headerFooterText, pageStyle } from './page-layout.js';
import { syncSelectionFromPage } from './dom-selection.js';
import 'prosemirror-view/style/prosemirror.css';
import 'prosemirror-tables/style/tables.css';
import './writer.css';

/** What the app can ask of a mounted writer. */
export interface WriterHandle {
  /** The document as it is now, with the metadata it was opened with. */
  getDocument(): TextDocument;
  /** Records the current content as saved: dirty becomes false until the next change. */
  markSaved(): void;
  focus(): void;
}

export interface WriterEditorProps {
  /** Initial content; later changes to this prop are ignored (remount with a new `key` instead). */
  readonly document: TextDocument;
  readonly labels: WriterLabels;
  /** Called when the document becomes different from (or equal again to) the saved content. */
  readonly onDirtyChange?: (dirty: boolean) => void;
  readonly ref?: Ref<WriterHandle>;
  /** When false the editor is hidden in a background tab; it keeps its state. */
  readonly active?: boolean;
}

/** Node views of notes and comments (`note-views.ts`). */
function noteViews(labels: NoteLabels): Record<'note' | 'comment', (node: PMNode, view: EditorView) => NoteView | ReturnType<typeof commentView>> {
  return { note: (node, view) => new NoteView(node, view, labels), comment: (node) => commentView(node, labels) };
}

export function WriterEditor({ document, labels, onDirtyChange, ref, active = true }: WriterEditorProps) {
  const mountRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const savedDocRef = useRef<PMNode | null>(null);
  const dirtyRef = useRef(false);
  const onDirtyRef = useRef(onDirtyChange);
  onDirtyRef.current = onDirtyChange;
  // Long documents arrive in slices (progressive-load.ts): the first one is built here, once.
  const [split] = useState(() => splitDocument(document));
  const [state, setState] = useState<EditorState>(() => createWriterStateFor(split.first));
  /** Share of the document's blocks in the editor, 1 once loaded. */
  const [loaded, setLoaded] = useState(() => (split.rest.length === 0 ? 1 : (split.total - split.rest.length) / split.total));
  const loadingRef = useRef(split.rest.length > 0);
  const [loadError, setLoadError] = useState<unknown>(null);
  // A block that does not fit the schema fails the editor like a bad first slice would: the
  // document pane's error boundary shows it.
  if (loadError) throw loadError instanceof Error ? loadError : new Error('The document could not be loaded in the editor.', { cause: loadError });
  // Pictures are shown from blob: URLs of the document's media, revoked when the editor closes.
  const [mediaUrls] = useState(() => new MediaUrls(document.media));
  const labelsRef = useRef(labels);
  labelsRef.current = labels;
  const nodeViews = () => ({
    ...breakViews(labelsRef.current),
    image: (node: PMNode) => imageView(node, mediaUrls, { unavailable: labelsRef.current.imageUnavailable, linked: labelsRef.current.imageLinked }),
    ...noteViews(labelsRef.current.notes),
    ...changeNodeViews(labelsRef.current),
  });

  useEffect(() => {
    const mount = mountRef.current;
    if (!mount) return undefined;
    const initial = state;
    savedDocRef.current = initial.doc;
    const view = new EditorView(mount, {
      state: initial,
      // Read-only until the whole document is in.
      editable: () => !loadingRef.current,
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': labels.textArea,
        // Long documents lay out only what is near the screen (writer.css).
        class: split.total > LONG_DOCUMENT_BLOCKS ? 'writer-page__content writer-page__content--long' : 'writer-page__content',
        spellcheck: 'true',
        lang: document.meta.language ?? 'fr',
      },
      nodeViews: nodeViews(),
      markViews: changeMarkViews(labels),
      handleDOMEvents: {
        // Links are for reading the address, not for leaving the document: no navigation from the editor.
        click: (_view, event) => {
          if (event.target instanceof Element && event.target.closest('a')) event.preventDefault();
          return false;
        },
        auxclick: (_view, event) => {
          if (event.target instanceof Element && event.target.closest('a')) event.preventDefault();
          return false;
        },
      },
      dispatchTransaction(tr) {
        const next = view.state.apply(tr);
        view.updateState(next);
        renumberNotes(view);
        setState(next);
        // A loading step is the saved content arriving, not a change.
        if (tr.getMeta(LOADING_META) === true) savedDocRef.current = next.doc;
        else if (tr.docChanged) {
          const dirty = !next.doc.eq(savedDocRef.current ?? next.doc);
          if (dirty !== dirtyRef.current) {
            dirtyRef.current = dirty;
            onDirtyRef.current?.(dirty);
          }
        }
      },
    });
    viewRef.current = view;
    renumberNotes(view);
    setState(view.state);
    // While slices arrive the selection stays out of the editor: ProseMirror would otherwise
    // read it back from the DOM after each slice, which lays out the whole page every time.
    if (!loadingRef.current) view.focus();
    const stopLoading = loadRest(
      split,
      () => view.state,
      (tr) => view.dispatch(tr),
      (share) => {
        if (share === 1 && loadingRef.current) {
          loadingRef.current = false;
          // Re-reads `editable`: the document can be edited now.
          view.setProps({});
          view.focus();
        }
        setLoaded(share);
      },
      setLoadError,
    );
    return () => {
      stopLoading();
      view.destroy();
      viewRef.current = null;
      mediaUrls.revokeAll();
    };
    // The document prop is the initial content only.
  }, []);

  useEffect(() => {
    viewRef.current?.setProps({ attributes: { ...viewRef.current.props.attributes, 'aria-label': labels.textArea } });
  }, [labels.textArea]);

  const notesKey = Object.values(labels.notes).filter((v) => typeof v === 'string').join('|');
  const changesKey = `${labels.keptContent}|${labels.changeTitle('insertion', null, null)}`;
  useEffect(() => {
    viewRef.current?.setProps({ nodeViews: nodeViews(), markViews: changeMarkViews(labels) });
    if (viewRef.current) renumberNotes(viewRef.current);
    // The labels object is rebuilt on every render of the app: follow its strings, not its
    // identity (new node views redraw the whole document).
  }, [labels.pageBreak, labels.columnBreak, labels.sectionBreak, labels.imageUnavailable, labels.imageLinked, notesKey, changesKey]);

  useEffect(() => {
    if (active && !loadingRef.current) viewRef.current?.focus();
  }, [active]);

  useImperativeHandle(
    ref,
    () => ({
      // While loading nothing can be edited: the document is still the one that was opened.
      getDocument: () => (loadingRef.current ? document : documentFromState(viewRef.current?.state ?? state, document.meta, document.media)),
      markSaved: () => {
        savedDocRef.current = viewRef.current?.state.doc ?? null;
        dirtyRef.current = false;
        onDirtyRef.current?.(false);
      },
      focus: () => viewRef.current?.focus(),
    }),
    [state, document],
  );

  const run = (command: Command) => {
    const view = viewRef.current;
    if (!view || loadingRef.current) return;
    syncSelectionFromPage(view);
    command(view.state, view.dispatch);
    view.focus();
  };

  // Headers and footers are shown, not edited: the first section's default ones.
  const hf = headerFooterText(document);

  return (
    <div className="writer">
      <WriterToolbar state={state} labels={labels} run={run} />
      <div className="writer-desk">
        <div className="writer-page" style={pageStyle(document)}>
          {hf.header !== '' && (
            <div className="writer-page__header" role="note" aria-label={labels.header}>
              {hf.header}
            </div>
          )}
          <div ref={mountRef} />
          {hf.footer !== '' && (
            <div className="writer-page__footer" role="note" aria-label={labels.footer}>
              {hf.footer}
            </div>
          )}
        </div>
      </div>
      <div className="writer-status" aria-live="off">
        {loaded < 1 ? labels.loading(Math.floor(loaded * 100)) : labels.wordCount(countWords(state.doc))}
      </div>
    </div>
  );
}

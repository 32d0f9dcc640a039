/**
 * The writer's page as the user sees it (Affichage > Page / Brouillon).
 *
 * Page: one sheet per page the page view counts (`page-view-plugin.ts`), of its section's paper
 * (size, orientation, margins; sheets of several widths centred), drawn behind the text with a
 * grey space between them; each sheet shows its section's header and footer (first-page and
 * even-page variants as `print-stories.ts` picks them, page number and page count filled for
 * that sheet), their pictures drawn (inline ones in their line, anchored ones at their place,
 * `story-pictures.ts`). A double-click on a sheet's header or footer edits that story there
 * (HeaderFooterArea.tsx): the story of the sheet's own section and variant. The first sheet's
 * zones are the ones assistive technologies see; later sheets repeat them.
 *
 * Brouillon: one continuous column, no sheets, headers and footers hidden (shown while edited
 * from Insertion > En-tête / Pied de page).
 */
import { useMemo, useRef } from 'react';
import type { ReactNode, Ref } from 'react';
import type { Command, EditorState } from 'prosemirror-state';
import type { PMNodeJSON, SectionProps } from '@ostal/model';
import { HeaderFooterArea, StoryPictureView } from './HeaderFooterArea.js';
import type { StoryPictures, StoryReview } from './HeaderFooterArea.js';
import { setOddEven, setStory, setTitlePage } from './header-footer.js';
import type { StoryKind, StoryVariant } from './header-footer.js';
import { firstSectionOf } from './page-setup.js';
import { sectionPageStyle } from './page-layout.js';
import { formatPageNumber, storyOf, storyVariant, withPageFields } from './print-stories.js';
import { pageViewInfo } from './page-view-plugin.js';
import type { ShownPage, ViewMode } from './page-view-plugin.js';
import { sheetsHeight, sheetTops } from './page-view-gaps.js';
import { pageColumns, sheetLeft } from './page-view-sections.js';
import { geometryOf } from './sheet-geometry.js';
import type { PaperRun } from './page-view-sections.js';
import { anchoredPictures, anchoredPlace } from './story-pictures.js';
import { sectionAt } from './story-sections.js';
import type { Geometry } from './sheet-geometry.js';
import type { WriterLabels } from './writer-labels.js';
import './page-view.css';

/** The header or footer being edited: on which sheet (0: the first; always 0 in draft view), of which section (its number, 0: the first). */
export interface StoryEditing {
  readonly kind: StoryKind;
  readonly variant: StoryVariant;
  readonly sheet: number;
  readonly section: number;
}

export interface WriterPagesProps {
  readonly mode: ViewMode;
  readonly zoom: number;
  readonly state: EditorState;
  readonly labels: WriterLabels;
  /** Where the editor mounts its text. */
  readonly mountRef: Ref<HTMLDivElement>;
  readonly review: StoryReview;
  /** How the stories' pictures are drawn (the body's media). */
  readonly pictures: StoryPictures;
  readonly editing: StoryEditing | null;
  readonly onEditing: (next: StoryEditing | null) => void;
  /** False while the document is still loading. */
  readonly canEdit: () => boolean;
  /** Runs a command on the document, the focus left where it is. */
  readonly apply: (command: Command) => void;
  /** The story editing closed: back to the text. */
  readonly onClosed: () => void;
  /** What follows the text (the endnotes). */
  readonly after: ReactNode;
}

/** The anchored pictures of a sheet's story placed in `frame` (the sheet, or the story's zone); a double-click edits the story. */
function Floats({ story, geometry, frame, pictures, hidden, onEdit }: { story: PMNodeJSON | undefined; geometry: Geometry; frame: 'sheet' | 'zone'; pictures: StoryPictures; hidden: boolean; onEdit: () => void }) {
  return anchoredPictures(story).map((picture, i) => {
    const place = anchoredPlace(picture, geometry);
    if (place.frame !== frame) return null;
    return (
      <span key={i} aria-hidden={hidden ? 'true' : undefined} onDoubleClick={onEdit}>
        <StoryPictureView picture={picture} pictures={pictures} className="writer-story__picture--anchored" style={{ left: `${String(place.left)}px`, top: `${String(place.top)}px` }} />
      </span>
    );
  });
}

export function WriterPages({ mode, zoom, state, labels, mountRef, review, pictures, editing, onEditing, canEdit, apply, onClosed, after }: WriterPagesProps) {
  const section = firstSectionOf(state.doc);
  const pageVars = sectionPageStyle(section);
  const paged = mode === 'page';
  // The sheets are drawn again only when what they show changes, not on every keystroke: the
  // zones' handlers read the latest props from here.
  const live = useRef({ review, onEditing, canEdit, apply, onClosed });
  live.current = { review, onEditing, canEdit, apply, onClosed };
  // A zone edits the stories of its sheet's section (`at`: its number; the first one in draft view).
  const startEdit = (kind: StoryKind, sheet: number, at: number, variant: StoryVariant) => {
    if (live.current.canEdit()) live.current.onEditing({ kind, variant, sheet, section: at });
  };
  const storyArea = (kind: StoryKind, sheet: number, at: number, props: SectionProps | null, shown?: { story: ReturnType<typeof withPageFields>; variant: StoryVariant }) => (
    <HeaderFooterArea
      kind={kind}
      section={props}
      labels={labels.headerFooter}
      review={live.current.review}
      pictures={pictures}
      {...(several ? { sectionNumber: at + 1 } : {})}
      editing={editing?.kind === kind && editing.sheet === sheet ? editing.variant : null}
      onStartEdit={() => startEdit(kind, sheet, at, shown?.variant ?? 'default')}
      onCommit={(variant, story) => live.current.apply(setStory(kind, variant, story, at))}
      onVariant={(variant) => live.current.onEditing({ kind, variant, sheet, section: at })}
      onTitlePage={(on) => {
        live.current.apply(setTitlePage(on, at));
        live.current.onEditing({ kind, variant: on ? 'first' : 'default', sheet, section: at });
      }}
      onOddEven={(on) => {
        live.current.apply(setOddEven(on, at));
        live.current.onEditing({ kind, variant: on ? 'even' : 'default', sheet, section: at });
      }}
      onClose={() => {
        live.current.onEditing(null);
        live.current.onClosed();
      }}
      {...(shown ? { preview: { story: shown.story, decorative: sheet > 0 } } : {})}
    />
  );
  const info = pageViewInfo(state);
  // The plugin's runs (the same array while the sections stay); the first section's paper in draft view.
  const fallback = useMemo(() => [{ from: 0, breakAt: -1, section: 0, props: section, geometry: geometryOf(section) }], [section]);
  const runs: readonly PaperRun[] = info.runs.length > 0 ? info.runs : fallback;
  // As Word does, a story's editor names its section when there are several (sheets of several sections).
  const several = runs.length > 1;
  const { width, insets } = useMemo(() => pageColumns(runs), [runs]);
  const g = runs[0]?.geometry;
  // Before the first layout: one sheet of the first section's paper.
  const pages: readonly ShownPage[] = useMemo(
    () => (info.pages.length > 0 ? info.pages : [{ run: 0, index: 0, number: section?.pageNumberStart !== undefined && section.pageNumberStart > 0 ? section.pageNumberStart : 1, top: g?.top ?? 0, bottom: g?.bottom ?? 0, pushed: false }]),
    [info.pages, section, g],
  );
  const geometries = useMemo(() => pages.map((p) => runs[p.run]?.geometry ?? g), [pages, runs, g]);
  const boxes = useMemo(() => geometries.map((s) => ({ height: s?.height ?? 0, top: 0, bottom: 0 })), [geometries]);
  const tops = useMemo(() => sheetTops(boxes), [boxes]);
  const tracking = review.tracking;
  const storyLabels = labels.headerFooter;
  // storyArea reads the rest through `live`: these are what the sheets show.
  const sheets = useMemo(() => (paged ? pages : []).map((page, i) => {
    const run = runs[page.run] ?? runs[0];
    const sheetGeometry = geometries[i];
    if (!run || !sheetGeometry) return null;
    const props = run.props;
    const variant = storyVariant(props, page.index === 0, page.number);
    const shown = formatPageNumber(page.number, props?.pageNumberFormat);
    const story = (kind: StoryKind) => ({ variant, story: withPageFields(storyOf(kind === 'header' ? props?.headers : props?.footers, variant), shown, String(pages.length)) });
    const inline = { left: `${String(sheetGeometry.left)}px`, right: `${String(sheetGeometry.right)}px` };
    // Anchored pictures, except those of the story being edited here (its editor shows them).
    const floats = (kind: StoryKind, frame: 'sheet' | 'zone') => (editing?.kind === kind && editing.sheet === i ? null : (
      <Floats story={story(kind).story} geometry={sheetGeometry} frame={frame} pictures={pictures} hidden={i > 0} onEdit={() => startEdit(kind, i, run.section, variant)} />
    ));
    return (
      <div
        key={i}
        className="writer-sheet"
        data-page={i + 1}
        style={{ top: `${String(tops[i] ?? 0)}px`, left: `${String(sheetLeft(width, sheetGeometry))}px`, width: `${String(sheetGeometry.width)}px`, height: `${String(sheetGeometry.height)}px` }}
      >
        {floats('header', 'sheet')}
        {floats('footer', 'sheet')}
        <div className="writer-sheet__story writer-sheet__story--header" style={{ ...inline, top: `${String(sheetGeometry.header)}px` }}>
          {storyArea('header', i, run.section, props, story('header'))}
          {floats('header', 'zone')}
        </div>
        <div className="writer-sheet__story writer-sheet__story--footer" style={{ ...inline, bottom: `${String(sheetGeometry.footer)}px` }}>
          {storyArea('footer', i, run.section, props, story('footer'))}
          {floats('footer', 'zone')}
        </div>
      </div>
    );
  }), [paged, pages, runs, geometries, tops, width, section, editing, storyLabels, tracking, pictures]);
  // One tree in both views: the editor's mount point stays the same element.
  // On sheets the margins are the paper's, as printed, also when the document declares none;
  // the view is as wide as its widest sheet, the first section's text column in it.
  const pageWidth = `${String(width)}px`;
  const inset = insets[0] ?? { left: 0, right: 0 };
  const padding = [g?.top ?? 0, inset.right, g?.bottom ?? 0, inset.left].map((v) => `${String(Math.round(v))}px`).join(' ');
  // The endnotes follow the last sheet: its text column.
  const last = insets[insets.length - 1] ?? inset;
  const endnotes = `${String(last.left)}px ${String(last.right)}px`;
  const zoomed = zoom === 100 ? {} : { zoom: zoom / 100, width: paged ? pageWidth : 'var(--page-width, 794px)' };
  const style = paged
    ? { ...pageVars, '--page-width': pageWidth, '--page-padding': padding, '--page-padding-inline': endnotes, width: pageWidth, minHeight: `${String(sheetsHeight(boxes))}px`, ...zoomed }
    : { ...pageVars, ...zoomed };
  return (
    <div className={paged ? 'writer-page writer-page--paged' : 'writer-page writer-page--draft'} style={style}>
      {paged ? <div className="writer-sheets">{sheets}</div> : null}
      {!paged && editing?.kind === 'header' ? storyArea('header', 0, editing.section, sectionAt(state.doc, editing.section)) : null}
      <div ref={mountRef} className="writer-page__flow" />
      {after}
      {!paged && editing?.kind === 'footer' ? storyArea('footer', 0, editing.section, sectionAt(state.doc, editing.section)) : null}
    </div>
  );
}

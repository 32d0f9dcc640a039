/**
 * The writer's page as the user sees it (Affichage > Page / Brouillon).
 *
 * Page: one sheet per page the page view counts (`page-view-plugin.ts`), of its section's paper
 * (size, orientation, margins; sheets of several widths centred), drawn behind the text with a
 * grey space between them; each sheet shows its section's header and footer (first-page and
 * even-page variants as `print-stories.ts` picks them, page number and page count filled for
 * that sheet). A double-click on a sheet's header or footer edits that story there
 * (HeaderFooterArea.tsx) — the first section's stories, so only on sheets that show them. The
 * first sheet's zones are the ones assistive technologies see; later sheets repeat them.
 *
 * Brouillon: one continuous column, no sheets, headers and footers hidden (shown while edited
 * from Insertion > En-tête / Pied de page).
 */
import { useMemo, useRef } from 'react';
import type { ReactNode, Ref } from 'react';
import type { Command, EditorState } from 'prosemirror-state';
import type { SectionProps } from '@ostal/model';
import { HeaderFooterArea } from './HeaderFooterArea.js';
import type { StoryReview } from './HeaderFooterArea.js';
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
import type { WriterLabels } from './writer-labels.js';
import './page-view.css';

/** The header or footer being edited, and on which sheet (0: the first; always 0 in draft view). */
export interface StoryEditing {
  readonly kind: StoryKind;
  readonly variant: StoryVariant;
  readonly sheet: number;
}

export interface WriterPagesProps {
  readonly mode: ViewMode;
  readonly zoom: number;
  readonly state: EditorState;
  readonly labels: WriterLabels;
  /** Where the editor mounts its text. */
  readonly mountRef: Ref<HTMLDivElement>;
  readonly review: StoryReview;
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

/** True when a section shows the first section's headers and footers (editing them there edits what it shows). */
function sameStories(a: SectionProps | null, b: SectionProps | null): boolean {
  return a === b || (JSON.stringify(a?.headers ?? null) === JSON.stringify(b?.headers ?? null) && JSON.stringify(a?.footers ?? null) === JSON.stringify(b?.footers ?? null) && !!a?.titlePage === !!b?.titlePage);
}

export function WriterPages({ mode, zoom, state, labels, mountRef, review, editing, onEditing, canEdit, apply, onClosed, after }: WriterPagesProps) {
  const section = firstSectionOf(state.doc);
  const pageVars = sectionPageStyle(section);
  const paged = mode === 'page';
  // The sheets are drawn again only when what they show changes, not on every keystroke: the
  // zones' handlers read the latest props from here.
  const live = useRef({ review, onEditing, canEdit, apply, onClosed });
  live.current = { review, onEditing, canEdit, apply, onClosed };
  const storyArea = (kind: StoryKind, sheet: number, shown?: { story: ReturnType<typeof withPageFields>; variant: StoryVariant; editable: boolean }) => (
    <HeaderFooterArea
      kind={kind}
      section={section}
      labels={labels.headerFooter}
      review={live.current.review}
      editing={editing?.kind === kind && editing.sheet === sheet ? editing.variant : null}
      onStartEdit={() => {
        if (live.current.canEdit() && shown?.editable !== false) live.current.onEditing({ kind, variant: shown?.variant ?? 'default', sheet });
      }}
      onCommit={(variant, story) => live.current.apply(setStory(kind, variant, story))}
      onVariant={(variant) => live.current.onEditing({ kind, variant, sheet })}
      onTitlePage={(on) => {
        live.current.apply(setTitlePage(on));
        live.current.onEditing({ kind, variant: on ? 'first' : 'default', sheet });
      }}
      onOddEven={(on) => {
        live.current.apply(setOddEven(on));
        live.current.onEditing({ kind, variant: on ? 'even' : 'default', sheet });
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
  const fallback = useMemo(() => [{ from: 0, breakAt: -1, props: section, geometry: geometryOf(section) }], [section]);
  const runs: readonly PaperRun[] = info.runs.length > 0 ? info.runs : fallback;
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
    const editable = sameStories(props, section);
    const story = (kind: StoryKind) => ({ variant, editable, story: withPageFields(storyOf(kind === 'header' ? props?.headers : props?.footers, variant), shown, String(pages.length)) });
    const inline = { left: `${String(sheetGeometry.left)}px`, right: `${String(sheetGeometry.right)}px` };
    return (
      <div
        key={i}
        className="writer-sheet"
        data-page={i + 1}
        style={{ top: `${String(tops[i] ?? 0)}px`, left: `${String(sheetLeft(width, sheetGeometry))}px`, width: `${String(sheetGeometry.width)}px`, height: `${String(sheetGeometry.height)}px` }}
      >
        <div className="writer-sheet__story writer-sheet__story--header" style={{ ...inline, top: `${String(sheetGeometry.header)}px` }}>
          {storyArea('header', i, story('header'))}
        </div>
        <div className="writer-sheet__story writer-sheet__story--footer" style={{ ...inline, bottom: `${String(sheetGeometry.footer)}px` }}>
          {storyArea('footer', i, story('footer'))}
        </div>
      </div>
    );
  }), [paged, pages, runs, geometries, tops, width, section, editing, storyLabels, tracking]);
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
      {!paged && editing?.kind === 'header' ? storyArea('header', 0) : null}
      <div ref={mountRef} className="writer-page__flow" />
      {after}
      {!paged && editing?.kind === 'footer' ? storyArea('footer', 0) : null}
    </div>
  );
}

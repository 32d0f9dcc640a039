/**
 * The writer's page as the user sees it (Affichage > Page / Brouillon).
 *
 * Page: sheets of the first section's paper, one per page the page view counts
 * (`page-view-plugin.ts`), drawn behind the text with a grey space between them; each sheet
 * shows its header and footer (first-page and even-page variants as `print-stories.ts` picks
 * them, page number and page count filled for that sheet). A double-click on any sheet's header
 * or footer edits that story there (HeaderFooterArea.tsx). The first sheet's zones are the ones
 * assistive technologies see; later sheets repeat them.
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
import { geometryOf } from './print-layout.js';
import { formatPageNumber, storyOf, storyVariant, withPageFields } from './print-stories.js';
import { pageViewInfo } from './page-view-plugin.js';
import type { ViewMode } from './page-view-plugin.js';
import { sheetPitch, sheetsHeight } from './page-view-gaps.js';
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

/** The number a sheet prints, from the section's restart. */
function sheetNumber(section: SectionProps | null, sheet: number): number {
  const start = section?.pageNumberStart !== undefined && section.pageNumberStart > 0 ? section.pageNumberStart : 1;
  return start + sheet;
}

export function WriterPages({ mode, zoom, state, labels, mountRef, review, editing, onEditing, canEdit, apply, onClosed, after }: WriterPagesProps) {
  const section = firstSectionOf(state.doc);
  const pageVars = sectionPageStyle(section);
  const paged = mode === 'page';
  // The sheets are drawn again only when what they show changes, not on every keystroke: the
  // zones' handlers read the latest props from here.
  const live = useRef({ review, onEditing, canEdit, apply, onClosed });
  live.current = { review, onEditing, canEdit, apply, onClosed };
  const storyArea = (kind: StoryKind, sheet: number, shown?: { story: ReturnType<typeof withPageFields>; variant: StoryVariant }) => (
    <HeaderFooterArea
      kind={kind}
      section={section}
      labels={labels.headerFooter}
      review={live.current.review}
      editing={editing?.kind === kind && editing.sheet === sheet ? editing.variant : null}
      onStartEdit={() => {
        if (live.current.canEdit()) live.current.onEditing({ kind, variant: shown?.variant ?? 'default', sheet });
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
  const zoomed = zoom === 100 ? {} : { zoom: zoom / 100, width: 'var(--page-width, 794px)' };
  const { count } = pageViewInfo(state);
  const g = useMemo(() => geometryOf(section), [section]);
  const sheet = { height: g.height, top: g.top, bottom: g.bottom };
  const pitch = sheetPitch(sheet);
  const tracking = review.tracking;
  const storyLabels = labels.headerFooter;
  // storyArea reads the rest through `live`: these are what the sheets show.
  const sheets = useMemo(() => Array.from({ length: paged ? count : 0 }, (_, i) => {
    const number = sheetNumber(section, i);
    const variant = storyVariant(section, i === 0, number);
    const shown = formatPageNumber(number, section?.pageNumberFormat);
    const story = (kind: StoryKind) => ({ variant, story: withPageFields(storyOf(kind === 'header' ? section?.headers : section?.footers, variant), shown, String(count)) });
    const inline = { left: `${String(g.left)}px`, right: `${String(g.right)}px` };
    return (
      <div key={i} className="writer-sheet" data-page={i + 1} style={{ top: `${String(i * pitch)}px`, height: `${String(g.height)}px` }}>
        <div className="writer-sheet__story writer-sheet__story--header" style={{ ...inline, top: `${String(g.header)}px` }}>
          {storyArea('header', i, story('header'))}
        </div>
        <div className="writer-sheet__story writer-sheet__story--footer" style={{ ...inline, bottom: `${String(g.footer)}px` }}>
          {storyArea('footer', i, story('footer'))}
        </div>
      </div>
    );
  }), [paged, count, section, editing, storyLabels, tracking, g, pitch]);
  // One tree in both views: the editor's mount point stays the same element.
  // On sheets the margins are the paper's, as printed, also when the document declares none.
  const padding = pageVars['--page-padding'] ?? [g.top, g.right, g.bottom, g.left].map((v) => `${String(Math.round(v))}px`).join(' ');
  const style = paged ? { ...pageVars, '--page-padding': padding, width: 'var(--page-width, 794px)', minHeight: `${String(sheetsHeight(count, sheet))}px`, ...zoomed } : { ...pageVars, ...zoomed };
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

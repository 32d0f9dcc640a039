/**
 * Which header or footer Insertion > En-tête / Pied de page edits: the one of the section where
 * the cursor is, as Word opens it. Pure, but for {@link storyTargetIn} (reads a view).
 *
 * In the page view, once the pages are laid out, it is what a double-click on the cursor's
 * sheet edits (WriterPages.tsx): the story of that sheet's section (the first section of its run
 * of sheets, `page-view-sections.ts`: a continuous section shows the stories of the section
 * whose sheets it shares) and of that page's variant (first page, even page or default, as
 * `print-stories.ts` picks it), on that sheet. Without pages (before the first layout), the
 * cursor's page is not known: the same section, its default story, and the first sheet. From
 * Brouillon, Insertion > En-tête first brings the page view back (`use-story-opener.ts`).
 *
 * A section without a header yet gets an empty one to type in; what is typed is written to that
 * section only (`setStory` with its number), the sections before it keep theirs.
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { EditorView } from 'prosemirror-view';
import { syncSelectionFromPage } from './dom-selection.js';
import type { StoryVariant } from './header-footer.js';
import { pageViewInfo } from './page-view-plugin.js';
import type { ShownPage } from './page-view-plugin.js';
import { paperRuns } from './page-view-sections.js';
import type { PaperRun } from './page-view-sections.js';
import { pageAt } from './page-view-gaps.js';
import { storyVariant } from './print-stories.js';
import { sectionIndexAt } from './story-sections.js';

/** A section's story to edit: its section's number (0: the first), the variant, the sheet it is edited on (0: the first). */
export interface StoryTarget {
  readonly section: number;
  readonly variant: StoryVariant;
  readonly sheet: number;
}

/** The pages as the page view shows them (`pageViewInfo`): where pages 2, 3… start, each sheet, the runs of sheets. */
export interface ShownPages {
  readonly starts: readonly number[];
  readonly pages: readonly ShownPage[];
  readonly runs: readonly PaperRun[];
}

/**
 * The header or footer to edit for a cursor at document position `pos`: on the cursor's sheet
 * when `shown` has pages, else the default story of the cursor's section (its run's first
 * section) on the first sheet.
 */
export function storyTargetAt(doc: PMNode, pos: number, shown?: ShownPages): StoryTarget {
  if (shown && shown.pages.length > 0) {
    const sheet = Math.min(pageAt(shown.starts, pos), shown.pages.length) - 1;
    const page = shown.pages[sheet];
    const run = page ? shown.runs[page.run] : undefined;
    if (page && run) return { section: run.section, variant: storyVariant(run.props, page.index === 0, page.number), sheet };
  }
  const index = sectionIndexAt(doc, pos);
  // The run of sheets holding the cursor's section: a continuous section shows the stories of the one before it.
  let section = 0;
  for (const run of paperRuns(doc)) if (run.section <= index) section = run.section;
  return { section, variant: 'default', sheet: 0 };
}

/** The header or footer to edit for the cursor of `view` (its selection first taken from the page's), with the pages it shows. */
export function storyTargetIn(view: EditorView): StoryTarget {
  syncSelectionFromPage(view);
  return storyTargetAt(view.state.doc, view.state.selection.head, pageViewInfo(view.state));
}

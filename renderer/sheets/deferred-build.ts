/**
 * Opening a workbook's engine in the editor: a small workbook gets HyperFormula at once; a large one
 * shows its first screen from the file's cached results and builds HyperFormula just after that paint.
 */
import type { Workbook } from '@ostal/model';
import { WorkbookEngine } from './workbook-engine.js';

/**
 * Above this many stored cells HyperFormula is built after the first paint. Building takes about
 * 7 µs a cell on the reference machine (14 s for 2,000,000), so below it the wait is short.
 */
export const DEFERRED_BUILD_CELLS = 20_000;

/** Cells stored in a workbook (filled or not), counted without reading them. */
export function storedCells(workbook: Workbook): number {
  let count = 0;
  for (const sheet of workbook.sheets) for (const row of sheet.rows) count += row?.length ?? 0;
  return count;
}

/**
 * The editor's engine for `workbook`: built now when small, deferred when large. Both throw at
 * once when the licence key is refused (the tab fails with that message, as before).
 */
export function openWorkbookEngine(workbook: Workbook, licenseKey: string, deferFrom = DEFERRED_BUILD_CELLS): WorkbookEngine {
  return storedCells(workbook) > deferFrom ? WorkbookEngine.deferred(workbook, licenseKey) : WorkbookEngine.fromWorkbook(workbook, licenseKey);
}

/**
 * Runs `task` once the next frame has been painted: a timeout queued from an animation frame runs
 * after that frame. In a hidden page no frame comes: a timeout of `hiddenMs` runs it instead (a
 * timeout alone in a visible page could come before the paint when the page is slow).
 * Returns a function that cancels it.
 */
export function afterNextPaint(task: () => void, hiddenMs = 500): () => void {
  let later = 0;
  let frame = 0;
  if (window.document.hidden) later = window.setTimeout(task, hiddenMs);
  else
    frame = window.requestAnimationFrame(() => {
      later = window.setTimeout(task, 0);
    });
  return () => {
    window.cancelAnimationFrame(frame);
    window.clearTimeout(later);
  };
}

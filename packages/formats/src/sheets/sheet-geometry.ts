/**
 * Where cells are on a sheet, in points: column and row offsets from the sheet's column widths
 * and row heights, the other cells having an application's default size (hidden ones none),
 * and the cell corner (with the offset inside the cell) at a position. Drawings are anchored to
 * cells; these turn anchors into positions and back. LibreOffice's default cell is 64 x 12.8 pt
 * (2.258 x 0.452 cm), Excel's 48 x 15 pt (8.43 characters of Calibri 11, 64 px; 20 px).
 */
import type { ChartAnchorPoint, Sheet } from '@ostal/model';

/** Default cell size of an application, in points. */
export interface CellDefaults {
  readonly col: number;
  readonly row: number;
}

export const ODF_CELL: CellDefaults = { col: 64, row: 12.8 };
export const EXCEL_CELL: CellDefaults = { col: 48, row: 15 };

const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

/** Runs of sizes (points) differing from the default, as {first, last, size}. */
function sizeRuns(sheet: Sheet, axis: 'col' | 'row'): { first: number; last: number; size: number }[] {
  const runs = axis === 'col' ? (sheet.columns ?? []) : (sheet.rowProps ?? []);
  return runs.flatMap((r) => {
    const size = r.hidden ? 0 : 'width' in r ? r.width : 'height' in r ? r.height : undefined;
    return size === undefined ? [] : [{ first: r.first, last: r.last, size }];
  });
}

/** Offset in points of the start of column or row `index`. */
export function sheetOffset(sheet: Sheet, axis: 'col' | 'row', index: number, cell: CellDefaults = ODF_CELL): number {
  const def = axis === 'col' ? cell.col : cell.row;
  let pos = index * def;
  for (const r of sizeRuns(sheet, axis)) {
    if (r.first >= index) break;
    pos += (Math.min(r.last, index - 1) - r.first + 1) * (r.size - def);
  }
  return pos;
}

/** The cell corner at `pos` points along an axis, with the offset inside it. */
function indexAt(sheet: Sheet, axis: 'col' | 'row', pos: number, cell: CellDefaults): { index: number; offset: number } {
  const def = axis === 'col' ? cell.col : cell.row;
  const max = axis === 'col' ? MAX_COL : MAX_ROW;
  let start = 0;
  let index = 0;
  for (const r of sizeRuns(sheet, axis)) {
    // Default-sized cells before this run.
    const gap = (r.first - index) * def;
    if (pos < start + gap) break;
    start += gap;
    const span = (r.last - r.first + 1) * r.size;
    if (pos < start + span && r.size > 0) {
      // A hair of tolerance: positions written rounded must land on the cell edge they came from.
      const k = Math.floor((pos - start) / r.size + 1e-6);
      return { index: Math.min(r.first + k, max), offset: Math.max(0, pos - start - k * r.size) };
    }
    start += span;
    index = r.last + 1;
  }
  const k = Math.floor(Math.max(0, pos - start) / def + 1e-6);
  return { index: Math.min(index + k, max), offset: Math.max(0, pos - start - k * def) };
}

/** The anchor point (cell and offset, rounded to 0.01 pt) at `x`, `y` points. */
export function pointAt(sheet: Sheet, x: number, y: number, cell: CellDefaults = ODF_CELL): ChartAnchorPoint {
  const c = indexAt(sheet, 'col', Math.max(0, x), cell);
  const r = indexAt(sheet, 'row', Math.max(0, y), cell);
  const dx = Math.round(c.offset * 100) / 100;
  const dy = Math.round(r.offset * 100) / 100;
  return { row: r.index, col: c.index, ...(dx > 0 ? { dx } : {}), ...(dy > 0 ? { dy } : {}) };
}

/** Absolute position of an anchor point, in points. */
export function anchorPosition(sheet: Sheet, p: ChartAnchorPoint, cell: CellDefaults = ODF_CELL): { x: number; y: number } {
  return { x: sheetOffset(sheet, 'col', p.col, cell) + (p.dx ?? 0), y: sheetOffset(sheet, 'row', p.row, cell) + (p.dy ?? 0) };
}

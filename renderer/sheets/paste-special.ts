/**
 * Paste special of a block copied in Ostal: everything (contents and formats), values only,
 * formulas only or formats only; transposed; blanks of the copy skipped; an operation (add,
 * subtract, multiply, divide) combining the copied numbers with the numbers already there.
 * Also what makes formats follow their data in a plain paste, a fill and a sort. Pure over the
 * engine; the caller applies the plan in one undo step ({@link applyPlan}).
 */
import type { CellStyle } from '@ostal/model';
import type { RawContent } from './cell-text.js';
import type { CellEdit, InternalClip } from './sheet-transfer.js';
import { valueAsContent } from './sheet-transfer.js';
import { sortedRowOrder, sortEdits } from './sort-range.js';
import type { SortOptions } from './sort-range.js';
import type { BlockRange, WorkbookEngine } from './workbook-engine.js';

export type PasteWhat = 'all' | 'values' | 'formulas' | 'formats';
export type PasteOperation = 'none' | 'add' | 'subtract' | 'multiply' | 'divide';

export interface PasteSpecialOptions {
  readonly what: PasteWhat;
  readonly operation: PasteOperation;
  readonly transpose: boolean;
  readonly skipBlanks: boolean;
}

/** A cell's style set from elsewhere. */
export interface StyleCopy {
  readonly row: number;
  readonly col: number;
  readonly style: CellStyle;
}

/** Contents and styles to set, and the block they cover. */
export interface PastePlan {
  readonly edits: CellEdit[];
  readonly styles: StyleCopy[];
  readonly range: BlockRange;
}

function combine(operation: PasteOperation, before: RawContent, copied: RawContent): RawContent {
  if (typeof copied !== 'number') return copied;
  const base = before === null ? 0 : before;
  if (typeof base !== 'number') return copied;
  switch (operation) {
    case 'add':
      return base + copied;
    case 'subtract':
      return base - copied;
    case 'multiply':
      return base * copied;
    case 'divide':
      return copied === 0 ? '=1/0' : base / copied;
    case 'none':
      return copied;
  }
}

/** The plan of a paste special of `clip` with its top-left cell at `at`. */
export function pasteSpecialPlan(engine: WorkbookEngine, sheet: number, clip: InternalClip, at: { row: number; col: number }, options: PasteSpecialOptions): PastePlan {
  const height = clip.range.bottom - clip.range.top + 1;
  const width = clip.range.right - clip.range.left + 1;
  const [rows, cols] = options.transpose ? [width, height] : [height, width];
  const range = { top: at.row, left: at.col, bottom: at.row + rows - 1, right: at.col + cols - 1 };
  const edits: CellEdit[] = [];
  const styles: StyleCopy[] = [];
  for (let r = 0; r < height; r += 1) {
    for (let c = 0; c < width; c += 1) {
      const sr = clip.range.top + r;
      const sc = clip.range.left + c;
      const row = at.row + (options.transpose ? c : r);
      const col = at.col + (options.transpose ? r : c);
      const raw = clip.cut ? (clip.cut.raw[r]?.[c] ?? null) : engine.raw(clip.sheet, sr, sc);
      if (options.skipBlanks && raw === null) continue;
      if (options.what === 'all' || options.what === 'formats') styles.push({ row, col, style: engine.styleAt(clip.sheet, sr, sc) });
      if (options.what === 'formats') continue;
      let content: RawContent;
      const isFormula = typeof raw === 'string' && raw.startsWith('=');
      if (options.what === 'values' || (options.operation !== 'none' && isFormula)) {
        content = clip.cut ? (clip.cut.values[r]?.[c] ?? null) : valueAsContent(engine.value(clip.sheet, sr, sc));
      } else if (isFormula && !clip.cut) {
        // References move by the distance from the copied cell to this one (also when transposed).
        content = engine.fillContents(clip.sheet, { top: sr, left: sc, bottom: sr, right: sc }, sheet, { top: row, left: col, bottom: row, right: col })[0]?.[0] ?? null;
      } else if (options.what === 'formulas' || options.what === 'all') content = raw;
      else content = raw;
      if (options.operation !== 'none') content = combine(options.operation, valueAsContent(engine.value(sheet, row, col)), content);
      edits.push({ row, col, raw: content });
    }
  }
  return { edits, styles, range };
}

/** Styles the fill handle gives: the source's styles repeated over the target, as the contents are. */
export function fillStyles(engine: WorkbookEngine, sheet: number, source: BlockRange, target: BlockRange): StyleCopy[] {
  const height = source.bottom - source.top + 1;
  const width = source.right - source.left + 1;
  const out: StyleCopy[] = [];
  const mod = (n: number, m: number) => ((n % m) + m) % m;
  for (let row = target.top; row <= target.bottom; row += 1) {
    for (let col = target.left; col <= target.right; col += 1) {
      if (row >= source.top && row <= source.bottom && col >= source.left && col <= source.right) continue;
      out.push({ row, col, style: engine.styleAt(sheet, source.top + mod(row - source.top, height), source.left + mod(col - source.left, width)) });
    }
  }
  return out;
}

/** Styles of rows moved by a sort: row `first + i` takes the styles of row `order[i]`, over the range's columns. */
export function sortedStyles(engine: WorkbookEngine, sheet: number, range: BlockRange, first: number, order: readonly number[]): StyleCopy[] {
  const out: StyleCopy[] = [];
  order.forEach((from, i) => {
    const to = first + i;
    if (from === to) return;
    for (let col = range.left; col <= range.right; col += 1) out.push({ row: to, col, style: engine.styleAt(sheet, from, col) });
  });
  return out;
}

/** Applies contents and styles as one undo step. */
export function applyPlan(engine: WorkbookEngine, sheet: number, edits: readonly CellEdit[], styles: readonly StyleCopy[]): void {
  engine.history.transaction(() => {
    if (edits.length > 0) engine.setMany(sheet, edits);
    if (styles.length === 0) return;
    const byKey = new Map(styles.map((s) => [`${String(s.row)}:${String(s.col)}`, s.style]));
    const box = styles.reduce(
      (b, s) => ({ top: Math.min(b.top, s.row), left: Math.min(b.left, s.col), bottom: Math.max(b.bottom, s.row), right: Math.max(b.right, s.col) }),
      { top: Infinity, left: Infinity, bottom: -Infinity, right: -Infinity },
    );
    engine.formatRange(sheet, box, (style, row, col) => byKey.get(`${String(row)}:${String(col)}`) ?? style);
  });
}

/** A sort's contents and the styles that move with its rows. */
export function sortPlan(engine: WorkbookEngine, sheet: number, range: BlockRange, options: SortOptions): { edits: CellEdit[]; styles: StyleCopy[] } {
  if (options.keys.length === 0) return { edits: [], styles: [] };
  const order = sortedRowOrder(engine, sheet, range, options);
  const styles = sortedStyles(engine, sheet, range, options.header ? range.top + 1 : range.top, order);
  return { edits: sortEdits(engine, sheet, range, options), styles };
}

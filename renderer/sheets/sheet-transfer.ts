/**
 * Copy, paste and fill as edits for the engine. Copy puts what cells show on the clipboard (TSV
 * and an HTML table, as LibreOffice and Excel do); pasting a block copied in Ostal keeps its
 * formulas with relative references moved; anything else is read as typed text in the user's
 * language (`1 234,56` is a number in French; `29/11/2026` a date and `12,5 %` a percentage, which
 * give a cell without a number format theirs, as typing does). Each action is one list of edits,
 * applied by the caller in one `setMany` (one undo step).
 */
import { parseFormatCode } from '@ostal/calc';
import type { CellStyle, CellValue } from '@ostal/model';
import { parseHtmlTable, parseTsv, toHtmlTable, toTsv } from './clipboard-tables.js';
import type { ClipboardCell } from './clipboard-tables.js';
import { textContent } from './cell-text.js';
import type { BooleanWords, RawContent } from './cell-text.js';
import { fillSeries } from './fill-series.js';
import { setNumberFormat } from './sheet-format.js';
import { parseTypedEntry } from './typed-values.js';
import type { BlockRange, WorkbookEngine } from './workbook-engine.js';

/** One cell to set. */
export interface CellEdit {
  readonly row: number;
  readonly col: number;
  readonly raw: RawContent;
}

export interface TransferContext {
  readonly engine: WorkbookEngine;
  readonly sheet: number;
  readonly locale: string;
  readonly words: BooleanWords;
  /** The text a cell shows (its value through its number format). */
  readonly shownText: (row: number, col: number) => string;
}

/** What Ostal itself copied last, to paste formulas rather than their results. */
export interface InternalClip {
  readonly sheet: number;
  readonly range: BlockRange;
  readonly text: string;
  /** After a cut: the contents and values as they were (the cells are emptied; formulas move unchanged). */
  readonly cut?: { readonly raw: RawContent[][]; readonly values: RawContent[][] };
}

let lastCopy: InternalClip | undefined;

const normalise = (text: string) => text.replace(/\r\n/g, '\n').replace(/\n$/, '');

/** The clipboard block for `range`, remembered as Ostal's own copy (`cut`: the cells are about to be emptied). */
export function copyBlock(ctx: TransferContext, range: BlockRange, cut = false): { text: string; html: string } {
  const texts: string[][] = [];
  const cells: ClipboardCell[][] = [];
  for (let r = range.top; r <= range.bottom; r += 1) {
    const line: string[] = [];
    const htmlLine: ClipboardCell[] = [];
    for (let c = range.left; c <= range.right; c += 1) {
      const text = ctx.shownText(r, c);
      const value = ctx.engine.value(ctx.sheet, r, c);
      line.push(text);
      htmlLine.push(typeof value === 'number' ? { text, number: value } : { text });
    }
    texts.push(line);
    cells.push(htmlLine);
  }
  const text = toTsv(texts);
  const grid = (read: (r: number, c: number) => RawContent) =>
    Array.from({ length: range.bottom - range.top + 1 }, (_, r) => Array.from({ length: range.right - range.left + 1 }, (_, c) => read(range.top + r, range.left + c)));
  lastCopy = {
    sheet: ctx.sheet,
    range,
    text: normalise(text),
    ...(cut
      ? { cut: { raw: grid((r, c) => ctx.engine.raw(ctx.sheet, r, c)), values: grid((r, c) => valueContent(ctx.engine.value(ctx.sheet, r, c))) } }
      : {}),
  };
  return { text, html: toHtmlTable(cells) };
}

/**
 * What Ostal itself copied last, when `data` (the clipboard) still holds it: the sheet, the block,
 * and after a cut the contents and values as they were.
 */
export function ownCopy(engine: WorkbookEngine, data: { text: string }): InternalClip | undefined {
  return lastCopy && lastCopy.text === normalise(data.text) && engine.sheetNames()[lastCopy.sheet] !== undefined ? lastCopy : undefined;
}

/** The block Ostal copied last (for paste special), while its sheet exists. */
export function lastOwnCopy(engine: WorkbookEngine): InternalClip | undefined {
  return lastCopy && engine.sheetNames()[lastCopy.sheet] !== undefined ? lastCopy : undefined;
}

/** Engine content for a computed value (paste special, values only). */
export function valueAsContent(value: CellValue): RawContent {
  return valueContent(value);
}

/** Edits that empty a block (after a cut). */
export function clearEdits(range: BlockRange): CellEdit[] {
  const edits: CellEdit[] = [];
  for (let r = range.top; r <= range.bottom; r += 1) for (let c = range.left; c <= range.right; c += 1) edits.push({ row: r, col: c, raw: null });
  return edits;
}

/** Engine content for a computed value (paste special, values only). */
function valueContent(value: CellValue): RawContent {
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return value === '' ? null : textContent(value);
  return value.error;
}

/**
 * The edits of a paste at the top-left of `at`, the block they cover, and the number formats that
 * pasted dates, times and percentages give cells that have none. A block Ostal copied pastes its
 * formulas moved to the new place (its values when `valuesOnly`); other blocks are read from the
 * HTML table when there is one, else from the tab-separated text, each cell as if typed.
 */
export function pasteEdits(
  ctx: TransferContext,
  at: BlockRange,
  data: { text: string; html: string },
  valuesOnly: boolean,
): { edits: CellEdit[]; range: BlockRange; styles: { row: number; col: number; style: CellStyle }[] } {
  const own = lastCopy && lastCopy.text === normalise(data.text) && ctx.engine.sheetNames()[lastCopy.sheet] !== undefined ? lastCopy : undefined;
  if (own) {
    const height = own.range.bottom - own.range.top;
    const width = own.range.right - own.range.left;
    const target = { top: at.top, left: at.left, bottom: at.top + height, right: at.left + width };
    const contents: RawContent[][] = own.cut
      ? valuesOnly
        ? own.cut.values
        : own.cut.raw
      : valuesOnly
      ? Array.from({ length: height + 1 }, (_, r) =>
          Array.from({ length: width + 1 }, (_, c) => valueContent(ctx.engine.value(own.sheet, own.range.top + r, own.range.left + c))),
        )
      : ctx.engine.fillContents(own.sheet, own.range, ctx.sheet, target);
    return { edits: gridEdits(target, contents), range: target, styles: [] };
  }
  const table = data.html !== '' ? parseHtmlTable(data.html) : null;
  const rows: ClipboardCell[][] = table ?? parseTsv(data.text).map((row) => row.map((text) => ({ text })));
  const edits: CellEdit[] = [];
  const styles: { row: number; col: number; style: CellStyle }[] = [];
  let right = at.left;
  rows.forEach((line, r) =>
    line.forEach((cell, c) => {
      const row = at.top + r;
      const col = at.left + c;
      let raw: RawContent;
      let format: string | undefined;
      if (valuesOnly && cell.text.startsWith('=')) raw = textContent(cell.text);
      else {
        // What the cell shows, read as typed (29/11/2026, 1 234,5, 12,5 %); a number the source
        // gave with it (LibreOffice's sdval, Excel's x:num) is the value, the text says its format.
        const typed = parseTypedEntry(cell.text, ctx.locale, ctx.words, ctx.engine.date1904);
        raw = cell.number ?? typed.raw;
        format = typeof typed.raw === 'number' ? typed.format : undefined;
      }
      edits.push({ row, col, raw });
      const style = ctx.engine.styleAt(ctx.sheet, row, col);
      if (format && typeof raw === 'number' && !style.numberFormat) styles.push({ row, col, style: setNumberFormat(format)(style, row, col) });
      right = Math.max(right, col);
    }),
  );
  return { edits, range: { top: at.top, left: at.left, bottom: at.top + Math.max(rows.length - 1, 0), right }, styles };
}

function gridEdits(target: BlockRange, contents: readonly (readonly RawContent[])[]): CellEdit[] {
  const edits: CellEdit[] = [];
  contents.forEach((row, r) => row.forEach((raw, c) => edits.push({ row: target.top + r, col: target.left + c, raw })));
  return edits;
}

function isDateFormat(code: string | undefined): boolean {
  return code !== undefined && (parseFormatCode(code)[0]?.isDate ?? false);
}

/**
 * The edits of dragging the fill handle from `source` over `target` (which contains it): each
 * row or column of the source continues as a series when it is one (numbers, dates, day and
 * month names, numbered texts), and is copied otherwise, formulas with their references moved.
 */
export function fillEdits(ctx: TransferContext, source: BlockRange, target: BlockRange): CellEdit[] {
  const copied = ctx.engine.fillContents(ctx.sheet, source, ctx.sheet, target);
  const vertical = target.top < source.top || target.bottom > source.bottom;
  const backwards = vertical ? target.top < source.top : target.left < source.left;
  const lines = vertical ? [source.left, source.right] : [source.top, source.bottom];
  const edits: CellEdit[] = [];
  const set = (row: number, col: number, raw: RawContent) => edits.push({ row, col, raw });
  for (let line = lines[0]!; line <= lines[1]!; line += 1) {
    const from = vertical ? source.top : source.left;
    const to = vertical ? source.bottom : source.right;
    const at = (k: number) => (vertical ? { row: k, col: line } : { row: line, col: k });
    const values: RawContent[] = [];
    for (let k = from; k <= to; k += 1) values.push(ctx.engine.raw(ctx.sheet, at(k).row, at(k).col));
    const first = at(from);
    const dates = values.every((v) => typeof v === 'number') && isDateFormat(ctx.engine.styleAt(ctx.sheet, first.row, first.col).numberFormat);
    const cells: number[] = [];
    if (backwards) for (let k = from - 1; k >= (vertical ? target.top : target.left); k -= 1) cells.push(k);
    else for (let k = to + 1; k <= (vertical ? target.bottom : target.right); k += 1) cells.push(k);
    const series = fillSeries(backwards ? [...values].reverse() : values, cells.length, { dates });
    cells.forEach((k, i) => {
      const { row, col } = at(k);
      const value = series[i];
      const copy = copied[row - target.top]?.[col - target.left] ?? null;
      set(row, col, value === undefined ? copy : typeof value === 'string' ? textContent(value) : value);
    });
  }
  return edits;
}

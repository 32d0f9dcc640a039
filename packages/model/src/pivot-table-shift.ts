/**
 * Kept pivot tables following rows and columns inserted or deleted in Ostal, so that the parts
 * written back still describe where the tables are and what they summarise.
 *
 * - XLSX pivot table parts (ECMA-376 Part 1, 18.10.1.49 `location@ref`): the output range on the
 *   pivot table's own sheet moves with the rows or columns before it.
 * - XLSX pivot cache definitions (18.10.1.99 `worksheetSource@ref` + `@sheet`): the source range
 *   moves, grows with rows inserted inside it and shrinks with rows deleted from it, as Excel
 *   moves a source range.
 * - ODS data pilots (ODF 1.3 Part 3, 9.6.2 `table:target-range-address`, 9.6.3
 *   `table:source-cell-range`, 19.583 `table:buttons`): the same for the output and the source.
 *
 * An insertion or deletion that cuts through a pivot table's output breaks its layout (Excel
 * refuses such an edit): the table is then left out and its output stays as plain values, which
 * is what the cells already hold. A source range deleted whole is left as it was (the cached
 * records still hold the data).
 */
import { cellName, columnIndex } from './cell-address.js';
import type { CellRange } from './workbook.js';
import type { OpaqueDataPilots, OpaquePart, OpaquePivotCaches, OpaquePivotTables } from './workbook-sheet-features.js';

/** Which axis an insertion or deletion works on. */
export type PivotShiftAxis = 'rows' | 'cols';

/** An insertion (`count` > 0) or deletion (`count` < 0) of rows or columns at `at` on sheet `sheet`. */
export interface PivotShift {
  readonly sheet: string;
  readonly axis: PivotShiftAxis;
  readonly at: number;
  readonly count: number;
}

type Span = readonly [first: number, last: number];

/** An output range after the shift: moved, unchanged, or null when the shift cuts through it. */
function movedSpan([first, last]: Span, at: number, count: number): Span | null {
  if (count > 0) {
    if (at <= first) return [first + count, last + count];
    return at > last ? [first, last] : null;
  }
  const end = at - count; // first index kept after the deleted block
  if (end <= first) return [first + count, last + count];
  return at > last ? [first, last] : null;
}

/** A source range after the shift: moved, widened or narrowed; unchanged when deleted whole. */
function resizedSpan([first, last]: Span, at: number, count: number): Span {
  if (count > 0) {
    if (at <= first) return [first + count, last + count];
    return at > last ? [first, last] : [first, last + count];
  }
  const end = at - count;
  const f = first < at ? first : first >= end ? first + count : at;
  const l = last < at ? last : last >= end ? last + count : at - 1;
  return l < f ? [first, last] : [f, l];
}

function spanOf(range: CellRange, axis: PivotShiftAxis): Span {
  return axis === 'rows' ? [range.top, range.bottom] : [range.left, range.right];
}

function withSpan(range: CellRange, axis: PivotShiftAxis, [first, last]: Span): CellRange {
  return axis === 'rows' ? { ...range, top: first, bottom: last } : { ...range, left: first, right: last };
}

/** `A3:G9` (or one cell, `$` allowed) as a range. */
function parseA1Range(text: string): CellRange | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(text.trim());
  if (!m) return null;
  const left = columnIndex(m[1]!);
  const top = Number(m[2]) - 1;
  const right = m[3] ? columnIndex(m[3]) : left;
  const bottom = m[4] ? Number(m[4]) - 1 : top;
  if (left < 0 || right < 0 || top < 0 || bottom < 0) return null;
  return { top: Math.min(top, bottom), bottom: Math.max(top, bottom), left: Math.min(left, right), right: Math.max(left, right) };
}

function a1Range(range: CellRange): string {
  const a = cellName(range.top, range.left);
  const b = cellName(range.bottom, range.right);
  return a === b ? a : `${a}:${b}`;
}

function decodeText(base64: string): string {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new TextDecoder().decode(bytes);
}

function encodeText(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function xmlUnescape(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_m, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
}

/** The value of attribute `name` (as written, prefix included) in a start tag's text. */
function tagAttr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? xmlUnescape(m[1] ?? m[2]!) : undefined;
}

function replaceTagAttr(tag: string, name: string, value: string): string {
  return tag.replace(new RegExp(`(\\s${name}\\s*=\\s*)(?:"[^"]*"|'[^']*')`), (whole, head: string) => {
    const q = whole.slice(head.length, head.length + 1);
    const escaped = value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
    return `${head}${q}${q === "'" ? escaped.replace(/'/g, '&apos;') : escaped}${q}`;
  });
}

/**
 * The pivot table parts of a sheet after rows or columns were inserted or deleted on that sheet;
 * undefined when none is left.
 */
export function shiftPivotTableLocations(tables: OpaquePivotTables | undefined, axis: PivotShiftAxis, at: number, count: number): OpaquePivotTables | undefined {
  if (!tables || count === 0) return tables;
  const parts: OpaquePart[] = [];
  for (const part of tables.parts) {
    const text = decodeText(part.base64);
    const tag = /<(?:[\w.-]+:)?location\b[^>]*>/.exec(text);
    const range = tag ? parseA1Range(tagAttr(tag[0], 'ref') ?? '') : null;
    if (!tag || !range) {
      parts.push(part);
      continue;
    }
    const span = movedSpan(spanOf(range, axis), at, count);
    if (!span) continue;
    const next = withSpan(range, axis, span);
    if (next === range || a1Range(next) === a1Range(range)) {
      parts.push(part);
      continue;
    }
    const moved = text.slice(0, tag.index) + replaceTagAttr(tag[0], 'ref', a1Range(next)) + text.slice(tag.index + tag[0].length);
    parts.push({ ...part, base64: encodeText(moved) });
  }
  if (parts.length === 0) return undefined;
  return parts.length === tables.parts.length && parts.every((p, i) => p === tables.parts[i]) ? tables : { ...tables, parts };
}

/** The XLSX pivot caches after a shift on `shift.sheet`: worksheet sources on that sheet follow. */
export function shiftPivotCacheSources(caches: OpaquePivotCaches | undefined, shift: PivotShift): OpaquePivotCaches | undefined {
  if (!caches || shift.count === 0) return caches;
  let changed = false;
  const parts = caches.parts.map((part) => {
    if (!caches.caches.some((c) => c.part === part.name)) return part;
    const text = decodeText(part.base64);
    const tag = /<(?:[\w.-]+:)?worksheetSource\b[^>]*>/.exec(text);
    if (!tag || tagAttr(tag[0], 'sheet') !== shift.sheet) return part;
    const range = parseA1Range(tagAttr(tag[0], 'ref') ?? '');
    if (!range) return part;
    const next = withSpan(range, shift.axis, resizedSpan(spanOf(range, shift.axis), shift.at, shift.count));
    if (a1Range(next) === a1Range(range)) return part;
    changed = true;
    return { ...part, base64: encodeText(text.slice(0, tag.index) + replaceTagAttr(tag[0], 'ref', a1Range(next)) + text.slice(tag.index + tag[0].length)) };
  });
  return changed ? { ...caches, parts } : caches;
}

// --- ODF cell addresses (ODF 1.3 Part 3, 9.2.1: `Sheet.A1`, `'My sheet'.$B$2`) -----------------

interface OdfCell {
  readonly sheet: string | undefined;
  readonly row: number;
  readonly col: number;
}

/** Reads one ODF cell address at `from`; returns it and where it ends, or null. */
function readOdfCell(text: string, from: number): { cell: OdfCell; end: number } | null {
  let i = from;
  if (text[i] === '$') i++;
  let sheet: string | undefined;
  if (text[i] === "'") {
    let name = '';
    i++;
    while (i < text.length) {
      if (text[i] === "'" && text[i + 1] === "'") {
        name += "'";
        i += 2;
      } else if (text[i] === "'") break;
      else name += text[i++];
    }
    if (text[i] !== "'") return null;
    sheet = name;
    i++;
  } else {
    const dot = text.indexOf('.', i);
    if (dot < 0) return null;
    const name = text.slice(i, dot);
    if (/[\s:]/.test(name)) return null;
    sheet = name === '' ? undefined : name;
    i = dot;
  }
  if (text[i] !== '.') return null;
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})/.exec(text.slice(i + 1));
  if (!m) return null;
  return { cell: { sheet, row: Number(m[2]) - 1, col: columnIndex(m[1]!) }, end: i + 1 + m[0].length };
}

function odfSheetName(name: string): string {
  return /^[A-Za-z_][\w]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function odfCellText(sheet: string | undefined, row: number, col: number): string {
  return `${sheet !== undefined ? odfSheetName(sheet) : ''}.${cellName(row, col)}`;
}

/** `Sheet.A1:Sheet.B2` as its sheet and range; null when not one range on one sheet. */
function parseOdfRange(text: string): { sheet: string; range: CellRange } | null {
  const a = readOdfCell(text.trim(), 0);
  if (!a || a.cell.sheet === undefined) return null;
  const rest = text.trim().slice(a.end);
  let b = a;
  if (rest !== '') {
    if (rest[0] !== ':') return null;
    const second = readOdfCell(rest, 1);
    if (!second || second.end !== rest.length) return null;
    if (second.cell.sheet !== undefined && second.cell.sheet !== a.cell.sheet) return null;
    b = second;
  }
  const range = {
    top: Math.min(a.cell.row, b.cell.row),
    bottom: Math.max(a.cell.row, b.cell.row),
    left: Math.min(a.cell.col, b.cell.col),
    right: Math.max(a.cell.col, b.cell.col),
  };
  return { sheet: a.cell.sheet, range };
}

function odfRangeText(sheet: string, range: CellRange): string {
  return `${odfCellText(sheet, range.top, range.left)}:${odfCellText(sheet, range.bottom, range.right)}`;
}

/** The ODS data pilots after a shift on `shift.sheet`; undefined when none is left. */
export function shiftDataPilots(pilots: OpaqueDataPilots | undefined, shift: PivotShift): OpaqueDataPilots | undefined {
  if (!pilots || shift.count === 0) return pilots;
  const { axis, at, count } = shift;
  let kept = 0;
  let dropped = 0;
  const xml = pilots.xml.replace(/<table:data-pilot-table\b[^>]*?(?:\/>|>[\s\S]*?<\/table:data-pilot-table>)/g, (element) => {
    const open = /^<table:data-pilot-table\b[^>]*>/.exec(element)![0];
    let head = open;
    const target = parseOdfRange(tagAttr(open, 'table:target-range-address') ?? '');
    if (target && target.sheet === shift.sheet) {
      const span = movedSpan(spanOf(target.range, axis), at, count);
      if (!span) {
        dropped += 1;
        return '';
      }
      head = replaceTagAttr(head, 'table:target-range-address', odfRangeText(target.sheet, withSpan(target.range, axis, span)));
      const buttons = tagAttr(open, 'table:buttons');
      if (buttons !== undefined) {
        const moved = buttons
          .split(/\s+/)
          .filter((b) => b !== '')
          .map((b) => {
            const cell = readOdfCell(b, 0);
            if (!cell || cell.cell.sheet !== shift.sheet) return b;
            const index = axis === 'rows' ? cell.cell.row : cell.cell.col;
            const next = index >= at ? index + count : index;
            return axis === 'rows' ? odfCellText(cell.cell.sheet, next, cell.cell.col) : odfCellText(cell.cell.sheet, cell.cell.row, next);
          });
        head = replaceTagAttr(head, 'table:buttons', moved.join(' '));
      }
    }
    kept += 1;
    let body = element.slice(open.length);
    body = body.replace(/<table:source-cell-range\b[^>]*>/, (tag) => {
      const source = parseOdfRange(tagAttr(tag, 'table:cell-range-address') ?? '');
      if (!source || source.sheet !== shift.sheet) return tag;
      const next = withSpan(source.range, axis, resizedSpan(spanOf(source.range, axis), at, count));
      return replaceTagAttr(tag, 'table:cell-range-address', odfRangeText(source.sheet, next));
    });
    return head + body;
  });
  if (kept === 0 && dropped > 0) return undefined;
  if (xml === pilots.xml) return pilots;
  return { ...pilots, xml, count: Math.max(0, pilots.count - dropped) };
}

/**
 * A workbook's (or its workbook-level parts') pivot caches and data pilots after a shift on
 * `shift.sheet`; the same object when nothing changed.
 */
export function shiftWorkbookPivots<T extends { readonly pivotCaches?: OpaquePivotCaches; readonly dataPilots?: OpaqueDataPilots }>(book: T, shift: PivotShift): T {
  const pivotCaches = shiftPivotCacheSources(book.pivotCaches, shift);
  const dataPilots = shiftDataPilots(book.dataPilots, shift);
  if (pivotCaches === book.pivotCaches && dataPilots === book.dataPilots) return book;
  const { pivotCaches: _caches, dataPilots: _pilots, ...rest } = book;
  return { ...rest, ...(pivotCaches ? { pivotCaches } : {}), ...(dataPilots ? { dataPilots } : {}) } as T;
}

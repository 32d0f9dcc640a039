/**
 * Autofilter logic (ECMA-376 Part 1, 18.3.2 `autoFilter` / `filterColumn`; ODF 1.3 9.5 `table:filter`):
 * which rows of a filter range stay visible for the criteria of its columns — a list of values
 * shown (as cells show them, with or without blanks) or one or two conditions (`> 100`,
 * `contient « Sète »` written as the wildcard `*Sète*`). Pure and headless.
 */
import type { AutoFilter, CellRange, CellValue, FilterColumn, FilterCondition } from '@ostal/model';
import { compareCells } from './sort-range.js';
import type { WorkbookEngine } from './workbook-engine.js';

/** How the filter reads the sheet: the text a cell shows and its value. */
export interface FilterReader {
  text(row: number, col: number): string;
  value(row: number, col: number): CellValue;
}

/**
 * Distinct values of one column of the filter range (data rows), in sort order, and whether blanks
 * occur. Rows in `skip` are left out: those the other columns' filters hide, as Excel and
 * LibreOffice offer only the values still to be seen.
 */
export function columnChoices(
  range: CellRange,
  col: number,
  read: FilterReader,
  locale: string,
  limit = 10_000,
  skip: ReadonlySet<number> = new Set(),
): { values: string[]; blanks: boolean } {
  const seen = new Map<string, CellValue>();
  let blanks = false;
  for (let r = range.top + 1; r <= range.bottom; r += 1) {
    if (skip.has(r)) continue;
    const text = read.text(r, col);
    if (text.trim() === '') blanks = true;
    else if (!seen.has(text) && seen.size < limit) seen.set(text, read.value(r, col));
  }
  const collator = new Intl.Collator(locale, { sensitivity: 'accent', numeric: true });
  const values = [...seen.entries()].sort((a, b) => compareCells(a[1], b[1], false, collator) || collator.compare(a[0], b[0])).map(([text]) => text);
  return { values, blanks };
}

/** The choices of a filter column's drop-down (`col` on the sheet): its values in the rows the other columns' criteria leave shown. */
export function filterMenuChoices(filter: AutoFilter, col: number, read: FilterReader, locale: string): { values: string[]; blanks: boolean } {
  const others = hiddenRows(withColumn(filter, col - filter.range.left, undefined), read);
  return columnChoices(filter.range, col, read, locale, 10_000, others);
}

const wildcardCache = new Map<string, RegExp>();

/** Excel wildcards: `*` any run, `?` one character, `~` escapes; case-insensitive, whole text. */
export function wildcardRegExp(pattern: string): RegExp {
  let re = wildcardCache.get(pattern);
  if (!re) {
    let src = '';
    for (let i = 0; i < pattern.length; i += 1) {
      const c = pattern[i]!;
      if (c === '~' && i + 1 < pattern.length) src += pattern[++i]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      else if (c === '*') src += '.*';
      else if (c === '?') src += '.';
      else src += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
    re = new RegExp(`^${src}$`, 'is');
    if (wildcardCache.size > 200) wildcardCache.clear();
    wildcardCache.set(pattern, re);
  }
  return re;
}

function conditionHolds(c: FilterCondition, text: string, value: CellValue): boolean {
  if (typeof c.value === 'number' || (typeof value === 'number' && c.operator !== 'equal' && c.operator !== 'notEqual')) {
    const n = typeof c.value === 'number' ? c.value : Number(c.value);
    if (typeof value !== 'number' || !Number.isFinite(n)) return c.operator === 'notEqual';
    switch (c.operator) {
      case 'equal':
        return value === n;
      case 'notEqual':
        return value !== n;
      case 'greaterThan':
        return value > n;
      case 'greaterThanOrEqual':
        return value >= n;
      case 'lessThan':
        return value < n;
      case 'lessThanOrEqual':
        return value <= n;
    }
  }
  const wanted = String(c.value);
  if (c.operator === 'equal') return wildcardRegExp(wanted).test(text);
  if (c.operator === 'notEqual') return !wildcardRegExp(wanted).test(text);
  const order = text.localeCompare(wanted, undefined, { sensitivity: 'accent' });
  if (c.operator === 'greaterThan') return order > 0;
  if (c.operator === 'greaterThanOrEqual') return order >= 0;
  if (c.operator === 'lessThan') return order < 0;
  return order <= 0;
}

/** True when a cell (its shown text and value) passes a column's criteria. */
export function cellPasses(column: FilterColumn, text: string, value: CellValue): boolean {
  if (column.conditions && column.conditions.length > 0) {
    const results = column.conditions.map((c) => conditionHolds(c, text, value));
    return column.and ? results.every(Boolean) : results.some(Boolean);
  }
  if (column.values) {
    if (text.trim() === '') return column.blanks === true;
    const lower = text.toLocaleLowerCase();
    return column.values.some((v) => v.toLocaleLowerCase() === lower);
  }
  return true;
}

/** Rows of the filter range (data rows) that its criteria hide. */
export function hiddenRows(filter: AutoFilter, read: FilterReader): Set<number> {
  const hidden = new Set<number>();
  const columns = (filter.columns ?? []).filter((c) => c.column >= 0 && c.column <= filter.range.right - filter.range.left);
  if (columns.length === 0) return hidden;
  for (let r = filter.range.top + 1; r <= filter.range.bottom; r += 1) {
    for (const c of columns) {
      const col = filter.range.left + c.column;
      if (!cellPasses(c, read.text(r, col), read.value(r, col))) {
        hidden.add(r);
        break;
      }
    }
  }
  return hidden;
}

/** The filter with one column's criteria replaced (undefined clears them). */
export function withColumn(filter: AutoFilter, column: number, criteria: Omit<FilterColumn, 'column'> | undefined): AutoFilter {
  const others = (filter.columns ?? []).filter((c) => c.column !== column);
  const columns = criteria ? [...others, { ...criteria, column }].sort((a, b) => a.column - b.column) : others;
  const { columns: _old, ...rest } = filter;
  return columns.length > 0 ? { ...rest, columns } : rest;
}

/** The range grown down over the rows filled below it (data typed under a filtered table joins it). */
export function grownRange(range: CellRange, filled: (row: number, col: number) => boolean, maxRows: number): CellRange {
  let bottom = range.bottom;
  const rowFilled = (r: number) => {
    for (let c = range.left; c <= range.right; c += 1) if (filled(r, c)) return true;
    return false;
  };
  while (bottom + 1 < maxRows && rowFilled(bottom + 1)) bottom += 1;
  return bottom === range.bottom ? range : { ...range, bottom };
}

/** Consecutive runs of a sorted list of rows, as [first, last] pairs. */
export function runs(rows: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last[1] === r - 1) last[1] = r;
    else out.push([r, r]);
  }
  return out;
}

/**
 * Sets the sheet's autofilter and hides the rows it filters out (shows the others of its range),
 * as one undo step; `undefined` removes the filter and shows its rows again.
 */
export function applyAutoFilter(engine: WorkbookEngine, sheet: number, next: AutoFilter | undefined, read: FilterReader): { shown: number; total: number } {
  const previous = engine.sheetProps(sheet).autoFilter;
  const range = next?.range ?? previous?.range;
  let shown = 0;
  let total = 0;
  engine.history.transaction(() => {
    engine.setAutoFilter(sheet, next);
    if (!range || range.bottom <= range.top) return;
    const hide = next ? hiddenRows(next, read) : new Set<number>();
    const rows: number[] = [];
    for (let r = range.top + 1; r <= range.bottom; r += 1) rows.push(r);
    total = rows.length;
    shown = total - hide.size;
    const hiddenNow = new Set(hiddenRowIndexes(engine, sheet, range));
    const toHide = rows.filter((r) => hide.has(r) && !hiddenNow.has(r));
    const toShow = rows.filter((r) => !hide.has(r) && hiddenNow.has(r));
    for (const [a, b] of runs(toHide)) engine.setHidden(sheet, 'rows', a, b, true);
    for (const [a, b] of runs(toShow)) engine.setHidden(sheet, 'rows', a, b, false);
  });
  return { shown, total };
}

function hiddenRowIndexes(engine: WorkbookEngine, sheet: number, range: CellRange): number[] {
  const out: number[] = [];
  for (const run of engine.sheetProps(sheet).rowProps ?? []) {
    if (!run.hidden) continue;
    const first = Math.max(run.first, range.top + 1);
    const last = Math.min(run.last, range.bottom);
    for (let r = first; r <= last; r += 1) out.push(r);
  }
  return out;
}

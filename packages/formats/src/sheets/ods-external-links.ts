/**
 * Other workbooks in ODS (ODF 1.3 Part 4, 5.8: references `['file:///x.xlsx'#$Sheet1.A1]`; Part 3,
 * 9.2.13 `table:table-source`): LibreOffice keeps the values of another workbook's referenced
 * cells in a hidden table named `'file:///x.xlsx'#Sheet1` whose `table:table-source` has mode
 * `copy-results-only`. Those tables are read as the workbook's external links (model
 * `workbook-external-link.ts`), not as sheets, and written back the same way, so the formulas show
 * the other workbook's values without it.
 */
import type { CellValue, ExternalCell, ExternalLink, ExternalSheet, Sheet } from '@ostal/model';
import { isCellError } from '@ostal/model';
import { escapeAttr } from '../xml/xml-writer.js';
import type { ExternalTargets } from './openformula.js';
import { MAX_COLS } from './sheet-grid.js';

/** The table style of the cache tables the writer adds (hidden). */
export const EXTERNAL_TABLE_STYLE = 'taExternal';

/** `'file:///x.xlsx'#Sheet1`: the other workbook and its sheet, or null for a plain table name. */
export function externalCacheName(name: string): { target: string; sheet: string } | null {
  const m = /^'((?:[^']|'')+)'#(.+)$/s.exec(name);
  return m ? { target: m[1]!.replace(/''/g, "'"), sheet: m[2]! } : null;
}

function cellsOf(sheet: Sheet): ExternalCell[] {
  const cells: ExternalCell[] = [];
  sheet.rows.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (cell && cell.value !== null) cells.push({ row: r, col: c, value: cell.value });
    });
  });
  return cells;
}

/**
 * The external links met while an ODS is read: numbered in the order formulas first name them
 * (the `[1]` of the model's formulas), with the cache tables of each.
 */
export class ExternalLinkCollector implements ExternalTargets {
  private readonly targets: string[] = [];
  private readonly sheets = new Map<string, ExternalSheet[]>();

  indexOf(target: string): number {
    let i = this.targets.indexOf(target);
    if (i < 0) i = this.targets.push(target) - 1;
    return i + 1;
  }

  /** Takes `sheet` as a cache table when its name says so; false for a sheet of the workbook. */
  addCache(sheet: Sheet): boolean {
    const name = externalCacheName(sheet.name);
    if (!name) return false;
    this.indexOf(name.target);
    const list = this.sheets.get(name.target) ?? [];
    list.push({ name: name.sheet, cells: cellsOf(sheet) });
    this.sheets.set(name.target, list);
    return true;
  }

  links(): ExternalLink[] {
    return this.targets.map((target) => ({ target, sheets: this.sheets.get(target) ?? [] }));
  }
}

/** An external cell as ODF writes it (errors as their formula, as LibreOffice writes them). */
function cacheCellXml(value: CellValue): string {
  if (typeof value === 'number') return `<table:table-cell office:value-type="float" office:value="${String(value)}"/>`;
  if (typeof value === 'boolean') return `<table:table-cell office:value-type="boolean" office:boolean-value="${String(value)}"/>`;
  if (typeof value === 'string') return `<table:table-cell office:value-type="string" office:string-value="${escapeAttr(value)}"/>`;
  if (isCellError(value) && value.error !== '#ERROR!') return `<table:table-cell table:formula="of:=${escapeAttr(value.error)}"/>`;
  return '<table:table-cell/>';
}

function gap(count: number, kind: 'cell' | 'row'): string {
  if (count <= 0) return '';
  if (kind === 'cell') return count === 1 ? '<table:table-cell/>' : `<table:table-cell table:number-columns-repeated="${String(count)}"/>`;
  const attr = count === 1 ? '' : ` table:number-rows-repeated="${String(count)}"`;
  return `<table:table-row${attr}><table:table-cell/></table:table-row>`;
}

function cacheTableXml(link: ExternalLink, sheet: ExternalSheet): string {
  const out = [
    `<table:table table:name="${escapeAttr(`'${link.target.replace(/'/g, "''")}'#${sheet.name}`)}" table:style-name="${EXTERNAL_TABLE_STYLE}">`,
    `<table:table-source xlink:type="simple" xlink:href="${escapeAttr(link.target)}" table:table-name="${escapeAttr(sheet.name)}" table:mode="copy-results-only"/>`,
    '<table:table-column/>',
  ];
  const byRow = new Map<number, ExternalCell[]>();
  for (const c of sheet.cells) {
    if (c.col >= MAX_COLS) continue;
    const list = byRow.get(c.row) ?? [];
    list.push(c);
    byRow.set(c.row, list);
  }
  let next = 0;
  for (const r of [...byRow.keys()].sort((a, b) => a - b)) {
    out.push(gap(r - next, 'row'), '<table:table-row>');
    let col = 0;
    for (const c of byRow.get(r)!.sort((a, b) => a.col - b.col)) {
      if (c.col < col) continue;
      out.push(gap(c.col - col, 'cell'), cacheCellXml(c.value));
      col = c.col + 1;
    }
    out.push('</table:table-row>');
    next = r + 1;
  }
  if (next === 0) out.push(gap(1, 'row'));
  out.push('</table:table>');
  return out.join('');
}

/** The cache tables of a workbook's external links, after its sheets ('' for none). */
export function externalCacheTablesXml(links: readonly ExternalLink[] | undefined): string {
  return (links ?? []).map((link) => link.sheets.map((sheet) => cacheTableXml(link, sheet)).join('')).join('');
}

/** The hidden table style the cache tables name ('' when there are none). */
export function externalTableStyleXml(links: readonly ExternalLink[] | undefined): string {
  if (!links?.some((l) => l.sheets.length > 0)) return '';
  return `<style:style style:name="${EXTERNAL_TABLE_STYLE}" style:family="table"><style:table-properties table:display="false"/></style:style>`;
}

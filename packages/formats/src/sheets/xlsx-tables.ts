/**
 * Excel tables (ECMA-376 Part 1, 18.5.1 `table` parts reached from a worksheet by `table`
 * relationships and listed in `tableParts`): name, range, header and totals rows, columns with
 * totals functions and calculated formulas, style. Read into `Sheet.tables`, written back as
 * table parts.
 *
 * Structured references (18.17.6.x: `Ventes[Montant]`, `Ventes[[#Totals],[Montant]]`,
 * `Ventes[@Montant]`, `Ventes[#All]`) mean nothing without the table: formats that have no
 * tables (ODS) get them as plain A1 ranges ({@link resolveStructuredReferences}).
 */
import { cellName } from '@ostal/model';
import type { CellRange, Sheet, SheetTable, TableColumn, Workbook } from '@ostal/model';
import type { ReadContext } from '../codec.js';
import type { OpcPackage } from '../ooxml/opc-package.js';
import { escapeAttr, escapeText } from '../xml/xml-writer.js';
import { streamXml } from '../xml/xml-parser.js';
import { quoteSheetName } from './a1-formula.js';
import { OdfNodeBuilder, odfText } from './odf-style-node.js';
import type { OdfNode } from './odf-style-node.js';
import { modelFunctionName } from './openformula-names.js';
import { fileFormula } from './xlsx-sheet-writer.js';
import { parseRange } from './xlsx-sheet-reader.js';

export const REL_TABLE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table';
export const CT_TABLE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';

/** Tables per sheet at most (a real workbook has a few). */
const MAX_TABLES = 1000;

function kid(node: OdfNode, local: string): OdfNode | undefined {
  return node.children.find((c) => c.local === local);
}

function kids(node: OdfNode, local: string): OdfNode[] {
  return node.children.filter((c) => c.local === local);
}

function att(node: OdfNode, local: string): string | undefined {
  return node.attrs.get(` ${local}`);
}

function flag(node: OdfNode, local: string, dflt: boolean): boolean {
  const v = att(node, local);
  return v === undefined ? dflt : v === '1' || v === 'true';
}

/** A formula element's text in model syntax (no `=`, `_xlfn.` dropped). */
function formulaOf(node: OdfNode | undefined): string | undefined {
  if (!node) return undefined;
  const text = odfText(node).trim();
  return text === '' ? undefined : text.replace(/_xlfn\.(?:_xlws\.)?[A-Z][A-Z0-9.]*/gi, (m) => modelFunctionName(m));
}

/** One table part as a model table, or null when it has no usable range or columns. */
export function tableOfNode(root: OdfNode): SheetTable | null {
  const range = parseRange(att(root, 'ref') ?? '');
  const name = att(root, 'displayName') ?? att(root, 'name');
  const cols = kid(root, 'tableColumns');
  if (!range || !name || !cols) return null;
  const columns: TableColumn[] = kids(cols, 'tableColumn').map((c) => {
    const fn = att(c, 'totalsRowFunction');
    const label = att(c, 'totalsRowLabel');
    const totals = formulaOf(kid(c, 'totalsRowFormula'));
    const formula = formulaOf(kid(c, 'calculatedColumnFormula'));
    return {
      name: att(c, 'name') ?? '',
      ...(fn && fn !== 'none' ? { totalsFunction: fn } : {}),
      ...(label ? { totalsLabel: label } : {}),
      ...(totals ? { totalsFormula: totals } : {}),
      ...(formula ? { formula } : {}),
    };
  });
  if (columns.length !== range.right - range.left + 1) return null;
  const header = Number(att(root, 'headerRowCount') ?? '1') !== 0;
  const totals = Number(att(root, 'totalsRowCount') ?? '0') > 0;
  const info = kid(root, 'tableStyleInfo');
  const style = info
    ? {
        ...(att(info, 'name') ? { name: att(info, 'name')! } : {}),
        rowStripes: flag(info, 'showRowStripes', false),
        columnStripes: flag(info, 'showColumnStripes', false),
        firstColumn: flag(info, 'showFirstColumn', false),
        lastColumn: flag(info, 'showLastColumn', false),
      }
    : undefined;
  return {
    name,
    range,
    ...(header ? {} : { headerRow: false }),
    ...(totals ? { totalsRow: true } : {}),
    columns,
    ...(style ? { style } : {}),
    ...(kid(root, 'autoFilter') ? { filterButtons: true } : {}),
  };
}

/** The tables of a worksheet part (its `table` relationships). */
export function readSheetTables(pkg: OpcPackage, sheetPart: string, ctx: ReadContext): SheetTable[] {
  const out: SheetTable[] = [];
  for (const rel of pkg.relationships(sheetPart).filter((r) => r.type === REL_TABLE && !r.external).slice(0, MAX_TABLES)) {
    if (!pkg.has(rel.target)) continue;
    try {
      const builder = new OdfNodeBuilder();
      streamXml(pkg.text(rel.target), { open: (t) => builder.open(t), close: () => builder.close(), text: (t) => builder.text(t) }, { part: rel.target, maxDepth: ctx.limits.maxXmlDepth });
      const table = builder.root.children[0] ? tableOfNode(builder.root.children[0]) : null;
      if (table) out.push(table);
      else ctx.diagnostics.warn('table-dropped', `The table part ${rel.target} could not be understood; the table is left out (its cells stay).`, rel.target);
    } catch {
      ctx.diagnostics.warn('table-dropped', `The table part ${rel.target} could not be read; the table is left out (its cells stay).`, rel.target);
    }
  }
  return out;
}

function ref(r: CellRange): string {
  return `${cellName(r.top, r.left)}:${cellName(r.bottom, r.right)}`;
}

/** A table part (`id` unique in the workbook). */
export function tablePartXml(t: SheetTable, id: number): string {
  const header = t.headerRow !== false;
  const filterRange = { ...t.range, bottom: t.totalsRow ? t.range.bottom - 1 : t.range.bottom };
  const columns = t.columns.map((c, i) => {
    const attrs = [
      ` id="${String(i + 1)}"`,
      ` name="${escapeAttr(c.name)}"`,
      c.totalsFunction ? ` totalsRowFunction="${escapeAttr(c.totalsFunction)}"` : '',
      c.totalsLabel ? ` totalsRowLabel="${escapeAttr(c.totalsLabel)}"` : '',
    ].join('');
    const inner = [
      c.formula ? `<calculatedColumnFormula>${escapeText(fileFormula(c.formula))}</calculatedColumnFormula>` : '',
      c.totalsFormula && c.totalsFunction === 'custom' ? `<totalsRowFormula>${escapeText(fileFormula(c.totalsFormula))}</totalsRowFormula>` : '',
    ].join('');
    return inner === '' ? `<tableColumn${attrs}/>` : `<tableColumn${attrs}>${inner}</tableColumn>`;
  });
  const s = t.style;
  const bit = (b: boolean | undefined): string => (b ? '1' : '0');
  const name = escapeAttr(t.name);
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${String(id)}" name="${name}" displayName="${name}" ref="${ref(t.range)}"${header ? '' : ' headerRowCount="0"'}${t.totalsRow ? ' totalsRowCount="1"' : ' totalsRowShown="0"'}>`,
    t.filterButtons && header ? `<autoFilter ref="${ref(filterRange)}"/>` : '',
    `<tableColumns count="${String(t.columns.length)}">${columns.join('')}</tableColumns>`,
    s
      ? `<tableStyleInfo${s.name ? ` name="${escapeAttr(s.name)}"` : ''} showFirstColumn="${bit(s.firstColumn)}" showLastColumn="${bit(s.lastColumn)}" showRowStripes="${bit(s.rowStripes)}" showColumnStripes="${bit(s.columnStripes)}"/>`
      : '',
    '</table>',
  ].join('');
}

// --- structured references ---

interface Located {
  readonly table: SheetTable;
  readonly sheet: string;
}

/** Rows of a table part: all, headers, data, totals (inclusive; `null` when the part is absent). */
function rowsOf(t: SheetTable, item: string, row: number): [number, number] | null {
  const r = t.range;
  const header = t.headerRow !== false;
  const dataTop = header ? r.top + 1 : r.top;
  const dataBottom = t.totalsRow ? r.bottom - 1 : r.bottom;
  switch (item) {
    case '#all':
      return [r.top, r.bottom];
    case '#headers':
      return header ? [r.top, r.top] : null;
    case '#totals':
      return t.totalsRow ? [r.bottom, r.bottom] : null;
    case '#this row':
      return row >= dataTop && row <= dataBottom ? [row, row] : null;
    default:
      return dataBottom >= dataTop ? [dataTop, dataBottom] : null;
  }
}

/** A column name as written inside brackets, unescaped (`'` quotes the next character). */
function unescapeColumn(s: string): string {
  return s.trim().replace(/'(.)/g, '$1');
}

/** Splits a bracket body at top-level commas. */
function items(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === "'" && i + 1 < body.length) {
      cur += ch + body[++i]!;
      continue;
    }
    if (ch === '[') depth++;
    else if (ch === ']') depth--;
    if (ch === ',' && depth === 0) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim() !== '') out.push(cur.trim());
  return out;
}

/**
 * The A1 range of a structured reference body (what is inside `Table[...]`) for a cell on
 * `row`, or null when it cannot be said (unknown column, missing part).
 */
function rangeOfSpecifier(t: Located, body: string, row: number, currentSheet: string): string | null {
  const specials: string[] = [];
  let first: string | undefined;
  let last: string | undefined;
  const b = body.trim();
  const parts = b === '' ? [] : b.startsWith('[') ? items(b) : [b];
  for (const raw of parts) {
    let p = raw.trim();
    if (p.startsWith('@')) {
      specials.push('#this row');
      p = p.slice(1).trim();
      if (p === '') continue;
    }
    const span = /^\[((?:[^\]']|'.)*)\]\s*:\s*\[((?:[^\]']|'.)*)\]$/s.exec(p);
    if (span) {
      first = unescapeColumn(span[1]!);
      last = unescapeColumn(span[2]!);
      continue;
    }
    const inner = p.startsWith('[') && p.endsWith(']') ? p.slice(1, -1) : p;
    if (inner.startsWith('#')) specials.push(inner.toLowerCase().replace(/\s+/g, ' '));
    else if (inner !== '') first = last = unescapeColumn(inner);
  }
  const t0 = t.table;
  const colOf = (name: string): number => t0.columns.findIndex((c) => c.name.toLowerCase() === name.toLowerCase());
  let left = t0.range.left;
  let right = t0.range.right;
  if (first !== undefined) {
    const a = colOf(first);
    const z = colOf(last ?? first);
    if (a < 0 || z < 0) return null;
    left = t0.range.left + Math.min(a, z);
    right = t0.range.left + Math.max(a, z);
  }
  let rows: [number, number] | null;
  if (specials.length === 0) rows = rowsOf(t0, '#data', row);
  else {
    const spans = specials.map((s) => rowsOf(t0, s, row));
    if (spans.some((s) => s === null)) return null;
    rows = [Math.min(...spans.map((s) => s![0])), Math.max(...spans.map((s) => s![1]))];
  }
  if (!rows) return null;
  const prefix = t.sheet === currentSheet ? '' : `${quoteSheetName(t.sheet)}!`;
  const a1 = `$${cellName(rows[0], left).replace(/(\d+)$/, '$$$1')}`;
  const z1 = `$${cellName(rows[1], right).replace(/(\d+)$/, '$$$1')}`;
  return a1 === z1 ? `${prefix}${a1}` : `${prefix}${a1}:${z1}`;
}

/** The end of the bracket group opened at `start` (index of its `]`), or -1. */
function closing(s: string, start: number): number {
  let depth = 0;
  for (let i = start; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === "'") {
      i++;
      continue;
    }
    if (ch === '[') depth++;
    else if (ch === ']' && --depth === 0) return i;
  }
  return -1;
}

/** Tables of a workbook by lower-case name, with their sheet. */
export function tablesByName(workbook: Workbook): Map<string, Located> {
  const out = new Map<string, Located>();
  for (const s of workbook.sheets) for (const t of s.tables ?? []) out.set(t.name.toLowerCase(), { table: t, sheet: s.name });
  return out;
}

/**
 * A formula (model syntax, with or without `=`) with its structured references to known tables
 * turned into absolute A1 ranges, for the cell on `row` of `sheet`; references that cannot be
 * resolved are left as written.
 */
export function resolveStructuredReferences(formula: string, tables: ReadonlyMap<string, Located>, sheet: Sheet, row: number, col: number): string {
  if (!formula.includes('[') || tables.size === 0) return formula;
  // The table the cell is in, for unqualified references (`[@Montant]` in a calculated column).
  let own: Located | undefined;
  for (const t of sheet.tables ?? []) {
    const r = t.range;
    if (row >= r.top && row <= r.bottom && col >= r.left && col <= r.right) own = { table: t, sheet: sheet.name };
  }
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"') {
      const end = formula.indexOf('"', i + 1);
      let j = end < 0 ? formula.length : end + 1;
      while (j < formula.length && formula[j] === '"') {
        const next = formula.indexOf('"', j + 1);
        j = next < 0 ? formula.length : next + 1;
      }
      out += formula.slice(i, j);
      i = j;
      continue;
    }
    if (ch === "'") {
      // A quoted sheet name: copied whole.
      let j = i + 1;
      while (j < formula.length && !(formula[j] === "'" && formula[j + 1] !== "'")) j += formula[j] === "'" ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const name = /^[A-Za-z_\\][A-Za-z0-9_.\\]*/.exec(formula.slice(i));
    if (name && (i === 0 || !/[A-Za-z0-9_.!$]/.test(formula[i - 1]!))) {
      const end = i + name[0].length;
      const t = tables.get(name[0].toLowerCase());
      if (t && formula[end] === '[') {
        const close = closing(formula, end);
        const range = close > 0 ? rangeOfSpecifier(t, formula.slice(end + 1, close), row, sheet.name) : null;
        if (range) {
          out += range;
          i = close + 1;
          continue;
        }
      }
      out += name[0];
      i = end;
      continue;
    }
    if (ch === '[' && own) {
      const close = closing(formula, i);
      const range = close > 0 ? rangeOfSpecifier(own, formula.slice(i + 1, close), row, sheet.name) : null;
      if (range) {
        out += range;
        i = close + 1;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}

/** The workbook with every formula's structured references resolved (for formats without tables). */
export function withoutStructuredReferences(workbook: Workbook): Workbook {
  const tables = tablesByName(workbook);
  if (tables.size === 0) return workbook;
  return {
    ...workbook,
    sheets: workbook.sheets.map((sheet) => {
      let changed = false;
      const rows = sheet.rows.map((cells, r) => {
        if (!cells?.some((c) => c?.formula?.includes('['))) return cells;
        changed = true;
        return cells.map((c, k) => (c?.formula?.includes('[') ? { ...c, formula: resolveStructuredReferences(c.formula, tables, sheet, r, k) } : c));
      });
      return changed ? { ...sheet, rows } : sheet;
    }),
  };
}

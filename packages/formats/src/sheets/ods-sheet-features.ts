/**
 * ODF spreadsheet features beside the cells (ODF 1.3 Part 3): 14.1 `office:annotation` (cell
 * notes, with `dc:creator` and `dc:date`), 9.4.4-9.4.7 `table:content-validations` (conditions
 * per 19.645 `table:condition`, help and error messages), 9.4.14-9.4.16 `table:database-ranges`
 * with `table:display-filter-buttons` and 9.5.2-9.5.6 `table:filter` (autofilters). Conditions
 * and filter operands are OpenFormula expressions; the model keeps Excel syntax.
 */
import { cellName } from '@ostal/model';
import type { AutoFilter, CellComment, CellRange, DataValidation, FilterColumn, FilterCondition, FilterOperator, Sheet, ValidationOperator, ValidationType } from '@ostal/model';
import { NS } from '../xml/namespaces.js';
import { escapeAttr, escapeText } from '../xml/xml-writer.js';
import type { OdfNode } from './odf-style-node.js';
import { odfAttr, odfText } from './odf-style-node.js';
import { fromOpenFormula, toOpenFormula } from './openformula.js';

/** `'Sheet 1'` quoted as ODF addresses want it (quotes when not a plain name). */
export function odfSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `Sheet1.A1:Sheet1.B2` (9.2.5 cell range address) for a range of `sheet`. */
export function odfRangeAddress(sheet: string, r: CellRange): string {
  const s = odfSheetName(sheet);
  return `${s}.${cellName(r.top, r.left)}:${s}.${cellName(r.bottom, r.right)}`;
}

/** An Excel operand (no `=`) as an OpenFormula expression (no `of:=`). */
export function odfOperand(formula: string): string {
  return toOpenFormula('=' + formula).replace(/^of:=/, '');
}

/** An OpenFormula operand as Excel syntax without `=`. */
export function excelOperand(expression: string): string {
  return fromOpenFormula('of:=' + expression.trim()).formula.replace(/^=/, '');
}

const COMPARE: Readonly<Record<string, string>> = {
  equal: '=',
  notEqual: '!=',
  greaterThan: '>',
  lessThan: '<',
  greaterThanOrEqual: '>=',
  lessThanOrEqual: '<=',
};
const COMPARE_BACK: Readonly<Record<string, ValidationOperator>> = { '=': 'equal', '!=': 'notEqual', '<>': 'notEqual', '>': 'greaterThan', '<': 'lessThan', '>=': 'greaterThanOrEqual', '<=': 'lessThanOrEqual' };

/** Splits `a,b` (or `a;b`) at the top level: not inside parentheses, brackets or quotes. */
export function topLevelArgs(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = false;
  let cur = '';
  for (const ch of s) {
    if (ch === '"') quote = !quote;
    else if (!quote && (ch === '(' || ch === '[' || ch === '{')) depth++;
    else if (!quote && (ch === ')' || ch === ']' || ch === '}')) depth--;
    if (!quote && depth === 0 && (ch === ',' || ch === ';')) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}

/** The `table:condition` for a validation, or undefined for `any`. */
export function validationCondition(v: DataValidation): string | undefined {
  const f1 = v.formula1 !== undefined ? odfOperand(v.formula1) : '0';
  const f2 = v.formula2 !== undefined ? odfOperand(v.formula2) : f1;
  const op = v.operator ?? 'between';
  const value = (fn: string): string =>
    op === 'between' ? `${fn}-is-between(${f1},${f2})` : op === 'notBetween' ? `${fn}-is-not-between(${f1},${f2})` : `${fn}()${COMPARE[op] ?? '='}${f1}`;
  switch (v.type) {
    case 'list': {
      const f = v.formula1 ?? '""';
      const literal = /^"(.*)"$/s.exec(f);
      const items = literal ? literal[1]!.split(',').map((item) => `"${item.trim()}"`).join(';') : odfOperand(f);
      return `of:cell-content-is-in-list(${items})`;
    }
    case 'whole':
      return `of:cell-content-is-whole-number() and ${value('cell-content')}`;
    case 'decimal':
      return `of:cell-content-is-decimal-number() and ${value('cell-content')}`;
    case 'date':
      return `of:cell-content-is-date() and ${value('cell-content')}`;
    case 'time':
      return `of:cell-content-is-time() and ${value('cell-content')}`;
    case 'textLength':
      return `of:${value('cell-content-text-length')}`;
    case 'custom':
      return `of:is-true-formula(${f1})`;
    case 'any':
      return undefined;
  }
}

/** Parses a value condition (`cell-content()>5`, `cell-content-is-between(1,2)`) for `fn`. */
export function valueCondition(fn: string, s: string): { operator?: ValidationOperator; formula1: string; formula2?: string } | null {
  const between = new RegExp(`^${fn}-is-(not-)?between\\((.*)\\)$`, 's').exec(s);
  if (between) {
    const args = topLevelArgs(between[2]!);
    if (args.length !== 2) return null;
    return { ...(between[1] ? { operator: 'notBetween' as const } : {}), formula1: excelOperand(args[0]!), formula2: excelOperand(args[1]!) };
  }
  const cmp = new RegExp(`^${fn}\\(\\)\\s*(<=|>=|!=|<>|=|<|>)\\s*(.+)$`, 's').exec(s);
  if (!cmp) return null;
  return { operator: COMPARE_BACK[cmp[1]!]!, formula1: excelOperand(cmp[2]!) };
}

/** The validation rule of a `table:condition`, without ranges and messages; null when not understood. */
export function validationOfCondition(condition: string | undefined): Pick<DataValidation, 'type' | 'operator' | 'formula1' | 'formula2'> | null {
  if (condition === undefined || condition.trim() === '') return { type: 'any' };
  const s = condition.trim().replace(/^[a-z]+:/, '');
  const list = /^cell-content-is-in-list\((.*)\)$/s.exec(s);
  if (list) {
    const args = topLevelArgs(list[1]!);
    if (args.length > 0 && args.every((a) => /^"(?:[^"]|"")*"$/.test(a))) {
      return { type: 'list', formula1: `"${args.map((a) => a.slice(1, -1).replace(/""/g, '"')).join(',')}"` };
    }
    return { type: 'list', formula1: excelOperand(list[1]!) };
  }
  const custom = /^is-true-formula\((.*)\)$/s.exec(s);
  if (custom) return { type: 'custom', formula1: excelOperand(custom[1]!) };
  const typed = /^cell-content-is-(whole-number|decimal-number|date|time)\(\)\s+and\s+(.+)$/s.exec(s);
  if (typed) {
    const type: ValidationType = typed[1] === 'whole-number' ? 'whole' : typed[1] === 'decimal-number' ? 'decimal' : (typed[1] as 'date' | 'time');
    const v = valueCondition('cell-content', typed[2]!.trim());
    return v ? { type, ...v } : null;
  }
  const length = valueCondition('cell-content-text-length', s);
  return length ? { type: 'textLength', ...length } : null;
}

function paragraphs(text: string, paragraph: (line: string) => string): string {
  return text.split(/\r\n|\r|\n/).map(paragraph).join('');
}

/** `table:content-validation` elements for every validation of `sheets`; names are `val{sheet}_{i}`. */
export function contentValidationsXml(sheets: readonly Sheet[], paragraph: (line: string) => string): string {
  const out: string[] = [];
  sheets.forEach((sheet, s) => {
    (sheet.validations ?? []).forEach((v, i) => {
      const first = v.ranges[0];
      if (!first) return;
      const condition = validationCondition(v);
      out.push(
        `<table:content-validation table:name="${validationName(s, i)}"`,
        condition ? ` table:condition="${escapeAttr(condition)}"` : '',
        ` table:allow-empty-cell="${v.allowBlank ? 'true' : 'false'}"`,
        v.type === 'list' ? ` table:display-list="${v.hideDropdown ? 'none' : 'unsorted'}"` : '',
        ` table:base-cell-address="${escapeAttr(`${odfSheetName(sheet.name)}.${cellName(first.top, first.left)}`)}">`,
      );
      out.push(`<table:help-message table:display="${v.showPrompt ? 'true' : 'false'}"${v.prompt?.title ? ` table:title="${escapeAttr(v.prompt.title)}"` : ''}>`);
      if (v.prompt?.text) out.push(paragraphs(v.prompt.text, paragraph));
      out.push('</table:help-message>');
      const style = v.error?.style ?? 'stop';
      out.push(`<table:error-message table:message-type="${style}" table:display="${v.showError ? 'true' : 'false'}"${v.error?.title ? ` table:title="${escapeAttr(v.error.title)}"` : ''}>`);
      if (v.error?.text) out.push(paragraphs(v.error.text, paragraph));
      out.push('</table:error-message></table:content-validation>');
    });
  });
  return out.length > 0 ? `<table:content-validations>${out.join('')}</table:content-validations>` : '';
}

export function validationName(sheet: number, index: number): string {
  return `val${String(sheet + 1)}_${String(index + 1)}`;
}

/** Text of the `text:p` children of a node, one line each. */
function nodeParagraphs(node: OdfNode | undefined): string | undefined {
  if (!node) return undefined;
  const lines = node.children.filter((c) => c.ns === NS.text && c.local === 'p').map(odfText);
  return lines.length > 0 && lines.some((l) => l !== '') ? lines.join('\n') : undefined;
}

/** A validation read from `table:content-validation` (without ranges, which come from the cells). */
export function validationOfNode(node: OdfNode): Omit<DataValidation, 'ranges'> | null {
  const rule = validationOfCondition(odfAttr(node, NS.table, 'condition'));
  if (!rule) return null;
  const help = node.children.find((c) => c.ns === NS.table && c.local === 'help-message');
  const err = node.children.find((c) => c.ns === NS.table && c.local === 'error-message');
  const promptText = nodeParagraphs(help);
  const promptTitle = help ? odfAttr(help, NS.table, 'title') : undefined;
  const errorText = nodeParagraphs(err);
  const errorTitle = err ? odfAttr(err, NS.table, 'title') : undefined;
  const type = err ? odfAttr(err, NS.table, 'message-type') : undefined;
  const style = type === 'warning' || type === 'information' ? type : undefined;
  return {
    ...rule,
    ...(odfAttr(node, NS.table, 'allow-empty-cell') !== 'false' ? { allowBlank: true } : {}),
    ...(odfAttr(node, NS.table, 'display-list') === 'none' ? { hideDropdown: true } : {}),
    ...(promptText || promptTitle ? { prompt: { ...(promptTitle ? { title: promptTitle } : {}), ...(promptText ? { text: promptText } : {}) } } : {}),
    ...(help && odfAttr(help, NS.table, 'display') === 'true' ? { showPrompt: true } : {}),
    ...(errorText || errorTitle || style ? { error: { ...(errorTitle ? { title: errorTitle } : {}), ...(errorText ? { text: errorText } : {}), ...(style ? { style } : {}) } } : {}),
    ...(err && odfAttr(err, NS.table, 'display') !== 'false' ? { showError: true } : {}),
  };
}

/** `office:annotation` for a note (before the cell's own paragraphs). */
export function annotationXml(c: CellComment, paragraph: (line: string) => string): string {
  const date = c.date && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?$/.test(c.date.replace(/Z|[+-]\d{2}:\d{2}$/, '')) ? c.date : undefined;
  return [
    `<office:annotation${c.visible ? ' office:display="true"' : ''}>`,
    c.author ? `<dc:creator>${escapeText(c.author)}</dc:creator>` : '',
    date ? `<dc:date>${escapeText(date)}</dc:date>` : '',
    paragraphs(c.text, paragraph),
    // ODF 1.3 annotations have no replies: a thread's answers follow as paragraphs of the note.
    ...(c.replies ?? []).map((r) => paragraphs(`${r.author ?? ''}${r.date ? ` (${r.date.slice(0, 10)})` : ''}: ${r.text}`, paragraph)),
    '</office:annotation>',
  ].join('');
}

const FILTER_OPS: Readonly<Record<FilterOperator, string>> = { equal: '=', notEqual: '!=', greaterThan: '>', greaterThanOrEqual: '>=', lessThan: '<', lessThanOrEqual: '<=' };
const FILTER_BACK: Readonly<Record<string, FilterOperator>> = { '=': 'equal', '!=': 'notEqual', '>': 'greaterThan', '>=': 'greaterThanOrEqual', '<': 'lessThan', '<=': 'lessThanOrEqual' };

function conditionXml(field: number, c: FilterCondition): string {
  const numeric = typeof c.value === 'number';
  return `<table:filter-condition table:field-number="${String(field)}" table:value="${escapeAttr(String(c.value))}" table:operator="${escapeAttr(FILTER_OPS[c.operator])}"${numeric ? ' table:data-type="number"' : ''}/>`;
}

/** One column's criteria: a condition, or an `or` group, and whether it needs a group at all. */
function columnFilterXml(c: FilterColumn): { xml: string; kind: 'condition' | 'and' | 'or' } | null {
  if (c.values && c.values.length > 0) {
    const items = c.values.map((v) => `<table:filter-set-item table:value="${escapeAttr(v)}"/>`).join('');
    return { xml: `<table:filter-condition table:field-number="${String(c.column)}" table:value="${escapeAttr(c.values[0]!)}" table:operator="=">${items}</table:filter-condition>`, kind: 'condition' };
  }
  const conds = (c.conditions ?? []).map((f) => conditionXml(c.column, f));
  if (conds.length === 0) return null;
  if (conds.length === 1) return { xml: conds[0]!, kind: 'condition' };
  return c.and ? { xml: conds.join(''), kind: 'and' } : { xml: `<table:filter-or>${conds.join('')}</table:filter-or>`, kind: 'or' };
}

/** `table:database-ranges` for the autofilters of `sheets` (anonymous sheet ranges, as LibreOffice names them). */
export function databaseRangesXml(sheets: readonly Sheet[]): string {
  const out: string[] = [];
  sheets.forEach((sheet, i) => {
    const f = sheet.autoFilter;
    if (!f) return;
    out.push(
      `<table:database-range table:name="__Anonymous_Sheet_DB__${String(i)}" table:target-range-address="${escapeAttr(odfRangeAddress(sheet.name, f.range))}" table:display-filter-buttons="true">`,
    );
    const parts = (f.columns ?? []).map(columnFilterXml).filter((p): p is NonNullable<typeof p> => p !== null);
    if (parts.length === 1 && parts[0]!.kind !== 'and') out.push(`<table:filter>${parts[0]!.xml}</table:filter>`);
    else if (parts.length > 0) out.push(`<table:filter><table:filter-and>${parts.map((p) => p.xml).join('')}</table:filter-and></table:filter>`);
    out.push('</table:database-range>');
  });
  return out.length > 0 ? `<table:database-ranges>${out.join('')}</table:database-ranges>` : '';
}

/** The autofilter of a `table:database-range` that shows filter buttons, with the sheet name its address names. */
export function autoFilterOfNode(node: OdfNode, rangeOf: (address: string) => { sheet: string; range: CellRange } | null): { sheet: string; filter: AutoFilter } | null {
  if (odfAttr(node, NS.table, 'display-filter-buttons') !== 'true') return null;
  const target = rangeOf(odfAttr(node, NS.table, 'target-range-address') ?? '');
  if (!target) return null;
  const byColumn = new Map<number, { conditions: FilterCondition[]; values: string[]; and: boolean }>();
  const visit = (n: OdfNode, and: boolean): void => {
    if (n.ns !== NS.table) return;
    if (n.local === 'filter-and' || n.local === 'filter-or' || n.local === 'filter') {
      for (const child of n.children) visit(child, n.local !== 'filter-or');
      return;
    }
    if (n.local !== 'filter-condition') return;
    const field = Number(odfAttr(n, NS.table, 'field-number'));
    if (!Number.isInteger(field) || field < 0) return;
    const col = byColumn.get(field) ?? { conditions: [], values: [], and };
    byColumn.set(field, col);
    const items = n.children.filter((c) => c.ns === NS.table && c.local === 'filter-set-item');
    const op = FILTER_BACK[odfAttr(n, NS.table, 'operator') ?? ''];
    const raw = odfAttr(n, NS.table, 'value') ?? '';
    if (items.length > 0) col.values.push(...items.map((c) => odfAttr(c, NS.table, 'value') ?? ''));
    else if (op) {
      const numeric = odfAttr(n, NS.table, 'data-type') === 'number' && raw.trim() !== '' && Number.isFinite(Number(raw));
      col.conditions.push({ operator: op, value: numeric ? Number(raw) : raw });
    }
  };
  for (const child of node.children) if (child.ns === NS.table && child.local === 'filter') visit(child, true);
  const columns: FilterColumn[] = [...byColumn]
    .sort(([a], [b]) => a - b)
    .filter(([, c]) => c.values.length > 0 || c.conditions.length > 0)
    .map(([column, c]): FilterColumn =>
      c.values.length > 0 ? { column, values: c.values } : { column, conditions: c.conditions.slice(0, 2), ...(c.and && c.conditions.length > 1 ? { and: true } : {}) },
    );
  return { sheet: target.sheet, filter: { range: target.range, ...(columns.length > 0 ? { columns } : {}) } };
}

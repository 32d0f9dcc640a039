/**
 * Conditional formats in ODF spreadsheets.
 *
 * Read: ODF 1.3 Part 3, 16.3 `style:map` on cell styles (19.500 `style:condition`:
 * `cell-content()>5`, `cell-content-is-between(1,10)`, `cell-content-is-not-between`,
 * `is-true-formula(...)`; 19.473 `style:apply-style-name`; 19.468 `style:base-cell-address`): every
 * cell using a style with maps is in the format, so ranges are rebuilt from the cells. LibreOffice's
 * extension `calcext:conditional-formats` (inside `table:table`: `calcext:condition` with
 * `calcext:value` such as `>5`, `between(1,2)`, `formula-is(...)`, `contains-text("a")`,
 * `duplicate`, `top-elements(10)`; `calcext:color-scale`, `calcext:data-bar`, `calcext:icon-set`,
 * `calcext:date-is`) is read too and wins over the maps LibreOffice writes beside it.
 *
 * Write: only ODF 1.3 (calcext is not in the schema): rules a condition can say (`cellIs`,
 * `expression`) become `style:map`s on a copy of each cell style used in the range, applying
 * common styles written in `office:styles`; colour scales, data bars, icon sets and other rules
 * are reported by `conversionLosses`.
 *
 * Model formulas are relative to the top-left cell of the first range; ODF's to the base cell:
 * they are shifted between the two.
 */
import { cellName, parseCellName } from '@ostal/model';
import type { CellRange, CellStyle, ConditionalFormat, ConditionalOperator, ConditionalRule, Sheet } from '@ostal/model';
import { escapeAttr } from '../xml/xml-writer.js';
import { shiftA1Tokens, tokenizeA1 } from './a1-formula.js';
import type { OdfNode } from './odf-style-node.js';
import { odfAttr } from './odf-style-node.js';
import { excelOperand, odfOperand, odfSheetName, topLevelArgs, valueCondition } from './ods-sheet-features.js';

export const CALCEXT = 'urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0';
const STYLE = 'urn:oasis:names:tc:opendocument:xmlns:style:1.0';

/** Most rectangles kept per conditional format read from cell styles. */
const MAX_RANGES = 10_000;

/** One `style:map` of a cell style. */
export interface OdsStyleMap {
  readonly condition: string;
  readonly applyStyle: string;
  readonly base?: string;
}

/** The `style:map`s of a cell style node. */
export function styleMapsOf(node: OdfNode): OdsStyleMap[] {
  const out: OdsStyleMap[] = [];
  for (const c of node.children) {
    if (c.ns !== STYLE || c.local !== 'map') continue;
    const condition = odfAttr(c, STYLE, 'condition');
    const applyStyle = odfAttr(c, STYLE, 'apply-style-name');
    const base = odfAttr(c, STYLE, 'base-cell-address');
    if (condition && applyStyle) out.push({ condition, applyStyle, ...(base ? { base } : {}) });
  }
  return out;
}

/** `Sheet1.B3` / `$'My sheet'.$B$3` to a cell, ignoring the sheet. */
function baseCell(address: string | undefined): { row: number; col: number } | null {
  if (!address) return null;
  const m = /\.?(\$?[A-Za-z]{1,4}\$?\d{1,7})$/.exec(address.trim());
  return m ? parseCellName(m[1]!.replace(/\$/g, '')) : null;
}

/** A formula relative to `from` made relative to `to` (relative references moved). */
function rebase(formula: string, from: { row: number; col: number } | null, to: { row: number; col: number }): string {
  if (!from || (from.row === to.row && from.col === to.col)) return formula;
  return shiftA1Tokens(tokenizeA1(formula), to.row - from.row, to.col - from.col);
}

type RuleCore = Omit<ConditionalRule, 'style' | 'priority'>;

const COMPARE: Readonly<Record<string, ConditionalOperator>> = { '=': 'equal', '!=': 'notEqual', '<>': 'notEqual', '>': 'greaterThan', '<': 'lessThan', '>=': 'greaterThanOrEqual', '<=': 'lessThanOrEqual' };

/** A `style:condition` as a rule (formulas relative to the base cell), or null when not understood. */
export function ruleOfStyleCondition(condition: string): RuleCore | null {
  const s = condition.trim().replace(/^[a-z]+:/, '');
  const formula = /^is-true-formula\((.*)\)$/s.exec(s);
  if (formula) return { type: 'expression', formulas: [excelOperand(formula[1]!)] };
  const v = valueCondition('cell-content', s);
  if (!v) return null;
  return { type: 'cellIs', operator: v.operator ?? 'between', formulas: v.formula2 !== undefined ? [v.formula1, v.formula2] : [v.formula1] };
}

/** Excel's formula for a text rule on `cell` (what Excel itself writes for containsText & co.). */
function textRuleFormula(kind: string, text: string, cell: string): string {
  switch (kind) {
    case 'begins-with':
      return `LEFT(${cell},LEN(${text}))=${text}`;
    case 'ends-with':
      return `RIGHT(${cell},LEN(${text}))=${text}`;
    case 'contains-text':
      return `NOT(ISERROR(SEARCH(${text},${cell})))`;
    default:
      return `ISERROR(SEARCH(${text},${cell}))`;
  }
}

/** SpreadsheetML rules for the calcext conditions that are not formulas (XLSX keeps them). */
function opaqueRule(value: string): RuleCore | null {
  const top = /^(top|bottom)-(elements|percent)\((.*)\)$/.exec(value);
  if (top) {
    const rank = Number(excelOperand(top[3]!));
    if (!Number.isInteger(rank) || rank < 0) return null;
    return { type: 'other', xml: `<cfRule type="top10"${top[2] === 'percent' ? ' percent="1"' : ''}${top[1] === 'bottom' ? ' bottom="1"' : ''} rank="${String(rank)}"/>` };
  }
  const fixed: Readonly<Record<string, string>> = {
    duplicate: '<cfRule type="duplicateValues"/>',
    unique: '<cfRule type="uniqueValues"/>',
    'above-average': '<cfRule type="aboveAverage"/>',
    'below-average': '<cfRule type="aboveAverage" aboveAverage="0"/>',
    'above-equal-average': '<cfRule type="aboveAverage" equalAverage="1"/>',
    'below-equal-average': '<cfRule type="aboveAverage" aboveAverage="0" equalAverage="1"/>',
  };
  const xml = fixed[value];
  return xml ? { type: 'other', xml } : null;
}

/** A `calcext:condition` value as a rule with formulas relative to `cell` (Excel name of the base cell). */
export function ruleOfCalcextValue(raw: string, cell: string): RuleCore | null {
  const value = raw.trim();
  const fn = /^([a-z-]+)\((.*)\)$/s.exec(value);
  if (fn) {
    const [, name, inner] = fn as unknown as [string, string, string];
    if (name === 'formula-is') return { type: 'expression', formulas: [excelOperand(inner)] };
    if (name === 'between' || name === 'not-between') {
      const args = topLevelArgs(inner);
      if (args.length !== 2) return null;
      return { type: 'cellIs', operator: name === 'between' ? 'between' : 'notBetween', formulas: args.map(excelOperand) };
    }
    if (name === 'begins-with' || name === 'ends-with' || name === 'contains-text' || name === 'not-contains-text') {
      return { type: 'expression', formulas: [textRuleFormula(name, excelOperand(inner), cell)] };
    }
    return opaqueRule(value);
  }
  if (value === 'is-error') return { type: 'expression', formulas: [`ISERROR(${cell})`] };
  if (value === 'is-no-error') return { type: 'expression', formulas: [`NOT(ISERROR(${cell}))`] };
  const cmp = /^(<=|>=|!=|<>|=|<|>)(.+)$/s.exec(value);
  if (cmp) return { type: 'cellIs', operator: COMPARE[cmp[1]!]!, formulas: [excelOperand(cmp[2]!)] };
  return opaqueRule(value);
}

/** `#f8696b` as SpreadsheetML ARGB. */
function argb(color: string | undefined): string | undefined {
  return color && /^#[0-9a-f]{6}$/i.test(color) ? `FF${color.slice(1).toUpperCase()}` : undefined;
}

const CFVO: Readonly<Record<string, string>> = {
  minimum: 'min',
  'auto-minimum': 'min',
  maximum: 'max',
  'auto-maximum': 'max',
  percentile: 'percentile',
  percent: 'percent',
  number: 'num',
  formula: 'formula',
};

/** A calcext colour-scale or formatting entry as a SpreadsheetML `cfvo`, or null. */
function cfvoXml(entry: OdfNode): string | null {
  const type = CFVO[odfAttr(entry, CALCEXT, 'type') ?? ''];
  if (!type) return null;
  if (type === 'min' || type === 'max') return `<cfvo type="${type}"/>`;
  const raw = odfAttr(entry, CALCEXT, 'value') ?? '0';
  const val = type === 'formula' ? excelOperand(raw) : raw;
  return `<cfvo type="${type}" val="${escapeAttr(val)}"/>`;
}

/** Icon sets SpreadsheetML's main namespace knows (18.18.42 ST_IconSetType). */
const ICON_SETS = new Set([
  '3Arrows',
  '3ArrowsGray',
  '3Flags',
  '3TrafficLights1',
  '3TrafficLights2',
  '3Signs',
  '3Symbols',
  '3Symbols2',
  '4Arrows',
  '4ArrowsGray',
  '4RedToBlack',
  '4Rating',
  '4TrafficLights',
  '5Arrows',
  '5ArrowsGray',
  '5Rating',
  '5Quarters',
]);

function kids(node: OdfNode, local: string): OdfNode[] {
  return node.children.filter((c) => c.ns === CALCEXT && c.local === local);
}

/** A calcext colour scale, data bar or icon set as its SpreadsheetML rule, or null. */
function scaleRule(node: OdfNode): RuleCore | null {
  if (node.local === 'color-scale') {
    const entries = kids(node, 'color-scale-entry');
    const cfvos = entries.map(cfvoXml);
    const colors = entries.map((e) => argb(odfAttr(e, CALCEXT, 'color')));
    if (entries.length < 2 || entries.length > 3 || cfvos.some((c) => c === null) || colors.some((c) => c === undefined)) return null;
    return { type: 'colorScale', xml: `<cfRule type="colorScale"><colorScale>${cfvos.join('')}${colors.map((c) => `<color rgb="${c!}"/>`).join('')}</colorScale></cfRule>` };
  }
  if (node.local === 'data-bar') {
    const cfvos = kids(node, 'formatting-entry').map(cfvoXml);
    const color = argb(odfAttr(node, CALCEXT, 'positive-color')) ?? 'FF638EC6';
    if (cfvos.length !== 2 || cfvos.some((c) => c === null)) return null;
    return { type: 'dataBar', xml: `<cfRule type="dataBar"><dataBar>${cfvos.join('')}<color rgb="${color}"/></dataBar></cfRule>` };
  }
  if (node.local === 'icon-set') {
    const set = odfAttr(node, CALCEXT, 'icon-set-type') ?? '';
    const cfvos = kids(node, 'formatting-entry').map(cfvoXml);
    if (!ICON_SETS.has(set) || cfvos.length !== Number(set[0]) || cfvos.some((c) => c === null)) return null;
    const reverse = odfAttr(node, CALCEXT, 'reverse') === 'true' ? ' reverse="1"' : '';
    return { type: 'iconSet', xml: `<cfRule type="iconSet"><iconSet iconSet="${set}"${reverse}>${cfvos.join('')}</iconSet></cfRule>` };
  }
  return null;
}

/** Excel formulas for `calcext:date-is` periods on `cell` (those Excel's timePeriod rules use). */
function datePeriodFormula(period: string, cell: string): string | undefined {
  const day = `FLOOR(${cell},1)`;
  switch (period) {
    case 'today':
      return `${day}=TODAY()`;
    case 'yesterday':
      return `${day}=TODAY()-1`;
    case 'tomorrow':
      return `${day}=TODAY()+1`;
    case 'last-7-days':
      return `AND(TODAY()-${day}<=6,${day}<=TODAY())`;
    case 'this-month':
      return `AND(MONTH(${cell})=MONTH(TODAY()),YEAR(${cell})=YEAR(TODAY()))`;
    case 'this-year':
      return `YEAR(${cell})=YEAR(TODAY())`;
    case 'last-year':
      return `YEAR(${cell})=YEAR(TODAY())-1`;
    case 'next-year':
      return `YEAR(${cell})=YEAR(TODAY())+1`;
    default:
      return undefined;
  }
}

/** What reading conditional formats needs from the rest of the reader. */
export interface ConditionalContext {
  /** A `Sheet.A1:Sheet.B2` address as a range of this sheet, or null. */
  rangeOf(address: string): CellRange | null;
  /** The differential style of a common style named (or displayed as) `name`. */
  styleOf(name: string): CellStyle | undefined;
  /** Reports a condition that is not kept. */
  dropped(what: string): void;
}

/** Ranges of a space-separated ODF range list, in order. */
function rangesOf(list: string | undefined, ctx: ConditionalContext): CellRange[] {
  return (list ?? '')
    .trim()
    .split(/\s+/)
    .filter((p) => p !== '')
    .map((p) => ctx.rangeOf(p.includes(':') ? p : `${p}:${p.replace(/^.*\./, '.')}`))
    .filter((r): r is CellRange => r !== null);
}

/** LibreOffice's `calcext:conditional-formats` element of one table. */
export function conditionalFormatsOfCalcext(node: OdfNode, ctx: ConditionalContext, firstPriority = 1): ConditionalFormat[] {
  const out: ConditionalFormat[] = [];
  let priority = firstPriority;
  for (const format of kids(node, 'conditional-format')) {
    const ranges = rangesOf(odfAttr(format, CALCEXT, 'target-range-address'), ctx);
    if (ranges.length === 0) continue;
    const topLeft = { row: ranges[0]!.top, col: ranges[0]!.left };
    const cell = cellName(topLeft.row, topLeft.col);
    const rules: ConditionalRule[] = [];
    for (const c of format.children) {
      if (c.ns !== CALCEXT) continue;
      let core: RuleCore | null;
      let styleName: string | undefined;
      if (c.local === 'condition') {
        const base = baseCell(odfAttr(c, CALCEXT, 'base-cell-address')) ?? topLeft;
        core = ruleOfCalcextValue(odfAttr(c, CALCEXT, 'value') ?? '', cellName(base.row, base.col));
        if (core?.formulas) core = { ...core, formulas: core.formulas.map((f) => rebase(f, base, topLeft)) };
        styleName = odfAttr(c, CALCEXT, 'apply-style-name');
      } else if (c.local === 'date-is') {
        const f = datePeriodFormula(odfAttr(c, CALCEXT, 'date') ?? '', cell);
        core = f ? { type: 'expression', formulas: [f] } : null;
        styleName = odfAttr(c, CALCEXT, 'style');
      } else core = scaleRule(c);
      if (!core) {
        ctx.dropped(c.local === 'condition' ? (odfAttr(c, CALCEXT, 'value') ?? c.local) : c.local);
        continue;
      }
      const style = styleName !== undefined ? ctx.styleOf(styleName) : undefined;
      rules.push({ ...core, ...(style ? { style } : {}), priority: priority++ });
    }
    if (rules.length > 0) out.push({ ranges, rules });
  }
  return out;
}

/** Rectangles of cells met in row order, grown down or right like the reader's validations. */
export class RangeCollector {
  private readonly groups = new Map<string, { maps: readonly OdsStyleMap[]; ranges: CellRange[] }>();
  private full = false;

  /** Adds a block of cells using a style with `maps`; returns false when a group has too many pieces. */
  add(maps: readonly OdsStyleMap[], range: CellRange): boolean {
    const key = JSON.stringify(maps);
    let group = this.groups.get(key);
    if (!group) this.groups.set(key, (group = { maps, ranges: [] }));
    const list = group.ranges;
    const last = list[list.length - 1];
    if (last && last.top === range.top && last.bottom === range.bottom && last.right + 1 === range.left) list[list.length - 1] = { ...last, right: range.right };
    else if (list.length < MAX_RANGES) list.push(range);
    else {
      const first = !this.full;
      this.full = true;
      return !first;
    }
    // A row that repeats the one above (same columns) merges into it.
    for (let i = list.length - 2; i >= 0 && i >= list.length - 64; i--) {
      const p = list[i]!;
      const q = list[list.length - 1]!;
      if (p.left === q.left && p.right === q.right && p.bottom + 1 === q.top) {
        list.splice(i, 1);
        list[list.length - 1] = { ...p, bottom: q.bottom };
        break;
      }
    }
    return true;
  }

  get size(): number {
    return this.groups.size;
  }

  /** The conditional formats of the styles met, in order. */
  formats(ctx: ConditionalContext, firstPriority = 1): ConditionalFormat[] {
    const out: ConditionalFormat[] = [];
    let priority = firstPriority;
    // Styles say nothing of the order between formats: they come in the order of their first cell.
    const groups = [...this.groups.values()].map(({ maps, ranges }) => ({ maps, sorted: [...ranges].sort((p, q) => p.top - q.top || p.left - q.left) }));
    groups.sort((p, q) => p.sorted[0]!.top - q.sorted[0]!.top || p.sorted[0]!.left - q.sorted[0]!.left);
    for (const { maps, sorted } of groups) {
      const topLeft = { row: sorted[0]!.top, col: sorted[0]!.left };
      const rules: ConditionalRule[] = [];
      for (const m of maps) {
        const core = ruleOfStyleCondition(m.condition);
        if (!core) {
          ctx.dropped(m.condition);
          continue;
        }
        const base = baseCell(m.base) ?? topLeft;
        const style = ctx.styleOf(m.applyStyle);
        rules.push({ ...core, ...(core.formulas ? { formulas: core.formulas.map((f) => rebase(f, base, topLeft)) } : {}), ...(style ? { style } : {}), priority: priority++ });
      }
      if (rules.length > 0) out.push({ ranges: sorted, rules });
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Writing

const ODF_COMPARE: Readonly<Record<string, string>> = {
  equal: '=',
  notEqual: '!=',
  greaterThan: '>',
  lessThan: '<',
  greaterThanOrEqual: '>=',
  lessThanOrEqual: '<=',
};

/** True when a `style:map` can say the rule. */
export function odfCanWriteRule(rule: ConditionalRule): boolean {
  if (!rule.formulas || rule.formulas.length === 0) return false;
  if (rule.type === 'expression') return true;
  if (rule.type !== 'cellIs') return false;
  const op = rule.operator ?? 'between';
  if (op === 'between' || op === 'notBetween') return rule.formulas.length >= 2;
  return true;
}

/** The `style:condition` of a rule whose formulas are relative to `cell`, or undefined. */
export function styleConditionOf(rule: ConditionalRule, cell: string): string | undefined {
  if (!odfCanWriteRule(rule)) return undefined;
  const f = rule.formulas!.map(odfOperand);
  if (rule.type === 'expression') return `of:is-true-formula(${f[0]!})`;
  const op = rule.operator ?? 'between';
  if (op === 'between') return `of:cell-content-is-between(${f[0]!},${f[1]!})`;
  if (op === 'notBetween') return `of:cell-content-is-not-between(${f[0]!},${f[1]!})`;
  const compare = ODF_COMPARE[op];
  if (compare) return `of:cell-content()${compare}${f[0]!}`;
  const text = rule.formulas![0]!;
  const kind = op === 'containsText' ? 'contains-text' : op === 'notContains' ? 'not-contains-text' : op === 'beginsWith' ? 'begins-with' : 'ends-with';
  return `of:is-true-formula(${odfOperand(textRuleFormula(kind, text, cell))})`;
}

interface SheetRanges {
  readonly items: { range: CellRange; format: number }[];
}

/**
 * Conditional formats of the sheets being written: which cells carry which formats, the cell
 * styles with maps they need (`ce{base}-cf{n}`), and the common styles the maps apply.
 */
export class OdsConditionalWriter {
  private readonly sheets: SheetRanges[];
  private readonly derived = new Map<string, { name: string; base: number; sheet: number; formats: number[] }>();
  private readonly applied = new Map<string, { name: string; style: CellStyle }>();

  constructor(private readonly source: readonly Sheet[]) {
    this.sheets = source.map((s) => ({
      items: (s.conditionalFormats ?? []).flatMap((f, format) => (f.rules.some(odfCanWriteRule) ? f.ranges.map((range) => ({ range, format })) : [])),
    }));
  }

  /** Ranges of a sheet's writable formats (for row splitting and widths). */
  ranges(sheet: number): readonly CellRange[] {
    return (this.sheets[sheet]?.items ?? []).map((i) => i.range);
  }

  /** The formats covering a cell, as a key ('' for none); `active` are the items crossing its row. */
  keyAt(sheet: number, row: number, col: number): string {
    const items = this.sheets[sheet]?.items ?? [];
    let key = '';
    for (const { range, format } of items) {
      if (row >= range.top && row <= range.bottom && col >= range.left && col <= range.right) key += key === '' ? String(format) : `,${String(format)}`;
    }
    return key;
  }

  /** The cell style with the maps of `key` for cells of model style `base`. */
  styleName(sheet: number, base: number, key: string): string {
    const id = `${String(sheet)}/${String(base)}/${key}`;
    let d = this.derived.get(id);
    if (!d) {
      const formats = [...new Set(key.split(',').map(Number))];
      d = { name: `ce${String(base)}-cf${String(this.derived.size + 1)}`, base, sheet, formats };
      this.derived.set(id, d);
    }
    return d.name;
  }

  private appliedName(style: CellStyle | undefined): string {
    const key = JSON.stringify(style ?? {});
    let a = this.applied.get(key);
    if (!a) {
      a = { name: `OstalCF${String(this.applied.size + 1)}`, style: style ?? {} };
      this.applied.set(key, a);
    }
    return a.name;
  }

  /** The `style:map` elements of one derived style, rules in priority order. */
  private mapsXml(sheet: number, formats: readonly number[]): string {
    const s = this.source[sheet]!;
    const rules: { rule: ConditionalRule; cell: string; base: string }[] = [];
    for (const f of formats) {
      const cf = s.conditionalFormats?.[f];
      const first = cf?.ranges[0];
      if (!cf || !first) continue;
      const cell = cellName(first.top, first.left);
      for (const rule of cf.rules) if (odfCanWriteRule(rule)) rules.push({ rule, cell, base: `${odfSheetName(s.name)}.${cell}` });
    }
    rules.sort((p, q) => (p.rule.priority ?? Infinity) - (q.rule.priority ?? Infinity));
    return rules
      .map(({ rule, cell, base }) => {
        const condition = styleConditionOf(rule, cell)!;
        return `<style:map style:condition="${escapeAttr(condition)}" style:apply-style-name="${this.appliedName(rule.style)}" style:base-cell-address="${escapeAttr(base)}"/>`;
      })
      .join('');
  }

  /**
   * Automatic cell styles with maps: `styleXml(base, name, maps)` writes model style `base` under
   * `name` with the maps inside. Call after the body is written (the body names them).
   */
  automaticStylesXml(styleXml: (base: number, name: string, maps: string) => string): string {
    return [...this.derived.values()].map((d) => styleXml(d.base, d.name, this.mapsXml(d.sheet, d.formats))).join('');
  }

  /** Common styles the maps apply (for `office:styles`); call after {@link automaticStylesXml}. */
  commonStylesXml(styleXml: (style: CellStyle, name: string) => string): string {
    return [...this.applied.values()].map((a) => styleXml(a.style, a.name)).join('');
  }
}

/**
 * Conditional formatting as a cell shows it (ECMA-376 Part 1, 18.3.1.10 `cfRule`, 18.3.1.16
 * `colorScale`): value rules (`cellIs`: greater than, between... with constant operands; text
 * rules: contains, begins with, ends with) give their differential style; two- and three-colour
 * scales colour the cell's fill between their minimum, midpoint and maximum. Rules apply in
 * priority order (a lower number wins), `stopIfTrue` stops the lower ones. Expression rules
 * (evaluated by the engine for each cell), data bars and icon sets: conditional-extras.ts.
 */
import type { CellStyle, CellValue, ConditionalFormat, ConditionalRule } from '@ostal/model';
import { dataBarFor, iconFor, shiftFormula, thresholdValue, truthy } from './conditional-extras.js';
import type { CellIcon, DataBar } from './conditional-extras.js';

/** Reads a sheet's computed values. */
export type ValueAt = (row: number, col: number) => CellValue;

interface Stop {
  readonly type: string;
  readonly val?: number;
  readonly color: string;
}

/** The stops of a `colorScale` rule's XML (`cfvo` and `color` elements, in order). */
export function colorScaleStops(xml: string): Stop[] {
  const cfvos = [...xml.matchAll(/<(?:\w+:)?cfvo\b([^>]*)\/?>/g)].map((m) => m[1] ?? '');
  const colors = [...xml.matchAll(/<(?:\w+:)?color\b([^>]*)\/?>/g)].map((m) => /\brgb="([0-9A-Fa-f]{6,8})"/.exec(m[1] ?? '')?.[1]);
  const stops: Stop[] = [];
  cfvos.forEach((attrs, i) => {
    const rgb = colors[i];
    if (!rgb) return;
    const type = /\btype="(\w+)"/.exec(attrs)?.[1] ?? 'min';
    const raw = /\bval="([^"]*)"/.exec(attrs)?.[1];
    const val = raw !== undefined && raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : undefined;
    stops.push({ type, ...(val !== undefined ? { val } : {}), color: `#${rgb.slice(-6).toUpperCase()}` });
  });
  return stops.length >= 2 && stops.length <= 3 ? stops : [];
}

function mix(a: string, b: string, t: number): string {
  const channel = (hex: string, i: number) => parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16);
  const out = [0, 1, 2].map((i) => Math.round(channel(a, i) + (channel(b, i) - channel(a, i)) * t));
  return `#${out.map((v) => v.toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}

/** The colour of `value` on a scale. */
export function scaleColor(stops: readonly Stop[], sorted: readonly number[], value: number): string {
  const points = stops.map((s) => ({ at: thresholdValue(s, sorted), color: s.color }));
  if (value <= points[0]!.at) return points[0]!.color;
  for (let i = 1; i < points.length; i += 1) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (value <= b.at) return b.at === a.at ? b.color : mix(a.color, b.color, (value - a.at) / (b.at - a.at));
  }
  return points[points.length - 1]!.color;
}

/** A constant operand: a number or a quoted text; undefined for formulas (not evaluated here). */
function operand(formula: string | undefined): number | string | undefined {
  if (formula === undefined) return undefined;
  const text = formula.trim();
  if (/^"([^"]|"")*"$/.test(text)) return text.slice(1, -1).replace(/""/g, '"');
  const n = Number(text);
  return text !== '' && Number.isFinite(n) ? n : undefined;
}

/** Spreadsheet order: numbers before texts, texts without case. */
function compare(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a !== typeof b) return typeof a === 'number' ? -1 : 1;
  return String(a).localeCompare(String(b), undefined, { sensitivity: 'accent' });
}

/** True when a value rule holds for `value`; undefined when Ostal cannot tell (formula operands). */
export function valueRuleHolds(rule: ConditionalRule, value: CellValue): boolean | undefined {
  const v = typeof value === 'number' || typeof value === 'string' ? value : typeof value === 'boolean' ? Number(value) : null;
  if (rule.type !== 'cellIs' || v === null) return rule.type === 'cellIs' ? false : undefined;
  const a = operand(rule.formulas?.[0]);
  const b = operand(rule.formulas?.[1]);
  if (a === undefined) return undefined;
  const op = rule.operator ?? 'equal';
  const text = String(v).toLowerCase();
  switch (op) {
    case 'equal':
      return compare(v, a) === 0;
    case 'notEqual':
      return compare(v, a) !== 0;
    case 'greaterThan':
      return compare(v, a) > 0;
    case 'lessThan':
      return compare(v, a) < 0;
    case 'greaterThanOrEqual':
      return compare(v, a) >= 0;
    case 'lessThanOrEqual':
      return compare(v, a) <= 0;
    case 'between':
    case 'notBetween': {
      if (b === undefined) return undefined;
      const [low, high] = compare(a, b) <= 0 ? [a, b] : [b, a];
      const inside = compare(v, low) >= 0 && compare(v, high) <= 0;
      return op === 'between' ? inside : !inside;
    }
    case 'containsText':
      return text.includes(String(a).toLowerCase());
    case 'notContains':
      return !text.includes(String(a).toLowerCase());
    case 'beginsWith':
      return text.startsWith(String(a).toLowerCase());
    case 'endsWith':
      return text.endsWith(String(a).toLowerCase());
    default:
      return undefined;
  }
}

function merge(base: CellStyle, over: CellStyle): CellStyle {
  return {
    ...base,
    ...over,
    ...(base.font || over.font ? { font: { ...base.font, ...over.font } } : {}),
  };
}

/**
 * The conditional look of a sheet's cells. Range statistics (for colour scales) are computed
 * once per `version` of the sheet's values.
 */
export class ConditionalDisplay {
  private version = -1;
  private seen: readonly ConditionalFormat[] | undefined;
  private readonly numbers = new Map<ConditionalFormat, number[]>();

  constructor(
    /** The sheet's conditional formats as they are now (rows inserted move their ranges). */
    private readonly formatsNow: () => readonly ConditionalFormat[],
    private readonly valueAt: ValueAt,
    /** The used size of the sheet: ranges are read within it. */
    private readonly size: () => { rows: number; cols: number },
    /** Computes a formula (Excel syntax, no `=`) on the sheet: expression rules. */
    private readonly evaluate?: (formula: string) => CellValue,
  ) {}

  private readonly expressions = new Map<string, boolean>();

  /** Whether an expression rule holds for a cell (its formula moved from the range's first cell). */
  private expressionHolds(rule: ConditionalRule, format: ConditionalFormat, row: number, col: number): boolean {
    const formula = rule.formulas?.[0];
    const origin = format.ranges[0];
    if (!formula || !origin || !this.evaluate) return false;
    const shifted = shiftFormula(formula.replace(/^=/, ''), row - origin.top, col - origin.left);
    let holds = this.expressions.get(shifted);
    if (holds === undefined) {
      holds = truthy(this.evaluate(shifted));
      if (this.expressions.size > 50_000) this.expressions.clear();
      this.expressions.set(shifted, holds);
    }
    return holds;
  }

  /** Data bar and icon of a cell, from the data bar and icon set rules covering it. */
  extrasFor(row: number, col: number, version: number): { bar?: DataBar; icon?: CellIcon } {
    const formats = this.formatsNow();
    if (formats.length === 0) return {};
    this.sync(formats, version);
    const value = this.valueAt(row, col);
    if (typeof value !== 'number') return {};
    let bar: DataBar | undefined;
    let icon: CellIcon | undefined;
    for (const format of formats) {
      if (!format.ranges.some((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right)) continue;
      for (const rule of format.rules) {
        if (!rule.xml) continue;
        if (rule.type === 'dataBar' && !bar) bar = dataBarFor(rule.xml, this.sortedNumbers(format), value);
        else if (rule.type === 'iconSet' && !icon) icon = iconFor(rule.xml, this.sortedNumbers(format), value);
      }
    }
    return { ...(bar ? { bar } : {}), ...(icon ? { icon } : {}) };
  }

  private sync(formats: readonly ConditionalFormat[], version: number): void {
    if (version !== this.version || formats !== this.seen) {
      this.numbers.clear();
      this.expressions.clear();
      this.version = version;
      this.seen = formats;
    }
  }

  /** `style` with the rules that hold for the cell applied; `version` changes when values change. */
  styleFor(row: number, col: number, style: CellStyle, version: number): CellStyle {
    const formats = this.formatsNow();
    if (formats.length === 0) return style;
    this.sync(formats, version);
    const rules: { rule: ConditionalRule; format: ConditionalFormat }[] = [];
    for (const format of formats) {
      if (!format.ranges.some((r) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right)) continue;
      for (const rule of format.rules) rules.push({ rule, format });
    }
    if (rules.length === 0) return style;
    rules.sort((a, b) => (a.rule.priority ?? Number.MAX_SAFE_INTEGER) - (b.rule.priority ?? Number.MAX_SAFE_INTEGER));
    const value = this.valueAt(row, col);
    const applied: CellStyle[] = [];
    for (const { rule, format } of rules) {
      let holds = false;
      if (rule.type === 'colorScale' && rule.xml && typeof value === 'number') {
        const stops = colorScaleStops(rule.xml);
        if (stops.length > 0) {
          applied.push({ fill: scaleColor(stops, this.sortedNumbers(format), value) });
          holds = true;
        }
      } else if (rule.type === 'expression' && rule.style) {
        holds = this.expressionHolds(rule, format, row, col);
        if (holds) applied.push(rule.style);
      } else if (rule.style) {
        holds = valueRuleHolds(rule, value) === true;
        if (holds) applied.push(rule.style);
      }
      if (holds && rule.stopIfTrue) break;
    }
    // Higher-priority rules win: apply the lower ones first.
    return applied.reduceRight((acc, over) => merge(acc, over), style);
  }

  private sortedNumbers(format: ConditionalFormat): number[] {
    let list = this.numbers.get(format);
    if (!list) {
      list = [];
      // Whole-column ranges are read only where the sheet is used.
      const used = this.size();
      for (const r of format.ranges) {
        for (let row = r.top; row <= Math.min(r.bottom, used.rows - 1); row += 1) {
          for (let col = r.left; col <= Math.min(r.right, used.cols - 1); col += 1) {
            const v = this.valueAt(row, col);
            if (typeof v === 'number') list.push(v);
          }
        }
      }
      list.sort((a, b) => a - b);
      this.numbers.set(format, list);
    }
    return list;
  }
}

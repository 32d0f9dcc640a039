/**
 * The conditional formats drawn beside value rules and colour scales (ECMA-376 Part 1, 18.3.1.10
 * `cfRule`): expression rules (a formula relative to the range's top-left cell, true for the
 * cell), data bars (18.3.1.28 `dataBar`: a bar as long as the value between the range's minimum
 * and maximum) and icon sets (18.3.1.49 `iconSet`: arrows, traffic lights, symbols by thresholds).
 * Pure: the formula is evaluated by the caller.
 */

/**
 * Moves the relative references of an A1 formula by `rows` and `cols` (`$` parts stay), leaving
 * strings, function names and sheet names alone.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const c = formula[i]!;
    if (c === '"' || c === "'") {
      const end = formula.indexOf(c, i + 1);
      const stop = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, stop);
      i = stop;
      continue;
    }
    const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\w(.])/.exec(formula.slice(i));
    const before = i > 0 ? formula[i - 1]! : '';
    if (m && !/[\w.]/.test(before)) {
      const [, colAbs, letters, rowAbs, digits] = m as unknown as [string, string, string, string, string];
      let col = 0;
      for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
      const newCol = colAbs ? col : col + cols;
      const newRow = rowAbs ? Number(digits) : Number(digits) + rows;
      if (newCol < 1 || newRow < 1) out += '#REF!';
      else {
        let name = '';
        for (let n = newCol; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
        out += `${colAbs}${name}${rowAbs}${String(newRow)}`;
      }
      i += m[0].length;
      continue;
    }
    const word = /^[A-Za-z_][\w.]*/.exec(formula.slice(i));
    if (word && !/[\w.]/.test(before)) {
      out += word[0];
      i += word[0].length;
      continue;
    }
    out += c;
    i += 1;
  }
  return out;
}

export interface Threshold {
  readonly type: string;
  readonly val?: number;
}

function cfvos(xml: string): Threshold[] {
  return [...xml.matchAll(/<(?:\w+:)?cfvo\b([^>]*)\/?>/g)].map((m) => {
    const attrs = m[1] ?? '';
    const type = /\btype="(\w+)"/.exec(attrs)?.[1] ?? 'min';
    const raw = /\bval="([^"]*)"/.exec(attrs)?.[1];
    const val = raw !== undefined && raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : undefined;
    return { type, ...(val !== undefined ? { val } : {}) };
  });
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = (Math.min(Math.max(p, 0), 100) / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}

/** The value a colour-scale stop or data-bar end stands for over the range's sorted numbers (min, max, number, percent, percentile). */
export function thresholdValue(t: Threshold, sorted: readonly number[]): number {
  const min = sorted[0] ?? 0;
  const max = sorted[sorted.length - 1] ?? 0;
  if (t.type === 'min' || t.type === 'autoMin') return min;
  if (t.type === 'max' || t.type === 'autoMax') return max;
  if (t.type === 'percent') return min + ((max - min) * (t.val ?? 0)) / 100;
  if (t.type === 'percentile') return percentile(sorted, t.val ?? 50);
  return t.val ?? min;
}

/** A data bar as drawn: its colour and the share of the cell it fills (0..1). */
export interface DataBar {
  readonly color: string;
  readonly fraction: number;
}

/** The bar of `value` for a `dataBar` rule's XML over the range's sorted numbers; undefined when the XML is not one. */
export function dataBarFor(xml: string, sorted: readonly number[], value: number): DataBar | undefined {
  if (!/<(?:\w+:)?dataBar\b/.test(xml)) return undefined;
  const [low, high] = cfvos(xml);
  const rgb = /<(?:\w+:)?color\b[^>]*\brgb="([0-9A-Fa-f]{6,8})"/.exec(xml)?.[1] ?? 'FF638EC6';
  const min = low ? thresholdValue(low, sorted) : (sorted[0] ?? 0);
  const max = high ? thresholdValue(high, sorted) : (sorted[sorted.length - 1] ?? 0);
  // Excel's bars are at least 10 % long and at most 90 % by default.
  const t = max <= min ? 1 : Math.min(Math.max((value - min) / (max - min), 0), 1);
  return { color: `#${rgb.slice(-6).toUpperCase()}`, fraction: 0.1 + 0.8 * t };
}

/** An icon as drawn: a glyph, its colour, and its position in the set (0 = lowest). */
export interface CellIcon {
  readonly glyph: string;
  readonly color: string;
  readonly level: number;
  readonly of: number;
}

const RED = '#C9191E';
const AMBER = '#E8A200';
const GREEN = '#18753C';
const GREY = '#6B6B6B';

/** Glyphs and colours of a set, lowest first. */
function iconsOf(name: string, count: number): { glyph: string; color: string }[] {
  const colours = count === 3 ? [RED, AMBER, GREEN] : count === 4 ? [RED, AMBER, '#7FB800', GREEN] : [RED, '#E86A00', AMBER, '#7FB800', GREEN];
  if (/Arrows/.test(name)) {
    const arrows = count === 3 ? ['↓', '→', '↑'] : count === 4 ? ['↓', '↘', '↗', '↑'] : ['↓', '↘', '→', '↗', '↑'];
    return arrows.map((glyph, i) => ({ glyph, color: /Gray/.test(name) ? GREY : colours[i]! }));
  }
  if (/Symbols/.test(name)) return ['✖', '!', '✔'].map((glyph, i) => ({ glyph, color: colours[i]! }));
  if (/Flags/.test(name)) return ['⚑', '⚑', '⚑'].map((glyph, i) => ({ glyph, color: colours[i]! }));
  if (/Rating|Quarters|Boxes|Stars/.test(name)) return Array.from({ length: count }, (_, i) => ({ glyph: ['○', '◔', '◑', '◕', '●'][Math.round((i * 4) / (count - 1))]!, color: '#1E6FD9' }));
  return Array.from({ length: count }, (_, i) => ({ glyph: '●', color: colours[i]! }));
}

/** The icon of `value` for an `iconSet` rule's XML over the range's sorted numbers. */
export function iconFor(xml: string, sorted: readonly number[], value: number): CellIcon | undefined {
  const set = /<(?:\w+:)?iconSet\b([^>]*)>/.exec(xml);
  if (!set) return undefined;
  const attrs = set[1] ?? '';
  const name = /\biconSet="(\w+)"/.exec(attrs)?.[1] ?? '3TrafficLights1';
  const reverse = /\breverse="(1|true)"/.test(attrs);
  const thresholds = cfvos(xml);
  const count = Math.min(Math.max(thresholds.length, 3), 5);
  let level = 0;
  for (let i = 1; i < thresholds.length; i += 1) {
    const gte = !/\bgte="(0|false)"/.test([...xml.matchAll(/<(?:\w+:)?cfvo\b([^>]*)\/?>/g)][i]?.[1] ?? '');
    const at = thresholdValue(thresholds[i]!, sorted);
    if (gte ? value >= at : value > at) level = i;
  }
  const icons = iconsOf(name, count);
  const index = reverse ? count - 1 - level : level;
  const icon = icons[index] ?? icons[0]!;
  return { ...icon, level, of: count };
}

/** True for what a formula rule's result counts as true: TRUE or a non-zero number. */
export function truthy(value: unknown): boolean {
  return value === true || (typeof value === 'number' && value !== 0);
}

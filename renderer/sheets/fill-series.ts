/**
 * Series for the fill handle, as spreadsheet users expect: `1, 2` continues `3, 4` (the linear
 * trend of the selection), a date continues day by day, `lundi` continues `mardi, mercredi`,
 * `janvier` continues `février`, `Lot 1` continues `Lot 2`. Anything else is copied (formulas
 * with their relative references moved; the caller does that part).
 */
import type { RawContent } from './cell-text.js';

/** Named cycles, in French and English, long and short forms. */
const CYCLES: readonly (readonly string[])[] = [
  ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.'],
  ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
];

/** Lower-cases, and strips a leading apostrophe the engine keeps on forced texts. */
function plain(text: string): string {
  return (text.startsWith("'") ? text.slice(1) : text).trim();
}

/** Writes `name` in the case of `model`: `Lundi` → `Mardi`, `LUNDI` → `MARDI`. */
function withCaseOf(model: string, name: string): string {
  if (model === model.toUpperCase() && model !== model.toLowerCase()) return name.toUpperCase();
  if (model[0] && model[0] === model[0].toUpperCase() && model[0] !== model[0].toLowerCase()) return name[0]!.toUpperCase() + name.slice(1);
  return name;
}

/** Least-squares line through (i, values[i]); a single value has step `single`. */
function trend(values: readonly number[], single: number): (k: number) => number {
  const n = values.length;
  if (n === 1) return (k) => values[0]! + single * k;
  const meanX = (n - 1) / 2;
  const meanY = values.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  values.forEach((y, x) => {
    num += (x - meanX) * (y - meanY);
    den += (x - meanX) ** 2;
  });
  const slope = num / den;
  // Keep integer steps exact (1, 2 → 3, not 2.9999999).
  const round = (v: number) => (Math.abs(v - Math.round(v)) < 1e-9 ? Math.round(v) : Number(v.toPrecision(15)));
  return (k) => round(meanY + slope * (k - meanX));
}

/** Options of {@link fillSeries}. */
export interface FillOptions {
  /** The source cells are dates (their number format says so): one date continues by one day. */
  readonly dates?: boolean;
}

/**
 * The contents of `count` cells after `source` (one row or column of the selection, in the fill
 * direction; pass it reversed and read the result reversed to fill upwards or leftwards).
 * `undefined` means "copy the source cell" (formulas, booleans, plain texts, mixed kinds).
 */
export function fillSeries(source: readonly RawContent[], count: number, options: FillOptions = {}): (RawContent | undefined)[] {
  const none = () => Array.from({ length: count }, () => undefined);
  if (source.length === 0 || count <= 0) return [];
  // Numbers (and dates, which are numbers): the selection's linear trend.
  if (source.every((v) => typeof v === 'number')) {
    const numbers = source;
    if (numbers.length === 1 && !options.dates) return none();
    const at = trend(numbers, 1);
    return Array.from({ length: count }, (_, k) => at(numbers.length + k));
  }
  if (!source.every((v) => typeof v === 'string' && !v.startsWith('='))) return none();
  const texts = (source as readonly string[]).map(plain);
  // Day and month names.
  for (const cycle of CYCLES) {
    const indexes = texts.map((t) => cycle.indexOf(t.toLowerCase()));
    if (indexes.some((i) => i < 0)) continue;
    const len = cycle.length;
    const step = indexes.length === 1 ? 1 : (((indexes[indexes.length - 1]! - indexes[indexes.length - 2]!) % len) + len) % len || len;
    const last = indexes[indexes.length - 1]!;
    const model = texts[texts.length - 1]!;
    return Array.from({ length: count }, (_, k) => withCaseOf(model, cycle[(last + step * (k + 1)) % len]!));
  }
  // Text ending in a number: the number continues, the text stays.
  const parts = texts.map((t) => /^(.*?)(\d+)$/.exec(t));
  if (parts.every((p) => p !== null) && parts.every((p) => p[1] === parts[0]![1] && p[1] !== '')) {
    const prefix = parts[0]![1]!;
    const width = parts[parts.length - 1]![2]!.length;
    const at = trend(
      parts.map((p) => Number(p[2])),
      1,
    );
    return Array.from({ length: count }, (_, k) => {
      const n = Math.max(0, Math.round(at(parts.length + k)));
      const digits = String(n).padStart(parts[parts.length - 1]![2]!.startsWith('0') ? width : 0, '0');
      return `${prefix}${digits}`;
    });
  }
  return none();
}

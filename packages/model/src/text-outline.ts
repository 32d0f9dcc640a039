/**
 * Heading outline numbering ("1.", "1.2", "Chapter A"): one numbering definition per document,
 * per heading level, as ODF's `text:outline-style` and Word's heading styles linked to a
 * numbering definition both say it.
 *
 * - The `doc` node's `outline` attribute holds the definition: index 0 is heading level 1. Each
 *   level has the label attributes of an ordered list (`text-list-format.ts`: number format,
 *   text before and after, how many levels the label shows) and a start value; a level may be
 *   null (its headings show no number). Null for the whole attribute: no outline numbering.
 * - A heading takes part when its `numbered` attribute is true; `restart` makes it show that
 *   number (and the headings after it count on from there).
 *
 * Numbers are not stored: {@link outlineLabels} counts them in document order, as word
 * processors do (a heading restarts the levels below it; a level used before the levels above
 * it shows their start values).
 */
import type { AttributeSpec, Node as PMNode } from 'prosemirror-model';
import { LIST_NUMBER_FORMATS, MAX_LABEL_LEVELS } from './text-list-format.js';
import type { ListNumberFormat } from './text-list-format.js';

/** One level of the outline numbering. */
export interface OutlineLevel {
  readonly format: ListNumberFormat;
  readonly prefix: string;
  readonly suffix: string;
  /** How many levels the label shows, this one included (2 gives "1.2"). */
  readonly levels: number;
  /** The number the first heading of the level shows. */
  readonly start: number;
}

/** The outline numbering of a document: one entry per heading level from 1 (null: no number). */
export type OutlineNumbering = readonly (OutlineLevel | null)[];

/** Outline levels a document may define (ODF has 10, Word 9; headings use the first 6). */
export const MAX_OUTLINE_LEVELS = 10;
const MAX_TEXT = 50;
const MAX_START = 32767;

function isText(v: unknown): boolean {
  // eslint-disable-next-line no-control-regex
  return typeof v === 'string' && v.length <= MAX_TEXT && !/[\u0000-\u001f]/.test(v);
}

function isLevel(v: unknown): v is OutlineLevel {
  if (typeof v !== 'object' || v === null) return false;
  const l = v as Record<string, unknown>;
  return (
    (LIST_NUMBER_FORMATS as readonly unknown[]).includes(l.format) &&
    isText(l.prefix) &&
    isText(l.suffix) &&
    typeof l.levels === 'number' &&
    Number.isInteger(l.levels) &&
    l.levels >= 1 &&
    l.levels <= MAX_LABEL_LEVELS &&
    typeof l.start === 'number' &&
    Number.isInteger(l.start) &&
    l.start >= 0 &&
    l.start <= MAX_START &&
    Object.keys(l).length === 5
  );
}

/** True when `v` is a valid `outline` attribute value (null or a level array). */
export function isOutlineNumbering(v: unknown): v is OutlineNumbering | null {
  return v === null || (Array.isArray(v) && v.length <= MAX_OUTLINE_LEVELS && v.every((l) => l === null || isLevel(l)));
}

/** Attribute added to the `doc` node. */
export const docOutlineAttrs: Record<string, AttributeSpec> = {
  outline: {
    default: null,
    validate: (v: unknown) => {
      if (!isOutlineNumbering(v)) throw new RangeError('An outline numbering is a list of at most 10 levels.');
    },
  },
};

/** Attributes added to the `heading` node. */
export const headingOutlineAttrs: Record<string, AttributeSpec> = {
  /** True when the heading shows its outline number. */
  numbered: { default: false, validate: 'boolean' },
  /** The number the heading restarts its level at, or null to count on. */
  restart: {
    default: null,
    validate: (v: unknown) => {
      if (v !== null && !(typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_START)) throw new RangeError('An outline restart is a whole number.');
    },
  },
};

/** Heading attributes of the outline and their defaults, which stored JSON leaves out. */
export const HEADING_OUTLINE_DEFAULTS: Readonly<Record<string, unknown>> = { numbered: false, restart: null };

/** The outline numbering of a document, or null. */
export function outlineOf(doc: PMNode): OutlineNumbering | null {
  const v: unknown = doc.attrs.outline;
  return isOutlineNumbering(v) ? v : null;
}

/** True when `level` shows something (a number or text). */
export function outlineLevelShows(level: OutlineLevel | null | undefined): level is OutlineLevel {
  return !!level && (level.format !== 'none' || level.prefix !== '' || level.suffix !== '');
}

function letters(n: number, upper: boolean): string {
  if (n <= 0) return '';
  // a..z, then aa, bb... (as Word and LibreOffice count letters)
  const char = String.fromCharCode((upper ? 65 : 97) + ((n - 1) % 26));
  return char.repeat(Math.floor((n - 1) / 26) + 1);
}

/** Greek letters without the final sigma, as Word and LibreOffice count them. */
const GREEK = 'αβγδεζηθικλμνξοπρστυφχψω';

function greek(n: number, upper: boolean): string {
  if (n <= 0) return '';
  const char = GREEK[(n - 1) % GREEK.length]!;
  return (upper ? char.toUpperCase() : char).repeat(Math.floor((n - 1) / GREEK.length) + 1);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  let rest = n;
  for (const [value, digits] of table) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/** A number in a list number format ("iv", "D", "07"...). */
export function formatListNumber(n: number, format: ListNumberFormat): string {
  switch (format) {
    case 'lower-roman':
      return roman(n);
    case 'upper-roman':
      return roman(n).toUpperCase();
    case 'lower-letter':
      return letters(n, false);
    case 'upper-letter':
      return letters(n, true);
    case 'lower-greek':
      return greek(n, false);
    case 'upper-greek':
      return greek(n, true);
    case 'decimal-zero':
      return n >= 0 && n < 10 ? `0${String(n)}` : String(n);
    case 'decimal-enclosed-circle':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case 'none':
      return '';
    case 'decimal':
      return String(n);
  }
}

/**
 * Counts outline numbers in document order: call {@link OutlineCounter.next} for each numbered
 * heading. Readers use it to find where a file's numbers differ from plain counting (restarts).
 */
export class OutlineCounter {
  private readonly counters: number[] = [];
  constructor(private readonly outline: OutlineNumbering) {}

  /** The number a numbered heading at `level` (1-based) would show when counting on. */
  peek(level: number): number {
    const i = level - 1;
    const current = this.counters[i];
    return current === undefined ? (this.outline[i]?.start ?? 1) : current + 1;
  }

  /**
   * Counts a numbered heading at `level` (1-based), restarting at `restart` when given, and
   * returns the numbers of levels 1..level it shows.
   */
  next(level: number, restart: number | null = null): number[] {
    const i = Math.max(0, Math.min(MAX_OUTLINE_LEVELS - 1, level - 1));
    const value = restart ?? this.peek(i + 1);
    const numbers: number[] = [];
    for (let k = 0; k < i; k++) numbers.push(this.counters[k] ?? this.outline[k]?.start ?? 1);
    numbers.push(value);
    this.counters[i] = value;
    this.counters.length = i + 1;
    return numbers;
  }
}

/** The label of a heading at `level` showing `numbers` (levels 1..level). */
export function outlineLabel(outline: OutlineNumbering, level: number, numbers: readonly number[]): string {
  const def = outline[level - 1];
  if (!outlineLevelShows(def)) return '';
  if (def.format === 'none') return def.prefix + def.suffix;
  const shown = Math.min(def.levels, level);
  const parts: string[] = [];
  for (let k = level - shown; k < level; k++) parts.push(formatListNumber(numbers[k] ?? 1, outline[k]?.format ?? 'decimal'));
  return def.prefix + parts.filter((p) => p !== '').join('.') + def.suffix;
}

/**
 * The outline labels of a document's numbered headings, by position, in document order (body,
 * tables, frames; not notes or comments, which are stories of their own).
 */
export function outlineLabels(doc: PMNode): Map<number, string> {
  const labels = new Map<number, string>();
  const outline = outlineOf(doc);
  if (!outline) return labels;
  const counter = new OutlineCounter(outline);
  doc.descendants((node, pos) => {
    if (node.type.name !== 'heading') return !node.isTextblock && !node.isInline;
    const level = Number(node.attrs.level);
    if (node.attrs.numbered === true && outlineLevelShows(outline[level - 1])) {
      const numbers = counter.next(level, (node.attrs.restart as number | null) ?? null);
      labels.set(pos, outlineLabel(outline, level, numbers));
    }
    return false;
  });
  return labels;
}

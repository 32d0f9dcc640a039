/**
 * Footnote and endnote settings of a text document: per kind, the number format of the
 * citations, the number the first note shows, when the numbering restarts and where the notes
 * are placed — as DOCX `w:footnotePr` / `w:endnotePr` (ECMA-376 Part 1, 17.11) and ODF
 * `text:notes-configuration` (ODF 1.3 Part 3, 16.29.3) hold them.
 *
 * - The `doc` node's `notes` attribute holds them; null means the defaults Word and LibreOffice
 *   use (footnotes 1, 2, 3... at the foot of the page, endnotes i, ii, iii... at the end of the
 *   document, both counted through the whole document from 1).
 * - `restart: 'section'` counts again from the start value after each section break;
 *   `'chapter'` at each chapter, a heading of level 1 (ODF's `text:start-numbering-at="chapter"`;
 *   Word has no such restart: DOCX writes it as `eachSect`); `'page'` on each page (the
 *   writer's page view knows where pages start; without pages the count goes on).
 */
import type { AttributeSpec, Node as PMNode } from 'prosemirror-model';
import { formatListNumber } from './text-outline.js';

/** Number formats of note citations: 1, i, I, a, A, and the symbols *, †, ‡, §. */
export const NOTE_NUMBER_FORMATS = ['decimal', 'lower-roman', 'upper-roman', 'lower-letter', 'upper-letter', 'symbol'] as const;
export type NoteNumberFormat = (typeof NOTE_NUMBER_FORMATS)[number];

export const NOTE_RESTARTS = ['continuous', 'section', 'chapter', 'page'] as const;
export type NoteRestart = (typeof NOTE_RESTARTS)[number];

/**
 * Where the notes of a kind go: `page` (foot of the page), `text` (just below the text of the
 * page, Word's beneathText), `section` (end of each section), `document` (end of the document).
 */
export const NOTE_POSITIONS = ['page', 'text', 'section', 'document'] as const;
export type NotePosition = (typeof NOTE_POSITIONS)[number];

/** The settings of one kind of note. */
export interface NoteNumbering {
  readonly format: NoteNumberFormat;
  readonly start: number;
  readonly restart: NoteRestart;
  readonly position: NotePosition;
}

export interface NoteSettings {
  readonly footnote: NoteNumbering;
  readonly endnote: NoteNumbering;
}

/**
 * The note settings a section gives itself (`SectionProps.notes`: DOCX `w:footnotePr` /
 * `w:endnotePr` of its `w:sectPr`, ODF `text:notes-configuration` of its section style), each
 * kind replacing the document's in that section. There, `restart: 'section'` starts the kind
 * again from `start` where the section begins; otherwise the count goes on from the section
 * before (the first section always starts from its `start`).
 */
export interface SectionNoteSettings {
  readonly footnote?: NoteNumbering;
  readonly endnote?: NoteNumbering;
}

/** Word's and LibreOffice's defaults. */
export const DEFAULT_NOTE_SETTINGS: NoteSettings = {
  footnote: { format: 'decimal', start: 1, restart: 'continuous', position: 'page' },
  endnote: { format: 'lower-roman', start: 1, restart: 'continuous', position: 'document' },
};

/** Highest start value (Word's `w:numStart` is a short). */
export const MAX_NOTE_START = 32767;

function isNumbering(v: unknown): v is NoteNumbering {
  if (typeof v !== 'object' || v === null) return false;
  const n = v as Record<string, unknown>;
  return (
    (NOTE_NUMBER_FORMATS as readonly unknown[]).includes(n.format) &&
    typeof n.start === 'number' &&
    Number.isInteger(n.start) &&
    n.start >= 1 &&
    n.start <= MAX_NOTE_START &&
    (NOTE_RESTARTS as readonly unknown[]).includes(n.restart) &&
    (NOTE_POSITIONS as readonly unknown[]).includes(n.position) &&
    Object.keys(n).length === 4
  );
}

/** True when `v` is a valid `notes` attribute value. */
export function isNoteSettings(v: unknown): v is NoteSettings | null {
  if (v === null) return true;
  if (typeof v !== 'object') return false;
  const s = v as Record<string, unknown>;
  return isNumbering(s.footnote) && isNumbering(s.endnote) && Object.keys(s).length === 2;
}

/** True when `v` is a valid `notes` value of section properties. */
export function isSectionNoteSettings(v: unknown): v is SectionNoteSettings {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const s = v as Record<string, unknown>;
  return Object.keys(s).every((k) => (k === 'footnote' || k === 'endnote') && isNumbering(s[k]));
}

/** Attribute added to the `doc` node. */
export const docNoteAttrs: Record<string, AttributeSpec> = {
  notes: {
    default: null,
    validate: (v: unknown) => {
      if (!isNoteSettings(v)) throw new RangeError('Note settings give a format, start, restart and position for footnotes and endnotes.');
    },
  },
};

/** The note settings of `doc` (the defaults when it has none). */
export function noteSettingsOf(doc: PMNode): NoteSettings {
  return (doc.attrs.notes as NoteSettings | null | undefined) ?? DEFAULT_NOTE_SETTINGS;
}

/** The settings to store: null when they are the defaults. */
export function compactNoteSettings(s: NoteSettings): NoteSettings | null {
  const same = (a: NoteNumbering, b: NoteNumbering): boolean => a.format === b.format && a.start === b.start && a.restart === b.restart && a.position === b.position;
  return same(s.footnote, DEFAULT_NOTE_SETTINGS.footnote) && same(s.endnote, DEFAULT_NOTE_SETTINGS.endnote) ? null : s;
}

/** Chicago-style note symbols: *, †, ‡, §, then doubled, tripled... (Word's `chicago`). */
const SYMBOLS = ['*', '\u2020', '\u2021', '\u00a7'];

/** The citation of note number `n` in `format`. */
export function formatNoteNumber(n: number, format: NoteNumberFormat): string {
  if (format === 'symbol') return n < 1 ? '' : SYMBOLS[(n - 1) % SYMBOLS.length]!.repeat(Math.floor((n - 1) / SYMBOLS.length) + 1);
  return formatListNumber(n, format);
}

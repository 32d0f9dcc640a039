/**
 * Footnote and endnote settings in WordprocessingML (`text-note-settings.ts` in the model):
 * `w:footnotePr` / `w:endnotePr` of the settings part (17.11.12, 17.11.4) and of each
 * section's `w:sectPr` (17.11.11, 17.11.5), with `w:pos` (17.11.21, 17.11.22), `w:numFmt`
 * (17.11.18), `w:numStart` (17.11.20) and `w:numRestart` (17.11.19).
 */
import { DEFAULT_NOTE_SETTINGS, compactNoteSettings } from '@ostal/model';
import type { NoteNumberFormat, NoteNumbering, NotePosition, NoteRestart, NoteSettings, SectionNoteSettings } from '@ostal/model';
import { attr, childElement } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import type { WmlNs } from './wml-run-properties.js';

const FORMATS: Readonly<Record<NoteNumberFormat, string>> = {
  decimal: 'decimal',
  'lower-roman': 'lowerRoman',
  'upper-roman': 'upperRoman',
  'lower-letter': 'lowerLetter',
  'upper-letter': 'upperLetter',
  symbol: 'chicago',
};
/** Word has no restart at each chapter: the nearest, each section, is written (saving says so, `text-conversion-losses.ts`). */
const RESTARTS: Readonly<Record<NoteRestart, string>> = { continuous: 'continuous', section: 'eachSect', chapter: 'eachSect', page: 'eachPage' };
const READ_RESTARTS: Readonly<Partial<Record<string, NoteRestart>>> = { continuous: 'continuous', eachSect: 'section', eachPage: 'page' };
const POSITIONS: Readonly<Record<NotePosition, string>> = { page: 'pageBottom', text: 'beneathText', section: 'sectEnd', document: 'docEnd' };

function key<T extends string>(table: Readonly<Record<T, string>>, value: string | undefined): T | undefined {
  return (Object.keys(table) as T[]).find((k) => table[k] === value);
}

/** Reads one `w:footnotePr`/`w:endnotePr` over `base` (the settings it refines). */
function readPr(pr: XmlElement | undefined, ns: WmlNs, base: NoteNumbering): NoteNumbering {
  if (!pr) return base;
  const val = (name: string): string | undefined => {
    const el = childElement(pr, ns.w, name);
    return el ? attr(el, ns.w, 'val') : undefined;
  };
  const start = Number(val('numStart'));
  return {
    format: key(FORMATS, val('numFmt')) ?? base.format,
    start: Number.isInteger(start) && start >= 1 && start <= 32767 ? start : base.start,
    restart: READ_RESTARTS[val('numRestart') ?? ''] ?? base.restart,
    position: key(POSITIONS, val('pos')) ?? base.position,
  };
}

/**
 * The note settings of a document, per kind: the settings part's when it has them (the last
 * section's own then differ from them as any section's do, 17.11.11), else the last section's
 * (a file that gives them there only). Null when they are the defaults.
 */
export function readWmlNoteSettings(settings: XmlElement | null | undefined, lastSectPr: XmlElement | undefined, ns: WmlNs): NoteSettings | null {
  const read = (kind: 'footnote' | 'endnote'): NoteNumbering => {
    const inSettings = settings ? childElement(settings, ns.w, `${kind}Pr`) : undefined;
    if (inSettings) return readPr(inSettings, ns, DEFAULT_NOTE_SETTINGS[kind]);
    return readPr(lastSectPr ? childElement(lastSectPr, ns.w, `${kind}Pr`) : undefined, ns, DEFAULT_NOTE_SETTINGS[kind]);
  };
  return compactNoteSettings({ footnote: read('footnote'), endnote: read('endnote') });
}

/** True when `a` and `b` number notes alike. */
export function sameNumbering(a: NoteNumbering, b: NoteNumbering): boolean {
  return a.format === b.format && a.start === b.start && a.restart === b.restart && a.position === b.position;
}

/**
 * The note settings a section's `w:sectPr` gives that section, each kind over the document's
 * `doc` (null: the defaults); only the kinds that differ from the document's (undefined: none).
 */
export function readWmlSectionNotes(sectPr: XmlElement, ns: WmlNs, doc: NoteSettings | null): SectionNoteSettings | undefined {
  const base = doc ?? DEFAULT_NOTE_SETTINGS;
  const out: { footnote?: NoteNumbering; endnote?: NoteNumbering } = {};
  for (const kind of ['footnote', 'endnote'] as const) {
    const pr = childElement(sectPr, ns.w, `${kind}Pr`);
    if (!pr) continue;
    const own = readPr(pr, ns, base[kind]);
    if (!sameNumbering(own, base[kind])) out[kind] = own;
  }
  return out.footnote || out.endnote ? out : undefined;
}

/**
 * The children of a `w:footnotePr`/`w:endnotePr` for `numbering`, in schema order (pos, numFmt,
 * numStart, numRestart); the ones holding Word's defaults are left out. An endnote cannot be
 * placed at the foot of the page: those positions are written as the end of the document.
 */
export function wmlNotePrChildren(kind: 'footnote' | 'endnote', numbering: NoteNumbering): XmlOut[] {
  const base = DEFAULT_NOTE_SETTINGS[kind];
  const position = kind === 'endnote' && (numbering.position === 'page' || numbering.position === 'text') ? 'document' : numbering.position;
  return [
    position !== base.position ? x('w:pos', { 'w:val': POSITIONS[position] }) : null,
    numbering.format !== base.format ? x('w:numFmt', { 'w:val': FORMATS[numbering.format] }) : null,
    numbering.start !== base.start ? x('w:numStart', { 'w:val': numbering.start }) : null,
    numbering.restart !== base.restart ? x('w:numRestart', { 'w:val': RESTARTS[numbering.restart] }) : null,
  ].filter((c): c is XmlOut => c !== null);
}

/**
 * Footnote and endnote settings (`text-note-settings.ts` in the model) in ODF:
 * `text:notes-configuration` of `office:styles` (ODF 1.3 Part 3, 16.29.3), one per note class,
 * with `style:num-format`, `text:start-value` (counted from 0, as LibreOffice writes it: 0 is
 * a first note numbered 1), `text:start-numbering-at` (document, chapter — a heading of outline
 * level 1 — or page) and `text:footnotes-position` (footnotes only). ODF has no restart at each
 * section for the whole document: it is written as "chapter", the nearest (as LibreOffice reads
 * Word's `eachSect`; saving says so, `text-conversion-losses.ts`).
 *
 * A section style's `style:section-properties` may hold its own (17.11; LibreOffice's "collect
 * at end of section"): there `text:start-value` counts from 1 and says the numbering restarts in
 * that section, `style:num-format` gives the section's own format, and the notes go to the end
 * of the section unless `text:footnotes-position` says otherwise. A section's own restart at
 * each chapter or page is its `text:start-numbering-at` (ODF 1.3 allows it there, the element
 * being the same), with the start value.
 */
import { DEFAULT_NOTE_SETTINGS, compactNoteSettings } from '@ostal/model';
import type { NoteNumberFormat, NoteNumbering, NotePosition, NoteRestart, NoteSettings, SectionNoteSettings } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { NS } from '../xml/namespaces.js';
import { attr, childElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';

/** `doc` with note settings `notes` (null: the defaults). */
export function withNoteSettings(doc: PMNode, notes: NoteSettings | null): PMNode {
  if (notes === null && (doc.attrs.notes ?? null) === null) return doc;
  return doc.type.create({ ...doc.attrs, notes }, doc.content);
}

/** The chicago symbols as LibreOffice names them in `style:num-format`. */
const SYMBOL_FORMAT = '*, \u2020, \u2021, \u00a7, **, \u2020\u2020, ...';
const FORMATS: Readonly<Record<NoteNumberFormat, string>> = {
  decimal: '1',
  'lower-roman': 'i',
  'upper-roman': 'I',
  'lower-letter': 'a',
  'upper-letter': 'A',
  symbol: SYMBOL_FORMAT,
};
const RESTARTS: Readonly<Record<NoteRestart, string>> = { continuous: 'document', section: 'chapter', chapter: 'chapter', page: 'page' };
const READ_RESTARTS: Readonly<Partial<Record<string, NoteRestart>>> = { document: 'continuous', chapter: 'chapter', page: 'page' };
const POSITIONS: Readonly<Record<NotePosition, string>> = { page: 'page', text: 'text', section: 'section', document: 'document' };

function key<T extends string>(table: Readonly<Record<T, string>>, value: string | undefined): T | undefined {
  return (Object.keys(table) as T[]).find((k) => table[k] === value);
}

function readConfig(el: XmlElement | undefined, kind: 'footnote' | 'endnote'): NoteNumbering {
  const base = DEFAULT_NOTE_SETTINGS[kind];
  if (!el) return base;
  const numFormat = attr(el, NS.style, 'num-format');
  const start = Number(attr(el, NS.text, 'start-value'));
  return {
    format: numFormat?.startsWith('*') ? 'symbol' : (key(FORMATS, numFormat) ?? base.format),
    start: Number.isInteger(start) && start >= 0 && start < 32767 ? start + 1 : base.start,
    restart: READ_RESTARTS[attr(el, NS.text, 'start-numbering-at') ?? ''] ?? base.restart,
    position: kind === 'footnote' ? (key(POSITIONS, attr(el, NS.text, 'footnotes-position')) ?? base.position) : base.position,
  };
}

/** The note settings of `office:styles` (null when they are the defaults). */
export function readOdfNoteSettings(officeStyles: XmlElement | null | undefined): NoteSettings | null {
  const configs = officeStyles ? childElements(officeStyles, NS.text, 'notes-configuration') : [];
  const of = (kind: 'footnote' | 'endnote'): XmlElement | undefined => configs.find((c) => (attr(c, NS.text, 'note-class') ?? 'footnote') === kind);
  return compactNoteSettings({ footnote: readConfig(of('footnote'), 'footnote'), endnote: readConfig(of('endnote'), 'endnote') });
}

/** `text:notes-configuration` elements for `office:styles` (none when the settings are the defaults). */
export function odfNotesConfigurations(notes: NoteSettings | null): XmlOut[] {
  if (notes === null) return [];
  return (['footnote', 'endnote'] as const).map((kind) => {
    const n = notes[kind];
    return x('text:notes-configuration', {
      'text:note-class': kind,
      'style:num-format': FORMATS[n.format],
      'text:start-value': n.start - 1,
      'text:start-numbering-at': RESTARTS[n.restart],
      'text:footnotes-position': kind === 'footnote' ? POSITIONS[n.position] : undefined,
    });
  });
}

/** The note settings of a section style's `text:notes-configuration`s, over the document's `doc` (undefined: none). */
export function readOdfSectionNotes(configs: readonly XmlElement[], doc: NoteSettings | null): SectionNoteSettings | undefined {
  const base = doc ?? DEFAULT_NOTE_SETTINGS;
  const out: { footnote?: NoteNumbering; endnote?: NoteNumbering } = {};
  for (const el of configs) {
    const kind = attr(el, NS.text, 'note-class') === 'endnote' ? 'endnote' : 'footnote';
    const numFormat = attr(el, NS.style, 'num-format');
    const start = Number(attr(el, NS.text, 'start-value'));
    const restarts = Number.isInteger(start) && start >= 1 && start <= 32767;
    const at = attr(el, NS.text, 'start-numbering-at');
    out[kind] = {
      format: numFormat === undefined ? base[kind].format : numFormat.startsWith('*') ? 'symbol' : (key(FORMATS, numFormat) ?? base[kind].format),
      start: restarts ? start : base[kind].start,
      restart: at === 'chapter' || at === 'page' ? at : restarts ? 'section' : 'continuous',
      position: kind === 'footnote' ? (key(POSITIONS, attr(el, NS.text, 'footnotes-position')) ?? 'section') : 'section',
    };
  }
  return out.footnote || out.endnote ? out : undefined;
}

/** `text:notes-configuration` elements for a section style's `style:section-properties`. */
export function odfSectionNotesConfigurations(notes: SectionNoteSettings | undefined): XmlOut[] {
  return (['footnote', 'endnote'] as const).flatMap((kind) => {
    const n = notes?.[kind];
    if (!n) return [];
    return [
      x('text:notes-configuration', {
        'text:note-class': kind,
        'style:num-format': FORMATS[n.format],
        'text:start-value': n.restart === 'continuous' ? undefined : n.start,
        'text:start-numbering-at': n.restart === 'chapter' || n.restart === 'page' ? n.restart : undefined,
        'text:footnotes-position': kind === 'footnote' && n.position !== 'section' ? POSITIONS[n.position] : undefined,
      }),
    ];
  });
}

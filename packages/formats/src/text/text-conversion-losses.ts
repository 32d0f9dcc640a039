/**
 * What writing a text document in a format leaves out, said before (or after) the conversion:
 * the writers never fail on content. Each loss is a warning with a stable code.
 *
 * Heading levels: ODF 1.3 allows outline levels past 9 (`text:outline-level`, 19.844.4); Word
 * has nine (`w:outlineLvl` 0-8, 9 being body text, ECMA-376 Part 1 17.3.1.20), so the DOCX writer
 * writes a level 10 heading as "heading 9" (`Heading9`, `w:outlineLvl` 8).
 */
import { MEDIA_SRC_PREFIX } from '@ostal/model';
import type { Diagnostic, EmbeddedObject, FormatId, NoteRestart, NoteSettings, PMNodeJSON, SectionNoteSettings, SectionProps, TextDocument } from '@ostal/model';
import { odfCanWriteObject } from './odf-object-writer.js';
import { wmlProgId } from './wml-object-writer.js';

/** Headings deeper than level 9 in `node` and below it. */
function deepHeadings(node: PMNodeJSON, depth = 0): number {
  if (depth > 64) return 0;
  let n = node.type === 'heading' && Number(node.attrs?.level) > 9 ? 1 : 0;
  for (const child of node.content ?? []) n += deepHeadings(child, depth + 1);
  return n;
}

/** Embedded objects (text-embedded-object.ts) of `node` and below it. */
function embeddedObjects(node: PMNodeJSON, out: EmbeddedObject[] = [], depth = 0): EmbeddedObject[] {
  if (depth > 64) return out;
  if (node.type === 'image' && node.attrs?.object) out.push(node.attrs.object as EmbeddedObject);
  for (const child of node.content ?? []) embeddedObjects(child, out, depth + 1);
  return out;
}

/**
 * Embedded objects `format` cannot carry (written as their picture alone): to DOCX those Word
 * could not open (ODF sub-documents, OLE objects without a ProgID), to flat ODF sub-documents.
 */
function objectsAsPictures(doc: TextDocument, format: FormatId): number {
  const objects = embeddedObjects(doc.content);
  if (objects.length === 0) return 0;
  const item = (o: EmbeddedObject) => doc.media?.[o.data.slice(MEDIA_SRC_PREFIX.length)];
  if (format === 'docx') return objects.filter((o) => wmlProgId(o, item(o)) === null).length;
  if (format === 'fodt' || format === 'odt') return objects.filter((o) => !odfCanWriteObject(o, format === 'fodt')).length;
  return 0;
}

/** The note settings of the document and of each section that has its own. */
function allNoteSettings(doc: TextDocument): (SectionNoteSettings | null | undefined)[] {
  const sectionNotes = (section: unknown): SectionNoteSettings | undefined => (section as SectionProps | null | undefined)?.notes;
  return [
    doc.content.attrs?.notes as NoteSettings | null | undefined,
    sectionNotes(doc.content.attrs?.section),
    ...(doc.content.content ?? []).filter((b) => b.type === 'section_break').map((b) => sectionNotes(b.attrs?.section)),
  ];
}

/** True when a kind of note restarts at each `restart` in the settings of `doc` (or of one of its sections, `sections`). */
function restartsAt(doc: TextDocument, restart: NoteRestart, sections: boolean): boolean {
  const all = allNoteSettings(doc);
  return (sections ? all : all.slice(0, 1)).some((s) => s?.footnote?.restart === restart || s?.endnote?.restart === restart);
}

/** Losses of writing `doc` as `format` (empty when nothing is lost). */
export function textConversionLosses(doc: TextDocument, format: FormatId): Diagnostic[] {
  const out: Diagnostic[] = [];
  const deep = format === 'docx' ? deepHeadings(doc.content) : 0;
  if (deep > 0) {
    out.push({ severity: 'warning', code: 'heading-level-10', message: `Word has nine heading levels: the ${String(deep)} heading(s) of level 10 are written to ${format} as level 9.` });
  }
  // ODF places endnotes at the end of a section through that section's own style, which the ODF
  // writer does not write: endnotes gathered per section go to the end of the document.
  const notes = doc.content.attrs?.notes as NoteSettings | null | undefined;
  if ((format === 'odt' || format === 'fodt') && notes?.endnote.position === 'section') {
    out.push({ severity: 'warning', code: 'endnotes-section-end', message: `Endnotes gathered at the end of each section are written to ${format} at the end of the document.` });
  }
  // Word numbers notes again at each section or page, never at each chapter; ODF's document-wide
  // settings restart at each chapter or page, never at each section (note-settings.ts).
  if (format === 'docx' && restartsAt(doc, 'chapter', true)) {
    out.push({ severity: 'warning', code: 'notes-chapter-restart', message: 'Word has no note numbering restarting at each chapter: it is written to docx as restarting at each section.' });
  }
  if ((format === 'odt' || format === 'fodt') && restartsAt(doc, 'section', false)) {
    out.push({ severity: 'warning', code: 'notes-section-restart', message: `ODF has no note numbering restarting at each section for the whole document: it is written to ${format} as restarting at each chapter.` });
  }
  const pictures = objectsAsPictures(doc, format);
  if (pictures > 0) {
    out.push({ severity: 'warning', code: 'embedded-object-as-picture', message: `${String(pictures)} embedded object(s) cannot be carried to ${format}: they are written as the picture that shows them, and can no longer be edited in the application that made them.` });
  }
  return out;
}

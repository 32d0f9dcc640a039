/**
 * Writes sections, headers/footers, fields and tables of contents as WordprocessingML
 * (ECMA-376 Part 1, 17.6 section properties, 17.10 headers and footers, 17.16 fields).
 * Mirrors `wml-section-reader.ts` and `wml-field-reader.ts`:
 *
 * - every section gets a full `w:sectPr` (all but the last in the `w:pPr` of an empty paragraph
 *   standing for the `section_break`, the last one at the end of `w:body`); a section without
 *   properties gets {@link DEFAULT_SECTION}'s page (A4, 2.5 cm margins);
 * - each distinct header/footer story is one part (`word/headerN.xml`, `word/footerN.xml`),
 *   named by explicit references of every type the section has, so no inheritance is needed;
 *   `w:evenAndOddHeaders` is set in the settings when some section has an even-page story;
 * - fields are complex fields (`w:fldChar` begin/separate/end) with their instruction and last
 *   result; a table of contents is one complex field spanning its paragraphs, in a `w:sdt`
 *   whose `w:docPartGallery` is "Table of Contents".
 */
import type { FieldKind, NoteSettings, PMNodeJSON, SectionProps } from '@ostal/model';
import { DEFAULT_NOTE_SETTINGS, noteSettingsOf, textSchema } from '@ostal/model';
import { wmlNotePrChildren } from './wml-note-settings.js';
import { Node as PMNode } from 'prosemirror-model';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { wordColumnsXml, wordLineNumberingXml } from './section-columns.js';

/** What a section without declared properties is written with: A4 portrait, 2.5 cm margins. */
export const DEFAULT_SECTION: SectionProps = {
  page: { width: 11906, height: 16838, orientation: 'portrait' },
  margins: { top: 1417, right: 1417, bottom: 1417, left: 1417, header: 0, footer: 0 },
};

/** True when `section` is exactly what a document without section properties is written with. */
export function isDefaultSection(section: SectionProps): boolean {
  const { page, margins, ...rest } = section;
  const d = DEFAULT_SECTION;
  return (
    Object.keys(rest).length === 0 &&
    page?.width === d.page!.width && page.height === d.page!.height && page.orientation === d.page!.orientation &&
    margins !== undefined && (Object.keys(d.margins!) as (keyof typeof margins)[]).every((k) => margins[k] === d.margins![k])
  );
}

/** The field instruction Word uses for each kind, when the model keeps none. */
const CANONICAL: Readonly<Record<Exclude<FieldKind, 'other'>, string>> = {
  'page-number': 'PAGE',
  'page-count': 'NUMPAGES',
  date: 'DATE',
  time: 'TIME',
  author: 'AUTHOR',
  title: 'TITLE',
  'file-name': 'FILENAME',
};

/** The instruction to write for a field (null when it cannot be one: its result is written as text). */
export function wmlInstruction(kind: FieldKind, instruction: string): string | null {
  if (instruction !== '' && !instruction.startsWith('odf:')) return instruction;
  return kind === 'other' ? null : ` ${CANONICAL[kind]} `;
}

/** The `TOC` instruction written for a table of contents that keeps none. */
export function defaultTocInstruction(levels: number): string {
  return ` TOC \\o "1-${String(levels)}" \\h \\z \\u `;
}

/** The instruction the model keeps for a DOCX one: '' when it is the kind's plain canonical form. */
export function modelInstruction(kind: FieldKind, instruction: string): string {
  if (kind === 'other') return instruction;
  const bare = instruction.replace(/\\\*\s*MERGEFORMAT/i, '').trim().toUpperCase();
  return bare === CANONICAL[kind] ? '' : instruction;
}

/** Runs of a complex field: begin, instruction, separate, the result `resultRuns`, end. */
export function wmlFieldRuns(instruction: string, resultRuns: readonly XmlOut[], rPr: XmlOut | null = null, locked = false): XmlOut[] {
  return [
    x('w:r', {}, rPr, x('w:fldChar', { 'w:fldCharType': 'begin', 'w:fldLock': locked ? 'true' : undefined })),
    x('w:r', {}, rPr, x('w:instrText', { 'xml:space': 'preserve' }, instruction)),
    x('w:r', {}, rPr, x('w:fldChar', { 'w:fldCharType': 'separate' })),
    ...resultRuns,
    x('w:r', {}, rPr, x('w:fldChar', { 'w:fldCharType': 'end' })),
  ];
}

/** One header or footer part to write. */
export interface WmlStoryPart {
  readonly id: string;
  readonly name: string;
  readonly kind: 'header' | 'footer';
  readonly xml: XmlOut;
}

/** Writes a story (`doc` node) into body-level elements. */
export type StoryWriter = (doc: PMNode) => XmlOut[];

const TYPES = ['default', 'first', 'even'] as const;
/** An empty header or footer story. */
const EMPTY_DOC: PMNodeJSON = { type: 'doc', content: [{ type: 'paragraph' }] };

/** Allocates header/footer parts and writes `w:sectPr` elements. */
export class WmlSectionWriter {
  readonly parts: WmlStoryPart[] = [];
  /** True when some section has an even-page header or footer (set by {@link WmlSectionWriter.prepare}). */
  evenAndOddHeaders = false;
  private readonly byJson = new Map<string, string>();
  /** Story types the previous `w:sectPr` referenced, per kind. */
  private readonly written = { header: new Set<string>(), footer: new Set<string>() };
  /** The document's note settings (set by {@link WmlSectionWriter.prepare}). */
  private notes: NoteSettings = DEFAULT_NOTE_SETTINGS;

  constructor(
    private readonly writeStory: StoryWriter,
    private readonly rootAttrs: Readonly<Record<string, string>>,
  ) {}

  /** Looks for even-page stories in the sections of `doc`, before any `w:sectPr` is written. */
  prepare(doc: PMNode): void {
    const even = (s: unknown): boolean => {
      const p = s as SectionProps | null | undefined;
      return p?.headers?.even !== undefined || p?.footers?.even !== undefined;
    };
    let found = even(doc.attrs.section);
    doc.forEach((block) => {
      if (block.type.name === 'section_break' && even(block.attrs.section)) found = true;
    });
    this.evenAndOddHeaders = found;
    this.notes = noteSettingsOf(doc);
  }

  /**
   * The `w:footnotePr` and `w:endnotePr` of a section: its own settings, else the document's
   * (LibreOffice reads note settings from the sections only, Word from both: each section repeats them).
   */
  private notePr(section: SectionProps | null): XmlOut[] {
    return (['footnote', 'endnote'] as const).map((kind) => {
      const children = wmlNotePrChildren(kind, section?.notes?.[kind] ?? this.notes[kind]);
      return children.length > 0 ? x(`w:${kind}Pr`, {}, children) : null;
    }).filter((pr): pr is XmlOut => pr !== null);
  }

  /** The `w:sectPr` of a section (null: the default page). */
  sectPr(section: SectionProps | null): XmlOut {
    const s = section ?? DEFAULT_SECTION;
    const page = s.page ?? DEFAULT_SECTION.page!;
    const m = s.margins ?? DEFAULT_SECTION.margins!;
    const refs: XmlOut[] = [];
    for (const kind of ['header', 'footer'] as const) {
      const set = kind === 'header' ? s.headers : s.footers;
      const written = this.written[kind];
      for (const type of TYPES) {
        // With even-page stories on, a section without its own shows the default one there too;
        // a story the previous section had and this one has not is written empty (else it is inherited).
        let story = type === 'even' && this.evenAndOddHeaders ? set?.even ?? set?.default : set?.[type];
        if (!story && written.has(type)) story = EMPTY_DOC;
        if (!story) {
          written.delete(type);
          continue;
        }
        written.add(type);
        refs.push(x(`w:${kind}Reference`, { 'w:type': type, 'r:id': this.part(kind, story) }));
      }
    }
    const start = s.start === 'continuous' ? 'continuous' : s.start === 'even-page' ? 'evenPage' : s.start === 'odd-page' ? 'oddPage' : undefined;
    return x(
      'w:sectPr',
      {},
      refs,
      this.notePr(section),
      start ? x('w:type', { 'w:val': start }) : null,
      x('w:pgSz', { 'w:w': page.width, 'w:h': page.height, 'w:orient': page.orientation === 'landscape' ? 'landscape' : undefined }),
      x('w:pgMar', { 'w:top': m.top, 'w:right': m.right, 'w:bottom': m.bottom, 'w:left': m.left, 'w:header': m.header, 'w:footer': m.footer, 'w:gutter': 0 }),
      wordLineNumberingXml(s.lineNumbering),
      s.pageNumberStart !== undefined || s.pageNumberFormat ? x('w:pgNumType', { 'w:fmt': s.pageNumberFormat, 'w:start': s.pageNumberStart }) : null,
      s.columns ? wordColumnsXml(s.columns) : null,
      s.titlePage ? x('w:titlePg') : null,
    );
  }

  /** The relationship id of the part holding `story`, written once per distinct content. */
  private part(kind: 'header' | 'footer', story: PMNodeJSON): string {
    const key = kind + JSON.stringify(story);
    const known = this.byJson.get(key);
    if (known) return known;
    let node: PMNode;
    try {
      node = PMNode.fromJSON(textSchema, story);
    } catch {
      node = textSchema.node('doc', null, [textSchema.node('paragraph')]);
    }
    const n = this.parts.filter((p) => p.kind === kind).length + 1;
    const id = `rId${kind === 'header' ? 'Hdr' : 'Ftr'}${String(n)}`;
    const blocks = this.writeStory(node);
    this.parts.push({ id, name: `${kind}${String(n)}.xml`, kind, xml: x(kind === 'header' ? 'w:hdr' : 'w:ftr', this.rootAttrs, blocks.length > 0 ? blocks : x('w:p')) });
    this.byJson.set(key, id);
    return id;
  }
}

/** A paragraph standing for a section break: empty, with the section's properties. */
export function sectionBreakParagraph(sectPr: XmlOut): XmlOut {
  return x('w:p', {}, x('w:pPr', {}, sectPr));
}

/** Wraps the paragraphs of a table of contents in its field and its `w:sdt` (17.5.2.11 docPartObj). */
export function wmlTableOfContents(instruction: string, levels: number, paragraphs: XmlOut[]): XmlOut {
  const instr = instruction.trim() === '' ? defaultTocInstruction(levels) : instruction;
  const begin = wmlFieldRuns(instr, []).slice(0, 3);
  const end = x('w:r', {}, x('w:fldChar', { 'w:fldCharType': 'end' }));
  const paras = paragraphs.length > 0 ? [...paragraphs] : [x('w:p')];
  // The field begins in the first paragraph and ends in the last (extra paragraphs around a table).
  if (paras[0]!.name !== 'w:p') paras.unshift(x('w:p'));
  if (paras[paras.length - 1]!.name !== 'w:p') paras.push(x('w:p'));
  paras[0] = withRuns(paras[0]!, begin, 'start');
  paras[paras.length - 1] = withRuns(paras[paras.length - 1]!, [end], 'end');
  return x(
    'w:sdt',
    {},
    x('w:sdtPr', {}, x('w:docPartObj', {}, x('w:docPartGallery', { 'w:val': 'Table of Contents' }), x('w:docPartUnique'))),
    x('w:sdtContent', {}, paras),
  );
}

/** Paragraph `p` with `runs` added after its `w:pPr` (start) or at its end. */
function withRuns(p: XmlOut, runs: XmlOut[], where: 'start' | 'end'): XmlOut {
  const children = [...p.children];
  const afterPPr = children.length > 0 && typeof children[0] === 'object' && children[0].name === 'w:pPr' ? 1 : 0;
  if (where === 'start') children.splice(afterPPr, 0, ...runs);
  else children.push(...runs);
  return { ...p, children };
}

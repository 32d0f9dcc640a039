import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { textDocumentPlainText, textDocumentToNode, textSchema } from '@ostal/model';
import { Node as PMNode } from 'prosemirror-model';
import { datePictureOf } from './date-picture.js';
import { fieldValueOfResult } from './fixed-field-value.js';
import { floatsInFlow } from './odf-table-frame.js';
import type { Chart, NoteNumbering, NoteSettings, PMNodeJSON, TextDocument } from '@ostal/model';
import { TableMap } from 'prosemirror-tables';
import { read, write } from '../index.js';
import type { ReadResult } from '../index.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../../../shared/corpus');
const files = (dir: string, ext: RegExp): string[] =>
  existsSync(path.join(CORPUS, dir))
    ? readdirSync(path.join(CORPUS, dir))
        .filter((f) => ext.test(f))
        .map((f) => `${dir}/${f}`)
    : [];
const ALL = [...files('docx', /\.docx$/), ...files('odt', /\.odt$/), ...files('large', /\.(docx|odt)$/)];

async function open(file: string): Promise<{ result: ReadResult; doc: TextDocument; text: string }> {
  const result = await read(readFileSync(path.join(CORPUS, file)));
  const doc = result.document as TextDocument;
  return { result, doc, text: textDocumentPlainText(doc) };
}

function nodesOfType(json: PMNodeJSON, type: string, out: PMNodeJSON[] = []): PMNodeJSON[] {
  if (json.type === type) out.push(json);
  for (const c of json.content ?? []) nodesOfType(c, type, out);
  return out;
}

/** The JSON with every comment made an ordinary, unresolved one. */
function withoutReplies(json: PMNodeJSON): PMNodeJSON {
  const attrs = json.type === 'comment' ? { ...json.attrs, parent: null, resolved: false } : json.attrs;
  return { ...json, ...(attrs ? { attrs } : {}), ...(json.content ? { content: json.content.map(withoutReplies) } : {}) };
}

/**
 * The JSON without the source XML shapes keep (text-shape-schema.ts): a cache of what was read,
 * which a shape written from the model (its source refers to other parts) gains when read back.
 * Charts likewise: a Strict chart keeps no parts, the Transitional one written for it does.
 */
function withoutShapeSources(json: PMNodeJSON): PMNodeJSON {
  let attrs = (json.type === 'shape' || json.type === 'chart') && json.attrs?.source != null ? { ...json.attrs, source: null } : json.attrs;
  // Shapes of headers and footers too, held by the sections.
  const section = attrs?.section as Record<string, Record<string, PMNodeJSON> | undefined> | null | undefined;
  if (section) {
    const stories = (set: Record<string, PMNodeJSON> | undefined): Record<string, PMNodeJSON> | undefined =>
      set && Object.fromEntries(Object.entries(set).map(([k, v]) => [k, withoutShapeSources(v)]));
    attrs = { ...attrs, section: { ...section, headers: stories(section.headers), footers: stories(section.footers) } };
  }
  return { ...json, ...(attrs ? { attrs } : {}), ...(json.content ? { content: json.content.map(withoutShapeSources) } : {}) };
}

const occurrences = (text: string, needle: string): number => text.split(needle).length - 1;

/** JSON with object keys sorted: attribute objects (section properties) compare whatever order a reader built them in. */
function stableJson(value: unknown): string {
  // Embedded objects are compared by their pictures: what each format carries of them is embedded-objects.test.ts's.
  return JSON.stringify(value, (key, v: unknown) =>
    key === 'object' && v !== null && typeof v === 'object' && 'kind' in v ? undefined : v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

/**
 * The document's JSON with each picture's `src` replaced by a fingerprint of its bytes: readers
 * name media in the order they meet pictures, and ODF meets header logos (styles.xml) before
 * the body's pictures where DOCX meets them after.
 */
function mediaByContent(doc: TextDocument, content: PMNodeJSON): unknown {
  const print = (src: string): string => {
    const item = doc.media?.[src.replace(/^media:/, '')];
    if (!item) return src;
    let h = 2166136261;
    for (const byte of item.bytes) h = Math.imul(h ^ byte, 16777619);
    return `${item.mime}:${String(item.bytes.length)}:${(h >>> 0).toString(16)}`;
  };
  return JSON.parse(JSON.stringify(content, (key, v: unknown) => (key === 'src' && typeof v === 'string' ? print(v) : v)));
}

/**
 * Round trips known to lose something today, with what (each is a gap to close, not a target):
 * the test fails when one of them starts to pass, so this list stays true.
 */
const KNOWN_LOSSES: Readonly<Record<string, string>> = {
  'docx/pandoc-text_in_shape_format.docx → odt': 'the first section starts with a text box: its page-number restart is not read back from ODF',
  'docx/pandoc-text_in_shape_format.docx → fodt': 'the same, flat',
  'docx/poi-stress010.docx → odt': 'endnotes at the end of each section (w:pos sectEnd) go to the end of the document in ODF (conversion loss endnotes-section-end)',
  'docx/poi-stress010.docx → fodt': 'the same, flat',
};

const CHANGE_MARKS = new Set(['insertion', 'deletion', 'format_change']);

/**
 * What a write to the other format family keeps: change ids are renumbered (DOCX wants numbers,
 * ODF names), the format before a format change and paragraph format changes are DOCX-only,
 * OOXML equations become ODF formulas, other kept content of the other family its fallback text.
 */
function acrossFamilies(json: PMNodeJSON, family: 'ooxml' | 'odf', where: { readonly noFloat?: boolean; readonly inItem?: boolean } = {}): PMNodeJSON {
  // ODF needs a change date: a change without one is written with the epoch.
  const dropId = (attrs: Readonly<Record<string, unknown>> | undefined): Record<string, unknown> => {
    const { id: _id, date, before: _before, ...rest } = attrs ?? {};
    return { ...rest, date: date === '1970-01-01T00:00:00' ? null : date };
  };
  // ODF places deleted content at one point of the text: it carries the format change active
  // there, so a format change over part of a deleted run is not kept in ODF.
  const deleted = family === 'odf' && json.marks?.some((m) => m.type === 'deletion') === true;
  const marks = json.marks?.filter((m) => !(deleted && m.type === 'format_change')).map((m) => (CHANGE_MARKS.has(m.type) ? { type: m.type, attrs: dropId(m.attrs) } : m));
  // Equations go from DOCX to ODF as formula objects (compared as "a formula is there"), from ODF to DOCX as text.
  if (json.type === 'opaque' && family === 'odf') return { type: 'opaque', ...(marks ? { marks } : {}) };
  if (json.type === 'opaque' && json.attrs?.family !== family) return { type: 'text', text: String(json.attrs?.fallback), ...(marks ? { marks } : {}) };
  let attrs = json.type === 'paragraph_change' ? dropId(json.attrs) : json.attrs;
  // ODF field elements hold character data only: white space in a field's result runs as one space.
  if (family === 'odf' && json.type === 'field') attrs = { ...attrs, result: String(attrs?.result).replace(/[ \t\n\r]+/g, ' ') };
  // DOCX keeps a fixed date or time as its result only: its value is what the result shows (fixed-field-value.ts).
  if (family === 'ooxml' && json.type === 'field' && attrs?.value != null) {
    const picture = datePictureOf(String(attrs.instruction))?.picture;
    const kind = attrs.kind === 'time' ? 'time' : 'date';
    const value = picture === undefined ? null : fieldValueOfResult(kind, picture, String(attrs.result));
    const { value: _stored, ...rest } = attrs;
    attrs = value === null ? rest : { ...rest, value };
  }
  // ODF cannot say that a floating table never overlaps; tables in list items, notes, comments and
  // text boxes, and tables with a row deleted with changes tracked, are written in the flow (odf-table-frame.ts).
  if (family === 'odf' && json.type === 'table' && attrs?.position) {
    const flow = where.noFloat === true || where.inItem === true || floatsInFlow(PMNode.fromJSON(textSchema, json));
    const { position, ...rest } = attrs;
    attrs = flow ? rest : { ...rest, position: { ...(position as Record<string, unknown>), overlap: true } };
  }
  // A Word table style goes to ODF as a template of its own, and neither comes back across: the cells keep their look.
  if (json.type === 'table' && attrs) attrs = { ...attrs, wordStyle: null, template: null };
  // A chart keeps the parts it was read from (text-chart-schema.ts): DOCX ones only. ODF says only
  // that a chart is 3-D (not its viewpoint), has no 3-D bubbles, its table holds numbers as numbers,
  // and a plot area placed by hand is its outer box (DrawingML's inner target has no ODF form).
  if (json.type === 'chart' && attrs?.source != null) attrs = { ...attrs, source: null };
  if (family === 'odf' && json.type === 'chart' && attrs) {
    const { bubble3D: _b, plotArea, ...rest } = attrs.chart as Chart;
    const chart = plotArea ? { ...rest, plotArea: { x: plotArea.x, y: plotArea.y, width: plotArea.width, height: plotArea.height } } : rest;
    const number = (c: string | number | null): string | number | null => (typeof c === 'string' && c.trim() !== '' && Number.isFinite(Number(c)) ? String(Number(c)) : c);
    const series = chart.series.map(({ bubbleSizes: _s, ...s }) => ({ ...s, ...(s.cachedCategories ? { cachedCategories: s.cachedCategories.map(number) } : {}) }));
    attrs = { ...attrs, chart: { ...chart, series, ...(chart.view3D ? { view3D: {} } : {}) } };
  }
  // Word has no note restart at each chapter (written as each section); ODF's document-wide
  // settings none at each section (written as each chapter): note-settings.ts.
  if (json.type === 'doc' && attrs?.notes != null) {
    const from = family === 'odf' ? 'section' : 'chapter';
    const notes = attrs.notes as NoteSettings;
    const kind = (n: NoteNumbering): NoteNumbering => (n.restart === from ? { ...n, restart: family === 'odf' ? 'chapter' : 'section' } : n);
    attrs = { ...attrs, notes: { footnote: kind(notes.footnote), endnote: kind(notes.endnote) } };
  }
  // A shape keeps the source XML of its own family only (text-shape-schema.ts).
  if (json.type === 'shape' && attrs?.source != null) attrs = { ...attrs, source: null };
  // ODF has no table row changes: an inserted or deleted row is a plain row there (its text keeps its changes).
  if (family === 'odf' && json.type === 'table_row' && attrs?.change != null) attrs = { ...attrs, change: null };
  // DOCX has no typed cells: the cell keeps its text only (text-cell-value.ts).
  if (family === 'ooxml' && (json.type === 'table_cell' || json.type === 'table_header') && attrs?.value != null) {
    const { value: _value, ...rest } = attrs;
    attrs = rest;
  }
  // Headers and footers keep their tracked changes (ODF: their own text:tracked-changes), compared like the body.
  const section = attrs?.section as { headers?: Record<string, PMNodeJSON>; footers?: Record<string, PMNodeJSON> } | null | undefined;
  if (section) {
    const across = (stories: Record<string, PMNodeJSON> | undefined) => stories && Object.fromEntries(Object.entries(stories).map(([k, story]) => [k, acrossFamilies(story, family)]));
    attrs = { ...attrs, section: { ...section, ...(section.headers ? { headers: across(section.headers) } : {}), ...(section.footers ? { footers: across(section.footers) } : {}) } };
  }
  const content: PMNodeJSON[] = [];
  for (const c of json.content ?? []) {
    if (family === 'odf' && c.type === 'paragraph_change' && c.attrs?.kind === 'format') continue;
    const n = acrossFamilies(c, family, { noFloat: where.noFloat === true || ['note', 'comment', 'text_frame'].includes(json.type), inItem: json.type === 'list_item' });
    const last = content[content.length - 1];
    if (n.type === 'text' && n.text === '') continue;
    if (n.type === 'text' && last?.type === 'text' && JSON.stringify(last.marks ?? []) === JSON.stringify(n.marks ?? [])) content[content.length - 1] = { ...last, text: `${last.text ?? ''}${n.text ?? ''}` };
    else content.push(n);
  }
  // A node left empty (all its content left out) reads back without content, as ProseMirror writes it.
  return { ...json, ...(attrs ? { attrs } : {}), ...(marks ? { marks } : {}), ...(json.content && content.length > 0 ? { content } : {}) };
}

describe('text corpus', () => {
  it(`reads all ${String(ALL.length)} docx/odt files into schema-valid documents with well-formed tables`, async () => {
    const failures: string[] = [];
    for (const file of ALL) {
      try {
        const { doc } = await open(file);
        expect(doc.kind).toBe('text');
        // Throws when the JSON does not fit the schema; tables must also be rectangular grids.
        textDocumentToNode(doc).descendants((node) => {
          const problems = node.type.name === 'table' ? TableMap.get(node).problems : null;
          if (problems) failures.push(`${file}: table ${problems.map((p) => p.type).join(', ')}`);
          return true;
        });
      } catch (err) {
        failures.push(`${file}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    expect(failures).toEqual([]);
  }, 600_000); // reads the whole corpus: past the default timeout on a loaded machine

  it('reads a simple bullet list (mammoth simple-list)', async () => {
    const { doc } = await open('docx/mammoth-simple-list.docx');
    expect(doc.content.content?.map((b) => b.type)).toEqual(['bullet_list']);
    expect(textDocumentPlainText(doc).split('\n')).toEqual(['Apple', 'Banana']);
  });

  it('reads ODT headings with their outline levels', async () => {
    const { doc } = await open('odt/pandoc-headers.odt');
    expect(nodesOfType(doc.content, 'heading').map((h) => h.attrs?.level)).toEqual([1, 2, 1]);
  });

  it('reads nested ordered lists from ODT list styles', async () => {
    const { doc } = await open('odt/pandoc-orderedListRoman.odt');
    expect(doc.content.content?.[0]?.type).toBe('ordered_list');
    expect(nodesOfType(doc.content, 'ordered_list').length).toBeGreaterThanOrEqual(3);
  });

  it('keeps tracked changes: deleted text stays, marked (docx deletion, move; odt deletion)', async () => {
    const deleted = await open('docx/oxpt-001-DeletedRun.docx');
    expect(deleted.text).toContain('Video provides a powerful way');
    expect(nodesOfType(deleted.doc.content, 'text').find((t) => t.text === 'powerful ')?.marks?.map((m) => m.type)).toEqual(['deletion']);

    const moved = await open('docx/pandoc-track_changes_move.docx');
    expect(occurrences(moved.text, 'Here is the text to be moved.')).toBe(2);
    expect(moved.result.diagnostics.map((d) => d.code)).toContain('move-as-change');

    const odt = await open('odt/pandoc-trackedChanges.odt');
    expect(odt.text).toContain('Some text with deleted and inserted text.');
  });

  it('reads ISO Strict documents', async () => {
    const { doc, text } = await open('docx/oxsdk-Strict01.docx');
    expect(text).toContain('Video provides a powerful way to help you prove your point.');
    expect(nodesOfType(doc.content, 'ordered_list').length).toBeGreaterThan(0);
  });

  it('keeps text box text once, in a text frame after its paragraph', async () => {
    const { doc, text } = await open('docx/mammoth-text-box.docx');
    expect(occurrences(text, 'Datum plane')).toBe(1);
    const [frame] = nodesOfType(doc.content, 'text_frame');
    expect(frame?.attrs).toMatchObject({ placement: 'anchored', width: 2374265, height: 1403985, xAlign: 'center' });
    expect(JSON.stringify(frame?.content)).toContain('Datum plane');
  });

  it('reads direct bold, italic and underline runs', async () => {
    const { doc } = await open('docx/tika-testWORD_various.docx');
    const texts = nodesOfType(doc.content, 'text');
    const marksOf = (s: string): string[] | undefined => texts.find((t) => t.text === s)?.marks?.map((m) => m.type);
    expect(marksOf('Bold')).toEqual(['bold']);
    expect(marksOf('italic')).toEqual(['italic']);
    expect(marksOf('underline')).toEqual(['underline']);
  });

  it('reads tables as tables, merged cells included', async () => {
    const { doc, result } = await open('docx/mammoth-tables.docx');
    expect(nodesOfType(doc.content, 'table').length).toBeGreaterThan(0);
    expect(result.diagnostics.map((d) => d.code)).not.toContain('table-flattened');
    const spans = (file: string) => async (): Promise<PMNodeJSON[]> =>
      nodesOfType((await open(file)).doc.content, 'table_cell').filter((c) => Number(c.attrs?.colspan) > 1 || Number(c.attrs?.rowspan) > 1);
    expect((await spans('odt/odftk-mergedCells.odt')()).length).toBeGreaterThan(0);
    expect((await spans('odt/pandoc-tableWithSpans.odt')()).length).toBeGreaterThan(0);
  });

  it('reads an old OpenOffice.org 2 package whose manifest declares a DOCTYPE', async () => {
    const { text } = await open('large/tika-testODT-TIKA-6000.odt');
    expect(text.length).toBeGreaterThan(10_000);
  });

  it('writes every corpus document to odt, fodt and docx and reads the same nodes back', async () => {
    const mismatches: string[] = [];
    for (const file of ALL) {
      const { doc } = await open(file);
      const family = file.endsWith('.docx') ? 'ooxml' : 'odf';
      for (const format of ['odt', 'fodt', 'docx'] as const) {
        const back = (await read(await write(doc, format))).document as TextDocument;
        const target = format === 'docx' ? 'ooxml' : 'odf';
        // ODF 1.3 cannot say that a comment replies to another or is resolved (see CONTEXT.md).
        const source = format === 'docx' ? doc.content : withoutReplies(doc.content);
        const same =
          target === family
            ? textDocumentToNode({ ...doc, content: withoutShapeSources(source) }).eq(textDocumentToNode({ ...back, content: withoutShapeSources(back.content) }))
            : stableJson(mediaByContent(doc, acrossFamilies(source, target))) === stableJson(mediaByContent(back, acrossFamilies(back.content, target)));
        if (!same) mismatches.push(`${file} → ${format}`);
      }
    }
    expect(mismatches).toEqual(Object.keys(KNOWN_LOSSES));
  }, 900_000); // 184 files × 3 formats: well past the default timeout on a loaded machine

  it('writes schema-valid ODF for real documents (lists, tables, notes, tracked changes, header fields)', async () => {
    // oxsdk-bookmark: header fields whose results hold runs of spaces (field elements take character data only).
    for (const file of ['docx/oxsdk-Strict01.docx', 'docx/tika-testWORD_various.docx', 'docx/oxsdk-bookmark.docx', 'odt/odfdo-md_sample_14_lo.odt', 'odt/tika-testODFwithOOo3.odt']) {
      const { doc } = await open(file);
      expect(odfSchemaErrors(await write(doc, 'odt')), file).toEqual([]);
      expect(odfSchemaErrors(await write(doc, 'fodt'), true), file).toEqual([]);
    }
  }, 300_000); // ten jing runs: past a minute on a loaded machine
});

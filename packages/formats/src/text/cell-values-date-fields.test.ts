import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { textDocumentFromNode, textDocumentToNode, textSchema } from '@ostal/model';
import type { PMNodeJSON, TextDocument } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { unzipSync, strFromU8 } from 'fflate';
import { read, write } from '../index.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { libreofficeConvert } from '../../../../test/support/libreoffice.js';
import { codeOfWordPicture, wordPictureOfCode } from './date-picture.js';

const CORPUS = path.resolve(__dirname, '../../../../../shared/corpus');
const s = textSchema;
const p = (...content: PMNode[]): PMNode => s.nodes.paragraph!.create(null, content);
const cell = (value: Record<string, unknown> | null, text: string): PMNode => s.nodes.table_cell!.create({ value }, [p(s.text(text))]);
const row = (...cells: PMNode[]): PMNode => s.nodes.table_row!.create(null, cells);
const field = (attrs: Record<string, unknown>): PMNode => s.nodes.field!.create(attrs);

const doc = textDocumentFromNode(
  s.nodes.doc!.create(null, [
    s.nodes.table!.create(null, [
      row(cell({ type: 'float', value: '11', format: '0.00E+000' }, '1,10E+001'), cell({ type: 'percentage', value: '0.25', format: '0%' }, '25%')),
      row(cell({ type: 'currency', value: '2', currency: 'EUR' }, '2,00 €'), cell({ type: 'date', value: '2014-04-25', format: 'dd/mm/yyyy' }, '25/04/2014')),
      row(cell({ type: 'boolean', value: 'true' }, 'VRAI'), cell(null, 'plain text')),
    ]),
    p(s.text('Updated: '), field({ kind: 'date', instruction: ' DATE \\@ "d MMMM yyyy" ', result: '25 April 2014' })),
    p(s.text('Signed: '), field({ kind: 'date', instruction: ' DATE \\@ "dd/MM/yyyy" ', result: '03/02/2001', fixed: true, value: '2001-02-03' })),
    p(s.text('At: '), field({ kind: 'time', instruction: ' TIME \\@ "HH:mm" ', result: '10:59' })),
  ]),
);

function nodesOfType(json: PMNodeJSON, type: string, out: PMNodeJSON[] = []): PMNodeJSON[] {
  if (json.type === type) out.push(json);
  for (const c of json.content ?? []) nodesOfType(c, type, out);
  return out;
}

describe('typed table cells and formatted date fields', () => {
  it('converts Word date pictures and number format codes both ways', () => {
    expect(codeOfWordPicture('dd/MM/yyyy')).toBe('dd/mm/yyyy');
    expect(codeOfWordPicture("d MMMM yyyy 'à' HH:mm")).toBe('d mmmm yyyy "à" hh:mm');
    expect(wordPictureOfCode('[$-40C]D MMMM YYYY')).toBe('d MMMM yyyy');
    expect(wordPictureOfCode('HH:MM:SS')).toBe('HH:mm:ss');
    expect(wordPictureOfCode('h:mm AM/PM')).toBe('h:mm AM/PM');
    expect(wordPictureOfCode('0.00')).toBeNull();
  });

  it.each(['odt', 'fodt'] as const)('keeps cell values, date formats and fixed dates through %s, as valid ODF', async (format) => {
    const bytes = await write(doc, format);
    // The first read adds the column widths the writer chose; from there on nothing changes.
    const first = (await read(bytes)).document as TextDocument;
    const second = (await read(await write(first, format))).document as TextDocument;
    expect(textDocumentToNode(second).eq(textDocumentToNode(first))).toBe(true);
    expect(nodesOfType(first.content, 'table_cell').map((c) => c.attrs?.value ?? null)).toEqual(nodesOfType(doc.content, 'table_cell').map((c) => c.attrs?.value ?? null));
    expect(nodesOfType(first.content, 'field').map((f) => f.attrs)).toEqual(nodesOfType(doc.content, 'field').map((f) => f.attrs));
    expect(odfSchemaErrors(bytes, format === 'fodt')).toEqual([]);
  });

  it('writes the ODF value attributes and data styles LibreOffice shows them with', async () => {
    const content = strFromU8(unzipSync(await write(doc, 'odt'))['content.xml']!);
    expect(content).toMatch(/<table:table-cell table:style-name="(Cell\d+)" office:value-type="float" office:value="11">/);
    expect(content).toContain('office:value-type="currency" office:value="2" office:currency="EUR"');
    expect(content).toContain('office:value-type="date" office:date-value="2014-04-25"');
    expect(content).toContain('office:value-type="boolean" office:boolean-value="true"');
    expect(content).toMatch(/<number:number-style style:name="N\d+"><number:scientific-number/);
    expect(content).toMatch(/<text:date style:data-style-name="N\d+">25 April 2014<\/text:date>/);
    expect(content).toMatch(/<text:date style:data-style-name="N\d+" text:fixed="true" text:date-value="2001-02-03">03\/02\/2001<\/text:date>/);
    // LibreOffice shows the number through the cell's format, and the date field in its format.
    const text = libreofficeConvert(await write(doc, 'odt'), 'out.odt', 'txt');
    expect(text).toContain('1.10E+001');
    expect(text).toContain('Signed: 03/02/2001'); // the stored date, not today's
  }, 60_000);

  it('keeps the text of typed cells in DOCX and writes date pictures and locked fields', async () => {
    const files = unzipSync(await write(doc, 'docx'));
    const body = strFromU8(files['word/document.xml']!);
    expect(body).toContain('DATE \\@ "d MMMM yyyy"');
    expect(body).toMatch(/<w:fldChar w:fldCharType="begin" w:fldLock="true"\/><\/w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "dd\/MM\/yyyy"/);
    const back = (await read(await write(doc, 'docx'))).document as TextDocument;
    // DOCX has no typed cells: the text stays, the value goes.
    expect(nodesOfType(back.content, 'table_cell').map((c) => c.attrs?.value ?? null)).toEqual(Array(6).fill(null));
    expect(JSON.stringify(back.content)).toContain('1,10E+001');
    expect(nodesOfType(back.content, 'field').map((f) => f.attrs)).toEqual(nodesOfType(doc.content, 'field').map((f) => f.attrs));
  });

  it('reads the typed cells and the date format of real LibreOffice files', async () => {
    const table = (await read(readFileSync(path.join(CORPUS, 'odt/odftk-table-column-delete-with-merge-2-times.odt')))).document as TextDocument;
    const values = nodesOfType(table.content, 'table_cell').map((c) => c.attrs?.value).filter(Boolean);
    expect(values).toContainEqual({ type: 'float', value: '11', format: '0.00E+000' });
    expect(values).toContainEqual(expect.objectContaining({ type: 'currency', value: '2', currency: 'EUR' }));
    const frame = (await read(readFileSync(path.join(CORPUS, 'odt/odftk-table-within-textBox-within-frame.odt')))).document as TextDocument;
    expect(nodesOfType(frame.content, 'field').map((f) => f.attrs?.instruction)).toContain(' DATE \\@ "d MMMM yyyy" ');
  });
});

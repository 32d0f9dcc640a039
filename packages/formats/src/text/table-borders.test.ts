import { describe, expect, it } from 'vitest';
import { textDocumentFromNode, textDocumentToNode, textSchema } from '@ostal/model';
import type { TableCellBorders, TextDocument } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { strToU8, zipSync } from 'fflate';
import { read, write } from '../index.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';

const s = textSchema;
const cell = (text: string, attrs: Record<string, unknown> = {}): PMNode => s.nodes.table_cell!.create(attrs, s.nodes.paragraph!.create(null, text ? s.text(text) : []));
/** A row of two cells 3000 and 2000 twips wide, as readers give them. */
const row = (a: PMNode, b: PMNode): PMNode => s.nodes.table_row!.create(null, [a.type.create({ ...a.attrs, colwidth: [3000 / 15] }, a.content), b.type.create({ ...b.attrs, colwidth: [2000 / 15] }, b.content)]);

const thick = { style: 'solid', width: 12, color: '#1f3864', space: 0 } as const;
const thin = { style: 'solid', width: 4, color: null, space: 0 } as const;
const dotted = { style: 'dotted', width: 6, color: '#7f7f7f', space: 0 } as const;
const double = { style: 'double', width: 6, color: '#c00000', space: 0 } as const;

// A budget table as agents draw them: a thick rule under the header row, dotted lines between
// the lines of figures, no vertical lines, a double line above the total.
const header: TableCellBorders = { top: thin, bottom: thick };
const figures: TableCellBorders = { bottom: dotted };
const total: TableCellBorders = { top: double };
const budget = textDocumentFromNode(
  s.nodes.doc!.create(null, [
    s.nodes.table!.create({ columnWidths: [3000, 2000], bordered: true }, [
      row(cell('Poste', { borders: header }), cell('Montant', { borders: header })),
      row(cell('Voirie', { borders: figures }), cell('120 000', { borders: figures, background: '#f2f2f2' })),
      row(cell('Écoles', { borders: {} }), cell('80 000', { borders: {} })),
      row(cell('Total', { borders: total }), cell('200 000', { borders: total })),
    ]),
  ]),
);

async function roundTrip(doc: TextDocument, format: 'odt' | 'fodt' | 'docx'): Promise<TextDocument> {
  return (await read(await write(doc, format))).document as TextDocument;
}

function expectSame(a: TextDocument, b: TextDocument): void {
  const na = textDocumentToNode(a);
  const nb = textDocumentToNode(b);
  if (!na.eq(nb)) expect(nb.toJSON()).toEqual(na.toJSON());
  expect(na.eq(nb)).toBe(true);
}

/** Each cell's text and borders, row by row, and the table's `bordered` flag. */
function cellsOf(doc: TextDocument): { bordered: unknown; rows: [string, unknown][][] } {
  let table: PMNode | undefined;
  textDocumentToNode(doc).descendants((n) => {
    if (!table && n.type.name === 'table') table = n;
    return !table;
  });
  const rows: [string, unknown][][] = [];
  table!.forEach((r) => {
    const cells: [string, unknown][] = [];
    r.forEach((c) => cells.push([c.textContent, c.attrs.borders]));
    rows.push(cells);
  });
  return { bordered: table!.attrs.bordered, rows };
}

/** A minimal DOCX whose body is `body` and whose styles part is `styles`. */
function docx(body: string, styles = ''): Uint8Array {
  const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>',
    ),
    '_rels/.rels': strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/_rels/document.xml.rels': strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'),
    'word/document.xml': strToU8(`<?xml version="1.0"?><w:document ${w}><w:body>${body}</w:body></w:document>`),
    'word/styles.xml': strToU8(`<?xml version="1.0"?><w:styles ${w}>${styles}</w:styles>`),
  });
}

const tc = (text: string, tcPr = ''): string => `<w:tc><w:tcPr>${tcPr}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;

describe('table cell borders', () => {
  for (const format of ['odt', 'fodt', 'docx'] as const) {
    it(`keep each cell's lines (side, style, width, colour) and borderless cells through ${format}`, async () => {
      expectSame(budget, await roundTrip(budget, format));
    });
  }

  it('survive docx → odt → docx and odt → docx → fodt', async () => {
    expectSame(budget, await roundTrip(await roundTrip(await roundTrip(budget, 'docx'), 'odt'), 'docx'));
    expectSame(budget, await roundTrip(await roundTrip(await roundTrip(budget, 'odt'), 'docx'), 'fodt'));
  });

  it('are written as valid ODF 1.3', async () => {
    expect(odfSchemaErrors(await write(budget, 'odt'))).toEqual([]);
    expect(odfSchemaErrors(await write(budget, 'fodt'), true)).toEqual([]);
  });

  it('resolve Word’s table borders: style, then table (edges outside, inside lines between cells), then the cell’s own', async () => {
    const styles =
      '<w:style w:type="table" w:styleId="Grille"><w:name w:val="Grille"/><w:tblPr><w:tblBorders>' +
      '<w:top w:val="single" w:sz="4" w:color="auto"/><w:left w:val="single" w:sz="4" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:color="auto"/>' +
      '<w:right w:val="single" w:sz="4" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:color="auto"/>' +
      '</w:tblBorders></w:tblPr></w:style>';
    // The table keeps the style's edges but has no vertical lines inside and a thick top; one cell
    // clears its bottom line and another draws a red double line on its right.
    const body =
      '<w:tbl><w:tblPr><w:tblStyle w:val="Grille"/><w:tblBorders><w:top w:val="single" w:sz="12" w:color="1F3864"/><w:insideV w:val="nil"/></w:tblBorders></w:tblPr>' +
      '<w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>' +
      `<w:tr>${tc('A1', '<w:tcBorders><w:bottom w:val="nil"/></w:tcBorders>')}${tc('B1')}</w:tr>` +
      `<w:tr>${tc('A2', '<w:tcBorders><w:right w:val="double" w:sz="6" w:color="C00000"/></w:tcBorders>')}${tc('B2')}</w:tr>` +
      '</w:tbl><w:p/>';
    const { rows, bordered } = cellsOf((await read(docx(body, styles))).document as TextDocument);
    expect(bordered).toBe(true);
    expect(rows).toEqual([
      [
        ['A1', { top: thick, left: thin }],
        ['B1', { top: thick, bottom: thin, right: thin }],
      ],
      [
        ['A2', { top: thin, bottom: thin, left: thin, right: double }],
        ['B2', { top: thin, bottom: thin, right: thin }],
      ],
    ]);
  });

  it('keep a table drawn with one thin grid everywhere as a plain bordered table', async () => {
    const grid = '<w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>';
    const body = `<w:tbl><w:tblPr><w:tblBorders>${grid}</w:tblBorders></w:tblPr><w:tr>${tc('A1')}${tc('B1')}</w:tr></w:tbl><w:p/>`;
    expect(cellsOf((await read(docx(body))).document as TextDocument)).toEqual({ bordered: true, rows: [[['A1', null], ['B1', null]]] });
  });

  it('refuse malformed cell borders in the model', () => {
    const bad = [{ top: { style: 'wavy', width: 4, color: null, space: 0 } }, { middle: thin }, 'solid'];
    for (const borders of bad) expect(() => cell('x', { borders }).check()).toThrow(RangeError);
    expect(() => cell('x', { borders: {} }).check()).not.toThrow();
  });

  for (const format of ['docx', 'odt'] as const) {
    it(`are drawn by LibreOffice from the ${format} Ostal writes`, async () => {
      const fodt = libreofficeConvertBytes(await write(budget, format), `budget.${format}`, 'fodt');
      const { rows } = cellsOf((await read(new Uint8Array(fodt))).document as TextDocument);
      const [h, fig, none, tot] = rows.map((r) => r[0]![1] as TableCellBorders);
      expect(h).toMatchObject({ bottom: { style: 'solid', color: '#1f3864' } });
      expect(h!.bottom!.width).toBeGreaterThanOrEqual(11);
      expect(h!.bottom!.width).toBeLessThanOrEqual(13);
      expect(fig).toMatchObject({ bottom: { style: 'dotted', color: '#7f7f7f' } });
      expect(fig!.left ?? null).toBeNull();
      expect(none!.left ?? null).toBeNull();
      expect(none!.right ?? null).toBeNull();
      expect(tot).toMatchObject({ top: { style: 'double', color: '#c00000' } });
    }, 120_000);
  }
});

import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { textDocumentToNode } from '@ostal/model';
import type { TableTemplate, TextDocument } from '@ostal/model';
import { read, write } from '../index.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { libreofficeConvert } from '../../../../test/support/libreoffice.js';

const NSS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"';
const cellStyle = (name: string, bg: string): string => `<style:style style:name="${name}" style:family="table-cell"><style:table-cell-properties fo:background-color="${bg}"/></style:style>`;
const row = (...cells: string[]): string => `<table:table-row>${cells.map((c) => (c.startsWith('<') ? c : `<table:table-cell><text:p>${c}</text:p></table:table-cell>`)).join('')}</table:table-row>`;

/**
 * A flat ODT as LibreOffice writes a table with a table style: a template with first row (red),
 * first column (magenta), odd (green) and even (blue) rows, body (yellow) and a `loext:` corner
 * region; the table uses the first row, first column and banded rows; C3 has its own white.
 */
function templateFodt(): Uint8Array {
  return strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><office:document ${NSS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text"><office:styles>` +
      cellStyle('Tpl.1', '#ff0000') + cellStyle('Tpl.3', '#ff00ff') + cellStyle('Tpl.5', '#0000ff') + cellStyle('Tpl.6', '#00ff00') + cellStyle('Tpl.9', '#ffff00') + cellStyle('Tpl.15', '#123456') +
      '<table:table-template table:name="Bandes" table:first-row-start-column="row">' +
      '<table:first-row table:style-name="Tpl.1"/><table:first-column table:style-name="Tpl.3"/><table:body table:style-name="Tpl.9"/>' +
      '<table:even-rows table:style-name="Tpl.5"/><table:odd-rows table:style-name="Tpl.6"/><loext:first-row-even-column table:style-name="Tpl.15"/></table:table-template>' +
      '</office:styles><office:automatic-styles>' + cellStyle('Own', '#ffffff') + '</office:automatic-styles><office:body><office:text>' +
      '<table:table table:name="T1" table:template-name="Bandes" table:use-first-row-styles="true" table:use-first-column-styles="true" table:use-banding-rows-styles="true">' +
      '<table:table-column table:number-columns-repeated="3"/>' +
      row('A1', 'B1', 'C1') + row('A2', 'B2', 'C2') + row('A3', 'B3', '<table:table-cell table:style-name="Own"><text:p>C3</text:p></table:table-cell>') + row('A4', 'B4', 'C4') +
      '</table:table></office:text></office:body></office:document>',
  );
}

/** Background of each cell of the first table, row by row. */
function backgrounds(doc: TextDocument): (string | null)[][] {
  const out: (string | null)[][] = [];
  textDocumentToNode(doc).descendants((n) => {
    if (n.type.name === 'table_row') out.push([]);
    if (n.type.name === 'table_cell' || n.type.name === 'table_header') out[out.length - 1]!.push(n.attrs.background as string | null);
    return true;
  });
  return out;
}

function templateOf(doc: TextDocument): TableTemplate | null {
  let found: TableTemplate | null = null;
  textDocumentToNode(doc).descendants((n) => {
    if (n.type.name === 'table') found ??= n.attrs.template as TableTemplate | null;
    return true;
  });
  return found;
}

const EXPECTED = [
  ['#ff0000', '#ff0000', '#ff0000'], // first row; its first cell follows the row (first-row-start-column="row")
  ['#ff00ff', '#00ff00', '#00ff00'], // first column, then the first banded row: odd
  ['#ff00ff', '#0000ff', '#ffffff'], // even; C3's own style wins
  ['#ff00ff', '#00ff00', '#00ff00'],
];

describe('ODF table templates', () => {
  it('resolve their regions onto the cells, the cell’s own style first, and keep the template', async () => {
    const { document } = await read(templateFodt());
    const doc = document as TextDocument;
    expect(backgrounds(doc)).toEqual(EXPECTED);
    expect(templateOf(doc)).toMatchObject({ name: 'Bandes', firstRow: true, firstColumn: true, bandingRows: true, lastRow: false, lastColumn: false, bandingColumns: false });
    expect(templateOf(doc)!.source).toHaveLength(6); // the template and the cell styles of its five ODF regions
  });

  it('give a corner cell to the column when the template says so, and nothing but the body when no region is switched on', async () => {
    const fodt = strFromU8(templateFodt());
    const column = (await read(strToU8(fodt.replace('table:first-row-start-column="row"', 'table:first-row-start-column="column"')))).document as TextDocument;
    expect(backgrounds(column)[0]).toEqual(['#ff00ff', '#ff0000', '#ff0000']);
    const plain = (await read(strToU8(fodt.replace(/ table:use-[a-z-]+="true"/g, '')))).document as TextDocument;
    expect(backgrounds(plain)).toEqual(EXPECTED.map((r, i) => r.map((c, j) => (i === 2 && j === 2 ? c : '#ffff00'))));
  });

  for (const format of ['odt', 'fodt'] as const) {
    it(`are written back in ${format}: template name, regions in use and definition, valid ODF 1.3`, async () => {
      const doc = (await read(templateFodt())).document as TextDocument;
      const bytes = await write(doc, format);
      expect(odfSchemaErrors(bytes, format === 'fodt')).toEqual([]);
      const xml = format === 'odt' ? Object.entries(unzipSync(bytes)).filter(([n]) => n.endsWith('.xml')).map(([, b]) => strFromU8(b)).join('') : strFromU8(bytes);
      expect(xml).toMatch(/<table:table [^>]*table:template-name="Bandes"[^>]*table:use-first-row-styles="true"/);
      expect(xml).toMatch(/<table:table-template table:name="Bandes"/);
      expect(xml).not.toContain('loext:first-row-even-column');
      const back = (await read(bytes)).document as TextDocument;
      expect(backgrounds(back)).toEqual(EXPECTED);
      expect(templateOf(back)).toEqual({ ...templateOf(doc), source: expect.any(Array) as unknown });
    });
  }

  it('LibreOffice keeps the template of the ODT Ostal wrote and shows the cells’ colours', async () => {
    const odt = await write((await read(templateFodt())).document, 'odt');
    const fodt = libreofficeConvert(odt, 'bandes.odt', 'fodt');
    expect(fodt).toMatch(/<table:table [^>]*table:template-name="Bandes"/);
    expect(fodt).toMatch(/<table:table-template table:name="Bandes"/);
    const html = libreofficeConvert(odt, 'bandes.odt', 'html');
    const colours = [...html.matchAll(/<td\b[^>]*bgcolor="(#[0-9a-f]{6})"/gi)].map((m) => m[1]!.toLowerCase());
    expect(colours).toEqual(EXPECTED.flat());
  }, 240_000);
});

describe('ODF table template text formatting', () => {
  it('puts the bold and colour of the regions’ cell styles on the cells’ text, the text’s own colour first', async () => {
    const styled = (name: string, text: string): string => `<style:style style:name="${name}" style:family="table-cell"><style:text-properties ${text}/></style:style>`;
    const fodt = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><office:document ${NSS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text"><office:styles>` +
        styled('Tête', 'fo:font-weight="bold" fo:color="#ffffff"') + styled('Corps', 'fo:color="#1f4e79"') +
        '<table:table-template table:name="Titres"><table:first-row table:style-name="Tête"/><table:body table:style-name="Corps"/></table:table-template>' +
        '</office:styles><office:automatic-styles><style:style style:name="Rouge" style:family="text"><style:text-properties fo:color="#c00000"/></style:style></office:automatic-styles><office:body><office:text>' +
        '<table:table table:name="T1" table:template-name="Titres" table:use-first-row-styles="true"><table:table-column table:number-columns-repeated="2"/>' +
        row('Commune', 'Population') + row('Tulle', '<table:table-cell><text:p><text:span text:style-name="Rouge">14 811</text:span></text:p></table:table-cell>') +
        '</table:table></office:text></office:body></office:document>',
    );
    const doc = (await read(fodt)).document as TextDocument;
    const runs: string[] = [];
    textDocumentToNode(doc).descendants((n) => {
      if (n.isText) runs.push(`${n.text!}:${n.marks.map((m) => (m.type.name === 'color' ? String(m.attrs.color) : m.type.name)).join('+')}`);
      return true;
    });
    expect(runs).toEqual(['Commune:bold+#ffffff', 'Population:bold+#ffffff', 'Tulle:#1f4e79', '14 811:#c00000']);
    // To DOCX the template is a Word table style holding that text formatting; the runs say only what differs.
    const bytes = await write(doc, 'docx');
    const docx = strFromU8(unzipSync(bytes)['word/document.xml']!);
    const styles = strFromU8(unzipSync(bytes)['word/styles.xml']!);
    expect(styles).toMatch(/<w:style w:type="table"[^>]*w:styleId="Titres">.*<w:rPr><w:color w:val="1F4E79"\/><\/w:rPr>.*<w:tblStylePr w:type="firstRow"><w:rPr><w:b\/><w:color w:val="FFFFFF"\/><\/w:rPr>/);
    expect(docx).toContain('<w:r><w:t xml:space="preserve">Commune</w:t></w:r>');
    expect(docx).toContain('<w:r><w:rPr><w:color w:val="C00000"/></w:rPr><w:t xml:space="preserve">14 811</w:t></w:r>');
    const back = (await read(bytes)).document as TextDocument;
    const backRuns: string[] = [];
    textDocumentToNode(back).descendants((n) => {
      if (n.isText) backRuns.push(`${n.text!}:${n.marks.map((m) => (m.type.name === 'color' ? String(m.attrs.color) : m.type.name)).join('+')}`);
      return true;
    });
    expect(backRuns).toEqual(runs);
  });
});

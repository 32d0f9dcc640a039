import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { textDocumentToNode, textSchema } from '@ostal/model';
import type { TableTemplate, TableWordStyle, TextDocument } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { read, write } from '../index.js';
import { expectSameDocument, miniDocx, roundTrip } from '../../../../test/support/text-docs.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';

const CORPUS = new URL('../../../../../shared/corpus/docx/', import.meta.url);

const part = (bytes: Uint8Array, name: string): string => strFromU8(unzipSync(bytes)[name]!);
const readDoc = async (bytes: Uint8Array): Promise<TextDocument> => (await read(bytes)).document as TextDocument;
const corpusDoc = async (): Promise<TextDocument> => readDoc(new Uint8Array(readFileSync(new URL('oxpt-ContentControlsNested.docx', CORPUS))));

function tables(doc: TextDocument): PMNode[] {
  const out: PMNode[] = [];
  textDocumentToNode(doc).descendants((n) => {
    if (n.type.name === 'table') out.push(n);
    return true;
  });
  return out;
}

/** Background of each cell of the first table, row by row. */
const backgrounds = (doc: TextDocument): unknown[][] => {
  const rows: unknown[][] = [];
  tables(doc)[0]!.forEach((row) => {
    const cells: unknown[] = [];
    row.forEach((c) => cells.push(c.attrs.background));
    rows.push(cells);
  });
  return rows;
};

/** Each text of the first table's first row (all rows with `all`) with its marks, colours as values. */
function headerText(doc: TextDocument, all = false): string[] {
  const out: string[] = [];
  const table = tables(doc)[0]!;
  (all ? table : table.child(0)).descendants((n) => {
    if (n.isText) out.push(`${n.text!}:${n.marks.map((m) => (m.type.name === 'color' ? String(m.attrs.color) : m.type.name)).join('+')}`);
    return true;
  });
  return out;
}

/** `w:tblPr` and every `w:tcPr` of the first table of a written DOCX. */
function tableProps(docx: Uint8Array): { tblPr: string; tcPr: string[] } {
  const body = part(docx, 'word/document.xml');
  const tbl = body.slice(body.indexOf('<w:tbl>'), body.indexOf('</w:tbl>'));
  return { tblPr: /<w:tblPr>.*?<\/w:tblPr>/.exec(tbl)![0], tcPr: [...tbl.matchAll(/<w:tcPr>.*?<\/w:tcPr>/g)].map((m) => m[0]) };
}

/** A blue header row, blue bands, a double line above the total (as Word's "Grid Table 4"). */
const STYLES =
  '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblCellMar>' +
  '<w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
  '<w:style w:type="table" w:styleId="Bleu"><w:name w:val="Bleu"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblStyleRowBandSize w:val="1"/>' +
  '<w:tblBorders><w:top w:val="single" w:sz="4" w:color="8EAADB"/><w:bottom w:val="single" w:sz="4" w:color="8EAADB"/><w:insideH w:val="single" w:sz="4" w:color="8EAADB"/></w:tblBorders></w:tblPr>' +
  '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:color w:val="FFFFFF"/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="4472C4"/></w:tcPr></w:tblStylePr>' +
  '<w:tblStylePr w:type="lastRow"><w:tcPr><w:tcBorders><w:top w:val="double" w:sz="4" w:color="4472C4"/></w:tcBorders></w:tcPr></w:tblStylePr>' +
  '<w:tblStylePr w:type="band1Horz"><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/></w:tcPr></w:tblStylePr></w:style>';
const tc = (text: string, tcPr = ''): string => `<w:tc><w:tcPr>${tcPr}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
const BUDGET =
  '<w:tbl><w:tblPr><w:tblStyle w:val="Bleu"/><w:tblLook w:val="0460"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="2000"/></w:tblGrid>' +
  [tc('Poste') + tc('Montant'), tc('Voirie') + tc('120', '<w:shd w:val="clear" w:fill="auto"/>'), tc('Écoles') + tc('80', '<w:shd w:val="clear" w:fill="FFF2CC"/>'), tc('Total') + tc('200')].map((r) => `<w:tr>${r}</w:tr>`).join('') +
  '</w:tbl><w:p/>';
const BUDGET_LOOK = [['#4472c4', '#4472c4'], ['#d9e2f3', null], [null, '#fff2cc'], [null, null]];
const budgetDoc = async (): Promise<TextDocument> => readDoc(miniDocx(BUDGET, STYLES));

describe('Word table styles kept as styles', () => {
  it('a corpus table (Grid Table 4) goes back to DOCX naming its style and look, its formats not repeated on the cells', async () => {
    const doc = await corpusDoc();
    expect(tables(doc)[0]!.attrs.wordStyle).toMatchObject({ styleId: 'GridTable4-Accent5', firstRow: true, firstColumn: true, lastRow: false, bandedRows: true, bandedColumns: false });
    // The editor still shows the style resolved: a blue header, blue bands.
    expect(backgrounds(doc).map((r) => r[1])).toEqual(['#4472c4', '#d9e2f3', null]);
    const docx = await write(doc, 'docx');
    const { tblPr, tcPr } = tableProps(docx);
    expect(tblPr).toContain('<w:tblStyle w:val="GridTable4-Accent5"/>');
    expect(tblPr).toMatch(/<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"\/><\/w:tblPr>$/);
    expect(tblPr).not.toContain('w:tblBorders');
    expect(tcPr.join('')).not.toMatch(/w:shd|w:tcBorders|w:tcMar/);
    // The style and the one it is based on are in styles.xml, neither as the default table style.
    const styles = part(docx, 'word/styles.xml');
    expect(styles).toContain('<w:style w:type="table" w:styleId="GridTable4-Accent5">');
    expect(styles).toContain('<w:style w:type="table" w:styleId="TableNormal">');
    expectSameDocument(doc, await readDoc(docx));
  });

  it('writes on the cells only what differs from the style: own shading, none over a band', async () => {
    const doc = await budgetDoc();
    expect(backgrounds(doc)).toEqual(BUDGET_LOOK);
    const docx = await write(doc, 'docx');
    const { tblPr, tcPr } = tableProps(docx);
    expect(tblPr).toContain('<w:tblLook w:val="0460" w:firstRow="1" w:lastRow="1" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>');
    const shading = tcPr.map((p) => /w:fill="(\w+)"/.exec(p)?.[1] ?? null);
    expect(shading).toEqual([null, null, null, 'auto', null, 'FFF2CC', null, null]);
    expect(tcPr.join('')).not.toContain('w:tcBorders');
    expectSameDocument(doc, await readDoc(docx));
  });

  it('gives a row added in the editor the style’s look, and a cell edited by hand its own', async () => {
    const budget = await budgetDoc();
    const node = textDocumentToNode(budget);
    const table = node.firstChild!;
    const { table_row: row, table_cell: cell, paragraph } = textSchema.nodes;
    const added = row!.create(null, [cell!.create(null, paragraph!.create(null, textSchema.text('Sports'))), cell!.create(null, paragraph!.create(null, textSchema.text('40')))]);
    // The first body cell turned green by hand.
    const first = table.child(1).child(0);
    const body = table.child(1);
    const edited = body.copy(body.content.replaceChild(0, first.type.create({ ...first.attrs, background: '#00ff00' }, first.content)));
    const rows = [table.child(0), edited, table.child(2), added, table.child(3)];
    const doc: TextDocument = { ...budget, content: node.copy(node.content.replaceChild(0, table.type.create(table.attrs, rows))).toJSON() };
    const back = await roundTrip(doc, 'docx');
    // The new row is the third body row, a first band again: shaded as the style says.
    expect(backgrounds(back)).toEqual([['#4472c4', '#4472c4'], ['#00ff00', null], [null, '#fff2cc'], ['#d9e2f3', '#d9e2f3'], [null, null]]);
    expect(tables(back)[0]!.attrs.wordStyle).toMatchObject({ styleId: 'Bleu' });
  });

  it('keeps the style’s bold white header text in the style, so switching “Header row” off in Word makes it plain', async () => {
    const plain = '<w:tc><w:p><w:r><w:rPr><w:b w:val="0"/><w:color w:val="FFFF00"/></w:rPr><w:t>Montant</w:t></w:r></w:p></w:tc>';
    const doc = await readDoc(miniDocx(BUDGET.replace(tc('Montant'), plain), STYLES));
    const docx = await write(doc, 'docx');
    const styles = part(docx, 'word/styles.xml');
    expect(styles).toContain('<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:color w:val="FFFFFF"/></w:rPr>');
    const body = part(docx, 'word/document.xml');
    // The header's text as the style gives it says nothing; the cell Word kept plain says so.
    expect(body).toContain('<w:r><w:t xml:space="preserve">Poste</w:t></w:r>');
    expect(body).toContain('<w:rPr><w:b w:val="0"/><w:color w:val="FFFF00"/></w:rPr><w:t xml:space="preserve">Montant</w:t>');
    expect(body).not.toMatch(/<w:b\/>/);
    const back = await readDoc(docx);
    expectSameDocument(doc, back);
    expect(headerText(back)).toEqual(['Poste:bold+#ffffff', 'Montant:#ffff00']);
    // Word's Table Design “Header row” unticked: the header text is the body's again.
    const unticked = await readDoc(miniDocx(body.slice(body.indexOf('<w:body>') + 8, body.indexOf('<w:sectPr')).replace(/<w:tblLook [^>]*\/>/, '<w:tblLook w:val="0440" w:firstRow="0" w:lastRow="1" w:noVBand="1"/>'), styles.slice(styles.indexOf('>', styles.indexOf('<w:styles')) + 1, styles.lastIndexOf('</w:styles>'))));
    expect(headerText(unticked)).toEqual(['Poste:', 'Montant:#ffff00']);
  });

  it('leaves a link’s colour in a styled header to the link: its runs say their own bold and colour', async () => {
    const link = '<w:tc><w:p><w:hyperlink w:anchor="postes"><w:r><w:t>Poste</w:t></w:r></w:hyperlink></w:p></w:tc>';
    const doc = await readDoc(miniDocx(BUDGET.replace(tc('Poste'), link), STYLES));
    const docx = await write(doc, 'docx');
    expect(part(docx, 'word/document.xml')).toMatch(/<w:hyperlink w:anchor="postes"><w:r><w:rPr><w:rStyle w:val="Hyperlink"\/><w:b\/><w:color w:val="FFFFFF"\/><\/w:rPr>/);
    expectSameDocument(doc, await readDoc(docx));
  });

  it('goes to ODT with its text formatting in the template where the text agrees, valid ODF 1.3', async () => {
    const budget = await budgetDoc();
    const plain = '<w:tc><w:p><w:r><w:rPr><w:b w:val="0"/><w:color w:val="FFFF00"/></w:rPr><w:t>Montant</w:t></w:r></w:p></w:tc>';
    const mixed = await readDoc(miniDocx(BUDGET.replace(tc('Montant'), plain), STYLES));
    const header = /<style:style style:name="Word_Bleu.first-row"[^>]*>.*?<\/style:style>/;
    for (const [doc, text] of [[budget, '<style:text-properties fo:font-weight="bold" fo:color="#ffffff"/>'], [mixed, '<style:text-properties fo:color="#ffffff"/>']] as const) {
      const odt = await write(doc, 'odt');
      expect(odfSchemaErrors(odt)).toEqual([]);
      // A header run Word keeps plain keeps the bold out of the template: an ODF reader would make it bold.
      expect(header.exec(part(odt, 'styles.xml'))![0]).toContain(text);
      expect(headerText(await readDoc(odt), true)).toEqual(headerText(doc, true));
    }
  });

  it('opens in LibreOffice with the style’s look', async () => {
    const doc = await budgetDoc();
    const fodt = libreofficeConvertBytes(await write(doc, 'docx'), 'budget.docx', 'fodt');
    const back = await readDoc(new Uint8Array(fodt));
    expect(backgrounds(back)).toEqual(BUDGET_LOOK);
  }, 120_000);

  it('goes to ODT as a table template LibreOffice can name, valid ODF 1.3, the cells unchanged', async () => {
    const doc = await corpusDoc();
    const odt = await write(doc, 'odt');
    expect(odfSchemaErrors(odt)).toEqual([]);
    const styles = part(odt, 'styles.xml');
    expect(styles).toMatch(/<table:table-template table:name="Grid Table 4 Accent 5"[^>]*><table:first-row table:style-name="Word_GridTable4-Accent5.first-row"\/>/);
    expect(styles).toContain('<style:style style:name="Word_GridTable4-Accent5.first-row" style:family="table-cell"><style:table-cell-properties fo:background-color="#4472c4"/>');
    const back = await readDoc(odt);
    expect(tables(back)[0]!.attrs.template).toMatchObject({ name: 'Grid Table 4 Accent 5', firstRow: true, firstColumn: true, bandingRows: true, bandingColumns: false } satisfies Partial<TableTemplate>);
    expect(backgrounds(back)).toEqual(backgrounds(doc));
  });

  it('shares no id with a paragraph style: the first to be written keeps it', async () => {
    const para = '<w:p><w:pPr><w:pStyle w:val="P1"/></w:pPr><w:r><w:t>Budget</w:t></w:r></w:p>';
    const styles = `${STYLES}<w:style w:type="paragraph" w:styleId="P1"><w:name w:val="Bleu"/></w:style>`;
    for (const [body, styled] of [[para + BUDGET, false], [BUDGET + para, true]] as const) {
      const docx = await write(await readDoc(miniDocx(body, styles)), 'docx');
      expect(part(docx, 'word/styles.xml').match(/w:styleId="Bleu"/g)).toHaveLength(1);
      const { tblPr, tcPr } = tableProps(docx);
      expect(tblPr.includes('<w:tblStyle w:val="Bleu"/>')).toBe(styled);
      // Unstyled, the table carries its look on its cells.
      expect(tcPr.filter((p) => p.includes('w:fill="4472C4"'))).toHaveLength(styled ? 0 : 2);
      expect(backgrounds(await readDoc(docx))).toEqual(BUDGET_LOOK);
    }
  });

  it('is dropped, the table written as before, when its definition no longer reads', async () => {
    const budget = await budgetDoc();
    const node = textDocumentToNode(budget);
    const table = node.firstChild!;
    const broken: TableWordStyle = { ...(table.attrs.wordStyle as TableWordStyle), source: ['<w:style'] };
    const doc: TextDocument = { ...budget, content: node.copy(node.content.replaceChild(0, table.type.create({ ...table.attrs, wordStyle: broken }, table.content))).toJSON() };
    const docx = await write(doc, 'docx');
    const { tblPr, tcPr } = tableProps(docx);
    expect(tblPr).not.toContain('w:tblStyle');
    expect(tcPr.filter((p) => p.includes('w:fill="4472C4"'))).toHaveLength(2);
    expect(backgrounds(await readDoc(docx))).toEqual(backgrounds(doc));
  });
});

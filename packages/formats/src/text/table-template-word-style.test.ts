import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { textDocumentToNode } from '@ostal/model';
import type { TableWordStyle, TextDocument } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { read, write } from '../index.js';
import { libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';

const NSS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"';
const cellStyle = (name: string, props: string, text = ''): string =>
  `<style:style style:name="${name}" style:family="table-cell"><style:table-cell-properties ${props}/>${text ? `<style:text-properties ${text}/>` : ''}</style:style>`;
const row = (...cells: string[]): string => `<table:table-row>${cells.map((c) => (c.startsWith('<') ? c : `<table:table-cell><text:p>${c}</text:p></table:table-cell>`)).join('')}</table:table-row>`;

/**
 * A flat ODT with a LibreOffice table style: a dark blue bold white header, a grey total row,
 * light blue odd rows over a white body with thin grey lines; the table uses the first and last
 * row and banded rows, and B3 has its own yellow.
 */
function templateFodt(): Uint8Array {
  return strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><office:document ${NSS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text"><office:styles>` +
      cellStyle('Bleu.1', 'fo:background-color="#1f4e79" fo:border="0.5pt solid #808080"', 'fo:font-weight="bold" fo:color="#ffffff"') +
      cellStyle('Bleu.2', 'fo:background-color="#d9d9d9" fo:border="0.5pt solid #808080"', 'fo:font-weight="bold"') +
      cellStyle('Bleu.5', 'fo:background-color="#deeaf6" fo:border="0.5pt solid #808080"') +
      cellStyle('Bleu.9', 'fo:background-color="#ffffff" fo:border="0.5pt solid #808080"') +
      '<table:table-template table:name="Bleu sobre" table:first-row-start-column="row" table:first-row-end-column="row" table:last-row-start-column="row" table:last-row-end-column="row">' +
      '<table:first-row table:style-name="Bleu.1"/><table:last-row table:style-name="Bleu.2"/><table:body table:style-name="Bleu.9"/><table:odd-rows table:style-name="Bleu.5"/></table:table-template>' +
      '</office:styles><office:automatic-styles>' + cellStyle('Own', 'fo:background-color="#ffff00" fo:border="0.5pt solid #808080"') + '</office:automatic-styles><office:body><office:text>' +
      '<table:table table:name="T1" table:template-name="Bleu sobre" table:use-first-row-styles="true" table:use-last-row-styles="true" table:use-banding-rows-styles="true">' +
      '<table:table-column table:number-columns-repeated="2"/>' +
      row('Commune', 'Habitants') + row('Tulle', '14 811') + row('Ussel', '<table:table-cell table:style-name="Own"><text:p>9 655</text:p></table:table-cell>') + row('Brive', '46 961') + row('Total', '71 427') +
      '</table:table></office:text></office:body></office:document>',
  );
}

const part = (bytes: Uint8Array, name: string): string => strFromU8(unzipSync(bytes)[name]!);
const readDoc = async (bytes: Uint8Array): Promise<TextDocument> => (await read(bytes)).document as TextDocument;

function firstTable(doc: TextDocument): PMNode {
  let found: PMNode | undefined;
  textDocumentToNode(doc).descendants((n) => {
    if (n.type.name === 'table') found ??= n;
    return !found;
  });
  return found!;
}

/** Background of each cell of the first table, row by row. */
function backgrounds(doc: TextDocument): (string | null)[][] {
  const out: (string | null)[][] = [];
  firstTable(doc).forEach((r) => {
    const cells: (string | null)[] = [];
    r.forEach((c) => cells.push(c.attrs.background as string | null));
    out.push(cells);
  });
  return out;
}

/** Each text of the first table with its bold and colour. */
function texts(doc: TextDocument): string[] {
  const out: string[] = [];
  firstTable(doc).descendants((n) => {
    if (n.isText) out.push(`${n.text!}:${n.marks.map((m) => (m.type.name === 'color' ? String(m.attrs.color) : m.type.name)).join('+')}`);
    return true;
  });
  return out;
}

const EXPECTED = [
  ['#1f4e79', '#1f4e79'],
  ['#deeaf6', '#deeaf6'],
  ['#ffffff', '#ffff00'],
  ['#deeaf6', '#deeaf6'],
  ['#d9d9d9', '#d9d9d9'],
];

describe('ODF table templates as Word table styles', () => {
  it('go to DOCX as a table style of the same name, its regions and look, the cells carrying only what differs', async () => {
    const doc = await readDoc(templateFodt());
    expect(backgrounds(doc)).toEqual(EXPECTED);
    const docx = await write(doc, 'docx');
    const body = part(docx, 'word/document.xml');
    const styles = part(docx, 'word/styles.xml');
    expect(body).toMatch(/<w:tblPr><w:tblStyle w:val="Bleusobre"\/>.*<w:tblLook w:val="0460" w:firstRow="1" w:lastRow="1" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"\/><\/w:tblPr>/);
    expect(body).not.toContain('w:tblBorders');
    // Only Ussel's own yellow is written on a cell: the rest is the style's.
    expect([...body.matchAll(/<w:tcPr>.*?<\/w:tcPr>/g)].map((m) => m[0]).filter((tcPr) => /w:shd|w:tcBorders|w:tcMar/.test(tcPr))).toEqual([expect.stringContaining('w:fill="FFFF00"')]);
    const style = /<w:style w:type="table"[^>]*w:styleId="Bleusobre">.*?<\/w:style>/.exec(styles)![0];
    expect(style).toContain('<w:name w:val="Bleu sobre"/>');
    // ECMA-376 order: CT_Style (name, uiPriority, rPr, tblPr, tcPr, tblStylePr), CT_TblStylePr (rPr, tcPr), CT_TcPr (tcBorders, shd).
    expect(style).toMatch(/^<w:style [^>]*><w:name [^>]*\/><w:uiPriority [^>]*\/><w:tblPr><w:tblStyleRowBandSize w:val="1"\/><w:tblBorders>.*<\/w:tblBorders><\/w:tblPr><w:tcPr><w:shd [^>]*w:fill="FFFFFF"\/><\/w:tcPr><w:tblStylePr w:type="firstRow">/);
    expect(style).toContain('<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:color w:val="FFFFFF"/></w:rPr><w:tcPr>');
    expect(body).toContain('<w:r><w:t xml:space="preserve">Commune</w:t></w:r>');
    expect(style).toMatch(/<w:tblStylePr w:type="band1Horz">(<w:rPr>.*?<\/w:rPr>)?<w:tcPr><w:tcBorders>.*?<\/w:tcBorders><w:shd [^>]*w:fill="DEEAF6"\/><\/w:tcPr><\/w:tblStylePr>/);
    const back = await readDoc(docx);
    expect(backgrounds(back)).toEqual(EXPECTED);
    expect(firstTable(back).attrs.wordStyle as TableWordStyle).toMatchObject({ styleId: 'Bleusobre', firstRow: true, lastRow: true, bandedRows: true, firstColumn: false, lastColumn: false, bandedColumns: false });
    expect(texts(back)).toEqual(texts(doc));
  });

  it('give a corner the template gives its column to Word’s corner region, and keep the look through DOCX', async () => {
    const fodt = strFromU8(templateFodt())
      .replace('table:first-row-start-column="row"', 'table:first-row-start-column="column"')
      .replace('<table:body ', '<table:first-column table:style-name="Col"/><table:body ')
      .replace('</office:styles>', `${cellStyle('Col', 'fo:background-color="#c00000"', 'fo:color="#ffff00"')}</office:styles>`)
      .replace('table:use-first-row-styles="true"', 'table:use-first-row-styles="true" table:use-first-column-styles="true"');
    const doc = await readDoc(strToU8(fodt));
    // The first row's corner takes the column's shading and colour, and the row's bold; the last row's stays the row's.
    expect(backgrounds(doc).map((r) => r[0])).toEqual(['#c00000', '#c00000', '#c00000', '#c00000', '#d9d9d9']);
    expect(texts(doc)[0]).toBe('Commune:bold+#ffff00');
    const docx = await write(doc, 'docx');
    expect(part(docx, 'word/styles.xml')).toMatch(/<w:tblStylePr w:type="nwCell"><w:rPr><w:color w:val="FFFF00"\/><\/w:rPr><w:tcPr><w:shd [^>]*w:fill="C00000"\/><\/w:tcPr><\/w:tblStylePr>/);
    const back = await readDoc(docx);
    expect(backgrounds(back)).toEqual(backgrounds(doc));
    expect(texts(back)).toEqual(texts(doc));
    expect(part(docx, 'word/document.xml')).not.toMatch(/w:shd w:val="clear" w:color="auto" w:fill="C00000"/);
  });

  it('open in LibreOffice with the template’s look: shading, and the bold white header text the style gives', async () => {
    const doc = await readDoc(templateFodt());
    const fodt = libreofficeConvertBytes(await write(doc, 'docx'), 'communes.docx', 'fodt');
    const back = await readDoc(new Uint8Array(fodt));
    expect(backgrounds(back)).toEqual(EXPECTED);
    // The header's bold white text comes from the style alone (its runs say nothing): LibreOffice applies it.
    expect(texts(back)).toEqual(texts(doc));
  }, 120_000);
});

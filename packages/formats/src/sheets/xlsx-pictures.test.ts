/**
 * Pictures of XLSX drawings: read into Sheet.images (anchor cell and offset, own size, name, alt
 * text), so XLSX -> ODS keeps them; pictures from ODS written into XLSX drawings (new drawing, or
 * appended to a kept one), so ODS -> XLSX keeps them; LibreOffice sees them on both sides.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { WORKBOOK_VERSION, sheetFromGrid } from '@ostal/model';
import type { SheetImage, Workbook } from '@ostal/model';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { libreofficeConvert, libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { read, write } from '../api.js';
import { conversionLosses } from './sheet-conversion-losses.js';

const corpus = (name: string): Uint8Array => new Uint8Array(readFileSync(path.resolve(import.meta.dirname, '../../../../../shared/corpus/xlsx', name)));

/** A real 2x2 PNG. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==';

const logo: SheetImage = {
  anchor: { from: { row: 1, col: 1, dx: 4, dy: 2 }, to: { row: 6, col: 3, dx: 10 } },
  size: { width: 120, height: 80 },
  mediaType: 'image/png',
  base64: PNG,
  name: 'Logo de la mairie',
  description: 'Blason de la commune',
};

function odsBook(images: SheetImage[] = [logo]): Workbook {
  return {
    kind: 'workbook',
    version: WORKBOOK_VERSION,
    meta: {},
    sheets: [{ ...sheetFromGrid('Accueil', [[{ value: 'Mairie' }]]), columns: [{ first: 0, last: 0, width: 100 }], images }],
  };
}

async function readBook(bytes: Uint8Array): Promise<Workbook> {
  return (await read(bytes)).document as Workbook;
}

describe('XLSX pictures read into the model', () => {
  it('reads place, size, name, alternative text and bytes, tied to the kept drawing', async () => {
    const book = await readBook(corpus('tika-testEXCEL_1img.xlsx'));
    const [image] = book.sheets[0]!.images!;
    expect(image).toMatchObject({
      anchor: { from: { row: 11, col: 0 }, to: { row: 14, col: 2, dx: 45.75, dy: 3 } },
      size: { width: 141.75, height: 41.25 },
      mediaType: 'image/png',
      name: 'Picture 1',
      description: 'alfresco-logo.png',
      keptId: '2',
    });
    expect(book.sheets[0]!.drawing?.images).toEqual(['2']);
    // The kept drawing holds it already: nothing is added, and nothing is reported lost.
    const again = await readBook(await write(book, 'xlsx'));
    expect(again.sheets[0]!.images).toEqual(book.sheets[0]!.images);
    expect(conversionLosses(book, 'ods')).toEqual([]);
  });

  it('keeps the pictures of an XLSX in ODS (valid ODF) and LibreOffice shows them', async () => {
    const book = await readBook(corpus('calamine-picture.xlsx'));
    const ods = await write(book, 'ods');
    expect(odfSchemaErrors(ods)).toEqual([]);
    const back = await readBook(ods);
    const strip = (i: SheetImage): unknown => ({ from: i.anchor.from, size: i.size, name: i.name, mediaType: i.mediaType, base64: i.base64 });
    expect(back.sheets.map((s) => (s.images ?? []).map(strip))).toEqual(book.sheets.map((s) => (s.images ?? []).map(strip)));
    const fods = libreofficeConvert(ods, 'pictures.ods', 'fods');
    expect((fods.match(/<draw:frame [^>]*draw:name="图片 2"/g) ?? []).length).toBe(2);
    // Their own size (409.6 pt square), whatever LibreOffice's default column width.
    const width = /<draw:frame [^>]*svg:width="([\d.]+)(in|cm)"/.exec(fods)!;
    expect(Number(width[1]) * (width[2] === 'in' ? 72 : 72 / 2.54)).toBeCloseTo(409.6, 0);
  });

  it('reads one-cell and absolute anchors with the sheet column widths', async () => {
    const files = unzipSync(await write(odsBook(), 'xlsx'));
    const drawing = strFromU8(files['xl/drawings/drawing1.xml']!);
    const pic = /<xdr:pic>[\s\S]*<\/xdr:pic>/.exec(drawing)![0];
    const one = `<xdr:oneCellAnchor><xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="1270000" cy="254000"/>${pic}<xdr:clientData/></xdr:oneCellAnchor>`;
    const abs = `<xdr:absoluteAnchor><xdr:pos x="1397000" y="0"/><xdr:ext cx="635000" cy="635000"/>${pic.replace('id="2"', 'id="3"')}<xdr:clientData/></xdr:absoluteAnchor>`;
    files['xl/drawings/drawing1.xml'] = strToU8(drawing.replace(/<xdr:oneCellAnchor[\s\S]*<\/xdr:oneCellAnchor>/, one + abs));
    const [a, b] = (await readBook(zipSync(files))).sheets[0]!.images!;
    // Column A is 99.75 pt wide (100 pt in whole pixels of Excel's characters), the others Excel's 48 pt; rows 15 pt.
    expect(a).toMatchObject({ anchor: { from: { row: 2, col: 1 }, to: { row: 3, col: 3, dx: 4, dy: 5 } }, size: { width: 100, height: 20 }, keptId: '2' });
    expect(b).toMatchObject({ anchor: { from: { row: 0, col: 1, dx: 10.25 }, to: { row: 3, col: 2, dx: 12.25, dy: 5 } }, size: { width: 50, height: 50 }, keptId: '3' });
  });
});

describe('pictures written into XLSX drawings', () => {
  it('keeps the pictures of an ODS in XLSX, and LibreOffice shows them', async () => {
    const xlsx = await write(odsBook(), 'xlsx');
    const files = unzipSync(xlsx);
    expect(Buffer.from(files['xl/media/ostal-image1.png']!).toString('base64')).toBe(PNG);
    expect(strFromU8(files['[Content_Types].xml']!)).toContain('PartName="/xl/media/ostal-image1.png" ContentType="image/png"');
    const drawing = strFromU8(files['xl/drawings/drawing1.xml']!);
    expect(drawing).toContain('<xdr:cNvPr id="2" name="Logo de la mairie" descr="Blason de la commune"/>');
    expect(drawing).toContain('<a:ext cx="1524000" cy="1016000"/>');
    const [image] = (await readBook(xlsx)).sheets[0]!.images!;
    expect(image).toMatchObject({ anchor: { from: logo.anchor.from }, size: logo.size, mediaType: 'image/png', base64: PNG, name: logo.name, description: logo.description, keptId: '2' });
    expect(conversionLosses(odsBook(), 'xlsx')).toEqual([]);
    const fods = libreofficeConvert(xlsx, 'picture.xlsx', 'fods');
    expect(fods).toMatch(/<draw:frame [^>]*draw:name="Logo de la mairie"/);
    expect(fods).toContain('Blason de la commune');
    expect(fods).toContain('<office:binary-data>');
  });

  it('anchors an inserted picture at one cell with its own size, which LibreOffice keeps', async () => {
    // Column A is 100 pt wide: LibreOffice (64 pt default columns) and Excel (48 pt) would size a
    // two-cell anchor's picture differently; a one-cell anchor carries the size itself.
    const wide = { ...logo, anchor: { from: { row: 2, col: 1, dx: 3 }, to: { row: 3, col: 2 } }, size: { width: 150, height: 90 } };
    const xlsx = await write(odsBook([wide]), 'xlsx');
    const drawing = strFromU8(unzipSync(xlsx)['xl/drawings/drawing1.xml']!);
    expect(drawing).not.toContain('twoCellAnchor');
    expect(drawing).toMatch(
      /<xdr:oneCellAnchor><xdr:from><xdr:col>1<\/xdr:col><xdr:colOff>38100<\/xdr:colOff><xdr:row>2<\/xdr:row><xdr:rowOff>0<\/xdr:rowOff><\/xdr:from><xdr:ext cx="1905000" cy="1143000"\/><xdr:pic>/,
    );
    const [back] = (await readBook(xlsx)).sheets[0]!.images!;
    expect(back).toMatchObject({ anchor: { from: { row: 2, col: 1, dx: 3 } }, size: { width: 150, height: 90 } });
    const content = strFromU8(unzipSync(new Uint8Array(libreofficeConvertBytes(xlsx, 'inserted.xlsx', 'ods')))['content.xml']!);
    const frame = /<draw:frame [^>]*draw:name="Logo de la mairie"[^>]*>/.exec(content)?.[0] ?? '';
    const pt = (name: string): number => {
      const m = new RegExp(`svg:${name}="([\\d.]+)(in|cm|mm|pt)"`).exec(frame)!;
      return Number(m[1]) * { in: 72, cm: 72 / 2.54, mm: 72 / 25.4, pt: 1 }[m[2] as 'in' | 'cm' | 'mm' | 'pt'];
    };
    expect(Math.abs(pt('width') / 150 - 1)).toBeLessThan(0.01);
    expect(Math.abs(pt('height') / 90 - 1)).toBeLessThan(0.01);
  }, 180_000);

  it('appends new pictures to a kept drawing, and drops the kept pictures the user removed', async () => {
    const book = await readBook(corpus('calamine-picture.xlsx'));
    const [first, second] = book.sheets;
    const added = { ...book, sheets: [{ ...first!, images: [...first!.images!, logo] }, second!] };
    const out = unzipSync(await write(added, 'xlsx'));
    const back = await readBook(await write(added, 'xlsx'));
    expect(back.sheets[0]!.images!.map((i) => i.name)).toEqual(['图片 2', 'Logo de la mairie']);
    expect(Object.keys(out).filter((n) => n.startsWith('xl/media/')).sort()).toEqual(['xl/media/image1.jpg', 'xl/media/image2.png', 'xl/media/ostal-image1.png']);
    const removed = { ...book, sheets: [{ ...first!, images: [] }, second!] };
    const left = unzipSync(await write(removed, 'xlsx'));
    const again = await readBook(await write(removed, 'xlsx'));
    expect(again.sheets[0]!.images).toBeUndefined();
    expect(again.sheets[1]!.images).toHaveLength(1);
    expect(Object.keys(left).filter((n) => n.startsWith('xl/media/'))).toEqual(['xl/media/image2.png']);
  });

  it('leaves out and reports an SVG picture, which XLSX shows only beside a PNG', async () => {
    const svg = { ...logo, mediaType: 'image/svg+xml', base64: btoa('<svg xmlns="http://www.w3.org/2000/svg"/>') };
    expect(conversionLosses(odsBook([svg]), 'xlsx').map((d) => d.code)).toEqual(['image-dropped']);
    expect(Object.keys(unzipSync(await write(odsBook([svg]), 'xlsx'))).some((n) => n.startsWith('xl/media/'))).toBe(false);
  });
});

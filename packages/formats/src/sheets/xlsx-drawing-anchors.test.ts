/**
 * Charts and pictures of a kept XLSX drawing moved or resized in Ostal: the saved file has them
 * where the model put them (read back by Ostal and by LibreOffice); untouched ones stay as the
 * file had them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { WORKBOOK_VERSION, sheetFromGrid } from '@ostal/model';
import type { ChartAnchor, Workbook } from '@ostal/model';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';
import { read, write } from '../api.js';

const corpus = (name: string): Uint8Array => new Uint8Array(readFileSync(path.resolve(import.meta.dirname, '../../../../../shared/corpus/xlsx', name)));

async function readBook(bytes: Uint8Array, format: 'xlsx' | 'ods' = 'xlsx'): Promise<Workbook> {
  return (await read(bytes, { format })).document as Workbook;
}

function drawingXml(bytes: Uint8Array): string {
  const files = unzipSync(bytes);
  const name = Object.keys(files).find((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n));
  return name ? strFromU8(files[name]!) : '';
}

describe('moved charts of a kept XLSX drawing', () => {
  it('are saved at their new anchor, the others untouched', async () => {
    const book = await readBook(corpus('odrtest-xlsx-sample.xlsx'));
    const index = book.sheets.findIndex((s) => (s.charts ?? []).some((c) => c.keptPart));
    expect(index).toBeGreaterThanOrEqual(0);
    const sheet = book.sheets[index]!;
    const before = drawingXml(await write(book, 'xlsx'));
    const moved: ChartAnchor = { from: { row: 20, col: 4, dx: 7.5 }, to: { row: 35, col: 9, dy: 3 } };
    const charts = sheet.charts!.map((c, i) => (i === 0 ? { ...c, anchor: moved } : c));
    const changed: Workbook = { ...book, sheets: book.sheets.map((s, i) => (i === index ? { ...s, charts } : s)) };
    const bytes = await write(changed, 'xlsx');
    const back = (await readBook(bytes)).sheets[index]!.charts!;
    expect(back[0]!.anchor).toEqual(moved);
    expect(back[0]!.keptPart).toBe(sheet.charts![0]!.keptPart);
    // The other charts are where they were.
    expect(back.slice(1).map((c) => c.anchor)).toEqual(sheet.charts!.slice(1).map((c) => c.anchor));
    // Nothing moved: the drawing part is written as it was read.
    expect(drawingXml(await write(book, 'xlsx'))).toBe(before);
    // LibreOffice finds the chart at its new place.
    const lo = await readBook(new Uint8Array(libreofficeConvertBytes(bytes, 'moved.xlsx', 'ods')), 'ods');
    const froms = (lo.sheets[index]!.charts ?? []).map((c) => `${String(c.anchor.from.row)}:${String(c.anchor.from.col)}`);
    expect(froms).toContain('20:4');
  });
});

describe('moved pictures of a kept XLSX drawing', () => {
  it('are saved at their new anchor and size', async () => {
    const book = await readBook(corpus('tika-testEXCEL_1img.xlsx'));
    const image = book.sheets[0]!.images![0]!;
    const moved = { ...image, anchor: { from: { row: 2, col: 3 }, to: { row: 8, col: 6 } }, size: { width: 200, height: 60 } };
    const bytes = await write({ ...book, sheets: [{ ...book.sheets[0]!, images: [moved] }, ...book.sheets.slice(1)] }, 'xlsx');
    const back = (await readBook(bytes)).sheets[0]!.images![0]!;
    expect(back.anchor.from).toEqual({ row: 2, col: 3 });
    expect(back.size).toEqual({ width: 200, height: 60 });
    expect(back.keptId).toBe(image.keptId);
    // Read with a two-cell anchor: written back two-cell, with its editAs.
    expect(drawingXml(bytes)).toMatch(/<xdr:twoCellAnchor editAs="oneCell">/);
  });

  it('writes a picture read with a one-cell anchor back one-cell, with its new size', async () => {
    const png = 'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==';
    const inserted: Workbook = {
      kind: 'workbook',
      version: WORKBOOK_VERSION,
      meta: {},
      sheets: [{ ...sheetFromGrid('Feuille1', [[{ value: 1 }]]), images: [{ anchor: { from: { row: 1, col: 1 }, to: { row: 4, col: 3 } }, size: { width: 80, height: 40 }, mediaType: 'image/png', base64: png }] }],
    };
    const book = await readBook(await write(inserted, 'xlsx'));
    const image = book.sheets[0]!.images![0]!;
    expect(image.keptId).toBeDefined();
    const moved = { ...image, anchor: { from: { row: 5, col: 2, dx: 6 }, to: { row: 9, col: 5 } }, size: { width: 160, height: 90 } };
    const drawing = drawingXml(await write({ ...book, sheets: [{ ...book.sheets[0]!, images: [moved] }] }, 'xlsx'));
    expect(drawing).not.toContain('twoCellAnchor');
    expect(drawing).not.toContain('editAs');
    expect(drawing).toContain('<xdr:from><xdr:col>2</xdr:col><xdr:colOff>76200</xdr:colOff><xdr:row>5</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="2032000" cy="1143000"/>');
    expect(drawing.match(/<xdr:ext\b/g)).toHaveLength(1);
  });
});

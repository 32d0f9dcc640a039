/** Charts and images of xlsx worksheets survive xlsx round trips verbatim; other formats say they drop them. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { WORKBOOK_VERSION } from '@ostal/model';
import type { Workbook } from '@ostal/model';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { libreofficeConvert } from '../../../../test/support/libreoffice.js';
import { conversionLosses, read, write } from '../index.js';

const corpus = (name: string): Uint8Array => new Uint8Array(readFileSync(path.resolve(__dirname, '../../../../../shared/corpus', name)));

describe.each(['xlsx/calamine-picture.xlsx', 'xlsx/poi-simple-monthly-budget.xlsx'])('%s', (file) => {
  it('writes the drawing parts back byte for byte, with their relationships', async () => {
    const source = unzipSync(corpus(file));
    const result = await read(corpus(file));
    expect(result.diagnostics.map((d) => d.code)).toContain('drawing-kept');
    const out = unzipSync(await write(result.document, 'xlsx'));
    const kept = (result.document as Workbook).sheets.flatMap((s) => s.drawing?.parts.map((p) => p.name) ?? []);
    expect(kept.some((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))).toBe(true);
    expect(kept.some((n) => /^xl\/(charts|media)\//.test(n))).toBe(true);
    for (const name of kept) expect(out[name], name).toEqual(source[name]);
    const sheets = Object.keys(out).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect(sheets.some((s) => /<drawing r:id="rId3"\/>/.test(strFromU8(out[s]!)))).toBe(true);
  });

  it('LibreOffice still sees the drawing in the xlsx Ostal writes', async () => {
    const before = libreofficeConvert(corpus(file), 'before.xlsx', 'fods');
    const after = libreofficeConvert(await write((await read(corpus(file))).document, 'xlsx'), 'after.xlsx', 'fods');
    const frames = (fods: string): number => (fods.match(/<draw:frame /g) ?? []).length;
    expect(frames(before)).toBeGreaterThan(0);
    expect(frames(after)).toBe(frames(before));
  });

  it('reports the drawing as dropped when converting to ods, unless the model holds all of it (pictures)', async () => {
    const wb = (await read(corpus(file))).document as Workbook;
    const codes = conversionLosses(wb, 'ods').map((d) => d.code);
    if (file.includes('picture')) expect(codes).not.toContain('drawing-dropped');
    else expect(codes).toContain('drawing-dropped');
    expect(conversionLosses(wb, 'xlsx')).toEqual([]);
  });
});

describe('a hostile kept drawing', () => {
  it('never writes a second copy of a part Ostal writes itself', async () => {
    const sheet = { name: 'S', rows: [[{ value: 1 }]] };
    const evil = { name: 'xl/worksheets/sheet1.xml', contentType: 'application/xml', base64: btoa('<x/>') };
    const drawing = { name: 'xl/drawings/drawing1.xml', contentType: 'application/vnd.openxmlformats-officedocument.drawing+xml', base64: btoa('<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>') };
    const book: Workbook = { kind: 'workbook', version: WORKBOOK_VERSION, meta: {}, sheets: [{ ...sheet, drawing: { format: 'xlsx', parts: [drawing, evil, { ...evil, name: '../escape.xml' }] } }] };
    const bytes = await write(book, 'xlsx');
    const names = strFromU8(bytes, true).match(/xl\/worksheets\/sheet1\.xml(?!\.rels)/g) ?? [];
    // One local header and one central directory entry.
    expect(names.length).toBe(2);
    expect(strFromU8(bytes, true)).not.toContain('escape.xml');
    const back = (await read(bytes)).document as Workbook;
    expect(back.sheets[0]?.rows).toEqual(sheet.rows);
  });
});

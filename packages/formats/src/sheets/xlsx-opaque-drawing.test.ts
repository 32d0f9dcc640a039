/** Charts and images of xlsx worksheets survive xlsx round trips verbatim; other formats say they drop them. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
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

  it('reports the drawing as dropped when converting to ods', async () => {
    const wb = (await read(corpus(file))).document as Workbook;
    expect(conversionLosses(wb, 'ods').map((d) => d.code)).toContain('drawing-dropped');
    expect(conversionLosses(wb, 'xlsx')).toEqual([]);
  });
});

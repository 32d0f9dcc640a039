/**
 * An XLSX chart whose series have no colour of their own takes the theme's accents, as Excel
 * does; Ostal's XLSX carries Office's theme so that LibreOffice draws such bars filled (without
 * a theme part it draws them empty).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sheetFromGrid } from '@ostal/model';
import type { Chart, ChartRef, Workbook } from '@ostal/model';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';
import { read, write } from '../api.js';

const col = (c: number): ChartRef => ({ sheet: 'Ventes', range: { top: 1, left: c, bottom: 4, right: c } });
const chart: Chart = {
  type: 'column',
  legend: 'right',
  anchor: { from: { row: 0, col: 3 }, to: { row: 20, col: 12 } },
  series: [{ name: 'Montant', categories: col(0), values: col(1), cachedCategories: ['T1', 'T2', 'T3', 'T4'], cachedValues: [4, 8, 6, 9] }],
};
const grid = [['Trimestre', 'Montant'], ['T1', 4], ['T2', 8], ['T3', 6], ['T4', 9]].map((r) => r.map((v) => ({ value: v })));
const book: Workbook = { kind: 'workbook', version: 2, meta: {}, sheets: [{ ...sheetFromGrid('Ventes', grid), charts: [chart] }] };

/** Pixels of a PDF's pages (40 dpi, pdftoppm) whose channels differ by more than 60: colour, not grey. */
function colouredPixels(pdf: Buffer): number {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ostal-ppm-'));
  try {
    writeFileSync(path.join(dir, 'in.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', '40', path.join(dir, 'in.pdf'), path.join(dir, 'page')]);
    let n = 0;
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.ppm'))) {
      const data = readFileSync(path.join(dir, f));
      // P6 header: magic, width height, max value, each followed by one whitespace byte.
      let at = 0;
      for (let fields = 0; fields < 4; at += 1) if (/\s/.test(String.fromCharCode(data[at]!)) && !/\s/.test(String.fromCharCode(data[at - 1] ?? 32))) fields += 1;
      for (let i = at; i + 2 < data.length; i += 3) if (Math.max(data[i]!, data[i + 1]!, data[i + 2]!) - Math.min(data[i]!, data[i + 1]!, data[i + 2]!) > 60) n += 1;
    }
    return n;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the theme of an XLSX Ostal writes', () => {
  it('is Office’s, named by the workbook, and leaves the chart read back as it was', async () => {
    const bytes = await write(book, 'xlsx');
    const zip = unzipSync(bytes);
    expect(strFromU8(zip['xl/_rels/workbook.xml.rels']!)).toContain('Target="theme/theme1.xml"');
    expect(strFromU8(zip['[Content_Types].xml']!)).toContain('PartName="/xl/theme/theme1.xml"');
    const theme = strFromU8(zip['xl/theme/theme1.xml']!);
    expect(theme).toMatch(/<a:accent1><a:srgbClr val="4472C4"\/>/);
    const back = (await read(bytes, { format: 'xlsx' })).document as Workbook;
    expect(back.sheets[0]!.charts).toEqual([expect.objectContaining({ type: 'column', series: [expect.not.objectContaining({ color: expect.anything() })] })]);
  });

  it('lets LibreOffice draw the bars of a series without its own colour filled', async () => {
    const pdf = libreofficeConvertBytes(await write(book, 'xlsx'), 'ventes.xlsx', 'pdf');
    // Only the chart's bars and legend key are in colour on these pages.
    expect(colouredPixels(pdf)).toBeGreaterThan(500);
  }, 180_000);
});

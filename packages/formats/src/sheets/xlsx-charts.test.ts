import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartFromRange, formatChartRef, sheetFromGrid } from '@ostal/model';
import type { Workbook } from '@ostal/model';
import { read, write } from '../api.js';
import { ZipArchive } from '../container/zip-reader.js';
import { DEFAULT_LIMITS } from '../limits.js';

const corpus = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../../../../../shared/corpus/${name}`, import.meta.url)));

function workbookWithChart(type: 'column' | 'pie' | 'line' | 'bar' = 'column'): Workbook {
  const sheet = sheetFromGrid('Ventes', [
    [{ value: 'Mois' }, { value: 'Montant' }],
    [{ value: 'Janvier' }, { value: 10 }],
    [{ value: 'Février' }, { value: 20 }],
    [{ value: 'Mars' }, { value: 15 }],
  ]);
  const book: Workbook = { kind: 'workbook', version: 2, meta: {}, sheets: [sheet] };
  const chart = { ...chartFromRange(book, 'Ventes', { top: 0, left: 0, bottom: 3, right: 1 }, type), title: 'Ventes du trimestre', valueAxisTitle: 'Euros' };
  return { ...book, sheets: [{ ...sheet, charts: [chart] }] };
}

describe('XLSX charts', () => {
  it('reads the charts of a corpus file with their series references and caches', async () => {
    const { document } = await read(corpus('xlsx/odrtest-xlsx-sample.xlsx'), { format: 'xlsx' });
    const wb = document as Workbook;
    const charts = wb.sheets.flatMap((s) => s.charts ?? []);
    expect(charts.length).toBeGreaterThan(0);
    const scatter = charts.find((c) => c.type === 'scatter')!;
    expect(scatter.title).toBe('Random Scatterplot');
    expect(formatChartRef(scatter.series[0]!.values!)).toBe("'Smile You Can Read Me !'!$E$8:$E$23");
    expect(scatter.series[0]!.cachedValues).toHaveLength(16);
    expect(scatter.anchor.from.col).toBe(5);
    expect(scatter.anchor.to.row).toBe(22);
    expect(scatter.keptPart).toMatch(/^xl\/charts\/chart\d+\.xml$/);
  });

  it('writes a chart inserted in Ostal and reads it back', async () => {
    const bytes = await write(workbookWithChart(), 'xlsx');
    const zip = ZipArchive.open(bytes, DEFAULT_LIMITS);
    expect(zip.has('xl/charts/chart1.xml')).toBe(true);
    expect(zip.readText('[Content_Types].xml')).toContain('drawingml.chart+xml');
    expect(zip.readText('xl/worksheets/sheet1.xml')).toMatch(/<drawing r:id="rId\d+"\/>/);
    const { document } = await read(bytes, { format: 'xlsx' });
    const chart = (document as Workbook).sheets[0]!.charts![0]!;
    expect(chart.type).toBe('column');
    expect(chart.title).toBe('Ventes du trimestre');
    expect(chart.valueAxisTitle).toBe('Euros');
    expect(chart.series[0]!.name).toBe('Montant');
    expect(chart.series[0]!.cachedValues).toEqual([10, 20, 15]);
    expect(chart.series[0]!.cachedCategories).toEqual(['Janvier', 'Février', 'Mars']);
    expect(formatChartRef(chart.series[0]!.categories!)).toBe('Ventes!$A$2:$A$4');
    expect(chart.anchor.from).toEqual({ row: 0, col: 3 });
  });

  it('keeps the kept drawing on a round trip and appends a new chart to it', async () => {
    const { document } = await read(corpus('xlsx/odrtest-xlsx-sample.xlsx'), { format: 'xlsx' });
    const wb = document as Workbook;
    const index = wb.sheets.findIndex((s) => (s.charts ?? []).length > 0);
    const sheet = wb.sheets[index]!;
    const before = sheet.charts!.length;
    const added = { ...chartFromRange(wb, sheet.name, { top: 7, left: 3, bottom: 22, right: 4 }, 'line'), title: 'Ajouté' };
    const edited: Workbook = { ...wb, sheets: wb.sheets.map((s, i) => (i === index ? { ...s, charts: [...s.charts!, added] } : s)) };
    const again = (await read(await write(edited, 'xlsx'), { format: 'xlsx' })).document as Workbook;
    const charts = again.sheets[index]!.charts!;
    expect(charts).toHaveLength(before + 1);
    expect(charts.map((c) => c.title)).toContain('Random Scatterplot');
    expect(charts.map((c) => c.title)).toContain('Ajouté');
    // The pictures and shapes of the drawing are still there.
    expect(again.sheets[index]!.drawing!.parts.length).toBeGreaterThanOrEqual(sheet.drawing!.parts.length + 1);
  });

  it('writes every chart type the model has', async () => {
    for (const type of ['bar', 'line', 'pie'] as const) {
      const again = (await read(await write(workbookWithChart(type), 'xlsx'), { format: 'xlsx' })).document as Workbook;
      expect(again.sheets[0]!.charts![0]!.type).toBe(type);
    }
  });

  it('leaves out a kept chart the user removed, and keeps the rest of the drawing', async () => {
    const { document } = await read(corpus('xlsx/odrtest-xlsx-sample.xlsx'), { format: 'xlsx' });
    const wb = document as Workbook;
    const index = wb.sheets.findIndex((s) => (s.charts ?? []).length > 0);
    const removed = wb.sheets[index]!.charts![0]!.keptPart!;
    const edited: Workbook = { ...wb, sheets: wb.sheets.map((s, i) => (i === index ? { ...s, charts: s.charts!.slice(1) } : s)) };
    const bytes = await write(edited, 'xlsx');
    const zip = ZipArchive.open(bytes, DEFAULT_LIMITS);
    expect(zip.has(removed)).toBe(false);
    const again = (await read(bytes, { format: 'xlsx' })).document as Workbook;
    expect(again.sheets[index]!.charts ?? []).toHaveLength(wb.sheets[index]!.charts!.length - 1);
    // The text box of the same drawing is still there.
    expect(zip.readText(again.sheets[index]!.drawing!.parts[0]!.name)).toContain('Text Box 2');
  });
});

/** XLSX structure and styles: stylesheet, merges, widths, rows, panes, sheet state, names. */
import { WORKBOOK_VERSION, cellStyleOf, sheetFromGrid } from '@ostal/model';
import type { Workbook } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { read, write } from '../api.js';
import { unzipSync, strFromU8 } from 'fflate';
import { excelWidthToPoints, pointsToExcelWidth, readWorksheet } from './xlsx-sheet-reader.js';
import { CellBudget } from './sheet-grid.js';
import { NS } from '../xml/namespaces.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { DiagnosticSink } from '../diagnostics-sink.js';

/** A workbook exercising every structure and style field. */
export function styledWorkbook(): Workbook {
  const styles = [
    {},
    { numberFormat: '#,##0.00 [$€-40C]', font: { bold: true, color: '#C00000' }, fill: '#FFFF00' },
    { numberFormat: 'dd/mm/yyyy', alignment: { horizontal: 'center' as const, wrap: true }, borders: { bottom: { style: 'thin' as const, color: '#000000' } } },
    { numberFormat: '0%', font: { italic: true, family: 'Arial', size: 14 } },
  ];
  const base = sheetFromGrid('Budget', [
    [{ value: 'Titre fusionné', style: 2 }, { value: null, style: 2 }, null],
    [{ value: 1234.56, style: 1 }, { value: 46353, style: 2 }, { value: 0.125, style: 3 }],
    [{ value: 3, formula: '=Taux*A2' }],
  ]);
  return {
    kind: 'workbook',
    version: WORKBOOK_VERSION,
    meta: {},
    styles,
    names: [
      { name: 'Taux', formula: 'Budget!$C$2' },
      { name: 'Local', formula: 'Budget!$A$1:$B$1', sheet: 0 },
    ],
    sheets: [
      {
        ...base,
        merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
        columns: [
          { first: 0, last: 0, width: 120 },
          { first: 3, last: 5, width: 48, hidden: true },
        ],
        rowProps: [
          { first: 0, last: 0, height: 30 },
          { first: 4, last: 5, hidden: true },
        ],
        frozen: { rows: 1, cols: 1 },
        tabColor: '#00B050',
      },
      { name: 'Caché', rows: [[{ value: 1 }]], visibility: 'hidden' },
    ],
  };
}

describe('xlsx structure and styles', () => {
  it('converts column widths between characters and points', () => {
    expect(excelWidthToPoints(9.140625)).toBe(48);
    expect(pointsToExcelWidth(48)).toBe(9.140625);
    expect(excelWidthToPoints(pointsToExcelWidth(120))).toBe(120);
  });

  it('keeps styles, merges, widths, rows, panes, tab colour, hidden sheets and names through xlsx', async () => {
    const book = styledWorkbook();
    const { document } = await read(await write(book, 'xlsx'));
    const back = document as Workbook;
    const s = back.sheets[0]!;
    expect(cellStyleOf(back, s.rows[1]![0]!)).toEqual(book.styles![1]);
    expect(cellStyleOf(back, s.rows[1]![1]!)).toEqual(book.styles![2]);
    expect(cellStyleOf(back, s.rows[1]![2]!)).toEqual(book.styles![3]);
    expect(s.rows[0]![1]).toEqual({ value: null, style: s.rows[0]![0]!.style });
    expect(s.merges).toEqual(book.sheets[0]!.merges);
    expect(s.columns).toEqual(book.sheets[0]!.columns);
    expect(s.rowProps).toEqual(book.sheets[0]!.rowProps);
    expect(s.frozen).toEqual({ rows: 1, cols: 1 });
    expect(s.tabColor).toBe('#00B050');
    expect(back.sheets[1]!.visibility).toBe('hidden');
    expect(back.names).toEqual([{ name: 'Local', formula: 'Budget!$A$1:$B$1', sheet: 0 }, { name: 'Taux', formula: 'Budget!$C$2' }]);
  });

  it('writes rows down to the sheet end sharing one height as the default row height, not a million rows, and reads them back so', async () => {
    // An ODS's trailing repeated row: 1,048,566 rows of 15.75 pt under ten rows of data.
    const base = styledWorkbook();
    const sheet = { ...base.sheets[0]!, rowProps: [{ first: 0, last: 0, height: 30 }, { first: 4, last: 5, hidden: true }, { first: 10, last: 1_048_575, height: 15.75 }] };
    const book: Workbook = { ...base, sheets: [sheet, base.sheets[1]!] };
    const zip = unzipSync(await write(book, 'xlsx'));
    const xml = strFromU8(zip['xl/worksheets/sheet1.xml']!);
    expect(xml.length).toBeLessThan(20_000);
    expect(xml).toContain('<sheetFormatPr defaultRowHeight="15.75" customHeight="1"/>');
    // Rows above without a height of their own say the usual 15 pt, which the new default would change.
    expect(xml).toMatch(/<row r="4" ht="15" customHeight="1"/);
    const back = ((await read(await write(book, 'xlsx'))).document as Workbook).sheets[0]!;
    const heightAt = (runs: readonly { first: number; last: number; height?: number; hidden?: boolean }[] | undefined, r: number) => {
      const run = runs?.find((x) => x.first <= r && r <= x.last);
      return [run?.height ?? 15, run?.hidden === true];
    };
    for (const r of [0, 1, 3, 4, 5, 9, 10, 500_000, 1_048_575]) expect(heightAt(back.rowProps, r), `row ${String(r)}`).toEqual(heightAt(sheet.rowProps, r));
  });

  it('writes built-in number format ids and declares only custom codes', async () => {
    const book: Workbook = { ...styledWorkbook(), styles: [{}, { numberFormat: '0.00' }, { numberFormat: '0.000' }] };
    const zip = unzipSync(await write(book, 'xlsx'));
    const xml = strFromU8(zip['xl/styles.xml']!);
    expect(xml).toContain('<numFmt numFmtId="164" formatCode="0.000"/>');
    expect(xml).not.toContain('formatCode="0.00"');
    expect(xml).toMatch(/<xf numFmtId="2" /);
  });

  it('writes a boolean format in its language\'s words, which LibreOffice shows (FAUX), and reads them back', async () => {
    const french = '[$-80C]"TRUE";"TRUE";"FALSE"';
    const book: Workbook = { ...styledWorkbook(), styles: [{}, { numberFormat: french }, { numberFormat: '[$-407]"TRUE";"TRUE";"FALSE"' }, { numberFormat: '[$-411]"TRUE";"TRUE";"FALSE"' }] };
    const bytes = await write(book, 'xlsx');
    const xml = strFromU8(unzipSync(bytes)['xl/styles.xml']!);
    expect(xml).toContain('formatCode="[$-80C]&quot;VRAI&quot;;&quot;VRAI&quot;;&quot;FAUX&quot;"');
    expect(xml).toContain('formatCode="[$-407]&quot;WAHR&quot;;&quot;WAHR&quot;;&quot;FALSCH&quot;"');
    // A language without known words keeps the English ones.
    expect(xml).toContain('formatCode="[$-411]&quot;TRUE&quot;;&quot;TRUE&quot;;&quot;FALSE&quot;"');
    expect(((await read(bytes)).document as Workbook).styles?.map((s) => s.numberFormat)).toEqual(book.styles!.map((s) => s.numberFormat));
  });

  it('reads merges in linear time (50,000 merges cost about ten times 5,000)', () => {
    const sheet = (n: number): string => {
      const merges: string[] = [];
      for (let i = 1; i <= n; i++) merges.push(`<mergeCell ref="A${String(i)}:$C$${String(i)}"/>`);
      return `<worksheet xmlns="${NS.s}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells>${merges.join('')}</mergeCells></worksheet>`;
    };
    const time = (xml: string): { ms: number; count: number } => {
      const ctx = { limits: DEFAULT_LIMITS, diagnostics: new DiagnosticSink() };
      const start = performance.now();
      const { props } = readWorksheet(xml, 'sheet1.xml', [], new CellBudget(1e6), ctx);
      return { ms: performance.now() - start, count: props.merges.length };
    };
    const small = sheet(5_000);
    const large = sheet(50_000);
    time(small); // warm up the parser
    const t5 = Math.min(time(small).ms, time(small).ms);
    const t50 = time(large);
    expect(t50.count).toBe(50_000);
    // Quadratic work would cost a hundred times more; allow noise on a shared machine.
    expect(t50.ms).toBeLessThan(Math.max(40 * t5, 300));
  });
});

describe('ods and fods structure and styles', () => {
  it.each(['ods', 'fods'] as const)('keeps styles, merges, widths, rows, panes, hidden sheets and names through %s', async (format) => {
    const book = styledWorkbook();
    const bytes = await write(book, format);
    expect(odfSchemaErrors(bytes, format === 'fods')).toEqual([]);
    const back = (await read(bytes)).document as Workbook;
    const s = back.sheets[0]!;
    for (const [r, c, i] of [[1, 0, 1], [1, 1, 2], [1, 2, 3], [0, 0, 2]] as const) {
      expect(cellStyleOf(back, s.rows[r]![c]!)).toEqual(book.styles![i]);
    }
    expect(s.merges).toEqual(book.sheets[0]!.merges);
    expect(s.columns).toEqual(book.sheets[0]!.columns);
    expect(s.rowProps).toEqual(book.sheets[0]!.rowProps);
    expect(s.frozen).toEqual({ rows: 1, cols: 1 });
    expect(s.tabColor).toBe('#00B050');
    expect(back.sheets[1]!.visibility).toBe('hidden');
    expect(back.names).toEqual(expect.arrayContaining([{ name: 'Taux', formula: 'Budget!$C$2' }, { name: 'Local', formula: 'Budget!$A$1:$B$1', sheet: 0 }]));
  });

  it('keeps formats, merges, widths and names xlsx -> ods -> xlsx', async () => {
    const book = styledWorkbook();
    const viaOds = (await read(await write(book, 'ods'))).document as Workbook;
    const back = (await read(await write(viaOds, 'xlsx'))).document as Workbook;
    const s = back.sheets[0]!;
    expect(cellStyleOf(back, s.rows[1]![0]!)).toEqual(book.styles![1]);
    expect(cellStyleOf(back, s.rows[1]![1]!).numberFormat).toBe('dd/mm/yyyy');
    expect(s.merges).toEqual(book.sheets[0]!.merges);
    expect(s.columns).toEqual(book.sheets[0]!.columns);
    expect(back.names).toHaveLength(2);
  });
});

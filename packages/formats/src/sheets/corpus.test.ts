/** Every spreadsheet of the shared corpus opens (ECMA-376 / ODF 1.3 readers against real files). */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { cellAt } from '@ostal/model';
import type { Workbook } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { read, write } from '../api.js';
import { FormatError } from '../errors.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../../../shared/corpus');

function files(dir: string, exts: readonly string[]): string[] {
  return readdirSync(path.join(CORPUS, dir))
    .filter((f) => exts.some((e) => f.endsWith(e)))
    .map((f) => `${dir}/${f}`);
}

const ALL = [...files('xlsx', ['.xlsx']), ...files('ods', ['.ods']), ...files('large', ['.xlsx', '.ods'])];

/** Spreadsheets the corpus manifest tags with merged cells. */
const MERGED = readFileSync(path.join(CORPUS, 'MANIFEST.tsv'), 'utf8')
  .split('\n')
  .map((line) => line.split('\t'))
  .filter((cols) => /\.(xlsx|ods)$/.test(cols[0] ?? '') && !(cols[0] ?? '').startsWith('hostile/') && /merged-cells/.test(cols[9] ?? ''))
  .map((cols) => cols[0]!);

/** Files that are genuinely broken, with the reason the reader refuses them. */
const BROKEN: Readonly<Record<string, string>> = {};

/**
 * Sheets with each style index replaced by the style itself: indexes are the order styles were
 * met in, which a round trip may change; what a cell looks like must not.
 */
function resolvedSheets(wb: Workbook): unknown {
  const style = (i: number | undefined): string | undefined => (i ? JSON.stringify(wb.styles?.[i] ?? {}) : undefined);
  // Kept pivot tables name number formats by stylesheet ids, which the writer renumbers: compare what the ids mean.
  const formats = wb.pivotCaches?.numberFormats ?? {};
  const pivotText = (base64: string): string => Buffer.from(base64, 'base64').toString('utf8').replace(/numFmtId="(\d+)"/g, (whole, id: string) => (formats[id] !== undefined ? `numFmt="${formats[id]}"` : whole));
  return wb.sheets.map((s) => ({
    ...s,
    rows: s.rows.map((row) => row?.map((c) => (c?.style ? { ...c, style: style(c.style) } : c)) ?? null),
    columns: s.columns?.map((c) => (c.style ? { ...c, style: style(c.style) } : c)),
    pivotTables: s.pivotTables?.parts.map((p) => ({ ...p, base64: pivotText(p.base64) })),
  }));
}

async function open(file: string): Promise<Workbook> {
  const { document } = await read(new Uint8Array(readFileSync(path.join(CORPUS, file))));
  expect(document.kind).toBe('workbook');
  return document as Workbook;
}

describe('spreadsheet corpus', () => {
  it.each(ALL)('reads %s', async (file) => {
    try {
      const wb = await open(file);
      expect(wb.sheets.length).toBeGreaterThan(0);
      expect(BROKEN[file]).toBeUndefined();
    } catch (err) {
      if (!(err instanceof FormatError) || BROKEN[file] === undefined) throw err;
      expect(err.reason).toBe(BROKEN[file]);
    }
  });

  it.each(ALL)('round-trips %s in its own format family', async (file) => {
    const wb = await open(file);
    const targets = file.endsWith('.xlsx') ? (['xlsx'] as const) : (['ods', 'fods'] as const);
    for (const format of targets) {
      // A workbook carrying a VBA project goes back to its own family's macro-enabled kind (.xlsm).
      const back = (await read(await write(wb, format, { macroEnabled: format === 'xlsx' && wb.macros !== undefined }))).document as Workbook;
      expect(resolvedSheets(back)).toEqual(resolvedSheets(wb));
    }
  });

  // poi-bug66675: print titles over whole rows (a named range whose base is no single cell);
  // sheetjs-threaded_comments_none: a number format with literal text around digit placeholders.
  it.each([
    'xlsx/poi-stress002.xlsx',
    'ods/sheetjs-number_format.ods',
    'ods/odftk-format_cell_import_xml_MSO15.ods',
    'ods/odftk-mergeScenarios.ods',
    'xlsx/poi-bug66675.xlsx',
    'xlsx/sheetjs-threaded_comments_none.xlsx',
  ])(
    'writes valid ODF 1.3 for the formats, styles and merges of %s',
    async (file) => {
      const wb = await open(file);
      expect(odfSchemaErrors(await write(wb, 'ods'))).toEqual([]);
      expect(odfSchemaErrors(await write(wb, 'fods'), true)).toEqual([]);
    },
  );

  it.each(MERGED)('keeps the merges of %s sane: inside the grid, not overlapping', async (file) => {
    const wb = await open(file);
    for (const sheet of wb.sheets) {
      const taken = new Set<string>();
      for (const m of sheet.merges ?? []) {
        expect(m.bottom).toBeGreaterThanOrEqual(m.top);
        expect(m.right).toBeGreaterThanOrEqual(m.left);
        for (let r = m.top; r <= Math.min(m.bottom, m.top + 200); r++) {
          for (let c = m.left; c <= Math.min(m.right, m.left + 200); c++) {
            const key = `${String(r)},${String(c)}`;
            expect(taken.has(key)).toBe(false);
            taken.add(key);
          }
        }
      }
    }
  });

  it('spot-checks exceljs-fibonacci.xlsx (formulas with cached values)', async () => {
    const sheet = (await open('xlsx/exceljs-fibonacci.xlsx')).sheets[0]!;
    expect(cellAt(sheet, 0, 0)).toEqual({ value: 1 });
    expect(cellAt(sheet, 2, 1)).toEqual({ value: 2, formula: '=B1+B2' });
    expect(cellAt(sheet, 5, 1)).toEqual({ value: 8, formula: '=B4+B5' });
  });

  it('spot-checks a Strict workbook, shared formulas and an ODS with formulas', async () => {
    const strict = await open('xlsx/oxsdk-3D_Bar-O12-XL-Charts.xlsx');
    expect(strict.sheets.length).toBe(3);
    const trig = (await open('xlsx/poi-47813.xlsx')).sheets[0]!;
    expect(cellAt(trig, 2, 1)?.formula).toBe('=SIN(RADIANS(A3))');
    expect(cellAt(trig, 65, 2)?.formula).toBe('=COS(RADIANS(A66))');
    expect(typeof cellAt(trig, 65, 2)?.value).toBe('number');
    const stress = (await open('ods/sheetjs-formula_stress_test.ods')).sheets;
    const formulas = stress.flatMap((s) => s.rows.flat()).filter((c) => c?.formula !== undefined);
    expect(formulas.length).toBe(447);
    expect(formulas.some((c) => c!.formula!.includes('[.'))).toBe(false);
  });

  it('spot-checks the 100,000-cell ODS', async () => {
    const sheet = (await open('large/odfdo-big_table.ods')).sheets[0]!;
    expect(sheet.rows.flat().filter((c) => c !== null).length).toBe(100_000);
  });
});

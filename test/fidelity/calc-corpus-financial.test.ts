/**
 * The financial functions Ostal adds (packages/calc: coupon, securities, bond, depreciation,
 * odd-period) against the results Excel stored in a corpus workbook: SheetJS's formula stress
 * test has one of each on its Finance sheet, with Excel's cached values (its ODS copy keeps them).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { read } from '@ostal/formats';
import { createCalc, formulaFunctions } from '@ostal/calc';
import type { CellValue, Workbook } from '@ostal/model';
import { CORPUS, loadCorpusFile } from './corpus.js';

const FINANCIAL = new Set([
  'ACCRINT', 'ACCRINTM', 'AMORDEGRC', 'AMORLINC', 'COUPDAYBS', 'COUPDAYS', 'COUPDAYSNC', 'COUPNCD', 'COUPNUM', 'COUPPCD', 'DISC', 'DURATION', 'INTRATE',
  'MDURATION', 'ODDFPRICE', 'ODDFYIELD', 'ODDLPRICE', 'ODDLYIELD', 'PRICE', 'PRICEDISC', 'PRICEMAT', 'RECEIVED', 'VDB', 'YIELD', 'YIELDDISC', 'YIELDMAT',
]);

interface Checked {
  readonly formula: string;
  readonly stored: CellValue;
  readonly computed: CellValue;
}

async function financialCells(file: string): Promise<Checked[]> {
  const book = (await read(loadCorpusFile(file))).document as Workbook;
  const calc = createCalc(book);
  try {
    return book.sheets.flatMap((sheet, s) =>
      sheet.rows.flatMap((row, r) =>
        (row ?? []).flatMap((cell, c) => {
          if (cell?.formula === undefined || !formulaFunctions(cell.formula).some((name) => FINANCIAL.has(name))) return [];
          return [{ formula: cell.formula, stored: cell.value, computed: calc.valueAt(s, r, c) }];
        }),
      ),
    );
  } finally {
    calc.destroy();
  }
}

function close(a: CellValue, b: CellValue): boolean {
  if (typeof a !== 'number' || typeof b !== 'number') return false;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

describe.skipIf(!existsSync(path.join(CORPUS, 'MANIFEST.tsv')))('financial functions against Excel’s stored results', () => {
  it.each(['xlsx/sheetjs-formula_stress_test.xlsx', 'ods/sheetjs-formula_stress_test.ods'])('%s', async (file) => {
    const cells = await financialCells(file);
    const called = new Set(cells.flatMap((c) => formulaFunctions(c.formula)).filter((name) => FINANCIAL.has(name)));
    expect(called.size).toBe(FINANCIAL.size);
    expect(cells.filter((c) => !close(c.stored, c.computed))).toEqual([]);
  });
});

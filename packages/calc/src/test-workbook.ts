/**
 * Tiny builders for tests: a workbook from rows of values and `=` formulas, so that expected
 * values read like data.
 */
import { sheetFromGrid, WORKBOOK_VERSION } from '@ostal/model';
import type { Cell, CellValue, Workbook } from '@ostal/model';
import { createCalc } from './calc.js';

/** What a test writes in a cell: a value, or text starting with `=` for a formula. */
export type TestCell = CellValue | undefined;

function toCell(input: TestCell): Cell | null {
  if (input === undefined || input === null) return null;
  if (typeof input === 'string' && input.startsWith('=')) return { formula: input, value: null };
  return { value: input };
}

/** A workbook of the given sheets, each a grid of test cells. */
export function testWorkbook(sheets: Readonly<Record<string, readonly (readonly TestCell[])[]>>): Workbook {
  return {
    kind: 'workbook',
    version: WORKBOOK_VERSION,
    meta: {},
    sheets: Object.entries(sheets).map(([name, rows]) => sheetFromGrid(name, rows.map((row) => row.map(toCell)))),
  };
}

/**
 * Values of `formulas` computed over `data` (one sheet named `S`): each formula sits in column Z,
 * one per row, so it can refer to the data by plain A1 references.
 */
export function evaluate(data: readonly (readonly TestCell[])[], formulas: readonly string[]): CellValue[] {
  const width = 26;
  const rows: TestCell[][] = [];
  const height = Math.max(data.length, formulas.length);
  for (let r = 0; r < height; r += 1) {
    const row: TestCell[] = [...(data[r] ?? [])];
    while (row.length < width - 1) row.push(undefined);
    row[width - 1] = formulas[r];
    rows.push(row);
  }
  const calc = createCalc(testWorkbook({ S: rows }));
  try {
    return formulas.map((_, r) => calc.valueAt(0, r, width - 1));
  } finally {
    calc.destroy();
  }
}

/** The value of one formula over `data`. */
export function evaluateOne(formula: string, data: readonly (readonly TestCell[])[] = []): CellValue {
  return evaluate(data, [formula])[0]!;
}

/**
 * What a formula in E1 shows over `data` (columns A to D) in E1:H5, the block its result may
 * spill over, without trailing empty rows and columns, so that a result reads as its own shape.
 */
export function spillOf(formula: string, data: readonly (readonly TestCell[])[]): CellValue[][] {
  const rows: TestCell[][] = data.map((row) => [...row.slice(0, 4), ...Array<TestCell>(Math.max(0, 4 - row.length)).fill(null)]);
  while (rows.length < 5) rows.push([null, null, null, null]);
  rows[0]![4] = formula;
  const calc = createCalc(testWorkbook({ S: rows }));
  try {
    const out = [0, 1, 2, 3, 4].map((r) => [4, 5, 6, 7].map((c) => calc.valueAt(0, r, c)));
    while (out.length > 0 && out[out.length - 1]!.every((v) => v === null)) out.pop();
    const width = Math.max(0, ...out.map((row) => row.findLastIndex((v) => v !== null) + 1));
    return out.map((row) => row.slice(0, width));
  } finally {
    calc.destroy();
  }
}

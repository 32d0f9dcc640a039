import { sheetFromGrid, WORKBOOK_VERSION } from '@ostal/model';
import type { Workbook } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { createCalc } from './calc.js';
import { engineFormula, modelFormula } from './external-sheets.js';

/** A report reading another workbook's last values ([1]) and a third's ([2], a sheet name with a space). */
function linkedWorkbook(): Workbook {
  return {
    kind: 'workbook',
    version: WORKBOOK_VERSION,
    meta: {},
    sheets: [
      sheetFromGrid('Report', [
        [
          { value: { error: '#REF!' }, formula: '=[1]Sheet1!$A$7' },
          { value: null, formula: '=SUM([1]Sheet1!$A$11:$B$11)' },
          { value: null, formula: "='[2]Other sheet'!B2*2" },
          { value: null, formula: '=[1]Sheet1!B7&"[1]Sheet1!A1"' },
        ],
      ]),
    ],
    externalLinks: [
      { target: 'file:///D:/data/Ventes.xlsx', sheets: [{ name: 'Sheet1', cells: [{ row: 6, col: 0, value: 10 }, { row: 6, col: 1, value: 'Texte' }, { row: 10, col: 0, value: 2 }, { row: 10, col: 1, value: 3 }] }] },
      { target: 'file:///D:/data/Autre.xlsx', sheets: [{ name: 'Other sheet', cells: [{ row: 1, col: 1, value: 1.5 }] }] },
    ],
  };
}

describe('other workbooks in formulas', () => {
  it('quote their sheet names for the engine, outside text, and read back as Excel writes them', () => {
    expect(engineFormula('=SUM([1]Sheet1!$A$11:$B$11)+[2]Feuil_2!A1')).toBe("=SUM('[1]Sheet1'!$A$11:$B$11)+'[2]Feuil_2'!A1");
    expect(engineFormula('="[1]Sheet1!A1"&[1]Sheet1!A1')).toBe(`="[1]Sheet1!A1"&'[1]Sheet1'!A1`);
    expect(engineFormula("='[2]Other sheet'!B2")).toBe("='[2]Other sheet'!B2");
    expect(modelFormula("=SUM('[1]Sheet1'!$A$11:$B$11)+'[2]Other sheet'!B2")).toBe("=SUM([1]Sheet1!$A$11:$B$11)+'[2]Other sheet'!B2");
    // A name that reads as a cell keeps its quotes, as in Excel.
    expect(modelFormula("='[1]A1'!B2")).toBe("='[1]A1'!B2");
    for (const f of ['=[1]Sheet1!A1', '=A1+[3]Données!C3', "='[1]Sheet 1'!A1"]) expect(modelFormula(engineFormula(f))).toBe(f);
  });

  it('compute from the last values the file keeps of them', () => {
    const calc = createCalc(linkedWorkbook());
    const rows = calc.recalculate().sheets[0]!.rows[0]!;
    expect(rows.map((c) => c?.value)).toEqual([10, 5, 3, 'Texte[1]Sheet1!A1']);
    expect(rows.map((c) => c?.formula)).toEqual(linkedWorkbook().sheets[0]!.rows[0]!.map((c) => c?.formula));
    expect(calc.diagnostics).toEqual([]);
    calc.destroy();
  });
});

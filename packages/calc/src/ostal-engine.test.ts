import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HyperFormula } from 'hyperformula';
import type { HyperFormula as Engine, ImplementedFunctions, RawCellContent } from 'hyperformula';
import { buildOstalEngine, CalcLicenseError } from './ostal-engine.js';
import type { PluginState, PluginValue, ProcedureNode } from './functions/plugin-support.js';
import { OstalFunctionPlugin } from './functions/plugin-support.js';

/** How many times COUNTED(x) was computed: it returns x and counts its own evaluations. */
let evaluations = 0;

class CountingPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = { COUNTED: { method: 'counted' } };

  counted(ast: ProcedureNode, state: PluginState): PluginValue {
    evaluations += 1;
    return this.evaluateArg(ast.args[0]!, state);
  }
}

beforeAll(() => {
  HyperFormula.registerFunctionPlugin(CountingPlugin, { enGB: { COUNTED: 'COUNTED' }, enUS: { COUNTED: 'COUNTED' } });
});

afterAll(() => {
  HyperFormula.unregisterFunctionPlugin(CountingPlugin);
});

/** Both ways of building: the builder's one pass over sheets, and an empty engine filled after. */
function engines(rows: RawCellContent[][]): [string, () => { hf: Engine; sheet: number }][] {
  return [
    ['built from sheets', () => {
      const hf = buildOstalEngine(undefined, { sheets: [{ name: 'S', rows }] });
      return { hf, sheet: hf.getSheetId('S')! };
    }],
    ['built empty, then filled', () => {
      const hf = buildOstalEngine();
      const sheet = hf.getSheetId(hf.addSheet('S'))!;
      hf.setSheetContent(sheet, rows);
      return { hf, sheet };
    }],
  ];
}

describe('buildOstalEngine: TRUE and FALSE as Excel writes them', () => {
  const formulas = [
    '=IF(A1,TRUE,FALSE)',
    '=AND(TRUE,A1)',
    '=A1=TRUE',
    '=SUMPRODUCT(--(A1=TRUE),--(A3=TRUE))',
    '=OR(false,A2)',
    '=IF(True,"oui","non")',
    '=TRUE+1',
    '=NOT(FALSE())',
    '=ISLOGICAL(FALSE)',
    '=COUNTIF(A1:A3,TRUE)',
  ];
  const expected = [true, true, true, 1, false, 'oui', 2, true, true, 2];
  const rows: RawCellContent[][] = [[true, ...formulas], [false], [true]];

  for (const [how, build] of engines(rows)) {
    it(`computes the bare words as the constants (${how})`, () => {
      const { hf, sheet } = build();
      expect(formulas.map((_, i) => hf.getCellValue({ sheet, row: 0, col: i + 1 }))).toEqual(expected);
      hf.destroy();
    });
  }

  it('reads the formulas back as Excel writes them, whatever the case typed', () => {
    const hf = buildOstalEngine(undefined, { sheets: [{ name: 'S', rows: [['=IF(A2,true,False)', '=AND(TRUE(),FALSE)']] }] });
    expect(hf.getCellFormula({ sheet: 0, row: 0, col: 0 })).toBe('=IF(A2,TRUE,FALSE)');
    expect(hf.getCellFormula({ sheet: 0, row: 0, col: 1 })).toBe('=AND(TRUE(),FALSE)');
    hf.destroy();
  });
});

describe('buildOstalEngine: what an edit recomputes', () => {
  /** 200 formulas using TRUE/FALSE over A, and one (in C1) depending on the cell B1 only. */
  const rows: RawCellContent[][] = Array.from({ length: 200 }, (_, r) => [r, `=COUNTED(IF(A${String(r + 1)}>100,TRUE,FALSE))`, r === 0 ? '=COUNTED(E1*2)' : null]);

  for (const [how, build] of engines(rows)) {
    it(`computes each formula once when built, and after an edit only what depends on the cell (${how})`, () => {
      evaluations = 0;
      const { hf, sheet } = build();
      expect(evaluations).toBe(201);
      expect(hf.getCellValue({ sheet, row: 150, col: 1 })).toBe(true);

      evaluations = 0;
      // The cells changed (after a build from sheets the first change also reports the names TRUE and FALSE).
      const changes = hf.setCellContents({ sheet, row: 0, col: 4 }, 5).filter((change) => 'address' in change);
      expect(changes.length).toBe(2); // E1 and C1
      expect(evaluations).toBe(1);
      expect(hf.getCellValue({ sheet, row: 0, col: 2 })).toBe(10);

      evaluations = 0;
      hf.setCellContents({ sheet, row: 3, col: 0 }, 500);
      expect(evaluations).toBe(1);
      expect(hf.getCellValue({ sheet, row: 3, col: 1 })).toBe(true);
      hf.destroy();
    });
  }

  it('computes nothing again on an empty batch after the build', () => {
    evaluations = 0;
    const hf = buildOstalEngine(undefined, { sheets: [{ name: 'S', rows }] });
    evaluations = 0;
    hf.batch(() => undefined);
    expect(evaluations).toBe(0);
    hf.destroy();
  });
});

describe('buildOstalEngine: defined names in the build', () => {
  /** Sheet "2" first in tab order (an object would put it first anyway), then "Data". */
  const sheets = [
    { name: 'Data', rows: [[0.5, 10], ['=COUNTED(B1*Rate)', '=COUNTED(Local*2)', '=A2+1']] as RawCellContent[][] },
    { name: '2', rows: [['=COUNTED(Local)', '=Rate'], [7]] as RawCellContent[][] },
  ];
  const names = [
    { name: 'Rate', expression: '=Data!$A$1' },
    { name: 'Local', expression: '=Data!$B$1', sheet: 0 },
    { name: 'Local', expression: "='2'!$A$2", sheet: 1 },
    // Refused by the engine: relative references, a name like a cell, a taken name, an unknown sheet.
    { name: 'Relative', expression: '=Data!A1' },
    { name: 'B2', expression: '=1' },
    { name: 'rate', expression: '=2' },
    { name: 'Lost', expression: '=3', sheet: 5 },
  ];

  it('computes the formulas using names once, with the names, and leaves out the names the engine refuses', () => {
    evaluations = 0;
    const hf = buildOstalEngine(undefined, { sheets, names });
    const [data, two] = [hf.getSheetId('Data')!, hf.getSheetId('2')!];
    expect(evaluations).toBe(3);
    expect([hf.getCellValue({ sheet: data, row: 1, col: 0 }), hf.getCellValue({ sheet: data, row: 1, col: 1 }), hf.getCellValue({ sheet: data, row: 1, col: 2 })]).toEqual([5, 20, 6]);
    expect([hf.getCellValue({ sheet: two, row: 0, col: 0 }), hf.getCellValue({ sheet: two, row: 0, col: 1 })]).toEqual([7, 0.5]);
    expect(hf.listNamedExpressions().sort()).toEqual(['FALSE', 'Rate', 'TRUE']);
    expect(hf.listNamedExpressions(data)).toEqual(['Local']);
    expect([hf.getNamedExpressionValue('Local', data), hf.getNamedExpressionValue('Local', two)]).toEqual([10, 7]);

    evaluations = 0;
    hf.setCellContents({ sheet: data, row: 0, col: 0 }, 2);
    expect(evaluations).toBe(1); // A2 (C2 and '2'!B1 follow without COUNTED)
    expect([hf.getCellValue({ sheet: data, row: 1, col: 2 }), hf.getCellValue({ sheet: two, row: 0, col: 1 })]).toEqual([21, 2]);
    expect(hf.isThereSomethingToUndo()).toBe(true);
    hf.undo();
    expect(hf.isThereSomethingToUndo()).toBe(false);
    hf.destroy();
  });

  it('throws CalcLicenseError for a refused key, names or not', () => {
    expect(() => buildOstalEngine('not-a-valid-key', { sheets, names })).toThrow(CalcLicenseError);
    expect(() => buildOstalEngine('not-a-valid-key', { sheets })).toThrow(CalcLicenseError);
  });
});

describe('buildOstalEngine: sheets with far cells', () => {
  it('builds a sheet holding a few cells far apart without a grid of its whole size', () => {
    const rows: RawCellContent[][] = Array.from({ length: 1_048_576 }, () => []);
    rows[0] = [1];
    rows[1_048_575] = Array.from({ length: 16_384 }, (_, c) => (c === 16_383 ? 2 : null));
    // A grid would be 1,048,576 rows of 16,384 slots (many gigabytes: the build ran out of memory).
    const hf = buildOstalEngine(undefined, { sheets: [{ name: 'S', rows }, { name: 'T', rows: [['=SUM(S!A1,S!XFD1048576)']] }] });
    expect(hf.getCellValue({ sheet: hf.getSheetId('T')!, row: 0, col: 0 })).toBe(3);
    hf.destroy();
  });

  it('keeps building a filled sheet, and a sheet added empty, as grids that compute as before', () => {
    const hf = buildOstalEngine(undefined, { sheets: [{ name: 'S', rows: [[1, 2], [3, '=SUM(A1:A2)+B1-D4']] }] });
    const added = hf.getSheetId(hf.addSheet('Added'))!;
    hf.setCellContents({ sheet: added, row: 2, col: 1 }, '=S!B2*2');
    hf.setCellContents({ sheet: hf.getSheetId('S')!, row: 3, col: 3 }, 1);
    expect([hf.getCellValue({ sheet: 0, row: 1, col: 1 }), hf.getCellValue({ sheet: added, row: 2, col: 1 })]).toEqual([5, 10]);
    hf.destroy();
  });
});

describe('text dates', () => {
  it('reads ISO 8601 dates as Excel and LibreOffice do, and day-first ones as before', () => {
    const hf = buildOstalEngine(undefined, { sheets: [{ name: 'S', rows: [['=DATEVALUE("2024-03-05")', '="2024-03-05"+1', '=DATEVALUE("05/03/2024")', '=DATEVALUE("2024-02-30")', '=YEAR("1999-12-31")']] }] });
    try {
      expect(hf.getSheetValues(0)[0]).toEqual([45356, 45357, 45356, expect.objectContaining({ value: '#VALUE!' }), 1999]);
    } finally {
      hf.destroy();
    }
  });
});

/**
 * The facade: {@link createCalc} loads a workbook into HyperFormula (with Ostal's function layer)
 * and computes every formula from scratch, ignoring the results stored in the file.
 */
import { DetailedCellError } from 'hyperformula';
import type { CellValue as EngineValue, RawCellContent, HyperFormula } from 'hyperformula';
import { cellName, forEachCell, WORKBOOK_VERSION } from '@ostal/model';
import type { Cell, CellValue, Sheet, Workbook } from '@ostal/model';
import type { CalcDiagnostic } from './calc-diagnostic.js';
import { cellToRaw, engineToValue } from './cell-content.js';
import { formulaFunctions, letLambdaNames } from './formula-functions.js';
import { addDefinedNames, definedNameEntries } from './defined-names.js';
import { namedLambdaNames } from './functions/named-lambda-function.js';
import { arrayCovered, isArrayMaster, toEngineArrayFormula } from './array-formula.js';
import { buildOstalEngine, DEFAULT_ENGINE_LICENSE_KEY } from './ostal-engine.js';
import { engineFormula, externalSheets } from './external-sheets.js';
import { INFO_UNAVAILABLE } from './functions/cell-info-functions.js';

/** Options of {@link createCalc}. */
export interface CalcOptions {
  /**
   * HyperFormula's licence key. HyperFormula is GPL-3.0 or commercial: `'gpl-v3'` (the default)
   * declares use under the GPL; deployments set the key by policy, like the grid key.
   */
  readonly licenseKey?: string;
  /** Recalculation rounds for INDIRECT chains (its targets are found at run time). Default 8. */
  readonly maxIndirectPasses?: number;
}

/** A workbook loaded for calculation. Create it with {@link createCalc}. */
export interface Calc {
  /** Problems found in formulas, one per cell and cause, in sheet then row-major order. */
  readonly diagnostics: readonly CalcDiagnostic[];
  /**
   * A new workbook: the same sheets and cells, every formula cell holding its freshly computed
   * value. Non-formula cells are returned unchanged, except the cells of an array formula's area
   * (`matrix` on its master), which hold the array's fresh values; values a dynamic array spills
   * into neighbouring empty cells are not added (see {@link Calc.valueAt}). `recalcOnLoad` is set
   * when some formula could not be computed (there are diagnostics), and cleared otherwise.
   */
  recalculate(): Workbook;
  /**
   * The computed value at zero-based `row`, `col` of a sheet given by index or name; null for a
   * blank cell.
   * @throws RangeError when there is no such sheet or the address is negative.
   */
  valueAt(sheet: number | string, row: number, col: number): CellValue;
  /** Frees the engine; the object must not be used afterwards. */
  destroy(): void;
}

/** A diagnostic with its place, for sorting. */
interface Found {
  readonly sheet: number;
  readonly row: number;
  readonly col: number;
  readonly diagnostic: CalcDiagnostic;
}

const UNKNOWN_NAME = /^Named expression (.+) not recognized\.?$/;

/**
 * Loads every sheet of `workbook` (names, values, formulas) into a calculation engine.
 * @throws RangeError when the workbook has no sheet.
 * @example
 * const calc = createCalc(workbook);
 * const fresh = calc.recalculate(); // formula cells hold computed values
 * calc.destroy();
 */
export function createCalc(workbook: Workbook, options: CalcOptions = {}): Calc {
  if (workbook.sheets.length === 0) throw new RangeError('A workbook needs at least one sheet.');
  const hf = buildOstalEngine(options.licenseKey ?? DEFAULT_ENGINE_LICENSE_KEY, { lambdaNames: namedLambdaNames(definedNameEntries(workbook)) });
  // OFFSET is resolved by HyperFormula's parser and missing from its function list.
  const known = new Set([...hf.getRegisteredFunctionNames(), 'OFFSET']);
  const found: Found[] = [];
  const indirectCells: { sheet: number; row: number; col: number }[] = [];
  const ids: number[] = [];

  hf.batch(() => {
    workbook.sheets.forEach((sheet, index) => {
      const id = hf.getSheetId(hf.addSheet(sheet.name))!;
      ids.push(id);
      hf.setSheetContent(id, sheetContent(sheet, (cell, row, col) => {
        const formula = cell.formula!;
        const names = formulaFunctions(formula);
        const lambdas = letLambdaNames(formula);
        const unsupported = names.filter((name) => !known.has(name) && !lambdas.has(name));
        if (unsupported.length > 0) {
          for (const name of unsupported) {
            const diagnostic: CalcDiagnostic = {
              severity: 'warning',
              code: 'unsupported-function',
              sheet: sheet.name,
              cell: cellName(row, col),
              name,
              message: `${sheet.name}!${cellName(row, col)}: the function ${name} is not supported; the cell shows #NAME?.`,
            };
            found.push({ sheet: index, row, col, diagnostic });
          }
          // An array formula's whole area shows the error.
          return isArrayMaster(cell) ? toEngineArrayFormula('#NAME?', cell.matrix) : '#NAME?';
        }
        if (names.includes('INDIRECT')) indirectCells.push({ sheet: id, row, col });
        return isArrayMaster(cell) ? toEngineArrayFormula(engineFormula(formula), cell.matrix) : cellToRaw(cell);
      }));
    });
    // Other workbooks' last values, after the workbook's own sheets (see external-sheets.ts).
    for (const external of externalSheets(workbook)) hf.setSheetContent(hf.getSheetId(hf.addSheet(external.name))!, external.rows);
    // Names after the sheets they refer to; formulas using them recompute when they appear.
    addDefinedNames(hf, workbook, ids);
  });
  settleIndirect(hf, indirectCells, options.maxIndirectPasses ?? 8);
  workbook.sheets.forEach((sheet, index) => reportErrors(hf, ids[index]!, index, sheet, found));
  const diagnostics = found.sort((a, b) => a.sheet - b.sheet || a.row - b.row || a.col - b.col).map((f) => f.diagnostic);

  const sheetId = (sheet: number | string): number => {
    const index = typeof sheet === 'number' ? sheet : workbook.sheets.findIndex((s) => s.name === sheet);
    const id = ids[index];
    if (id === undefined) throw new RangeError(`There is no sheet ${JSON.stringify(sheet)}.`);
    return id;
  };
  const engineValue = (id: number, row: number, col: number): EngineValue => hf.getCellValue({ sheet: id, row, col });

  return {
    diagnostics,
    recalculate(): Workbook {
      const sheets = workbook.sheets.map((sheet, index): Sheet => {
        const id = ids[index]!;
        const covered = arrayCovered(sheet.rows);
        const rows = sheet.rows.map((row, r) =>
          row === null
            ? null
            : row.map((cell, c): Cell | null =>
                covered.has(r * 16_384 + c)
                  ? { value: engineToValue(engineValue(id, r, c), true), ...(cell?.style !== undefined ? { style: cell.style } : {}) }
                  : cell === null || cell.formula === undefined
                  ? cell
                  : { formula: cell.formula, value: engineToValue(engineValue(id, r, c), true), ...(cell.style !== undefined ? { style: cell.style } : {}), ...(cell.matrix ? { matrix: cell.matrix } : {}) },
              ),
        );
        // Only values change: styles, merges, notes, validation, print settings... stay.
        return { ...sheet, rows };
      });
      // Results are fresh, except where a formula could not be computed: a file written from the
      // workbook then asks the application opening it to compute every formula again.
      const { recalcOnLoad: _stale, ...rest } = workbook;
      return { ...rest, kind: 'workbook', version: WORKBOOK_VERSION, sheets, ...(diagnostics.length > 0 ? { recalcOnLoad: true } : {}) };
    },
    valueAt(sheet: number | string, row: number, col: number): CellValue {
      if (!Number.isInteger(row) || !Number.isInteger(col) || row < 0 || col < 0) {
        throw new RangeError(`Invalid cell address ${String(row)}, ${String(col)}.`);
      }
      const id = sheetId(sheet);
      const formula = hf.doesCellHaveFormula({ sheet: id, row, col });
      return engineToValue(engineValue(id, row, col), formula);
    },
    destroy(): void {
      hf.destroy();
    },
  };
}

/** Dense engine rows for a sheet; `formulaContent` decides what each formula cell loads as. */
function sheetContent(sheet: Sheet, formulaContent: (cell: Cell, row: number, col: number) => RawCellContent): RawCellContent[][] {
  // The cells of an array area load empty: the master's result spills over them.
  const covered = arrayCovered(sheet.rows);
  return sheet.rows.map((row, r) =>
    row === null ? [] : row.map((cell, c) => (covered.has(r * 16_384 + c) ? null : cell !== null && cell.formula !== undefined ? formulaContent(cell, r, c) : cellToRaw(cell))),
  );
}

/**
 * INDIRECT finds its target while computing, so the engine cannot order it after the cells it
 * reads. Each pass recomputes the INDIRECT cells (volatile) and their dependents with the values
 * of the previous pass, until nothing changes (a chain of n INDIRECTs needs about n passes).
 */
function settleIndirect(hf: HyperFormula, cells: readonly { sheet: number; row: number; col: number }[], maxPasses: number): void {
  if (cells.length === 0) return;
  let before = cells.map((c) => snapshot(hf.getCellValue(c)));
  for (let pass = 0; pass < maxPasses; pass += 1) {
    // An empty batch still recomputes every volatile cell and its dependents.
    hf.batch(() => undefined);
    const after = cells.map((c) => snapshot(hf.getCellValue(c)));
    if (after.every((v, i) => v === before[i])) return;
    before = after;
  }
}

function snapshot(value: EngineValue): string {
  return value instanceof DetailedCellError ? `${value.value}:${value.message}` : JSON.stringify(value);
}

/** Diagnostics for unknown defined names, unreadable formulas and information CELL or INFO cannot give, found in computed values. */
function reportErrors(hf: HyperFormula, id: number, index: number, sheet: Sheet, found: Found[]): void {
  forEachCell(sheet, (cell, row, col) => {
    if (cell.formula === undefined) return;
    const value = hf.getCellValue({ sheet: id, row, col });
    if (!(value instanceof DetailedCellError)) return;
    const where = `${sheet.name}!${cellName(row, col)}`;
    const unknown = UNKNOWN_NAME.exec(value.message);
    if (value.value === '#NAME?' && unknown && cell.formula.toUpperCase().includes(unknown[1]!.toUpperCase())) {
      const name = unknown[1]!.toUpperCase();
      const diagnostic: CalcDiagnostic = { severity: 'warning', code: 'unknown-name', sheet: sheet.name, cell: cellName(row, col), name, message: `${where}: the name ${name} is not defined; the cell shows #NAME?.` };
      found.push({ sheet: index, row, col, diagnostic });
    } else if (value.value === '#N/A' && value.message.startsWith(INFO_UNAVAILABLE) && formulaFunctions(cell.formula).some((f) => f === 'CELL' || f === 'INFO')) {
      // Only the cells calling CELL or INFO; their dependants merely carry the error.
      const diagnostic: CalcDiagnostic = { severity: 'warning', code: 'unavailable-information', sheet: sheet.name, cell: cellName(row, col), message: `${where}: ${value.message.slice(INFO_UNAVAILABLE.length).trim()} The cell shows #N/A.` };
      found.push({ sheet: index, row, col, diagnostic });
    } else if (value.value === '#ERROR!' && /pars/i.test(value.message) && !hf.validateFormula(cell.formula.startsWith('=') ? cell.formula : `=${cell.formula}`)) {
      // Only the cell whose own formula cannot be read; its dependants merely carry the error.
      const diagnostic: CalcDiagnostic = { severity: 'warning', code: 'unparsable-formula', sheet: sheet.name, cell: cellName(row, col), message: `${where}: the formula ${cell.formula} could not be read (${value.message}).` };
      found.push({ sheet: index, row, col, diagnostic });
    }
  });
}

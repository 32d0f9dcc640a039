/**
 * Building the workbook engine's HyperFormula, reading a workbook's cells before it is built
 * (the file's cached results), and trying entries on it without keeping them.
 */
import { HyperFormula } from 'hyperformula';
import { buildOstalEngine, CalcLicenseError, definedNameEntries, externalSheets, fromEngineArrayFormula, modelFormula } from '@ostal/calc';
import type { Cell, CellValue, DefinedName, Workbook } from '@ostal/model';
import type { RawContent } from './cell-text.js';
import { cellToRaw, engineToValue, sheetToRows } from './engine-cells.js';

/** A defined name, with a local name's sheet as a HyperFormula id (sheets move). */
export type EngineName = Omit<DefinedName, 'sheet'> & { sheetId?: number };

/**
 * HyperFormula for a workbook, built as the headless calculation builds it, so the grid and
 * `ostal inspect --values` agree: every sheet and the defined names in one pass of HyperFormula's
 * builder (formulas using a name compute once, with it). Loading is not an action to undo.
 */
export function buildWorkbookEngine(workbook: Workbook, licenseKey: string, undoLimit: number): { hf: HyperFormula; ids: number[]; names: EngineName[] } {
  // Other workbooks' last values go after the workbook's sheets, which alone get ids here (external-sheets.ts in @ostal/calc).
  const sheets = [...workbook.sheets.map((sheet) => ({ name: sheet.name, rows: sheetToRows(sheet) })), ...externalSheets(workbook)];
  const hf = buildOstalEngine(licenseKey, { undoLimit, sheets, names: definedNameEntries(workbook) });
  const ids = workbook.sheets.map((sheet) => hf.getSheetId(sheet.name)!);
  const names = (workbook.names ?? []).map(({ sheet, ...rest }) => (sheet !== undefined ? { ...rest, sheetId: ids[sheet] ?? -1 } : rest));
  return { hf, ids, names };
}

/** {@link buildWorkbookEngine}, telling `onError` (then throwing) when it fails. */
export function buildReported(workbook: Workbook, licenseKey: string, undoLimit: number, onError: ((error: unknown) => void) | undefined): ReturnType<typeof buildWorkbookEngine> {
  try {
    return buildWorkbookEngine(workbook, licenseKey, undoLimit);
  } catch (error) {
    onError?.(error);
    throw error;
  }
}

/**
 * Throws CalcLicenseError now when HyperFormula refuses `licenseKey` (a bare empty engine is built
 * and freed: 30–70 ms), so a deferred build cannot be the first to find it out.
 */
export function checkEngineLicense(licenseKey: string): void {
  const hf = HyperFormula.buildEmpty({ licenseKey });
  const state = String(hf.licenseKeyValidityState);
  hf.destroy();
  if (state !== 'valid') throw new CalcLicenseError(`The calculation engine refuses its licence key (${state}).`);
}

/** A workbook's cells as the file holds them (formulas with their cached results). */
export class CachedCells {
  private readonly sizes: ({ rows: number; cols: number } | undefined)[] = [];

  constructor(readonly workbook: Workbook) {}

  sheetNames(): string[] {
    return this.workbook.sheets.map((sheet) => sheet.name);
  }

  /** Used size of a sheet, measured on first use. */
  size(sheet: number): { rows: number; cols: number } {
    const rows = this.workbook.sheets[sheet]?.rows;
    if (!rows) throw new RangeError(`There is no sheet ${String(sheet)}.`);
    return (this.sizes[sheet] ??= { rows: rows.length, cols: rows.reduce((most, row) => Math.max(most, row?.length ?? 0), 0) });
  }

  cell(sheet: number, row: number, col: number): Cell | null {
    const s = this.workbook.sheets[sheet];
    if (!s) throw new RangeError(`There is no sheet ${String(sheet)}.`);
    return s.rows[row]?.[col] ?? null;
  }

  /** As HyperFormula will hold it (a text that reads as a number keeps its leading quote). */
  raw(sheet: number, row: number, col: number): RawContent {
    return cellToRaw(this.cell(sheet, row, col));
  }

  value(sheet: number, row: number, col: number): CellValue {
    return this.cell(sheet, row, col)?.value ?? null;
  }
}

/**
 * `compute` run with `entries` set on a sheet, then the entries taken away again with nothing
 * recorded: what was undone before can still be redone (HyperFormula's redo stack, which setting
 * cells empties, is put aside during the try and put back after it). `dropRedo` is called when
 * that stack cannot be reached (the try's own redo entry goes, and with it what was undone).
 */
export function withEntriesTried<T>(hf: HyperFormula, sheetId: number, entries: readonly { row: number; col: number; raw: RawContent }[], compute: () => T, dropRedo: () => void): T {
  const undoRedo = (hf as unknown as { _crudOperations?: { undoRedo?: { redoStack?: unknown[] } } })._crudOperations?.undoRedo;
  const kept = Array.isArray(undoRedo?.redoStack) ? undoRedo.redoStack : undefined;
  if (undoRedo && kept) undoRedo.redoStack = [];
  hf.batch(() => {
    for (const e of entries) hf.setCellContents({ sheet: sheetId, row: e.row, col: e.col }, e.raw);
  });
  try {
    return compute();
  } finally {
    hf.undo();
    if (undoRedo && kept) undoRedo.redoStack = kept;
    else {
      hf.clearRedoStack();
      dropRedo();
    }
  }
}

/**
 * A cell as the engine holds it: a formula with its computed result (an array formula's master
 * with its area), or a value (an array area's other cells hold their part of the result).
 */
export function engineCell(hf: HyperFormula, address: { sheet: number; row: number; col: number }): Cell | null {
  const engine = hf.getCellFormula(address);
  const formula = engine === undefined ? undefined : modelFormula(engine);
  const raw = hf.getCellValue(address);
  // A formula's empty text result is a result: null would read as "none stored" (recalculation on load).
  const value = formula !== undefined && raw === '' ? '' : engineToValue(raw);
  const array = formula !== undefined ? fromEngineArrayFormula(formula) : undefined;
  if (array) return { value, formula: array.formula, matrix: array.matrix };
  if (formula !== undefined) return { value, formula };
  return value === null ? null : { value };
}

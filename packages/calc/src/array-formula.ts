/**
 * Array formulas between the model and the engine. The model keeps an array formula as its
 * master cell's formula plus `matrix` (the area, rows × cols); HyperFormula holds it as
 * `=OSTAL.ARRAYAREA(formula,rows,cols)` in the master cell, the area's other cells empty (the
 * result spills over them). Both the headless calculation and the spreadsheet editor convert here.
 */
import type { Cell } from '@ostal/model';
import { ARRAY_AREA_FUNCTION } from './functions/array-area-function.js';

export { ARRAY_AREA_FUNCTION } from './functions/array-area-function.js';

/** An array area's size. */
export interface ArrayArea {
  readonly rows: number;
  readonly cols: number;
}

/** The engine formula (with `=`) for an array formula over `area`; `formula` with or without `=`. */
export function toEngineArrayFormula(formula: string, area: ArrayArea): string {
  const body = formula.startsWith('=') ? formula.slice(1) : formula;
  return `=${ARRAY_AREA_FUNCTION}(${body},${String(area.rows)},${String(area.cols)})`;
}

const WRAPPED = new RegExp(`^=${ARRAY_AREA_FUNCTION.replace('.', '\\.')}\\((.*),\\s*(\\d+)\\s*,\\s*(\\d+)\\s*\\)$`, 'is');

/**
 * The model formula (with `=`) and area of an engine formula holding an array formula; undefined
 * for any other formula.
 */
export function fromEngineArrayFormula(engineFormula: string): { formula: string; matrix: ArrayArea } | undefined {
  const match = WRAPPED.exec(engineFormula);
  if (!match) return undefined;
  return { formula: `=${match[1]!}`, matrix: { rows: Number(match[2]), cols: Number(match[3]) } };
}

/** True when the cell is the master of an array area larger than one cell or a 1-cell array formula. */
export function isArrayMaster(cell: Cell | null | undefined): cell is Cell & { formula: string; matrix: ArrayArea } {
  return cell?.formula !== undefined && cell.matrix !== undefined && cell.matrix.rows >= 1 && cell.matrix.cols >= 1;
}

/**
 * Cells covered by an array area other than its master, by `row * 16384 + col`: they hold the
 * master's spilled results, so they load into the engine empty.
 */
export function arrayCovered(rows: readonly (readonly (Cell | null)[] | null)[]): Set<number> {
  const covered = new Set<number>();
  rows.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (!isArrayMaster(cell)) return;
      for (let dr = 0; dr < cell.matrix.rows; dr += 1) {
        for (let dc = 0; dc < cell.matrix.cols; dc += 1) if (dr > 0 || dc > 0) covered.add((r + dr) * 16_384 + c + dc);
      }
    });
  });
  return covered;
}

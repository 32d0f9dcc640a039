/**
 * The engine side of array formulas (Excel's `{=...}`, LibreOffice's matrix formulas): the master
 * cell of an array area holds `=OSTAL.ARRAYAREA(formula, rows, cols)` in HyperFormula. The
 * formula is computed with array arithmetic (`A1:A3*B1:B3` multiplies cell by cell, as under
 * Ctrl+Shift+Enter), and the result always spills over exactly rows × cols, as Excel and Calc
 * fill an array area: a single value fills the whole area, a single row or column is repeated
 * across it, cells beyond a smaller result show #N/A, and a larger result is cut to the area.
 * The wrapper is the engine's business only: {@link toEngineArrayFormula} and
 * {@link fromEngineArrayFormula} (array-formula.ts) convert at the model boundary.
 */
import { ArraySize, CellError, ErrorType, FunctionArgumentType, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { PluginState, PluginValue, ProcedureNode, ScalarValue } from './plugin-support.js';
import { OstalFunctionPlugin } from './plugin-support.js';

/** The engine-only function that holds an array formula and its area. */
export const ARRAY_AREA_FUNCTION = 'OSTAL.ARRAYAREA';

/** The literal integer of an area size argument, or undefined. */
function sizeLiteral(node: unknown): number | undefined {
  const n = node as { type?: string; value?: unknown };
  return n.type === 'NUMBER' && typeof n.value === 'number' && Number.isInteger(n.value) && n.value >= 1 ? n.value : undefined;
}

/** `value` laid over an area of `rows` × `cols` as Excel fills an array formula's area. */
export function fitToArea<T>(data: readonly (readonly T[])[], rows: number, cols: number, missing: () => T): T[][] {
  const height = data.length;
  const width = height > 0 ? Math.max(...data.map((row) => row.length)) : 0;
  const out: T[][] = [];
  for (let r = 0; r < rows; r += 1) {
    const line: T[] = [];
    // A single row (or column) is repeated down (or across) the area.
    const sr = height === 1 ? 0 : r;
    for (let c = 0; c < cols; c += 1) {
      const sc = width === 1 ? 0 : c;
      const row = data[sr];
      line.push(row !== undefined && sc < row.length ? row[sc]! : missing());
    }
    out.push(line);
  }
  return out;
}

/** OSTAL.ARRAYAREA(formula, rows, cols). */
export class ArrayAreaFunctionPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    [ARRAY_AREA_FUNCTION]: {
      method: 'arrayArea',
      sizeOfResultArrayMethod: 'arrayAreaSize',
      enableArrayArithmeticForArguments: true,
      vectorizationForbidden: true,
      parameters: [{ argumentType: FunctionArgumentType.ANY }, { argumentType: FunctionArgumentType.INTEGER, minValue: 1 }, { argumentType: FunctionArgumentType.INTEGER, minValue: 1 }],
    },
  };

  arrayArea(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.runFunction(ast.args, state, this.meta(ARRAY_AREA_FUNCTION), (value: PluginValue, rows: number, cols: number) => {
      const data: ScalarValue[][] = value instanceof SimpleRangeValue ? value.data : [[value]];
      const fitted = fitToArea(data, rows, cols, (): ScalarValue => new CellError(ErrorType.NA, 'The array is smaller than its area.'));
      return SimpleRangeValue.onlyValues(fitted);
    });
  }

  /** The area itself, whatever the formula's own size. */
  arrayAreaSize(ast: ProcedureNode, _state: PluginState): ArraySize {
    const rows = sizeLiteral(ast.args[1]);
    const cols = sizeLiteral(ast.args[2]);
    if (ast.args.length !== 3 || rows === undefined || cols === undefined) return ArraySize.error();
    return new ArraySize(cols, rows);
  }
}

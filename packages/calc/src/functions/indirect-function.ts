/**
 * INDIRECT(ref_text, [a1]) for A1-style text in the same workbook: `B3`, `$B$3`, `B3:C7`,
 * `Sheet2!B3`, `'My sheet'!B3:C4`. A single cell gives its value, a range an array (so
 * SUM(INDIRECT("A1:A3")) works). R1C1 text (a1 FALSE), external workbooks and defined names are
 * #REF!.
 *
 * The target is known only while computing, so the engine cannot schedule the target first:
 * INDIRECT is volatile and `createCalc` recomputes it until results settle (see calc.ts). A
 * target not computed yet reads as #REF! for that round.
 */
import { CellError, ErrorType, FunctionArgumentType, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions, SimpleCellAddress } from 'hyperformula';
import { columnIndex } from '@ostal/model';
import type { PluginState, PluginValue, ProcedureNode, ScalarValue } from './plugin-support.js';
import { cellError, OstalFunctionPlugin } from './plugin-support.js';

/** A parsed reference: zero-based corners, sheet name when given. */
export interface A1Reference {
  readonly sheet: string | null;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?([1-9]\d{0,6})$/;
/** Cells read through one INDIRECT at most (a whole-column range would be a million). */
const MAX_CELLS = 1_000_000;

function parseCell(text: string): { row: number; col: number } | null {
  const m = CELL.exec(text.trim());
  if (!m) return null;
  const col = columnIndex(m[1]!);
  return col < 0 ? null : { row: Number(m[2]) - 1, col };
}

/**
 * Parses A1 reference text; null when it is not one.
 * @example parseA1Reference("'Q1 2024'!$B$2:C3") // { sheet: 'Q1 2024', top: 1, left: 1, bottom: 2, right: 2 }
 */
export function parseA1Reference(text: string): A1Reference | null {
  let rest = text.trim();
  let sheet: string | null = null;
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    const name = rest.slice(0, bang);
    rest = rest.slice(bang + 1);
    if (name.startsWith("'") && name.endsWith("'") && name.length >= 2) sheet = name.slice(1, -1).replace(/''/g, "'");
    else if (/^[^\s'!:[\]]+$/.test(name)) sheet = name;
    else return null;
  }
  const [first, second, ...more] = rest.split(':');
  if (first === undefined || more.length > 0) return null;
  const a = parseCell(first);
  const b = second === undefined ? a : parseCell(second);
  if (!a || !b) return null;
  return { sheet, top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

/** INDIRECT. */
export class IndirectFunctionPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    INDIRECT: {
      method: 'indirect',
      isVolatile: true,
      parameters: [{ argumentType: FunctionArgumentType.STRING }, { argumentType: FunctionArgumentType.BOOLEAN, defaultValue: true }],
    },
  };

  /** INDIRECT(ref_text, [a1]): the value(s) at the reference the text names. */
  indirect(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.runFunction(ast.args, state, this.meta('INDIRECT'), (text: string, a1: boolean) => {
      if (!a1) return cellError(ErrorType.REF, 'INDIRECT supports A1-style references only.');
      const ref = parseA1Reference(text);
      if (!ref) return cellError(ErrorType.REF, `${text} is not a reference.`);
      const sheet = ref.sheet === null ? state.formulaAddress.sheet : this.dependencyGraph.sheetMapping.getSheetId(ref.sheet);
      if (sheet === undefined) return cellError(ErrorType.REF, `There is no sheet ${ref.sheet ?? ''}.`);
      if ((ref.bottom - ref.top + 1) * (ref.right - ref.left + 1) > MAX_CELLS) return cellError(ErrorType.REF, 'The range is too large for INDIRECT.');
      if (ref.top === ref.bottom && ref.left === ref.right) return this.read({ sheet, row: ref.top, col: ref.left });
      const rows: ScalarValue[][] = [];
      for (let row = ref.top; row <= ref.bottom; row += 1) {
        const line: ScalarValue[] = [];
        for (let col = ref.left; col <= ref.right; col += 1) line.push(this.read({ sheet, row, col }));
        rows.push(line);
      }
      return SimpleRangeValue.onlyValues(rows);
    });
  }

  private read(address: SimpleCellAddress): ScalarValue {
    try {
      return this.dependencyGraph.getScalarValue(address);
    } catch {
      // The target is a formula the engine has not reached yet; the next round reads it.
      return new CellError(ErrorType.REF, 'The INDIRECT target is not computed yet.');
    }
  }
}

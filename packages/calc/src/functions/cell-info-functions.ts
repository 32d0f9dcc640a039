/**
 * CELL and INFO, which HyperFormula lacks (ECMA-376 Part 1, 18.17.7; Excel's and LibreOffice's
 * function references). Info types are case-insensitive; a type not listed here is #VALUE!, as in
 * Excel (LibreOffice's own CELL types `sheet` and `coord` too).
 *
 * CELL(info_type, [reference]) about the top-left cell of `reference`; without one, about the
 * formula's own cell (Excel takes the cell last changed, which a file cannot reproduce; LibreOffice
 * takes the formula's cell, as here):
 * - `address`: `$B$3` (a reference to another sheet: `Sheet2!$B$3`, where Excel adds the workbook's
 *   file name in brackets, `[Book1.xlsx]Sheet2!$B$3`, which the engine does not know);
 * - `col`, `row`: numbers from 1;
 * - `contents`: the cell's value (a blank is 0, as `=A1` shows it; the formula's own cell is a
 *   circular reference, #CYCLE!, which the model shows as #ERROR!);
 * - `type`: `b` blank, `l` text (a constant or a formula's text result, as LibreOffice), `v` other;
 * - `prefix`: empty text for anything but text; for text it depends on the cell's alignment.
 *
 * The engine holds values, not the cells' formats, widths, protection or the file's path: `width`,
 * `format`, `color`, `parentheses`, `protect`, `filename` and the `prefix` of a text cell are #N/A,
 * with a message starting with {@link INFO_UNAVAILABLE} (`createCalc` turns it into an
 * `unavailable-information` diagnostic), never a guess.
 *
 * INFO(type_text): `numfile` the workbook's sheet count (Excel counts the sheets of every open
 * workbook; here one workbook is open); `recalc` `Automatic` (Ostal always recalculates);
 * `release`, `system`, `osversion`, `directory` from the host ({@link setInfoEnvironment}), #N/A
 * until it says; `origin` (the window's top-left visible cell) #N/A: the engine has no view;
 * `memavail`, `memused`, `totmem` #N/A, as Excel gives since 2007.
 */
import { CellError, ErrorType, SimpleRangeValue } from 'hyperformula';
import type { ImplementedFunctions, SimpleCellAddress } from 'hyperformula';
import { cellName } from '@ostal/model';
import type { PluginAst, PluginState, PluginValue, ProcedureNode, ScalarValue } from './plugin-support.js';
import { cellError, coerceToNumber, isEmpty, OstalFunctionPlugin } from './plugin-support.js';

/** Start of the message of a CELL or INFO result the engine cannot give. */
export const INFO_UNAVAILABLE = 'Information unavailable:';

/** What INFO reports about the application and its host; a missing field makes INFO #N/A. */
export interface InfoEnvironment {
  /** INFO("release"): the application's version, e.g. `1.4.0`. */
  readonly release?: string;
  /** INFO("system"): Excel gives `pcdos` (Windows) or `mac`. */
  readonly system?: string;
  /** INFO("osversion"): the operating system's name and version. */
  readonly osVersion?: string;
  /** INFO("directory"): the current folder, ending with its separator. */
  readonly directory?: string;
}

let environment: InfoEnvironment = {};

/**
 * Sets what INFO reports about the host (for every engine of this realm, as function
 * registration is). Fields left out make the matching INFO types #N/A.
 */
export function setInfoEnvironment(next: InfoEnvironment): void {
  environment = { ...next };
}

const CELL_TYPES = new Set(['address', 'col', 'row', 'contents', 'type', 'prefix', 'width', 'format', 'color', 'parentheses', 'protect', 'filename']);

/** What each CELL type needs that the engine does not hold. */
const CELL_NEEDS: Readonly<Record<string, string>> = {
  width: "the column's width",
  format: "the cell's number format",
  color: "the cell's number format",
  parentheses: "the cell's number format",
  protect: "the cell's protection",
  filename: "the workbook's file name",
};

function unavailable(what: string): CellError {
  return cellError(ErrorType.NA, `${INFO_UNAVAILABLE} ${what} is not known to the calculation.`);
}

/** The node inside any parentheses. */
function unwrapped(node: PluginAst): PluginAst {
  let n = node as { type?: string; expression?: PluginAst };
  while (n.type === 'PARENTHESES' && n.expression !== undefined) n = n.expression;
  return n as PluginAst;
}

interface AddressNode {
  toSimpleCellAddress(base: SimpleCellAddress): SimpleCellAddress;
}
interface ColumnNode {
  toSimpleColumnAddress(base: SimpleCellAddress): { sheet: number; col: number };
}
interface RowNode {
  toSimpleRowAddress(base: SimpleCellAddress): { sheet: number; row: number };
}

/** The top-left cell a reference node names, or undefined for a node that is no reference. */
function referenceStart(node: PluginAst, base: SimpleCellAddress): SimpleCellAddress | undefined {
  const n = node as { type?: string; reference?: AddressNode; start?: unknown; end?: unknown };
  if (n.type === 'CELL_REFERENCE' && n.reference) return n.reference.toSimpleCellAddress(base);
  if (n.type === 'CELL_RANGE') {
    const a = (n.start as AddressNode).toSimpleCellAddress(base);
    const b = (n.end as AddressNode).toSimpleCellAddress(base);
    return { sheet: a.sheet, row: Math.min(a.row, b.row), col: Math.min(a.col, b.col) };
  }
  if (n.type === 'COLUMN_RANGE') {
    const a = (n.start as ColumnNode).toSimpleColumnAddress(base);
    const b = (n.end as ColumnNode).toSimpleColumnAddress(base);
    return { sheet: a.sheet, row: 0, col: Math.min(a.col, b.col) };
  }
  if (n.type === 'ROW_RANGE') {
    const a = (n.start as RowNode).toSimpleRowAddress(base);
    const b = (n.end as RowNode).toSimpleRowAddress(base);
    return { sheet: a.sheet, row: Math.min(a.row, b.row), col: 0 };
  }
  return undefined;
}

/** A sheet name as a reference writes it: quoted when it is not a plain word. */
function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}

/** `$B$3` for zero-based row 2, column 1. */
function absoluteName(row: number, col: number): string {
  const m = /^([A-Z]+)(\d+)$/.exec(cellName(row, col))!;
  return `$${m[1]!}$${m[2]!}`;
}

/** One value from an argument: a one-cell range gives its cell; a larger one #VALUE!. */
function single(value: PluginValue): ScalarValue {
  if (!(value instanceof SimpleRangeValue)) return value;
  if (value.width() * value.height() !== 1) return cellError(ErrorType.VALUE, 'A single value is expected.');
  return value.valuesFromTopLeftCorner()[0]!;
}

/** CELL, INFO. */
export class CellInfoFunctionsPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    CELL: { method: 'cell' },
    INFO: { method: 'info' },
  };

  /** CELL(info_type, [reference]): information about a cell (see the file header). */
  cell(ast: ProcedureNode, state: PluginState): PluginValue {
    if (ast.args.length < 1 || ast.args.length > 2) return this.argumentCountError();
    const typeValue = single(this.evaluateArg(ast.args[0]!, state));
    if (typeValue instanceof CellError) return typeValue;
    if (typeof typeValue !== 'string') return cellError(ErrorType.VALUE, 'The info type is text.');
    const type = typeValue.toLowerCase();
    if (!CELL_TYPES.has(type)) return cellError(ErrorType.VALUE, `CELL has no info type "${typeValue}".`);
    const address = this.referenceOf(ast.args[1], state);
    if (address instanceof CellError) return address;
    switch (type) {
      case 'address': {
        const own = address.sheet === state.formulaAddress.sheet;
        const name = own ? undefined : this.dependencyGraph.sheetMapping.getSheetName(address.sheet);
        return (name === undefined ? '' : sheetPrefix(name)) + absoluteName(address.row, address.col);
      }
      case 'col':
        return address.col + 1;
      case 'row':
        return address.row + 1;
      case 'contents': {
        const value = this.valueAt(address, state);
        return isEmpty(value) ? 0 : value;
      }
      case 'type': {
        const value = this.valueAt(address, state);
        if (isEmpty(value)) return 'b';
        return typeof value === 'string' ? 'l' : 'v';
      }
      case 'prefix': {
        const value = this.valueAt(address, state);
        return typeof value === 'string' ? unavailable("the alignment of a text cell, which CELL(\"prefix\") shows,") : '';
      }
      default:
        return unavailable(CELL_NEEDS[type]!);
    }
  }

  /** INFO(type_text): information about the application (see the file header). */
  info(ast: ProcedureNode, state: PluginState): PluginValue {
    if (ast.args.length !== 1) return this.argumentCountError();
    const typeValue = single(this.evaluateArg(ast.args[0]!, state));
    if (typeValue instanceof CellError) return typeValue;
    if (typeof typeValue !== 'string') return cellError(ErrorType.VALUE, 'The info type is text.');
    switch (typeValue.toLowerCase()) {
      case 'numfile':
        // Engine sheets named `[n]…` hold other workbooks' cached values (external-sheets.ts).
        return this.dependencyGraph.sheetMapping.getSheetNames().filter((name) => !name.startsWith('[')).length;
      case 'recalc':
        return 'Automatic';
      case 'release':
        return environment.release ?? unavailable("the application's version");
      case 'system':
        return environment.system ?? unavailable('the operating system');
      case 'osversion':
        return environment.osVersion ?? unavailable("the operating system's version");
      case 'directory':
        return environment.directory ?? unavailable('the current folder');
      case 'origin':
        return unavailable("the window's top-left visible cell");
      case 'memavail':
      case 'memused':
      case 'totmem':
        return cellError(ErrorType.NA, `INFO("${typeValue}") is no longer supported (as in Excel since 2007).`);
      default:
        return cellError(ErrorType.VALUE, `INFO has no type "${typeValue}".`);
    }
  }

  /** The top-left cell of CELL's reference argument, or the formula's own cell without one. */
  private referenceOf(arg: PluginAst | undefined, state: PluginState): SimpleCellAddress | CellError {
    if (arg === undefined || (arg.type as string) === 'EMPTY') return state.formulaAddress;
    const node = unwrapped(arg);
    const start = referenceStart(node, state.formulaAddress);
    if (start !== undefined) return start;
    const indexed = this.indexStart(node, state);
    if (indexed !== undefined) return indexed;
    // OFFSET is a reference once parsed; a function giving a range (INDIRECT) gives one that knows its place.
    const value = this.evaluateArg(node, state);
    if (value instanceof CellError) return value;
    if (value instanceof SimpleRangeValue && value.range !== undefined) return value.range.start;
    return cellError(ErrorType.VALUE, 'CELL needs a reference.');
  }

  /**
   * The cell INDEX(reference, row, [column]) names: the engine's INDEX gives the value, not the
   * reference, so CELL works it out (a row or column of 0 keeps the reference's first). Undefined
   * when the node is no INDEX of a reference.
   */
  private indexStart(node: PluginAst, state: PluginState): SimpleCellAddress | CellError | undefined {
    const call = node as { type?: string; procedureName?: string; args?: PluginAst[] };
    if (call.type !== 'FUNCTION_CALL' || call.procedureName !== 'INDEX' || !call.args || call.args.length < 2 || call.args.length > 3) return undefined;
    const start = referenceStart(unwrapped(call.args[0]!), state.formulaAddress);
    if (start === undefined) return undefined;
    const offsets: number[] = [];
    for (const arg of call.args.slice(1)) {
      const value = single(this.evaluateArg(arg, state));
      if (value instanceof CellError) return value;
      const n = coerceToNumber(value);
      if (n instanceof CellError) return n;
      if (n < 0) return cellError(ErrorType.VALUE, 'INDEX needs positions from 0.');
      offsets.push(Math.max(0, Math.trunc(n) - 1));
    }
    return { sheet: start.sheet, row: start.row + offsets[0]!, col: start.col + (offsets[1] ?? 0) };
  }

  private valueAt(address: SimpleCellAddress, state: PluginState): ScalarValue {
    const own = state.formulaAddress;
    if (address.sheet === own.sheet && address.row === own.row && address.col === own.col) return cellError(ErrorType.CYCLE, 'CELL reads its own cell.');
    const value = this.dependencyGraph.getCellValue(address);
    return value instanceof SimpleRangeValue ? (value.valuesFromTopLeftCorner()[0] ?? cellError(ErrorType.VALUE)) : value;
  }
}


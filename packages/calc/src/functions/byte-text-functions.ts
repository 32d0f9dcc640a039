/**
 * LENB, LEFTB, RIGHTB, MIDB, FINDB, SEARCHB and REPLACEB, which HyperFormula lacks (Excel
 * reference). Excel counts two bytes per character only when a double-byte language (Chinese,
 * Japanese, Korean) is the default editing language; otherwise each function is its character
 * version, which is what Ostal computes: LENB counts as LEN does (code points), the others
 * count positions as LEFT, RIGHT, MID, FIND, SEARCH and REPLACE do.
 * - LEFTB(text, [num_bytes]) and RIGHTB: 1 by default; negative: #VALUE!.
 * - MIDB(text, start_num, num_bytes): start below 1 or a negative count: #VALUE!.
 * - FINDB(find_text, within_text, [start_num]) (case-sensitive) and SEARCHB (ignoring case,
 *   wildcards `*` `?` `~`): the position found from start_num, #VALUE! when not found or when
 *   start_num is below 1 or beyond the text.
 * - REPLACEB(old_text, start_num, num_bytes, new_text).
 */
import { CellError, ErrorType, FunctionArgumentType } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import { wildcardPattern } from './criteria.js';
import type { PluginState, PluginValue, ProcedureNode, ScalarValue } from './plugin-support.js';
import { cellError, OstalFunctionPlugin } from './plugin-support.js';
import { codePointLength, textOf } from './text-functions.js';

const TEXT = { argumentType: FunctionArgumentType.SCALAR };
const COUNT = { argumentType: FunctionArgumentType.NUMBER };
const OPTIONAL_ONE = { argumentType: FunctionArgumentType.NUMBER, defaultValue: 1 };
const bad = (): CellError => cellError(ErrorType.VALUE, 'An argument is out of range.');

/** 1-based position of `find` in `within` from `start`, or 0; wildcards and case ignored for SEARCH. */
export function findPosition(find: string, within: string, start: number, search: boolean): number {
  if (!search) {
    const at = within.indexOf(find, start - 1);
    return at + 1;
  }
  // The whole-text pattern of the criteria, unanchored: the first place it matches.
  const source = wildcardPattern(find).source.slice(1, -1);
  const match = new RegExp(source, 'iu').exec(within.slice(start - 1));
  return match ? match.index + start : 0;
}

/** LENB, LEFTB, RIGHTB, MIDB, FINDB, SEARCHB, REPLACEB. */
export class ByteTextFunctionsPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    LENB: { method: 'lenb', parameters: [TEXT] },
    LEFTB: { method: 'leftb', parameters: [TEXT, OPTIONAL_ONE] },
    RIGHTB: { method: 'rightb', parameters: [TEXT, OPTIONAL_ONE] },
    MIDB: { method: 'midb', parameters: [TEXT, COUNT, COUNT] },
    FINDB: { method: 'findb', parameters: [TEXT, TEXT, OPTIONAL_ONE] },
    SEARCHB: { method: 'searchb', parameters: [TEXT, TEXT, OPTIONAL_ONE] },
    REPLACEB: { method: 'replaceb', parameters: [TEXT, COUNT, COUNT, TEXT] },
  };

  /** Runs `fn` over the texts of the scalar arguments, errors among them propagated. */
  private texts(name: string, ast: ProcedureNode, state: PluginState, fn: (...args: (string | number)[]) => ScalarValue): PluginValue {
    return this.runFunction(ast.args, state, this.meta(name), (...args: (ScalarValue | number)[]) => {
      const error = args.find((a): a is CellError => a instanceof CellError);
      if (error) return error;
      return fn(...args.map((a) => (typeof a === 'number' ? a : textOf(a as Exclude<ScalarValue, CellError>))));
    });
  }

  lenb(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.texts('LENB', ast, state, (text) => codePointLength(String(text)));
  }

  leftb(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.texts('LEFTB', ast, state, (text, n) => ((n as number) < 0 ? bad() : String(text).slice(0, Math.trunc(n as number))));
  }

  rightb(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.texts('RIGHTB', ast, state, (text, n) => {
      const count = Math.trunc(n as number);
      if (count < 0) return bad();
      const s = String(text);
      return count === 0 ? '' : s.slice(Math.max(s.length - count, 0));
    });
  }

  midb(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.texts('MIDB', ast, state, (text, start, n) => {
      const from = Math.trunc(start as number);
      const count = Math.trunc(n as number);
      if (from < 1 || count < 0) return bad();
      return String(text).slice(from - 1, from - 1 + count);
    });
  }

  findb(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.find('FINDB', ast, state, false);
  }

  searchb(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.find('SEARCHB', ast, state, true);
  }

  private find(name: string, ast: ProcedureNode, state: PluginState, search: boolean): PluginValue {
    return this.texts(name, ast, state, (find, within, start) => {
      const from = Math.trunc(start as number);
      const w = String(within);
      if (from < 1 || from > w.length + (String(find) === '' ? 1 : 0)) return bad();
      const at = findPosition(String(find), w, from, search);
      return at === 0 ? cellError(ErrorType.VALUE, 'The text is not found.') : at;
    });
  }

  replaceb(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.texts('REPLACEB', ast, state, (text, start, n, replacement) => {
      const from = Math.trunc(start as number);
      const count = Math.trunc(n as number);
      if (from < 1 || count < 0) return bad();
      const s = String(text);
      return s.slice(0, from - 1) + String(replacement) + s.slice(from - 1 + count);
    });
  }
}

/**
 * ENCODEURL, which HyperFormula lacks (Excel reference, Excel 2013): text made safe for a URL.
 * Every character other than the unreserved ones of RFC 3986 (letters A to Z, digits, `-`, `_`,
 * `.`, `~`) becomes its UTF-8 bytes as `%XX` with upper-case hexadecimal digits (a space is
 * `%20`). Numbers and logicals are the text they show.
 */
import { CellError, FunctionArgumentType } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { PluginState, PluginValue, ProcedureNode, ScalarValue } from './plugin-support.js';
import { OstalFunctionPlugin } from './plugin-support.js';
import { textOf } from './text-functions.js';

/** `text` percent-encoded, only RFC 3986's unreserved characters kept. */
export function encodeUrl(text: string): string {
  // encodeURIComponent also keeps ! ' ( ) *, which are reserved in RFC 3986.
  return encodeURIComponent(text).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** ENCODEURL. */
export class EncodeUrlFunctionPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    ENCODEURL: { method: 'encodeUrl', parameters: [{ argumentType: FunctionArgumentType.SCALAR }] },
  };

  /** ENCODEURL(text). */
  encodeUrl(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.runFunction(ast.args, state, this.meta('ENCODEURL'), (value: ScalarValue) => (value instanceof CellError ? value : encodeUrl(textOf(value))));
  }
}

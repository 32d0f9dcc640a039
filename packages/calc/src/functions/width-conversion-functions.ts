/**
 * ASC, JIS and DBCS, which HyperFormula lacks (ECMA-376 Part 1, 18.17.7; Excel reference;
 * LibreOffice Help): full-width (double-byte) characters to half-width ones and back.
 *
 * - ASC(text): full-width ASCII (ＡＢＣ１２３), the ideographic space and full-width signs
 *   (￥, ￠...) become their half-width forms; full-width katakana become half-width katakana, a
 *   voiced one two characters (ガ → ｶﾞ).
 * - JIS(text) and DBCS(text) (the same function under its Japanese and its other name): the
 *   reverse; a half-width katakana followed by a (semi-)voiced sound mark becomes one character.
 * Other characters stay as they are. Excel converts only where a double-byte language is its
 * default (elsewhere it returns the text unchanged); LibreOffice and Ostal always convert.
 */
import { FunctionArgumentType } from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { PluginState, PluginValue, ProcedureNode } from './plugin-support.js';
import { OstalFunctionPlugin } from './plugin-support.js';

/** Half-width katakana and punctuation U+FF61–U+FF9F, and their full-width forms in the same order. */
const HALF_KANA = 'ｧｨｩｪｫｬｭｮｯｰｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝﾞﾟ｡｢｣､･ｦ';
const FULL_KANA = 'ァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン゛゜。「」、・ヲ';
/** Half-width signs and their full-width forms. */
const HALF_SIGNS = '¢£¬¯¦¥₩';
const FULL_SIGNS = '￠￡￢￣￤￥￦';

const VOICED_MARK = 'ﾞ';
const SEMI_VOICED_MARK = 'ﾟ';
/** Full-width katakana that take a voiced mark (カ → ガ is the next code point), and a semi-voiced one (ハ → パ, two further). */
const VOICEABLE = 'カキクケコサシスセソタチツテトハヒフヘホ';
const SEMI_VOICEABLE = 'ハヒフヘホ';

const toFull = new Map<string, string>();
const toHalf = new Map<string, string>();
[...HALF_KANA].forEach((half, i) => toFull.set(half, FULL_KANA[i]!));
[...HALF_SIGNS].forEach((half, i) => toFull.set(half, FULL_SIGNS[i]!));
for (const [half, full] of toFull) toHalf.set(full, half);
for (const base of VOICEABLE) toHalf.set(String.fromCharCode(base.charCodeAt(0) + 1), toHalf.get(base)! + VOICED_MARK);
for (const base of SEMI_VOICEABLE) toHalf.set(String.fromCharCode(base.charCodeAt(0) + 2), toHalf.get(base)! + SEMI_VOICED_MARK);
// ヴ is ウ voiced, outside the ka–ho rows.
toHalf.set('ヴ', `ｳ${VOICED_MARK}`);

/** `text` with full-width characters made half-width (ASC). */
export function toHalfWidth(text: string): string {
  let out = '';
  for (const c of text) {
    const code = c.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (c === '\u3000') out += ' ';
    else out += toHalf.get(c) ?? c;
  }
  return out;
}

/** `text` with half-width characters made full-width (JIS, DBCS). */
export function toFullWidth(text: string): string {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; i += 1) {
    const c = chars[i]!;
    const code = c.charCodeAt(0);
    if (code >= 0x21 && code <= 0x7e) {
      out += String.fromCharCode(code + 0xfee0);
      continue;
    }
    if (c === ' ') {
      out += '\u3000';
      continue;
    }
    const full = toFull.get(c);
    if (full === undefined) {
      out += c;
      continue;
    }
    const next = chars[i + 1];
    if (next === VOICED_MARK && (VOICEABLE.includes(full) || full === 'ウ')) {
      out += full === 'ウ' ? 'ヴ' : String.fromCharCode(full.charCodeAt(0) + 1);
      i += 1;
    } else if (next === SEMI_VOICED_MARK && SEMI_VOICEABLE.includes(full)) {
      out += String.fromCharCode(full.charCodeAt(0) + 2);
      i += 1;
    } else {
      out += full;
    }
  }
  return out;
}

const TEXT = [{ argumentType: FunctionArgumentType.STRING }];

/** ASC, JIS, DBCS. */
export class WidthConversionFunctionsPlugin extends OstalFunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    ASC: { method: 'asc', parameters: TEXT },
    JIS: { method: 'jis', parameters: TEXT },
    DBCS: { method: 'dbcs', parameters: TEXT },
  };

  /** ASC(text). */
  asc(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.runFunction(ast.args, state, this.meta('ASC'), toHalfWidth);
  }

  /** JIS(text). */
  jis(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.runFunction(ast.args, state, this.meta('JIS'), toFullWidth);
  }

  /** DBCS(text). */
  dbcs(ast: ProcedureNode, state: PluginState): PluginValue {
    return this.runFunction(ast.args, state, this.meta('DBCS'), toFullWidth);
  }
}

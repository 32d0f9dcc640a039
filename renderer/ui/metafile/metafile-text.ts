/**
 * Text of metafile records as Unicode: 8-bit strings decoded by their font's character set
 * (MS-WMF 2.1.1.5 CharacterSet), the Symbol font's codes mapped to the characters they draw
 * (equations and bullets use it; few machines outside Windows have the font), and anything XML
 * cannot hold removed.
 */

/** TextDecoder labels of the GDI character sets (ANSI code pages). */
const CHARSET_ENCODING: Readonly<Record<number, string>> = {
  0: 'windows-1252',
  1: 'windows-1252',
  128: 'shift_jis',
  129: 'euc-kr',
  134: 'gbk',
  136: 'big5',
  161: 'windows-1253',
  162: 'windows-1254',
  163: 'windows-1258',
  177: 'windows-1255',
  178: 'windows-1256',
  186: 'windows-1257',
  204: 'windows-1251',
  222: 'windows-874',
  238: 'windows-1250',
};

/** SYMBOL_CHARSET. */
export const SYMBOL_CHARSET = 2;

// Symbol font codes 0x20..0xFF -> Unicode; '\0' where the code is a bracket piece or unused.
const SYMBOL_LOW = ' !∀#∃%&∋()∗+,−./0123456789:;<=>?≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_‾αβχδεφγηιϕκλμνοπθρστυϖωξψζ{|}∼';
const SYMBOL_HIGH = '\0ϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓°±″≥×∝∂•÷≠≡≈…│─↵ℵℑℜ℘⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓◊〈®©™∑⎛⎜⎝⎡⎢⎣⎧⎨⎩⎪\0〉∫⌠⎮⌡⎞⎟⎠⎤⎥⎦⎫⎬⎭\0';

function symbolChar(code: number): string {
  if (code >= 0x20 && code < 0x7f) return SYMBOL_LOW.charAt(code - 0x20);
  if (code >= 0xa0 && code <= 0xff) {
    const c = SYMBOL_HIGH.charAt(code - 0xa0);
    return c === '\0' ? '' : c;
  }
  return '';
}

/** Whether a face name is the Symbol font (whose codes are not Unicode). */
export function isSymbolFace(face: string): boolean {
  return /^(mt )?symbol$/i.test(face.trim());
}

/** Symbol font text (codes, or the U+F0xx private-use form Unicode records use) as Unicode. */
export function symbolText(codes: readonly number[]): string {
  let out = '';
  for (const c of codes) out += symbolChar(c >= 0xf000 && c <= 0xf0ff ? c - 0xf000 : c);
  return out;
}

/** MathType's "MT Extra" accents that equations use most (dots over variables). */
const MT_EXTRA: Readonly<Record<number, string>> = { 0x26: '\u02d9', 0x27: '\u00a8', 0x3c: '\u25c3', 0x3e: '\u25b9' };

/** An 8-bit string in the given character set. */
export function decodeAnsi(bytes: Uint8Array, charset: number, face: string): string {
  if (charset === SYMBOL_CHARSET && isSymbolFace(face)) return symbolText([...bytes]);
  if (/^mt extra$/i.test(face.trim())) return [...bytes].map((b) => MT_EXTRA[b] ?? String.fromCharCode(b)).join('');
  // Other symbol fonts (Wingdings, Marlett...) draw pictures for these codes: letters would be wrong.
  if (charset === SYMBOL_CHARSET) return '';
  const label = CHARSET_ENCODING[charset] ?? 'windows-1252';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return String.fromCharCode(...bytes);
  }
}

/** UTF-16LE code units as a string (lone surrogates are removed by {@link xmlText}). */
export function decodeUtf16(units: readonly number[], face: string, charset: number): string {
  if (isSymbolFace(face)) return symbolText(units);
  if (charset === SYMBOL_CHARSET && !/^mt extra$/i.test(face.trim())) return '';
  let out = '';
  for (const u of units) out += String.fromCharCode(u);
  return out;
}

/** Text safe inside an XML element or attribute: escaped, with characters XML forbids removed. */
export function xmlText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text.charAt(i) + text.charAt(i + 1);
        i++;
      }
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    if ((c < 0x20 && c !== 0x09) || c === 0xfffe || c === 0xffff) continue;
    const ch = text.charAt(i);
    out += ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '"' ? '&quot;' : ch === "'" ? '&apos;' : ch;
  }
  return out;
}

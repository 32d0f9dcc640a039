/**
 * Digits of other scripts in number formats. An Excel format code's locale bracket
 * `[$-xxyyzzzz]` carries, above the Windows locale id `zzzz`, a calendar `yy` and a numeral system
 * `xx` (`[$-2000401]`: Arabic-Indic digits in Arabic (Saudi Arabia); `[$-D07041E]`: Thai digits
 * and the Buddhist calendar in Thai). ODF says the same with `number:transliteration-format`, the
 * digit one of the script (ODF 1.3 Part 3, 19.354).
 */

/** Zero of each numeral system an Excel locale bracket can name, by its number (the bracket's top byte). */
const ZERO: Readonly<Record<number, number>> = {
  0x02: 0x0660, // Arabic-Indic
  0x03: 0x06f0, // Extended Arabic-Indic (Persian, Urdu)
  0x04: 0x0966, // Devanagari
  0x05: 0x09e6, // Bengali
  0x06: 0x0a66, // Gurmukhi
  0x07: 0x0ae6, // Gujarati
  0x08: 0x0b66, // Oriya
  0x09: 0x0be6, // Tamil
  0x0a: 0x0c66, // Telugu
  0x0b: 0x0ce6, // Kannada
  0x0c: 0x0d66, // Malayalam
  0x0d: 0x0e50, // Thai
  0x0e: 0x0ed0, // Lao
  0x0f: 0x0f20, // Tibetan
  0x10: 0x1040, // Myanmar
  0x12: 0x17e0, // Khmer
  0x13: 0x1810, // Mongolian
};

/** The numeral system a locale bracket's id names (`0x2000401` → 2), or undefined for Western digits. */
export function numeralSystemOf(bracketId: number): number | undefined {
  const system = Math.floor(bracketId / 0x1000000) & 0xff;
  return ZERO[system] !== undefined ? system : undefined;
}

/** The digit one of a numeral system (`١` for 2), as ODF's `number:transliteration-format` names it. */
export function numeralOne(system: number): string | undefined {
  const zero = ZERO[system];
  return zero === undefined ? undefined : String.fromCodePoint(zero + 1);
}

/** The numeral system whose digit one is `one` (ODF `number:transliteration-format="١"`), or undefined. */
export function numeralSystemOfOne(one: string): number | undefined {
  const cp = one.codePointAt(0);
  if (cp === undefined || [...one].length !== 1) return undefined;
  const found = Object.entries(ZERO).find(([, zero]) => zero + 1 === cp);
  return found ? Number(found[0]) : undefined;
}

/** `text` with its ASCII digits written in a numeral system's digits. */
export function withNumerals(text: string, system: number): string {
  const zero = ZERO[system];
  return zero === undefined ? text : text.replace(/[0-9]/g, (d) => String.fromCodePoint(zero + d.charCodeAt(0) - 48));
}

/**
 * The locales a number format can name: Excel writes a Windows locale id in a `[$-40C]` prefix,
 * ODF a `number:language` and `number:country` on the data style.
 */
/** Windows locale ids (MS-LCID) of the languages Excel format codes name as `[$-40C]`, by ODF language-country. */
export const LANG_LCID: Readonly<Record<string, number>> = {
  'ar-SA': 0x401,
  'bg-BG': 0x402,
  'ca-ES': 0x403,
  'zh-TW': 0x404,
  'cs-CZ': 0x405,
  'da-DK': 0x406,
  'de-DE': 0x407,
  'el-GR': 0x408,
  'en-US': 0x409,
  'fi-FI': 0x40b,
  'fr-FR': 0x40c,
  'he-IL': 0x40d,
  'hu-HU': 0x40e,
  'it-IT': 0x410,
  'ja-JP': 0x411,
  'ko-KR': 0x412,
  'nl-NL': 0x413,
  'nb-NO': 0x414,
  'pl-PL': 0x415,
  'pt-BR': 0x416,
  'ro-RO': 0x418,
  'ru-RU': 0x419,
  'hr-HR': 0x41a,
  'sk-SK': 0x41b,
  'sv-SE': 0x41d,
  'th-TH': 0x41e,
  'tr-TR': 0x41f,
  'uk-UA': 0x422,
  'sl-SI': 0x424,
  'et-EE': 0x425,
  'lv-LV': 0x426,
  'lt-LT': 0x427,
  'vi-VN': 0x42a,
  'eu-ES': 0x42d,
  'zh-CN': 0x804,
  'de-CH': 0x807,
  'en-GB': 0x809,
  'es-MX': 0x80a,
  'fr-BE': 0x80c,
  'it-CH': 0x810,
  'nl-BE': 0x813,
  'pt-PT': 0x816,
  'de-AT': 0xc07,
  'en-AU': 0xc09,
  'es-ES': 0xc0a,
  'fr-CA': 0xc0c,
  'de-LU': 0x1007,
  'en-CA': 0x1009,
  'fr-CH': 0x100c,
  'fr-LU': 0x140c,
  'en-NZ': 0x1409,
  'fr-MC': 0x180c,
  'en-IE': 0x1809,
  'is-IS': 0x40f,
  'ur-PK': 0x420,
  'id-ID': 0x421,
  'fa-IR': 0x429,
  'af-ZA': 0x436,
  'hi-IN': 0x439,
  'ms-MY': 0x43e,
  'zh-HK': 0xc04,
  'ar-EG': 0xc01,
  'zh-SG': 0x1004,
  'en-ZA': 0x1c09,
  'es-CO': 0x240a,
  'es-AR': 0x2c0a,
  'es-CL': 0x340a,
  'ar-AE': 0x3801,
  'en-IN': 0x4009,
  'es-US': 0x540a,
};
/** The language-country of a Windows locale id. */
export const LCID_LANG = new Map(Object.entries(LANG_LCID).map(([k, v]) => [v, k]));

/**
 * Excel's `[DBNum1]`..`[DBNum3]` (numbers in CJK numerals) as ODF 1.3 Part 3, 19.354-19.357
 * `number:transliteration-format` and `-style`, as LibreOffice converts them: `[DBNum1]` 一 long
 * (一万二千三百二十三), `[DBNum2]` financial 壹 (壱 in Japanese) long, `[DBNum3]` full-width １ short.
 */
export function dbNumTransliteration(n: number, lang: string | undefined): { one: string; style: 'long' | 'short' } | undefined {
  if (n === 1) return { one: '一', style: 'long' };
  if (n === 2) return { one: lang?.startsWith('ja') ? '壱' : '壹', style: 'long' };
  if (n === 3) return { one: '１', style: 'short' };
  return undefined;
}

/** The `[DBNum]` number of a transliteration (the inverse of {@link dbNumTransliteration}), or undefined. */
export function dbNumOf(one: string, style: string | undefined): number | undefined {
  if ((one === '一' || one === '壹' || one === '壱') && style === 'long') return one === '一' ? 1 : 2;
  return one === '１' ? 3 : undefined;
}

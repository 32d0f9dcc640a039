/**
 * ODF data styles <-> Excel number format codes (ODF 1.3 Part 3, 16.29 data styles:
 * 16.29.2 `number:number-style`, 16.29.3 `number:number`, 16.29.6 `number:scientific-number`,
 * 16.29.7 `number:fraction`, 16.29.8 `number:currency-style`, 16.29.9 `number:currency-symbol`,
 * 16.29.10 `number:percentage-style`, 16.29.11 `number:date-style` and its parts, 16.29.19
 * `number:time-style`, 16.29.24 `number:boolean-style`, 16.29.26 `number:text-style`,
 * 16.29.27 `number:text-content`, 16.3 `style:map` conditions). The model keeps Excel codes;
 * each section of a code becomes one data style, the others reached through `style:map`.
 */
import { NS } from '../xml/namespaces.js';
import { escapeAttr, escapeText } from '../xml/xml-writer.js';
import type { OdfNode } from './odf-style-node.js';
import { odfAttr } from './odf-style-node.js';
import { numeralOne, numeralSystemOf, numeralSystemOfOne } from '@ostal/model';
import { dbNumOf, dbNumTransliteration, LANG_LCID, LCID_LANG } from './number-format-locales.js';
import { embedInDecimals, withEmbeddedText } from './odf-embedded-text.js';
import type { Piece } from './odf-embedded-text.js';

const N = NS.number;

// --- ODF -> Excel ---------------------------------------------------------------------------

const NAMED_COLORS: Readonly<Record<string, string>> = {
  '#000000': 'Black',
  '#0000ff': 'Blue',
  '#00ffff': 'Cyan',
  '#00ff00': 'Green',
  '#ff00ff': 'Magenta',
  '#ff0000': 'Red',
  '#ffffff': 'White',
  '#ffff00': 'Yellow',
};

function quote(text: string): string {
  if (text === '') return '';
  // Characters Excel shows as themselves need no quotes.
  if (/^[-+ $/():!^&'~{}<>=,€£¥%]+$/.test(text) && !text.includes('%')) return text;
  return '"' + text.replace(/"/g, '') + '"';
}

function numberPart(el: OdfNode): string {
  const decimals = Number(odfAttr(el, N, 'decimal-places') ?? 0);
  const minDecimals = Number(odfAttr(el, N, 'min-decimal-places') ?? decimals);
  const minInt = Number(odfAttr(el, N, 'min-integer-digits') ?? 0);
  const grouping = odfAttr(el, N, 'grouping') === 'true';
  const factor = Number(odfAttr(el, N, 'display-factor') ?? 1);
  let int = minInt > 0 ? '0'.repeat(minInt) : '#';
  if (grouping) int = ('#,##' + '0'.repeat(Math.max(1, minInt))).replace(/^#,##0000/, '#,##0000');
  if (grouping && minInt === 0) int = '#,##0'.replace(/0$/, '#');
  let frac = '';
  if (decimals > 0) frac = '.' + '0'.repeat(Math.min(minDecimals, decimals)) + '#'.repeat(Math.max(0, decimals - minDecimals));
  let scale = '';
  for (let f = factor; f >= 1000 && Number.isFinite(f); f /= 1000) scale += ',';
  // 16.29.4 number:embedded-text: literal text among the integer digits, `position` digits
  // left of the decimal separator (0: right after the units digit).
  const embedded = el.children
    .filter((c) => c.ns === N && c.local === 'embedded-text')
    .map((c) => ({ pos: Math.max(-30, Math.min(30, Number(odfAttr(c, N, 'position') ?? 0) || 0)), text: c.text }))
    .sort((p, q) => q.pos - p.pos);
  frac = embedInDecimals(frac, embedded, quote);
  for (const e of embedded.filter((x) => x.pos >= 0)) {
    const digits = (int.match(/[0#?]/g) ?? []).length;
    // A digit left of the text keeps it embedded (a text before every digit would be a prefix).
    if (digits <= e.pos) int = '#'.repeat(e.pos + 1 - digits) + int;
    let seen = 0;
    let at = int.length;
    while (at > 0 && seen < e.pos) {
      at -= 1;
      if (/[0#?]/.test(int[at]!)) seen += 1;
    }
    int = int.slice(0, at) + quote(e.text) + int.slice(at);
  }
  return int + frac + scale;
}

function datePart(el: OdfNode): string {
  const long = odfAttr(el, N, 'style') === 'long';
  switch (el.local) {
    case 'day':
      return long ? 'dd' : 'd';
    case 'month':
      if (odfAttr(el, N, 'textual') === 'true') return long ? 'mmmm' : 'mmm';
      return long ? 'mm' : 'm';
    case 'year':
      return long ? 'yyyy' : 'yy';
    case 'day-of-week':
      return long ? 'dddd' : 'ddd';
    case 'hours':
      return long ? 'hh' : 'h';
    case 'minutes':
      return long ? 'mm' : 'm';
    case 'seconds': {
      const d = Number(odfAttr(el, N, 'decimal-places') ?? 0);
      return (long ? 'ss' : 's') + (d > 0 ? '.' + '0'.repeat(d) : '');
    }
    case 'am-pm':
      return 'AM/PM';
    case 'era':
      return '';
    case 'quarter':
      return long ? '"Q"' : '"Q"';
    case 'week-of-year':
      return '';
    default:
      return '';
  }
}

/** A `number:number` with the general format's digits: no decimal places, grouping, scale or embedded text. */
function isGeneralNumber(el: OdfNode): boolean {
  return odfAttr(el, N, 'decimal-places') === undefined && odfAttr(el, N, 'grouping') !== 'true' && odfAttr(el, N, 'display-factor') === undefined && !el.children.some((c) => c.ns === N && c.local === 'embedded-text');
}

/** The Excel code for one data style element, without its maps. */
function sectionCode(style: OdfNode): string {
  const out: string[] = [];
  let lcid: number | undefined;
  const lang = odfAttr(style, N, 'language');
  const country = odfAttr(style, N, 'country');
  if (lang && country) lcid = LANG_LCID[`${lang}-${country}`];
  const elapsed = style.local === 'time-style' && odfAttr(style, N, 'truncate-on-overflow') === 'false';
  let firstTime = true;
  let color = '';
  for (const el of style.children) {
    if (el.ns === NS.style && el.local === 'text-properties') {
      const c = odfAttr(el, NS.fo, 'color')?.toLowerCase();
      if (c && NAMED_COLORS[c]) color = `[${NAMED_COLORS[c]}]`;
      continue;
    }
    if (el.ns !== N) continue;
    switch (el.local) {
      case 'number':
        // Without decimal-places (16.29.3) the digits are the general format's, in a section too
        // (`General;[Red]-General`, as Microsoft Office writes it to ODS).
        out.push(isGeneralNumber(el) ? 'General' : numberPart(el));
        break;
      case 'scientific-number': {
        const base = numberPart(el);
        const exp = Number(odfAttr(el, N, 'min-exponent-digits') ?? 2);
        out.push(`${base}E+${'0'.repeat(Math.max(1, exp))}`);
        break;
      }
      case 'fraction': {
        const minInt = Number(odfAttr(el, N, 'min-integer-digits') ?? 0);
        const grouped = odfAttr(el, N, 'grouping') === 'true';
        const num = Number(odfAttr(el, N, 'min-numerator-digits') ?? 1);
        const denValue = odfAttr(el, N, 'denominator-value');
        const den = Number(odfAttr(el, N, 'min-denominator-digits') ?? 1);
        const whole = minInt > 0 ? '0'.repeat(minInt) : '#';
        const int = odfAttr(el, N, 'min-integer-digits') === undefined ? '' : (grouped ? `#,##${whole}` : whole) + ' ';
        out.push(`${int}${'?'.repeat(Math.max(1, num))}/${denValue ?? '?'.repeat(Math.max(1, den))}`);
        break;
      }
      case 'currency-symbol': {
        const symbol = el.text;
        const l = odfAttr(el, N, 'language');
        const c = odfAttr(el, N, 'country');
        const id = l && c ? LANG_LCID[`${l}-${c}`] : undefined;
        out.push(id !== undefined ? `[$${symbol}-${id.toString(16).toUpperCase()}]` : symbol ? `[$${symbol}]` : '');
        break;
      }
      case 'text':
        out.push(el.text === '%' && style.local === 'percentage-style' ? '%' : quote(el.text));
        break;
      case 'text-content':
        out.push('@');
        break;
      case 'boolean':
        out.push('"TRUE";"TRUE";"FALSE"');
        break;
      case 'hours':
        out.push(elapsed && firstTime ? '[h]' : datePart(el));
        firstTime = false;
        break;
      default:
        out.push(datePart(el));
    }
  }
  // Spaces leading a section that shows no digits (a text section, or a number section of text
  // alone such as an accounting zero written by Ostal) are quoted: LibreOffice shows them from an
  // ODF style but drops them from an Excel code otherwise (it drops them before numbers in both
  // formats).
  const joined = out.join('');
  const showsDigits = style.children.some((el) => el.ns === N && (el.local === 'number' || el.local === 'scientific-number' || el.local === 'fraction'));
  const body = style.local === 'text-style' || (style.local === 'number-style' && !showsDigits) ? joined.replace(/^ +/, (spaces) => `"${spaces}"`) : joined;
  // The style's language (number:language + number:country) is the code's `[$-40C]` prefix: it
  // chooses month and day names, and the separators LibreOffice shows. A currency symbol naming its
  // own language (`[$€-407]`) does not say it: LibreOffice shows `1.00 €` for `#,##0.00 [$€-407]`
  // in an XLSX and `1,00 €` once the code starts with `[$-407]` (Excel takes its separators from
  // the system either way).
  // Digits of another script (16.29.2 number:transliteration-format, the script's digit one) are
  // the numeral system above the locale id: `[$-2000401]` for Arabic-Indic digits in ar-SA.
  const one = odfAttr(style, N, 'transliteration-format');
  const numeral = one !== undefined ? numeralSystemOfOne(one) : undefined;
  // CJK numerals are `[DBNum1]`..`[DBNum3]` before the locale (number-format-locales.ts).
  const db = one !== undefined && numeral === undefined ? dbNumOf(one, odfAttr(style, N, 'transliteration-style')) : undefined;
  if ((numeral !== undefined || db !== undefined) && lcid === undefined) {
    const tl = odfAttr(style, N, 'transliteration-language');
    const tc = odfAttr(style, N, 'transliteration-country');
    if (tl && tc) lcid = LANG_LCID[`${tl}-${tc}`];
  }
  const id = (numeral ?? 0) * 0x1000000 + (lcid ?? 0);
  const locale = id !== 0 ? `[$-${id.toString(16).toUpperCase()}]` : '';
  return color + (db !== undefined ? `[DBNum${String(db)}]` : '') + locale + body;
}

/** `value()>=0` as an Excel condition `[>=0]`, or null for another expression. */
function condition(text: string): { op: string; value: number } | null {
  const m = /^value\(\)\s*(<=|>=|!=|<|>|=)\s*(-?[\d.]+(?:[eE][-+]?\d+)?)$/.exec(text.trim());
  return m ? { op: m[1] === '!=' ? '<>' : m[1]!, value: Number(m[2]) } : null;
}

/** How a date style follows its language, as the model's `CellStyle.dateOrder` says it. */
export type DateOrder = 'automatic' | 'language';

/**
 * How a date style follows its language: `language` when the whole format is the language's own
 * (ODF 1.3 Part 3, 19.348 `number:format-source="language"`: LibreOffice shows `12/30/03 12:20 PM`
 * in American English whatever parts the file lists), `automatic` when only the order of its
 * parts is (19.340 `number:automatic-order`).
 */
export function dateOrderOf(style: OdfNode): DateOrder | undefined {
  if (style.local !== 'date-style') return undefined;
  if (odfAttr(style, N, 'format-source') === 'language') return 'language';
  return odfAttr(style, N, 'automatic-order') === 'true' ? 'automatic' : undefined;
}

/**
 * The Excel format code of a data style, following its `style:map`s through `byName`.
 * @returns undefined for the general format.
 */
export function excelCodeOfDataStyle(style: OdfNode, byName: (name: string) => OdfNode | undefined): string | undefined {
  // A lone number:number that leaves decimal-places unspecified (16.29.3) shows as many as the
  // value has: the general format (LibreOffice's "Standard" style is written so).
  const parts = style.children.filter((c) => c.ns === N);
  if (style.local === 'number-style' && parts.length === 1 && parts[0]!.local === 'number' && odfAttr(parts[0]!, N, 'decimal-places') === undefined && odfAttr(parts[0]!, N, 'grouping') !== 'true' && !style.children.some((c) => c.ns === NS.style && c.local === 'map')) {
    // In other numerals (`[DBNum1][$-804]General`) it keeps its prefixes.
    return odfAttr(style, N, 'transliteration-format') === undefined ? undefined : sectionCode(style).replace(/[0#]$/, 'General');
  }
  const main = sectionCode(style);
  const maps = style.children.filter((c) => c.ns === NS.style && c.local === 'map');
  if (maps.length === 0) return main === '' || main === '#' ? undefined : main;
  const sections = maps.flatMap((m) => {
    const target = byName(odfAttr(m, NS.style, 'apply-style-name') ?? '');
    const cond = condition(odfAttr(m, NS.style, 'condition') ?? '');
    return target && cond ? [{ cond, code: sectionCode(target) }] : [];
  });
  if (style.local === 'text-style') {
    const ops = sections.map((x) => `${x.cond.op}${String(x.cond.value)}`).join(' ');
    const canonical = ops === '>=0' || ops === '>=0 <0' || ops === '>0 <0 =0';
    return [...sections.map((x) => (canonical ? x.code : `[${x.cond.op}${String(x.cond.value)}]${x.code}`)), main].join(';');
  }
  const [a, b] = sections;
  if (sections.length === 1 && a && (a.cond.op === '>=' || a.cond.op === '>') && a.cond.value === 0) return `${a.code};${main}`;
  if (sections.length === 2 && a && b && a.cond.op === '>' && a.cond.value === 0 && b.cond.op === '<' && b.cond.value === 0) return `${a.code};${b.code};${main}`;
  if (sections.length === 2 && a && b && a.cond.op === '>=' && a.cond.value === 0 && b.cond.op === '<' && b.cond.value === 0) return `${a.code};${b.code}`;
  return [...sections.slice(0, 2).map((s) => `[${s.cond.op}${String(s.cond.value)}]${s.code}`), main].join(';');
}

// --- Excel -> ODF ---------------------------------------------------------------------------

/** Splits a code into sections (`;` outside quotes, brackets and escapes). */
function sections(code: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  let br = false;
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (!q && !br && c === '\\') {
      cur += c + (code[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '"' && !br) q = !q;
    else if (!q && c === '[') br = true;
    else if (!q && c === ']') br = false;
    if (c === ';' && !q && !br) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/** Splits one section into literal text, a numeric pattern, date codes, currency, `%`, `@`. */
function pieces(section: string): { items: Piece[]; color?: string; cond?: string; lcid?: number; numeral?: number; dbNum?: number; elapsed: boolean } {
  const items: Piece[] = [];
  let color: string | undefined;
  let cond: string | undefined;
  let lcid: number | undefined;
  let numeral: number | undefined;
  let dbNum: number | undefined;
  let elapsed = false;
  const push = (kind: Piece['kind'], text: string): void => {
    const last = items[items.length - 1];
    if (last && last.kind === kind && (kind === 'text' || kind === 'number')) last.text += text;
    else items.push({ kind, text });
  };
  const lower = section.toLowerCase();
  let i = 0;
  while (i < section.length) {
    const c = section[i]!;
    const l = lower[i]!;
    if (c === '"') {
      const end = section.indexOf('"', i + 1);
      push('text', section.slice(i + 1, end < 0 ? undefined : end));
      i = end < 0 ? section.length : end + 1;
    } else if (c === '\\') {
      // An escaped space between the whole part and a fraction (`#\ ??/??`) separates them like a bare one.
      push(section[i + 1] === ' ' && items[items.length - 1]?.kind === 'number' && /^[#0?]/.test(section.slice(i + 2)) && section.slice(i).includes('/') ? 'number' : 'text', section[i + 1] ?? '');
      i += 2;
    } else if (c === '_') {
      push('text', ' ');
      i += 2;
    } else if (c === '*') i += 2;
    else if (c === '[') {
      const end = section.indexOf(']', i);
      const body = section.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? section.length : end + 1;
      const b = body.toLowerCase();
      if (/^(black|blue|cyan|green|magenta|red|white|yellow)$/.test(b)) color = Object.entries(NAMED_COLORS).find(([, n]) => n.toLowerCase() === b)![0];
      else if (/^(<=|>=|<>|<|>|=)/.test(body)) cond = body;
      else if (/^dbnum[1-9]$/.test(b)) dbNum = Number(b.slice(5));
      else if (/^h+$|^m+$|^s+$/.test(b)) {
        elapsed = true;
        push('date', b);
      } else if (body.startsWith('$')) {
        const dash = body.indexOf('-', 1);
        const symbol = body.slice(1, dash < 0 ? undefined : dash);
        const full = dash < 0 ? NaN : parseInt(body.slice(dash + 1), 16);
        const id = full & 0xffff;
        // `[$-407]` is the section's language; `[$€-407]` the symbol's own, as LibreOffice reads them.
        if (symbol) items.push(Number.isFinite(full) ? { kind: 'currency', text: symbol, lcid: id } : { kind: 'currency', text: symbol });
        else if (Number.isFinite(full)) {
          lcid = id === 0 ? undefined : id;
          numeral = numeralSystemOf(full);
        }
      }
    } else if (l === 'g' && lower.startsWith('general', i)) {
      push('number', 'General');
      i += 7;
    } else if ('0#?.,'.includes(c) || (c === '/' && items[items.length - 1]?.kind === 'number') || (/[1-9]/.test(c) && /\/\d*$/.test(items[items.length - 1]?.kind === 'number' ? items[items.length - 1]!.text : ''))) {
      push('number', c);
      i++;
    } else if (c === ' ' && items[items.length - 1]?.kind === 'number' && /[#0?]/.test(section[i + 1] ?? '') && section.slice(i).includes('/')) {
      push('number', c);
      i++;
    } else if ((c === 'E' || c === 'e') && (section[i + 1] === '+' || section[i + 1] === '-') && items[items.length - 1]?.kind === 'number') {
      push('number', 'E+');
      i += 2;
    } else if (c === '%') {
      items.push({ kind: 'percent', text: '%' });
      i++;
    } else if (c === '@') {
      items.push({ kind: 'at', text: '@' });
      i++;
    } else if (lower.startsWith('am/pm', i) || lower.startsWith('a/p', i)) {
      const n = lower.startsWith('am/pm', i) ? 5 : 3;
      items.push({ kind: 'date', text: 'ampm' });
      i += n;
    } else if ('ymdhs'.includes(l)) {
      let j = i;
      while (j < section.length && lower[j] === l) j++;
      items.push({ kind: 'date', text: lower.slice(i, j) });
      i = j;
    } else {
      push('text', c);
      i++;
    }
  }
  return { items, color, cond, lcid, numeral, dbNum, elapsed };
}

function numberElement(pattern: string): string {
  const expAt = pattern.indexOf('E+');
  const mant = expAt >= 0 ? pattern.slice(0, expAt) : pattern;
  const scaleMatch = /,+$/.exec(mant);
  const body = scaleMatch ? mant.slice(0, -scaleMatch[0].length) : mant;
  const [intPart = '', fracPart = ''] = body.split('.');
  const grouping = intPart.includes(',');
  const minInt = (intPart.match(/0/g) ?? []).length;
  const decimals = (fracPart.match(/[0#?]/g) ?? []).length;
  const minDecimals = (fracPart.match(/0/g) ?? []).length;
  const attrs = [`number:decimal-places="${String(decimals)}"`];
  if (minDecimals !== decimals) attrs.push(`number:min-decimal-places="${String(minDecimals)}"`);
  attrs.push(`number:min-integer-digits="${String(minInt)}"`);
  if (expAt >= 0) {
    const expDigits = pattern.slice(expAt + 2).length;
    return `<number:scientific-number ${attrs.join(' ')} number:min-exponent-digits="${String(Math.max(1, expDigits))}"/>`;
  }
  if (grouping) attrs.push('number:grouping="true"');
  if (scaleMatch) attrs.push(`number:display-factor="${String(1000 ** scaleMatch[0].length)}"`);
  return `<number:number ${attrs.join(' ')}/>`;
}

function fractionElement(pattern: string): string {
  const m = /^([#0?,]*)\s*([#0?]+)\/([#0?]+|\d+)$/.exec(pattern.trim());
  if (!m) return '<number:number number:decimal-places="0" number:min-integer-digits="1"/>';
  const attrs: string[] = [];
  if (m[1]) attrs.push(`number:min-integer-digits="${String((m[1].match(/0/g) ?? []).length)}"`);
  if (m[1]?.includes(',')) attrs.push('number:grouping="true"');
  attrs.push(`number:min-numerator-digits="${String(m[2]!.length)}"`);
  if (/^\d+$/.test(m[3]!)) attrs.push(`number:min-denominator-digits="${String(m[3]!.length)}" number:denominator-value="${m[3]!}"`);
  else attrs.push(`number:min-denominator-digits="${String(m[3]!.length)}"`);
  return `<number:fraction ${attrs.join(' ')}/>`;
}

function dateElement(code: string, timeContext: boolean): string {
  const long = (b: boolean): string => (b ? ' number:style="long"' : '');
  switch (code.charAt(0)) {
    case 'y':
      return `<number:year${long(code.length > 2)}/>`;
    case 'd':
      if (code.length >= 3) return `<number:day-of-week${long(code.length > 3)}/>`;
      return `<number:day${long(code.length === 2)}/>`;
    case 'h':
      return `<number:hours${long(code.length >= 2)}/>`;
    case 's':
      return `<number:seconds${long(code.length >= 2)}/>`;
    case 'm':
      if (timeContext && code.length <= 2) return `<number:minutes${long(code.length === 2)}/>`;
      if (code.length >= 3) return `<number:month number:textual="true"${long(code.length !== 3)}/>`;
      return `<number:month${long(code.length === 2)}/>`;
    case 'a':
      return '<number:am-pm/>';
    default:
      return '';
  }
}

function textElement(text: string): string {
  return text === '' ? '' : `<number:text>${escapeText(text)}</number:text>`;
}

/**
 * A digit pattern without `0` or decimal point in a section only zero reaches (`"-"??` of the
 * accounting formats) always shows the same: a space for each `?`, nothing for `#`. ODF 1.3 has
 * no blank digits (a `number:number` with no minimum digits shows nothing), so it is written as
 * that text.
 */
function zeroDigitsAsText(p: Piece): Piece {
  return p.kind === 'number' && /^[?#,]+$/.test(p.text) ? { kind: 'text', text: p.text.replace(/[#,]/g, '').replace(/\?/g, ' ') } : p;
}

/**
 * One section as a data style element named `name`; `maps` are inserted at its end. A date style
 * gets `number:automatic-order` when `automaticOrder` is set (and `number:format-source` when it is `'language'`).
 */
function sectionStyle(section: string, name: string, maps: string, volatile: boolean, automaticOrder?: DateOrder, zeroSection = false): string {
  const parsed = pieces(section);
  const { color, lcid, numeral, dbNum, elapsed } = parsed;
  const items = zeroSection ? parsed.items.map(zeroDigitsAsText) : parsed.items;
  const props = color ? `<style:text-properties fo:color="${color}"/>` : '';
  const nameAttr = `style:name="${escapeAttr(name)}"${volatile ? ' style:volatile="true"' : ''}`;
  const langAttrsOf = (id: number | undefined): string => {
    const lang = id !== undefined ? LCID_LANG.get(id) : undefined;
    return lang ? ` number:language="${lang.split('-')[0]!}" number:country="${lang.split('-')[1]!}"` : '';
  };
  const db = numeral === undefined && dbNum !== undefined ? dbNumTransliteration(dbNum, lcid !== undefined ? LCID_LANG.get(lcid) : undefined) : undefined;
  const one = numeral !== undefined ? numeralOne(numeral) : db?.one;
  // Digits of another script: the script's digit one, in the section's language.
  // LibreOffice reads the transliteration only with its style spelt out (ODF's default is short).
  const translit = one ? ` number:transliteration-format="${one}"${langAttrsOf(lcid).replace(/number:(language|country)=/g, 'number:transliteration-$1=')} number:transliteration-style="${db?.style ?? 'short'}"` : '';
  const langAttrs = langAttrsOf(lcid) + translit;
  const kinds = new Set(items.map((p) => p.kind));
  if (kinds.has('date')) {
    const isTime = items.every((p) => p.kind !== 'date' || /^[hs]|^ampm$|^m{1,2}$/.test(p.text)) && items.some((p) => p.kind === 'date' && /^[hs]/.test(p.text));
    const els = items.map((p, idx) => {
      if (p.kind === 'date') {
        if (p.text === 'ampm') return '<number:am-pm/>';
        // `m` means minutes next to hours or seconds.
        const prev = items.slice(0, idx).reverse().find((q) => q.kind === 'date');
        const next = items.slice(idx + 1).find((q) => q.kind === 'date');
        const timeContext = (prev !== undefined && prev.text[0] === 'h') || (next !== undefined && next.text[0] === 's');
        return dateElement(p.text, timeContext);
      }
      if (p.kind === 'number' && /^\.0+$/.test(p.text)) return '';
      return textElement(p.text);
    });
    // Fractional seconds: `ss.0` becomes decimal places on the seconds element.
    const fracAt = items.findIndex((p) => p.kind === 'number' && /^\.0+$/.test(p.text));
    // The date and time grammars allow no two texts in a row: adjacent texts become one.
    let body = els.join('').replace(/<\/number:text><number:text>/g, '');
    if (fracAt > 0) body = body.replace(/<number:seconds( number:style="long")?\/>/, (_m, l: string | undefined) => `<number:seconds${l ?? ''} number:decimal-places="${String(items[fracAt]!.text.length - 1)}"/>`);
    const el = isTime ? 'number:time-style' : 'number:date-style';
    const order = automaticOrder === 'language' ? ' number:automatic-order="true" number:format-source="language"' : automaticOrder ? ' number:automatic-order="true"' : '';
    const extra = isTime && elapsed ? ' number:truncate-on-overflow="false"' : !isTime ? order : '';
    return `<${el} ${nameAttr}${langAttrs}${extra}>${props}${body}${maps}</${el}>`;
  }
  if (kinds.has('at') && !kinds.has('number')) {
    const body = items.map((p) => (p.kind === 'at' ? '<number:text-content/>' : textElement(p.text))).join('');
    return `<number:text-style ${nameAttr}${langAttrs}>${props}${body}${maps}</number:text-style>`;
  }
  const numberEl = (p: Piece): string => (p.text.trim() === 'General' ? '<number:number number:min-integer-digits="1"/>' : p.text.includes('/') ? fractionElement(p.text) : numberElement(p.text));
  let seenNumber = false;
  const body = withEmbeddedText(items, numberEl)
    .map((p) => {
      if (p.kind === 'xml') return p.text;
      if (p.kind === 'number') {
        if (seenNumber) return textElement(p.text);
        seenNumber = true;
        return numberEl(p);
      }
      if (p.kind === 'currency') return `<number:currency-symbol${langAttrsOf(p.lcid)}>${escapeText(p.text)}</number:currency-symbol>`;
      if (p.kind === 'percent') return textElement('%');
      return textElement(p.text);
    })
    .join('')
    // The number grammars allow one text on each side of the number, not two in a row: adjacent texts become one.
    .replace(/<\/number:text><number:text>/g, '');
  const el = kinds.has('currency') ? 'number:currency-style' : kinds.has('percent') ? 'number:percentage-style' : 'number:number-style';
  return `<${el} ${nameAttr}${langAttrs}>${props}${body}${maps}</${el}>`;
}

/** The code a `number:boolean-style` reads as, with its optional language prefix. */
const BOOLEAN_CODE = /^(?:\[\$-([0-9A-F]+)\])?"TRUE";"TRUE";"FALSE"$/i;

/**
 * Data style elements for an Excel format code: the style named `name`, preceded by the styles
 * for its other sections (`nameP0`...) which it reaches through `style:map`. Date styles get
 * `number:automatic-order` when `automaticOrder` is set (the model's `dateOrder`), and
 * `number:format-source="language"` too when it is `'language'`.
 * @example dataStyleXml('0.00%', 'N1') // '<number:percentage-style style:name="N1">...'
 */
export function dataStyleXml(code: string, name: string, automaticOrder?: DateOrder): string {
  // A boolean style (read as `"TRUE";"TRUE";"FALSE"`) keeps its language: LibreOffice shows
  // VRAI/FAUX for a French one.
  const boolean = BOOLEAN_CODE.exec(code);
  if (boolean) {
    const lang = boolean[1] !== undefined ? LCID_LANG.get(parseInt(boolean[1], 16)) : undefined;
    const langAttrs = lang ? ` number:language="${lang.split('-')[0]!}" number:country="${lang.split('-')[1]!}"` : '';
    return `<number:boolean-style style:name="${escapeAttr(name)}"${langAttrs}><number:boolean/></number:boolean-style>`;
  }
  const secs = sections(code).slice(0, 4);
  const hasAt = (s: string): boolean => pieces(s).items.some((p) => p.kind === 'at');
  const last = secs[secs.length - 1]!;
  if (secs.length >= 2 && (secs.length === 4 || hasAt(last))) {
    // A text section: it becomes the main style (number:text-style), numbers reach theirs by maps.
    const nums = secs.slice(0, -1);
    const conds = nums.map((s) => pieces(s).cond);
    const out: string[] = [];
    const maps: string[] = [];
    const canonical = nums.length === 1 ? ['>=0'] : nums.length === 2 ? ['>=0', '<0'] : ['>0', '<0', '=0'];
    nums.forEach((s, i) => {
      const c = conds.some((x) => x !== undefined) ? (conds[i] ?? canonical[i]!) : canonical[i]!;
      out.push(sectionStyle(s, `${name}P${String(i)}`, '', true, automaticOrder, c === '=0'));
      maps.push(`<style:map style:condition="${escapeAttr(`value()${c.replace('<>', '!=')}`)}" style:apply-style-name="${escapeAttr(`${name}P${String(i)}`)}"/>`);
    });
    out.push(sectionStyle(last, name, maps.join(''), false, automaticOrder));
    return out.join('');
  }
  const numeric = secs;
  const conds = numeric.map((s) => pieces(s).cond);
  if (numeric.length <= 1) return sectionStyle(numeric[0] ?? code, name, '', false, automaticOrder);
  const out: string[] = [];
  const maps: string[] = [];
  const odfCond = (c: string): string => `value()${c.replace('<>', '!=')}`;
  let main: string;
  let zeroMain = false;
  if (conds.some((c) => c !== undefined)) {
    numeric.slice(0, -1).forEach((s, i) => {
      const c = conds[i] ?? (i === 0 ? '>=0' : '<0');
      out.push(sectionStyle(s, `${name}P${String(i)}`, '', true, automaticOrder));
      maps.push(`<style:map style:condition="${escapeAttr(odfCond(c))}" style:apply-style-name="${escapeAttr(`${name}P${String(i)}`)}"/>`);
    });
    main = numeric[numeric.length - 1]!;
  } else if (numeric.length === 2) {
    out.push(sectionStyle(numeric[0]!, `${name}P0`, '', true, automaticOrder));
    maps.push(`<style:map style:condition="value()&gt;=0" style:apply-style-name="${escapeAttr(`${name}P0`)}"/>`);
    main = numeric[1]!;
  } else {
    out.push(sectionStyle(numeric[0]!, `${name}P0`, '', true, automaticOrder), sectionStyle(numeric[1]!, `${name}P1`, '', true, automaticOrder));
    maps.push(
      `<style:map style:condition="value()&gt;0" style:apply-style-name="${escapeAttr(`${name}P0`)}"/>`,
      `<style:map style:condition="value()&lt;0" style:apply-style-name="${escapeAttr(`${name}P1`)}"/>`,
    );
    main = numeric[2]!;
    zeroMain = true;
  }
  out.push(sectionStyle(main, name, maps.join(''), false, automaticOrder, zeroMain));
  return out.join('');
}

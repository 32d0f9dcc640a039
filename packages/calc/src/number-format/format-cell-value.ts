/**
 * Shows a cell value through an Excel number format code, the way a spreadsheet displays it:
 * `1234.56` with `#,##0.00 [$€-40C]` is `1 234,56 €` in French. Separators follow the display
 * locale (French: decimal comma and U+00A0 no-break space between thousands, which is what
 * LibreOffice's fr-FR shows; `Intl` would give U+202F); month and day names follow the code's `[$-40C]` locale,
 * else the display locale. Serial dates use the 1900 system (with Excel's phantom 1900-02-29) or
 * the 1904 system. Pure and headless.
 */
import type { CellValue } from '@ostal/model';
import { withNumerals } from '@ostal/model';
import { parseFormatCode } from './format-code.js';
import type { Section, Token } from './format-code.js';

/** What a cell shows: its text and, when the format names one, a colour (`#RRGGBB`). */
export interface FormattedValue {
  readonly text: string;
  readonly color?: string;
}

export interface FormatOptions {
  /** BCP 47 display locale; `en-US` when absent. */
  readonly locale?: string;
  /** Serial dates count from 1904-01-01. */
  readonly date1904?: boolean;
}

interface Separators {
  readonly decimal: string;
  readonly group: string;
}

const separatorCache = new Map<string, Separators>();

function separators(locale: string): Separators {
  let s = separatorCache.get(locale);
  if (!s) {
    const parts = new Intl.NumberFormat(locale).formatToParts(12345.5);
    const group = parts.find((p) => p.type === 'group')?.value ?? ',';
    s = { decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.', group: group === '\u202f' ? '\u00a0' : group };
    separatorCache.set(locale, s);
  }
  return s;
}

const nameCache = new Map<string, { months: string[]; monthsShort: string[]; days: string[]; daysShort: string[] }>();

function names(locale: string): { months: string[]; monthsShort: string[]; days: string[]; daysShort: string[] } {
  let n = nameCache.get(locale);
  if (!n) {
    const fmt = (o: Intl.DateTimeFormatOptions, d: Date): string => new Intl.DateTimeFormat(locale, { ...o, timeZone: 'UTC' }).format(d);
    const months = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2021, m, 1)));
    const days = Array.from({ length: 7 }, (_, d) => new Date(Date.UTC(2021, 0, 3 + d))); // 2021-01-03 is a Sunday
    n = {
      months: months.map((d) => fmt({ month: 'long' }, d)),
      monthsShort: months.map((d) => fmt({ month: 'short' }, d)),
      days: days.map((d) => fmt({ weekday: 'long' }, d)),
      daysShort: days.map((d) => fmt({ weekday: 'short' }, d)),
    };
    nameCache.set(locale, n);
  }
  return n;
}

/** The General format: up to 11 characters, like Excel and LibreOffice. */
export function formatGeneral(value: number, locale: string): string {
  if (value === 0) return '0';
  const { decimal } = separators(locale);
  const abs = Math.abs(value);
  let text: string;
  if (abs >= 1e11 || abs < 1e-9) {
    const [m, e] = value.toExponential(5).split('e') as [string, string];
    const mant = m.includes('.') ? m.replace(/0+$/, '').replace(/\.$/, '') : m;
    const exp = Number(e);
    text = `${mant}E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  } else {
    // Eleven characters: sign, integer digits and the decimal point count against them.
    const intDigits = Math.max(1, Math.floor(Math.log10(abs)) + 1);
    const decimals = Math.max(0, 10 - intDigits - (value < 0 ? 1 : 0));
    text = String(Number(value.toFixed(decimals)));
    if (text.includes('e')) text = value.toFixed(decimals).replace(/0+$/, '').replace(/\.$/, '');
  }
  return text.replace('.', decimal);
}

function matches(section: Section, v: number): boolean {
  const c = section.condition;
  if (!c) return false;
  switch (c.op) {
    case '<':
      return v < c.value;
    case '<=':
      return v <= c.value;
    case '>':
      return v > c.value;
    case '>=':
      return v >= c.value;
    case '=':
      return v === c.value;
    case '<>':
      return v !== c.value;
  }
}

/**
 * The section for a number, and whether it shows the absolute value (the negative section of
 * `0;(0)` does; a single section or a conditional one shows the minus sign itself).
 */
function pick(sections: readonly Section[], v: number): { section: Section; absolute: boolean } {
  const numeric = sections.slice(0, 3);
  if (numeric.some((s) => s.condition)) {
    const [a, b, c] = numeric;
    if (a && (a.condition ? matches(a, v) : v >= 0)) return { section: a, absolute: false };
    if (b && (b.condition ? matches(b, v) : true)) return { section: b, absolute: !b.condition && v < 0 && (a?.condition?.op === '>' || a?.condition?.op === '>=') };
    return { section: c ?? b ?? a!, absolute: false };
  }
  if (v < 0 && numeric.length >= 2) return { section: numeric[1]!, absolute: true };
  if (v === 0 && numeric.length >= 3) return { section: numeric[2]!, absolute: true };
  return { section: numeric[0]!, absolute: false };
}

// --- numbers -------------------------------------------------------------------------------

function digitsOf(n: number, decimals: number): [string, string] {
  const fixed = n.toFixed(Math.min(100, decimals));
  const [i, f] = fixed.split('.') as [string, string | undefined];
  return [i === '0' ? '' : i, f ?? ''];
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** Best fraction with a denominator of at most `maxDen` (Stern-Brocot walk). */
function fraction(x: number, maxDen: number): [number, number] {
  let best: [number, number] = [Math.round(x), 1];
  let bestErr = Math.abs(x - best[0]);
  for (let d = 1; d <= maxDen; d++) {
    const n = Math.round(x * d);
    const err = Math.abs(x - n / d);
    if (err < bestErr - 1e-12) {
      best = [n, d];
      bestErr = err;
    }
  }
  return best;
}

function fillDigits(placeholders: readonly Token[], digits: string, group: string | null, out: string[]): void {
  // Right to left: each placeholder takes one digit; the leftmost takes all that remain.
  const holders = placeholders.filter((t) => t.kind === 'digit');
  const pieces: string[] = [];
  let di = digits.length - 1;
  let written = 0;
  let hi = holders.length - 1;
  for (let k = placeholders.length - 1; k >= 0; k--) {
    const t = placeholders[k]!;
    if (t.kind !== 'digit') {
      if (t.kind === 'literal') pieces.push(t.text);
      continue;
    }
    const leftmost = hi === 0;
    hi--;
    let chunk = '';
    do {
      if (di >= 0) {
        if (group && written > 0 && written % 3 === 0) chunk = group + chunk;
        chunk = digits[di]! + chunk;
        di--;
        written++;
      } else {
        if (t.char === '0') {
          if (group && written > 0 && written % 3 === 0) chunk = group + chunk;
          chunk = '0' + chunk;
          written++;
        } else if (t.char === '?') chunk = ' ' + chunk;
        break;
      }
    } while (leftmost && di >= 0);
    pieces.push(chunk);
  }
  out.push(pieces.reverse().join(''));
}

function formatNumber(v: number, section: Section, locale: string): string {
  const { decimal, group } = separators(locale);
  const tokens = section.tokens;
  // A text section (`@`) shows a number as General would.
  if (tokens.some((t) => t.kind === 'general' || t.kind === 'text')) {
    return tokens.map((t) => (t.kind === 'general' || t.kind === 'text' ? formatGeneral(v, locale) : t.kind === 'literal' ? t.text : '')).join('');
  }
  let value = v;
  for (const t of tokens) if (t.kind === 'percent') value *= 100;
  // Commas right after the last digit placeholder scale by 1000 each; between digits they group.
  const lastDigit = tokens.reduce((acc, t, i) => (t.kind === 'digit' ? i : acc), -1);
  const firstDigit = tokens.findIndex((t) => t.kind === 'digit');
  let grouping = false;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== 'comma') continue;
    if (i > firstDigit && i < lastDigit) grouping = true;
    else if (i > lastDigit && lastDigit >= 0) {
      let j = i;
      while (j > lastDigit && (tokens[j]!.kind === 'comma' || tokens[j]!.kind === 'point')) j--;
      if (j === lastDigit) value /= 1000;
    }
  }
  const expAt = tokens.findIndex((t) => t.kind === 'exponent');
  const slashAt = tokens.findIndex((t) => t.kind === 'slash');
  const pointAt = tokens.findIndex((t) => t.kind === 'point');
  const out: string[] = [];
  const mantissaEnd = expAt >= 0 ? expAt : tokens.length;
  const intEnd = pointAt >= 0 && pointAt < mantissaEnd ? pointAt : mantissaEnd;

  if (slashAt >= 0 && expAt < 0) {
    // Fractions: `# ?/?`, `?/8`; the integer part is the digits before the numerator, if any.
    let numStart = slashAt - 1;
    while (numStart > 0 && tokens[numStart - 1]!.kind === 'digit') numStart--;
    let intLast = numStart - 1;
    while (intLast >= 0 && tokens[intLast]!.kind !== 'digit') intLast--;
    const denTokens: Token[] = [];
    let k = slashAt + 1;
    for (; k < tokens.length && (tokens[k]!.kind === 'digit' || (tokens[k]!.kind === 'literal' && /^\d+$/.test((tokens[k] as { text: string }).text))); k++) denTokens.push(tokens[k]!);
    const fixedDen = denTokens.length === 1 && denTokens[0]!.kind === 'literal' ? Number((denTokens[0] as { text: string }).text) : 0;
    const abs = Math.abs(value);
    const whole = intLast >= 0 ? Math.floor(abs) : 0;
    const rest = abs - whole;
    let [num, den] = fixedDen > 0 ? [Math.round(rest * fixedDen), fixedDen] : fraction(rest, 10 ** denTokens.length - 1);
    let w = whole;
    if (num === den) {
      w += 1;
      num = 0;
    }
    if (!fixedDen && num !== 0) {
      const g = gcd(num, den);
      num /= g;
      den /= g;
    }
    for (let i = 0; i <= intLast; i++) {
      const t = tokens[i]!;
      if (t.kind === 'literal') out.push(t.text);
    }
    if (intLast >= 0) fillDigits(tokens.slice(0, intLast + 1).filter((t) => t.kind === 'digit'), w === 0 ? '' : String(w), null, out);
    for (let i = intLast + 1; i < numStart; i++) {
      const t = tokens[i]!;
      if (t.kind === 'literal') out.push(t.text);
    }
    if (num === 0 && intLast >= 0) {
      out.push(' '.repeat(slashAt - numStart + 1 + denTokens.length));
    } else {
      fillDigits(tokens.slice(numStart, slashAt), String(num), null, out);
      out.push('/');
      out.push(fixedDen ? String(den) : String(den).padEnd(denTokens.length, ' '));
    }
    for (let i = k; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind === 'literal') out.push(t.text);
    }
    return out.join('').replace(/^\s+$/, '0');
  }

  const fracHolders = pointAt >= 0 ? tokens.slice(pointAt + 1, mantissaEnd).filter((t) => t.kind === 'digit') : [];
  let exponent = 0;
  let abs = Math.abs(value);
  if (expAt >= 0) {
    const intHolders = tokens.slice(0, intEnd).filter((t) => t.kind === 'digit').length;
    if (abs !== 0) {
      exponent = Math.floor(Math.log10(abs));
      // `##0.0E+0`: engineering notation, the exponent a multiple of the integer digit count.
      if (intHolders > 1 && tokens.slice(0, intEnd).some((t) => t.kind === 'digit' && t.char === '#')) exponent = Math.floor(exponent / intHolders) * intHolders;
      else exponent -= Math.max(0, intHolders - 1);
      abs /= 10 ** exponent;
      if (Number(abs.toFixed(fracHolders.length)) >= 10 ** Math.max(1, intHolders)) {
        abs /= 10;
        exponent += 1;
      }
    }
  }
  const [intDigits, fracDigitsRaw] = digitsOf(abs, fracHolders.length);
  const emitLoose = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      const t = tokens[i]!;
      if (t.kind === 'literal') out.push(t.text);
      else if (t.kind === 'percent') out.push('%');
    }
  };
  if (firstDigit < 0) {
    emitLoose(0, tokens.length);
    return out.join('');
  }
  emitLoose(0, firstDigit);
  let intLast = intEnd - 1;
  while (intLast >= firstDigit && tokens[intLast]!.kind !== 'digit') intLast--;
  const intTokens = tokens.slice(firstDigit, intLast + 1).filter((t) => t.kind === 'digit' || t.kind === 'literal');
  if (intTokens.some((t) => t.kind === 'digit')) fillDigits(intTokens, intDigits, grouping ? group : null, out);
  if (pointAt >= 0 && pointAt < mantissaEnd) {
    let trailing = fracDigitsRaw;
    // Trailing zeros under `#` vanish, under `?` become spaces.
    let f = fracHolders.length - 1;
    while (f >= 0 && trailing.endsWith('0') && (fracHolders[f] as { char: string }).char !== '0') {
      trailing = trailing.slice(0, -1);
      f--;
    }
    let frac = trailing;
    for (let j = f + 1; j < fracHolders.length; j++) if ((fracHolders[j] as { char: string }).char === '?') frac += ' ';
    out.push(decimal, frac);
  }
  if (expAt >= 0) {
    const e = tokens[expAt] as { sign: '+' | '-' };
    const expDigits = tokens.slice(expAt + 1).filter((t) => t.kind === 'digit').length;
    out.push('E', exponent < 0 ? '-' : e.sign === '+' ? '+' : '', String(Math.abs(exponent)).padStart(expDigits, '0'));
  }
  emitLoose(lastDigit + 1, tokens.length);
  return out.join('');
}

// --- dates ---------------------------------------------------------------------------------

interface DateParts {
  y: number;
  mo: number;
  d: number;
  wd: number;
  h: number;
  mi: number;
  s: number;
  frac: number;
}

function dateParts(serial: number, date1904: boolean, fracDigits: number): DateParts | null {
  if (!Number.isFinite(serial) || serial < 0 || serial >= 2958466) return null;
  const scale = 86400 * 10 ** fracDigits;
  const ticks = Math.round(serial * scale);
  let days = Math.floor(ticks / scale);
  let rem = ticks - days * scale;
  const frac = rem % 10 ** fracDigits;
  rem = Math.floor(rem / 10 ** fracDigits);
  const h = Math.floor(rem / 3600);
  const mi = Math.floor((rem % 3600) / 60);
  const s = rem % 60;
  if (!date1904 && days === 60) return { y: 1900, mo: 2, d: 29, wd: 3, h, mi, s, frac };
  if (!date1904 && days < 60) days += 1;
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const date = new Date(epoch + days * 86400000);
  // Excel's day 0 is "1900-01-00"; show it as such rather than as 1899-12-31.
  if (!date1904 && days === 1 && serial < 1) return { y: 1900, mo: 1, d: 0, wd: 6, h, mi, s, frac };
  return { y: date.getUTCFullYear(), mo: date.getUTCMonth() + 1, d: date.getUTCDate(), wd: date.getUTCDay(), h, mi, s, frac };
}

function formatDate(v: number, section: Section, locale: string, date1904: boolean): string | null {
  const tokens = section.tokens;
  const nameLocale = section.locale ?? locale;
  const pointAt = tokens.findIndex((t) => t.kind === 'point');
  const fracDigits = pointAt >= 0 ? tokens.slice(pointAt + 1).filter((t) => t.kind === 'digit' && t.char === '0').length : 0;
  const p = dateParts(v, date1904, fracDigits);
  if (!p) return null;
  const n = names(nameLocale);
  const ampm = tokens.some((t) => t.kind === 'ampm');
  const pad = (x: number, w: number): string => String(x).padStart(w, '0');
  const out: string[] = [];
  // `m` is minutes right after an hour or right before a second, months otherwise.
  const isMinute = (i: number): boolean => {
    for (let j = i - 1; j >= 0; j--) {
      const t = tokens[j]!;
      if (t.kind === 'date') return t.code[0] === 'h';
      if (t.kind === 'elapsed') return t.unit === 'h';
    }
    for (let j = i + 1; j < tokens.length; j++) {
      const t = tokens[j]!;
      if (t.kind === 'date') return t.code[0] === 's';
      if (t.kind === 'elapsed') return t.unit === 's';
    }
    return false;
  };
  const totalSeconds = Math.round(v * 86400 * 10 ** fracDigits) / 10 ** fracDigits;
  tokens.forEach((t, i) => {
    switch (t.kind) {
      case 'literal':
        out.push(t.text);
        return;
      case 'comma':
        out.push(',');
        return;
      case 'slash':
        out.push('/');
        return;
      case 'percent':
        out.push('%');
        return;
      case 'point':
        if (fracDigits > 0) out.push(separators(locale).decimal, pad(p.frac, fracDigits));
        return;
      case 'digit':
      case 'exponent':
      case 'general':
      case 'text':
        return;
      case 'ampm': {
        const pm = p.h >= 12;
        const c = t.code;
        if (c.length === 3) out.push(pm ? c[2]! : c[0]!);
        else out.push(pm ? 'PM' : 'AM');
        return;
      }
      case 'elapsed': {
        const whole = Math.floor(totalSeconds);
        const value = t.unit === 'h' ? Math.floor(whole / 3600) : t.unit === 'm' ? Math.floor(whole / 60) : whole;
        out.push(pad(value, t.width));
        return;
      }
      case 'date': {
        const c = t.code;
        switch (c.charAt(0)) {
          case 'y':
            out.push(c.length <= 2 ? pad(p.y % 100, 2) : pad(p.y, 4));
            return;
          case 'd':
            out.push(c.length === 1 ? String(p.d) : c.length === 2 ? pad(p.d, 2) : c.length === 3 ? n.daysShort[p.wd]! : n.days[p.wd]!);
            return;
          case 'h': {
            const h = ampm ? (p.h % 12 === 0 ? 12 : p.h % 12) : p.h;
            out.push(c.length === 1 ? String(h) : pad(h, 2));
            return;
          }
          case 's':
            out.push(c.length === 1 ? String(p.s) : pad(p.s, 2));
            return;
          case 'm':
            if (c.length <= 2 && isMinute(i)) out.push(c.length === 1 ? String(p.mi) : pad(p.mi, 2));
            else if (c.length === 1) out.push(String(p.mo));
            else if (c.length === 2) out.push(pad(p.mo, 2));
            else if (c.length === 3) out.push(n.monthsShort[p.mo - 1]!);
            else if (c.length === 5) out.push(n.months[p.mo - 1]![0]!);
            else out.push(n.months[p.mo - 1]!);
            return;
          case 'e':
            out.push(String(p.y));
            return;
          default:
            out.push(c);
        }
      }
    }
  });
  return out.join('');
}

/**
 * The text a cell shows for `value` under `formatCode` (Excel syntax; absent or `General` for the
 * general format).
 * @example formatCellValue(1234.56, '#,##0.00 [$€-40C]', { locale: 'fr-FR' }).text // '1\u00a0234,56 €'
 */
export function formatCellValue(value: CellValue, formatCode: string | undefined, options: FormatOptions = {}): FormattedValue {
  const locale = options.locale ?? 'en-US';
  if (value === null) return { text: '' };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
  if (typeof value === 'object') return { text: value.error };
  const code = formatCode === undefined || formatCode === '' ? 'General' : formatCode;
  const sections = parseFormatCode(code);
  if (typeof value === 'string') {
    const textSection = sections.length >= 4 ? sections[3] : sections.find((s) => s.tokens.some((t) => t.kind === 'text'));
    if (!textSection) return { text: value };
    const text = textSection.tokens.map((t) => (t.kind === 'text' ? value : t.kind === 'literal' ? t.text : '')).join('');
    return textSection.color ? { text, color: textSection.color } : { text };
  }
  if (!Number.isFinite(value)) return { text: '#NUM!' };
  const { section, absolute } = pick(sections, value);
  let text: string;
  if (section.isDate) text = formatDate(value, section, locale, options.date1904 ?? false) ?? '#'.repeat(11);
  else {
    const shown = formatNumber(Math.abs(value), section, locale);
    // The minus sign shows unless the section stands for negatives, or the number rounds to zero.
    const negative = value < 0 && !absolute && /[1-9]/.test(shown);
    text = (negative ? '-' : '') + shown;
  }
  if (section.numeral !== undefined) text = withNumerals(text, section.numeral);
  return section.color ? { text, color: section.color } : { text };
}

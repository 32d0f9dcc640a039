/**
 * Parsing of Excel number format codes (ECMA-376 Part 1, 18.8.31 `numFmt`: sections separated
 * by `;` for positive, negative, zero and text; `[Red]` colours, `[<0]` conditions, `[$€-40C]`
 * currency and locale, `[h]` elapsed time, quoted and escaped literals, `_x` spaces, `*x` fills).
 * A code is parsed once into sections of tokens; {@link parseFormatCode} caches the result.
 */
import { numeralSystemOf } from '@ostal/model';

export type Token =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'digit'; readonly char: '0' | '#' | '?' }
  | { readonly kind: 'point' }
  | { readonly kind: 'comma' }
  | { readonly kind: 'percent' }
  | { readonly kind: 'exponent'; readonly sign: '+' | '-' }
  | { readonly kind: 'slash' }
  | { readonly kind: 'text' }
  | { readonly kind: 'date'; readonly code: string }
  | { readonly kind: 'elapsed'; readonly unit: 'h' | 'm' | 's'; readonly width: number }
  | { readonly kind: 'ampm'; readonly code: string }
  | { readonly kind: 'general' };

export interface Condition {
  readonly op: '<' | '<=' | '>' | '>=' | '=' | '<>';
  readonly value: number;
}

export interface Section {
  readonly tokens: readonly Token[];
  readonly color?: string;
  readonly condition?: Condition;
  /** BCP 47 tag from a `[$-40C]` locale id, when the section names one. */
  readonly locale?: string;
  /** Numeral system of the digits (`[$-2000401]`: 2, Arabic-Indic), when not Western. */
  readonly numeral?: number;
  /** True when the section formats dates or times. */
  readonly isDate: boolean;
}

const COLORS: Readonly<Record<string, string>> = {
  black: '#000000',
  blue: '#0000FF',
  cyan: '#00FFFF',
  green: '#00FF00',
  magenta: '#FF00FF',
  red: '#FF0000',
  white: '#FFFFFF',
  yellow: '#FFFF00',
};

/** Windows locale ids seen in format codes, to the languages whose month and day names they ask for. */
const LCID: Readonly<Record<number, string>> = {
  0x409: 'en-US',
  0x809: 'en-GB',
  0x40c: 'fr-FR',
  0x80c: 'fr-BE',
  0xc0c: 'fr-CA',
  0x100c: 'fr-CH',
  0x407: 'de-DE',
  0x410: 'it-IT',
  0xc0a: 'es-ES',
  0x413: 'nl-NL',
  0x816: 'pt-PT',
  0x416: 'pt-BR',
};

function splitSections(code: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  let bracket = false;
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (!quoted && !bracket && c === '\\' && i + 1 < code.length) {
      cur += c + code[++i]!;
      continue;
    }
    if (c === '"' && !bracket) quoted = !quoted;
    else if (!quoted && c === '[') bracket = true;
    else if (!quoted && c === ']') bracket = false;
    if (c === ';' && !quoted && !bracket) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

function parseSection(src: string): Section {
  const tokens: Token[] = [];
  let color: string | undefined;
  let condition: Condition | undefined;
  let locale: string | undefined;
  let numeral: number | undefined;
  const lit = (text: string): void => {
    const last = tokens[tokens.length - 1];
    if (last?.kind === 'literal') tokens[tokens.length - 1] = { kind: 'literal', text: last.text + text };
    else tokens.push({ kind: 'literal', text });
  };
  let i = 0;
  const lower = src.toLowerCase();
  while (i < src.length) {
    const c = src[i]!;
    const l = lower[i]!;
    if (c === '"') {
      const end = src.indexOf('"', i + 1);
      lit(src.slice(i + 1, end < 0 ? src.length : end));
      i = end < 0 ? src.length : end + 1;
    } else if (c === '\\') {
      lit(src[i + 1] ?? '');
      i += 2;
    } else if (c === '_') {
      lit(' ');
      i += 2;
    } else if (c === '*') {
      i += 2; // fill to the column width: nothing to repeat in a width-free rendering
    } else if (c === '[') {
      const end = src.indexOf(']', i);
      const body = src.slice(i + 1, end < 0 ? src.length : end);
      i = end < 0 ? src.length : end + 1;
      const b = body.toLowerCase();
      const cond = /^(<=|>=|<>|<|>|=)\s*(-?[\d.]+(?:e[-+]?\d+)?)$/i.exec(body);
      if (COLORS[b]) color = COLORS[b];
      else if (/^colou?r\s*\d+$/.test(b)) color = undefined;
      else if (cond) condition = { op: cond[1] as Condition['op'], value: Number(cond[2]) };
      else if (/^(h+|m+|s+)$/.test(b)) tokens.push({ kind: 'elapsed', unit: b[0] as 'h' | 'm' | 's', width: b.length });
      else if (body.startsWith('$')) {
        const dash = body.indexOf('-', 1);
        const symbol = body.slice(1, dash < 0 ? body.length : dash);
        if (symbol) lit(symbol);
        const id = dash < 0 ? NaN : parseInt(body.slice(dash + 1), 16);
        if (Number.isFinite(id)) locale = LCID[id & 0xffff] ?? locale;
        if (Number.isFinite(id) && !symbol) numeral = numeralSystemOf(id) ?? numeral;
      }
    } else if (l === 'g' && lower.startsWith('general', i)) {
      tokens.push({ kind: 'general' });
      i += 7;
    } else if (c === '0' || c === '#' || c === '?') {
      tokens.push({ kind: 'digit', char: c });
      i++;
    } else if (c === '.') {
      tokens.push({ kind: 'point' });
      i++;
    } else if (c === ',') {
      tokens.push({ kind: 'comma' });
      i++;
    } else if (c === '%') {
      tokens.push({ kind: 'percent' });
      i++;
    } else if (c === '/') {
      tokens.push({ kind: 'slash' });
      i++;
    } else if (c === '@') {
      tokens.push({ kind: 'text' });
      i++;
    } else if ((c === 'E' || c === 'e') && (src[i + 1] === '+' || src[i + 1] === '-')) {
      tokens.push({ kind: 'exponent', sign: src[i + 1] as '+' | '-' });
      i += 2;
    } else if (lower.startsWith('am/pm', i) || lower.startsWith('a/p', i)) {
      const n = lower.startsWith('am/pm', i) ? 5 : 3;
      tokens.push({ kind: 'ampm', code: src.slice(i, i + n) });
      i += n;
    } else if ('ymdhs'.includes(l) || (l === 'e' && tokens.some((t) => t.kind === 'date'))) {
      let j = i;
      while (j < src.length && lower[j] === l) j++;
      tokens.push({ kind: 'date', code: lower.slice(i, j) });
      i = j;
    } else if (l === 'b' && (lower.startsWith('b1', i) || lower.startsWith('b2', i))) {
      i += 2;
    } else {
      lit(c);
      i++;
    }
  }
  const isDate = tokens.some((t) => t.kind === 'date' || t.kind === 'elapsed' || t.kind === 'ampm');
  return numeral !== undefined ? { tokens, color, condition, locale, numeral, isDate } : { tokens, color, condition, locale, isDate };
}

const cache = new Map<string, readonly Section[]>();

/** The sections of `code`, parsed once and cached. */
export function parseFormatCode(code: string): readonly Section[] {
  let sections = cache.get(code);
  if (!sections) {
    sections = splitSections(code).map(parseSection);
    if (cache.size > 2000) cache.clear();
    cache.set(code, sections);
  }
  return sections;
}

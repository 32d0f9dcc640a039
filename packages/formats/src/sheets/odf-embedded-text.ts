/**
 * Literal text among a number's digits, both ways: Excel's `"a"#"b"0.0"d"0` <-> ODF 1.3 Part 3,
 * 16.29.4 `number:embedded-text`, whose `number:position` counts integer digits right of the text
 * (0: right after the units digit). A negative position puts it among the decimals, as
 * LibreOffice writes and reads it: -1 right after the decimal separator, -2 after the first
 * decimal digit, and so on (the schema's type is any integer).
 */
import { escapeText } from '../xml/xml-writer.js';

/** One run of a format section, as `odf-number-format.ts` splits it. */
export interface Piece {
  kind: 'text' | 'number' | 'date' | 'currency' | 'percent' | 'at' | 'exp' | 'fraction';
  text: string;
  /** A currency symbol's own Windows locale id (`[$€-407]`). */
  lcid?: number;
}

const INTEGER_RUN = /^[0#?,]+(?:\.[0#?]*)?$/;
const DECIMAL_RUN = /^[0#?]+$/;

/**
 * Literal text between digits (`00000-0000`, `0" "000`, `0.0"d"0`): one number element with
 * `number:embedded-text` children, as a ready-made `xml` piece; other sections come back unchanged.
 */
export function withEmbeddedText(items: readonly Piece[], numberEl: (p: Piece) => string): (Piece | { kind: 'xml'; text: string })[] {
  const first = items.findIndex((p) => p.kind === 'number');
  if (first < 0 || !INTEGER_RUN.test(items[first]!.text)) return [...items];
  let dot = items[first]!.text.includes('.');
  let last = -1;
  for (let j = first + 1; j < items.length; j++) {
    const p = items[j]!;
    if (p.kind === 'text') continue;
    if (p.kind !== 'number' || !(dot ? DECIMAL_RUN : INTEGER_RUN).test(p.text)) break;
    dot ||= p.text.includes('.');
    last = j;
  }
  if (last < 0) return [...items];
  const run = items.slice(first, last + 1);
  // Integer and decimal digits of each piece of the run.
  let inDecimals = false;
  const counts = run.map((p) => {
    if (p.kind !== 'number') return { int: 0, dec: 0 };
    const [int = '', dec] = p.text.split('.');
    const digits = (t: string | undefined): number => (t?.match(/[0#?]/g) ?? []).length;
    const c = inDecimals ? { int: 0, dec: digits(int) } : { int: digits(int), dec: digits(dec) };
    inDecimals ||= dec !== undefined;
    return c;
  });
  const embeds: string[] = [];
  run.forEach((p, k) => {
    if (p.kind !== 'text' || p.text === '') return;
    const decimalsBefore = run.slice(0, k).some((q) => q.kind === 'number' && q.text.includes('.'));
    const position = decimalsBefore ? -(counts.slice(0, k).reduce((n, c) => n + c.dec, 0) + 1) : counts.slice(k + 1).reduce((n, c) => n + c.int, 0);
    embeds.push(`<number:embedded-text number:position="${String(position)}">${escapeText(p.text)}</number:embedded-text>`);
  });
  const digits = run.filter((p) => p.kind === 'number').map((p) => p.text).join('');
  const el = numberEl({ ...run[0]!, text: digits }).replace(/\/>$/, `>${embeds.join('')}</number:number>`);
  return [...items.slice(0, first), { kind: 'xml', text: el }, ...items.slice(last + 1)];
}

/**
 * Puts texts embedded among the decimals (negative positions) into an Excel decimal part such as
 * `.00`: position -1 right after the point, -2 after the first decimal digit.
 */
export function embedInDecimals(frac: string, texts: readonly { pos: number; text: string }[], quote: (text: string) => string): string {
  if (frac === '') return frac;
  // From the rightmost place leftwards, so earlier insertions do not shift later ones.
  const sorted = [...texts].filter((t) => t.pos < 0).sort((a, b) => a.pos - b.pos);
  let out = frac;
  for (const t of sorted) {
    let seen = 0;
    let at = 1;
    while (at < out.length && seen < -t.pos - 1) {
      if (/[0#?]/.test(out[at]!)) seen += 1;
      at += 1;
    }
    out = out.slice(0, at) + quote(t.text) + out.slice(at);
  }
  return out;
}

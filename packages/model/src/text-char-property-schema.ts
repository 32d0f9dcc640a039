/**
 * Further character properties of text documents, as marks of the text schema (spread into
 * `textSchema` by `text-schema.ts`):
 *
 * - `caps`: capitals (`all`, the text shown in upper case) or small capitals (`small`);
 * - `letter_spacing`: extra space between letters, in points (negative condenses), steps of
 *   1/20 pt (DOCX stores twips);
 * - `language`: BCP 47 tags of the text, one per script class as both formats declare them
 *   (`lang` for Latin text, `eastAsia` for CJK, `complex` for right-to-left and complex scripts);
 * - `font_east_asian`: the font of East-Asian (CJK) characters, beside the `font` mark which
 *   applies to the rest.
 */
import type { DOMOutputSpec, MarkSpec } from 'prosemirror-model';
import { safeFontFamily } from './text-format.js';

/** Largest letter spacing kept, in points (either way). */
export const MAX_LETTER_SPACING = 200;

/** A letter spacing in points rounded to 1/20 pt, or null when out of range or zero. */
export function safeLetterSpacing(value: unknown): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const v = Math.round(value * 20) / 20;
  return v !== 0 && Math.abs(v) <= MAX_LETTER_SPACING ? v : null;
}

const TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8}){0,6}$/;

/**
 * A BCP 47 language tag the model keeps (letters, digits and hyphens, up to 50 characters), in
 * its canonical case (`en-US`, `zh-Hans-CN`), or null.
 */
export function safeLanguageTag(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const v = value.trim().replace(/_/g, '-');
  if (v.length > 50 || !TAG.test(v)) return null;
  return v
    .split('-')
    .map((part, i) => (i === 0 ? part.toLowerCase() : part.length === 2 ? part.toUpperCase() : part.length === 4 && /^[A-Za-z]+$/.test(part) ? part[0]!.toUpperCase() + part.slice(1).toLowerCase() : part.toLowerCase()))
    .join('-');
}

function check(ok: boolean, message: string): void {
  if (!ok) throw new RangeError(message);
}

const validateTag = (v: unknown): void => check(v === null || safeLanguageTag(v) === v, 'Languages are BCP 47 tags or null.');

export const charPropertyMarkSpecs: Record<string, MarkSpec> = {
  /** Capitals: `all` shows the text in upper case, `small` in small capitals. */
  caps: {
    attrs: { variant: { validate: (v: unknown) => check(v === 'all' || v === 'small', 'Caps are all or small.') } },
    parseDOM: [
      { style: 'text-transform', getAttrs: (v) => (v === 'uppercase' ? { variant: 'all' } : false) },
      { style: 'font-variant', getAttrs: (v) => (v === 'small-caps' ? { variant: 'small' } : false) },
    ],
    toDOM: (mark): DOMOutputSpec => ['span', { style: mark.attrs.variant === 'all' ? 'text-transform: uppercase' : 'font-variant: small-caps' }, 0],
  },
  /** Letter spacing in points. */
  letter_spacing: {
    attrs: { spacing: { validate: (v: unknown) => check(safeLetterSpacing(v) === v, 'Letter spacing is a non-zero number of points, in 1/20 pt steps.') } },
    parseDOM: [
      {
        style: 'letter-spacing',
        getAttrs: (v) => {
          const m = /^(-?\d+(?:\.\d+)?)pt$/.exec(v.trim());
          const spacing = m ? safeLetterSpacing(Number(m[1])) : null;
          return spacing === null ? false : { spacing };
        },
      },
    ],
    toDOM: (mark): DOMOutputSpec => ['span', { style: `letter-spacing: ${String(mark.attrs.spacing)}pt` }, 0],
  },
  /** Languages of the text, per script class (BCP 47 tags). */
  language: {
    attrs: { lang: { default: null, validate: validateTag }, eastAsia: { default: null, validate: validateTag }, complex: { default: null, validate: validateTag } },
    parseDOM: [
      {
        tag: 'span[lang]',
        getAttrs: (dom) => {
          const lang = safeLanguageTag(dom.getAttribute('lang'));
          return lang === null ? false : { lang, eastAsia: safeLanguageTag(dom.getAttribute('data-lang-east-asia')), complex: safeLanguageTag(dom.getAttribute('data-lang-complex')) };
        },
      },
    ],
    toDOM: (mark): DOMOutputSpec => {
      const a = mark.attrs as { lang: string | null; eastAsia: string | null; complex: string | null };
      const dom: Record<string, string> = {};
      const shown = a.lang ?? a.eastAsia ?? a.complex;
      if (shown) dom.lang = shown;
      if (a.eastAsia) dom['data-lang-east-asia'] = a.eastAsia;
      if (a.complex) dom['data-lang-complex'] = a.complex;
      return ['span', dom, 0];
    },
  },
  /** The font of East-Asian characters. */
  font_east_asian: {
    attrs: { family: { validate: (v: unknown) => check(safeFontFamily(v) === v, 'Font family names may only hold letters, digits, spaces and -_.&+.') } },
    parseDOM: [{ tag: 'span[data-font-east-asian]', getAttrs: (dom) => { const family = safeFontFamily(dom.getAttribute('data-font-east-asian')); return family === null ? false : { family }; } }],
    toDOM: (mark): DOMOutputSpec => ['span', { 'data-font-east-asian': mark.attrs.family as string }, 0],
  },
};

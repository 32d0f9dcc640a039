/**
 * The document's base formatting (`@ostal/model` `text-doc-base.ts`) and its headings' looks
 * (`text-heading-looks.ts`) on screen: CSS custom properties on the editable text, which
 * writer.css reads for the text's font, size, colour and line height, the paragraphs' alignment,
 * indents and spacing, and each heading level's font, size, colour, weight, slant and spacing.
 * Paragraphs and runs with their own values keep them (inline styles win).
 */
import { fontFamilyCss, headingLookOf, textBaseOf, twipsToCss } from '@ostal/model';
import type { HeadingLook, TextBase } from '@ostal/model';
import { Plugin } from 'prosemirror-state';
import { fontLineFactor } from './font-line-factor.js';

/** The font text without one shows when the document names none (writer.css's first choice). */
export const APP_FONT = 'Liberation Serif';
/** writer.css's font list when the document names none. */
const APP_FONTS = `'${APP_FONT}', 'Times New Roman', 'DejaVu Serif', serif`;

/** The CSS custom properties of `base` (writer.css names them). */
export function textBaseCssVars(base: TextBase): Record<string, string> {
  const vars: Record<string, string> = {
    '--doc-size': `${String(base.size)}pt`,
    '--doc-line-height': String(base.lineHeight),
    '--doc-space-before': twipsToCss(base.spaceBefore),
    '--doc-space-after': twipsToCss(base.spaceAfter),
    '--doc-indent-left': twipsToCss(base.indentLeft),
    '--doc-indent-right': twipsToCss(base.indentRight),
    '--doc-indent-first': twipsToCss(base.indentFirstLine),
  };
  if (base.font) vars['--doc-font'] = `${fontFamilyCss(base.font)}, '${APP_FONT}', serif`;
  // Line heights are multiples of the base font's own single line (font-line-factor.ts).
  const factor = fontLineFactor(vars['--doc-font'] ?? APP_FONTS);
  if (factor !== null) vars['--line-factor'] = String(factor);
  if (base.color) vars['--doc-color'] = base.color;
  if (base.align) vars['--doc-align'] = base.align;
  return vars;
}

/** Heading levels HTML draws with an element of their own (h1-h6; deeper levels are h6). */
const SHOWN_LEVELS = 6;

/** The CSS custom properties of the looks of heading levels 1-6 (null values left to the base). */
export function headingCssVars(looks: readonly HeadingLook[]): Record<string, string> {
  const vars: Record<string, string> = {};
  looks.slice(0, SHOWN_LEVELS).forEach((look, i) => {
    const h = `--h${String(i + 1)}`;
    if (look.font) vars[`${h}-font`] = `${fontFamilyCss(look.font)}, '${APP_FONT}', serif`;
    if (look.size !== null) vars[`${h}-size`] = `${String(look.size)}pt`;
    if (look.color) vars[`${h}-color`] = look.color;
    vars[`${h}-weight`] = look.bold ? 'bold' : 'normal';
    vars[`${h}-style`] = look.italic ? 'italic' : 'normal';
    if (look.spaceBefore !== null) vars[`${h}-before`] = twipsToCss(look.spaceBefore);
    if (look.spaceAfter !== null) vars[`${h}-after`] = twipsToCss(look.spaceAfter);
  });
  return vars;
}

/** `vars` as the text of a `style` attribute. */
export function cssVarsStyle(vars: Readonly<Record<string, string>>): string {
  return Object.entries(vars)
    .map(([k, v]) => `${k}: ${v}`)
    .join('; ');
}

/** The `style` text giving a document's base formatting and heading looks (`doc` attributes). */
export function docStyleText(attrs: Readonly<Record<string, unknown>>): string {
  return cssVarsStyle({ ...textBaseCssVars(textBaseOf(attrs)), ...headingCssVars(Array.from({ length: SHOWN_LEVELS }, (_, i) => headingLookOf(attrs, i + 1))) });
}

/** Puts the base formatting of the edited document on the editable element. */
export function docBasePlugin(): Plugin {
  let last: { base: unknown; headings: unknown; style: string } | null = null;
  return new Plugin({
    props: {
      attributes: (state): Record<string, string> => {
        const { base, headings } = state.doc.attrs as { base: unknown; headings: unknown };
        const known =
          last !== null && last.base === base && last.headings === headings
            ? last
            : { base, headings, style: docStyleText(state.doc.attrs) };
        last = known;
        return { style: known.style };
      },
    },
  });
}

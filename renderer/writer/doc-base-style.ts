/**
 * The document's base formatting (`@ostal/model` `text-doc-base.ts`) on screen: CSS custom
 * properties on the editable text, which writer.css reads for the text's font, size, colour and
 * line height and the paragraphs' alignment, indents and spacing. Paragraphs and runs with their
 * own values keep them (inline styles win).
 */
import { fontFamilyCss, textBaseOf, twipsToCss } from '@ostal/model';
import type { TextBase } from '@ostal/model';
import { Plugin } from 'prosemirror-state';

/** The font text without one shows when the document names none (writer.css's first choice). */
export const APP_FONT = 'Liberation Serif';

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
  if (base.color) vars['--doc-color'] = base.color;
  if (base.align) vars['--doc-align'] = base.align;
  return vars;
}

/** `vars` as the text of a `style` attribute. */
export function cssVarsStyle(vars: Readonly<Record<string, string>>): string {
  return Object.entries(vars)
    .map(([k, v]) => `${k}: ${v}`)
    .join('; ');
}

/** Puts the base formatting of the edited document on the editable element. */
export function docBasePlugin(): Plugin {
  let last: { base: unknown; style: string } | null = null;
  return new Plugin({
    props: {
      attributes: (state): Record<string, string> => {
        const base = state.doc.attrs.base as unknown;
        const known = last !== null && last.base === base ? last : { base, style: cssVarsStyle(textBaseCssVars(textBaseOf(state.doc.attrs))) };
        last = known;
        return { style: known.style };
      },
    },
  });
}

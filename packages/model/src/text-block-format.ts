/**
 * Paragraph formatting attributes shared by `paragraph` and `heading` (units in `text-format.ts`):
 * alignment, indents, spacing, line height, keep-with-next, direction (right to left), shading,
 * borders (`text-borders.ts`), tab stops (`text-tab-stops.ts`) and the name of the paragraph style the paragraph used in its file (its display name, kept for
 * round trips).
 *
 * A page break before a paragraph is not an attribute: it is the `page_break` node, which both
 * file formats already read and write.
 */
import type { AttributeSpec } from 'prosemirror-model';
import { cssLengthToTwips, safeAlign, safeColor, twipsToCss, validateFormat } from './text-format.js';
import type { TextAlign } from './text-format.js';
import { textBordersCss, isTextBorders } from './text-borders.js';
import type { TextBorders } from './text-borders.js';
import { isTabStops } from './text-tab-stops.js';
import type { TabStop } from './text-tab-stops.js';

/** The paragraph formatting of one paragraph or heading. */
export interface BlockFormat {
  readonly align: TextAlign | null;
  /** Twips; may be negative. */
  readonly indentLeft: number | null;
  readonly indentRight: number | null;
  /** Twips; negative for a hanging indent. */
  readonly indentFirstLine: number | null;
  readonly spaceBefore: number | null;
  readonly spaceAfter: number | null;
  /** A multiple of single line spacing (1.15), or null. */
  readonly lineHeight: number | null;
  /** Display name of the paragraph style in the file it came from, or null. */
  readonly styleName: string | null;
  readonly keepWithNext: boolean;
  /** `rtl` for a right-to-left paragraph, null for the default (left to right). */
  readonly direction: 'rtl' | null;
  /** Background colour of the paragraph (`#rrggbb`), or null. */
  readonly shading: string | null;
  /** TextBorders around the paragraph (`text-borders.ts`), or null for none. */
  readonly borders: TextBorders | null;
  /** Tab stops (`text-tab-stops.ts`), or null for the default ones. */
  readonly tabs: readonly TabStop[] | null;
}

/** Names of the {@link BlockFormat} attributes. */
export const BLOCK_FORMAT_KEYS = ['align', 'indentLeft', 'indentRight', 'indentFirstLine', 'spaceBefore', 'spaceAfter', 'lineHeight', 'styleName', 'keepWithNext', 'direction', 'shading', 'borders', 'tabs'] as const;

/** A paragraph with no direct formatting. */
export const NO_BLOCK_FORMAT: BlockFormat = {
  align: null,
  indentLeft: null,
  indentRight: null,
  indentFirstLine: null,
  spaceBefore: null,
  spaceAfter: null,
  lineHeight: null,
  styleName: null,
  keepWithNext: false,
  direction: null,
  shading: null,
  borders: null,
  tabs: null,
};

/** Attribute specs of {@link BlockFormat}, for node specs. */
export const blockFormatAttrs: Record<string, AttributeSpec> = {
  align: { default: null, validate: validateFormat.align },
  indentLeft: { default: null, validate: validateFormat.twips },
  indentRight: { default: null, validate: validateFormat.twips },
  indentFirstLine: { default: null, validate: validateFormat.twips },
  spaceBefore: { default: null, validate: validateFormat.twips },
  spaceAfter: { default: null, validate: validateFormat.twips },
  lineHeight: { default: null, validate: validateFormat.lineHeight },
  styleName: { default: null, validate: validateFormat.styleName },
  keepWithNext: { default: false, validate: validateFormat.flag },
  direction: { default: null, validate: (v: unknown) => { if (v !== null && v !== 'rtl') throw new RangeError('Direction is rtl or null.'); } },
  shading: { default: null, validate: (v: unknown) => { if (v !== null) validateFormat.color(v); } },
  borders: { default: null, validate: (v: unknown) => { if (v !== null && !isTextBorders(v)) throw new RangeError('TextBorders are lines (style, width in eighths of a point, colour, space in points) on some of the four sides.'); } },
  tabs: { default: null, validate: (v: unknown) => { if (v !== null && !isTabStops(v)) throw new RangeError('Tab stops are a sorted list of positions, alignments and leaders.'); } },
};

/** The {@link BlockFormat} part of a node's attributes. */
export function blockFormatOf(attrs: Readonly<Record<string, unknown>>): BlockFormat {
  const out: Record<string, unknown> = {};
  for (const k of BLOCK_FORMAT_KEYS) out[k] = attrs[k] ?? NO_BLOCK_FORMAT[k];
  return out as unknown as BlockFormat;
}

/** True when the paragraph has no formatting of its own. */
export function isPlainBlock(f: BlockFormat): boolean {
  return BLOCK_FORMAT_KEYS.every((k) => f[k] === NO_BLOCK_FORMAT[k]);
}

/** DOM attributes (inline style, data attributes) rendering a block's formatting in the editor. */
export function blockFormatDom(attrs: Readonly<Record<string, unknown>>): Record<string, string> {
  const f = blockFormatOf(attrs);
  const css: string[] = [];
  if (f.align) css.push(`text-align: ${f.align}`);
  if (f.indentLeft !== null) css.push(`margin-left: ${twipsToCss(f.indentLeft)}`);
  if (f.indentRight !== null) css.push(`margin-right: ${twipsToCss(f.indentRight)}`);
  if (f.indentFirstLine !== null) css.push(`text-indent: ${twipsToCss(f.indentFirstLine)}`);
  if (f.spaceBefore !== null) css.push(`margin-top: ${twipsToCss(f.spaceBefore)}`);
  if (f.spaceAfter !== null) css.push(`margin-bottom: ${twipsToCss(f.spaceAfter)}`);
  // A multiple of the font's single line: the editor sets --line-factor (its font's line height per size).
  if (f.lineHeight !== null) css.push(`line-height: calc(${String(f.lineHeight)} * var(--line-factor, 1))`);
  if (f.shading !== null) css.push(`background-color: ${f.shading}`);
  if (f.borders !== null) css.push(...textBordersCss(f.borders));
  const dom: Record<string, string> = {};
  if (css.length > 0) dom.style = css.join('; ');
  if (f.styleName !== null) dom['data-style-name'] = f.styleName;
  if (f.keepWithNext) dom['data-keep-with-next'] = 'true';
  if (f.direction === 'rtl') dom.dir = 'rtl';
  if (f.tabs !== null) dom['data-tabs'] = JSON.stringify(f.tabs);
  if (f.borders !== null) dom['data-borders'] = JSON.stringify(f.borders);
  return dom;
}

function parseBorders(v: string | null): TextBorders | null {
  if (!v || v.length > 2_000) return null;
  try {
    const parsed: unknown = JSON.parse(v);
    return isTextBorders(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

function parseTabs(v: string | null): readonly TabStop[] | null {
  if (!v || v.length > 10_000) return null;
  try {
    const parsed: unknown = JSON.parse(v);
    return isTabStops(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** Reads a block's formatting back from a DOM element (only known properties, validated). */
export function parseBlockFormat(dom: HTMLElement): BlockFormat {
  const s = dom.style;
  // A plain number (pasted from elsewhere) or the multiple of the font's line blockFormatDom writes.
  const lineText = /^\d+(?:\.\d+)?$/.test(s.lineHeight) ? s.lineHeight : /^calc\((\d+(?:\.\d+)?) \* var\(--line-factor, 1\)\)$/.exec(s.lineHeight)?.[1];
  const line = lineText !== undefined ? Number(lineText) : null;
  const name = dom.getAttribute('data-style-name');
  return {
    align: safeAlign(s.textAlign),
    indentLeft: cssLengthToTwips(s.marginLeft),
    indentRight: cssLengthToTwips(s.marginRight),
    indentFirstLine: cssLengthToTwips(s.textIndent),
    spaceBefore: cssLengthToTwips(s.marginTop),
    spaceAfter: cssLengthToTwips(s.marginBottom),
    lineHeight: line !== null && line > 0 && line <= 10 ? line : null,
    styleName: name && name.length <= 200 ? name : null,
    keepWithNext: dom.getAttribute('data-keep-with-next') === 'true',
    direction: dom.getAttribute('dir') === 'rtl' ? 'rtl' : null,
    shading: safeColor(s.backgroundColor),
    borders: parseBorders(dom.getAttribute('data-borders')),
    tabs: parseTabs(dom.getAttribute('data-tabs')),
  };
}

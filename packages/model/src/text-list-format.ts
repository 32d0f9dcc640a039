/**
 * List formats of text documents: how an ordered list numbers its items (number format, the
 * label around the number, how many parent levels the label shows, whether it continues the
 * numbering of an earlier list) and which character a bullet list shows.
 *
 * The attributes live on the `ordered_list` and `bullet_list` nodes of `text-schema.ts`; their
 * defaults are what lists showed before they existed (a decimal "1." label, the default bullet of
 * the nesting level), so older documents stay valid as they are.
 *
 * Bullets from symbol fonts (Symbol, Wingdings) are private-use characters that only mean
 * something in that font: the model keeps the character and its font for round trips, and
 * {@link displayBullet} gives the Unicode character to show.
 */
import type { AttributeSpec } from 'prosemirror-model';

/** Number formats an ordered list can use. */
export const LIST_NUMBER_FORMATS = [
  'decimal',
  'decimal-zero',
  'lower-roman',
  'upper-roman',
  'lower-letter',
  'upper-letter',
  'decimal-enclosed-circle',
  'lower-greek',
  'upper-greek',
  'none',
] as const;

export type ListNumberFormat = (typeof LIST_NUMBER_FORMATS)[number];

/** The number format attributes of an ordered list. */
export interface ListNumbering {
  readonly format: ListNumberFormat;
  /** Text before the number(s). */
  readonly prefix: string;
  /** Text after the number(s). */
  readonly suffix: string;
  /** How many levels the label shows, this one included (2 gives "1.1."): 1-10. */
  readonly levels: number;
  /** True when the list continues the numbering of the previous list with the same format. */
  readonly continues: boolean;
}

/** An ordered list's numbering when nothing says otherwise: "1.", "2."... */
export const DEFAULT_NUMBERING: ListNumbering = { format: 'decimal', prefix: '', suffix: '.', levels: 1, continues: false };

/** List attributes (besides `order`) and their defaults, which stored JSON leaves out. */
export const LIST_FORMAT_DEFAULTS: Readonly<Record<string, unknown>> = { ...DEFAULT_NUMBERING, bullet: null, bulletFont: null, skip: 0 };

/** Bullets of nesting levels 0, 1, 2 (then again), when a list does not name its own. */
export const DEFAULT_BULLETS = ['\u2022', '\u25e6', '\u25aa'] as const;

/** The default bullet at nesting depth `depth` (0 for the outermost list). */
export function defaultBullet(depth: number): string {
  return DEFAULT_BULLETS[Math.max(0, depth) % DEFAULT_BULLETS.length]!;
}

const MAX_LABEL = 50;
/** Largest number of levels a label may show (ODF has 10 levels, DOCX 9). */
export const MAX_LABEL_LEVELS = 10;

function check(ok: boolean, message: string): void {
  if (!ok) throw new RangeError(message);
}

function isLabelText(v: unknown): boolean {
  // eslint-disable-next-line no-control-regex
  return typeof v === 'string' && v.length <= MAX_LABEL && !/[\u0000-\u001f]/.test(v);
}

/** A bullet the model keeps: one character (a code point), or an empty string for no bullet. */
export function safeBullet(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const chars = [...v];
  // eslint-disable-next-line no-control-regex
  if (chars.length > 1 || /[\u0000-\u001f]/.test(v)) return null;
  return v;
}

/** Largest number of list levels a list may skip (DOCX has 9 levels, ODF 10). */
export const MAX_LIST_SKIP = 9;

/**
 * Attribute spec shared by both list nodes: how many list levels sit between this list and the
 * list (or story) around it with no item of their own. A DOCX paragraph at level 3 right under
 * one at level 1 (ODF: `text:list-item`s holding only a nested list) is a list with `skip` 1
 * nested in the level-1 item: its label counts at level 3 ("1.1.1.") and the writers put it back
 * at level 3.
 */
export const listSkipAttr: Record<string, AttributeSpec> = {
  skip: { default: 0, validate: (v: unknown) => check(typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_LIST_SKIP, 'A list skips 0 to 9 levels.') },
};

/** The number of levels a list node skips (0 when it sits right below its parent). */
export function listSkipOf(attrs: Readonly<Record<string, unknown>>): number {
  const v = attrs.skip;
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? Math.min(v, MAX_LIST_SKIP) : 0;
}

/** Attribute specs added to `ordered_list` (besides `order`). */
export const orderedListAttrs: Record<string, AttributeSpec> = {
  format: { default: 'decimal', validate: (v: unknown) => check((LIST_NUMBER_FORMATS as readonly unknown[]).includes(v), 'Unknown list number format.') },
  prefix: { default: '', validate: (v: unknown) => check(isLabelText(v), 'List label text is at most 50 characters.') },
  suffix: { default: '.', validate: (v: unknown) => check(isLabelText(v), 'List label text is at most 50 characters.') },
  levels: { default: 1, validate: (v: unknown) => check(typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= MAX_LABEL_LEVELS, 'A list label shows 1 to 10 levels.') },
  continues: { default: false, validate: 'boolean' },
  ...listSkipAttr,
};

/** Attribute specs of `bullet_list`. */
export const bulletListAttrs: Record<string, AttributeSpec> = {
  /** The bullet character; null for the default bullet of the nesting level, '' for none. */
  bullet: { default: null, validate: (v: unknown) => check(v === null || safeBullet(v) === v, 'A bullet is one character.') },
  /** The font of the bullet when it is not the text's (a symbol font), or null. */
  bulletFont: { default: null, validate: (v: unknown) => check(v === null || (typeof v === 'string' && v.length > 0 && v.length <= 100), 'A bullet font is a font name.') },
  ...listSkipAttr,
};

/** The numbering attributes of an `ordered_list` node (defaults filled in). */
export function listNumberingOf(attrs: Readonly<Record<string, unknown>>): ListNumbering {
  return {
    format: (attrs.format as ListNumberFormat | undefined) ?? DEFAULT_NUMBERING.format,
    prefix: (attrs.prefix as string | undefined) ?? DEFAULT_NUMBERING.prefix,
    suffix: (attrs.suffix as string | undefined) ?? DEFAULT_NUMBERING.suffix,
    levels: (attrs.levels as number | undefined) ?? DEFAULT_NUMBERING.levels,
    continues: attrs.continues === true,
  };
}

/**
 * Symbol and Wingdings characters (as Word stores them, in the private-use area U+F0xx, or as
 * their low byte) and the Unicode characters that look like them.
 */
const SYMBOL_FONT_CHARS: Readonly<Record<string, Readonly<Record<number, string>>>> = {
  symbol: { 0xb7: '\u2022', 0x2d: '\u2212', 0x6f: '\u03bf', 0xa7: '\u2663', 0xa8: '\u2666', 0xa9: '\u2665', 0xaa: '\u2660', 0xde: '\u21d2', 0xae: '\u2192', 0xd8: '\u00ac' },
  wingdings: {
    0xa7: '\u25aa', 0x6c: '\u25cf', 0x6e: '\u25a0', 0x71: '\u2751', 0x75: '\u25c6', 0x76: '\u2756', 0xa8: '\u25fb', 0xd8: '\u27a2', 0xfc: '\u2714', 0xfb: '\u2718',
    0x9f: '\u2022', 0xe0: '\u2192', 0xe8: '\u2794', 0x6f: '\u25a1', 0xaa: '\u2726', 0x77: '\u2b25', 0xa1: '\u25cb',
  },
  'courier new': { 0x6f: 'o' },
};

/** The character to show for a list's bullet: symbol-font characters map to their Unicode look-alikes. */
export function displayBullet(bullet: string | null, font: string | null, depth: number): string {
  if (bullet === null) return defaultBullet(depth);
  if (bullet === '' || font === null) return bullet;
  const table = SYMBOL_FONT_CHARS[font.toLowerCase()];
  const code = bullet.codePointAt(0) ?? 0;
  const low = code >= 0xf000 && code <= 0xf0ff ? code - 0xf000 : code;
  if (table) return table[low] ?? (code >= 0xf000 && code <= 0xf0ff ? '\u2022' : bullet);
  // Any other font with a private-use character: show a plain bullet.
  return code >= 0xe000 && code <= 0xf8ff ? '\u2022' : bullet;
}

/** CSS `list-style-type` of a number format. */
export const LIST_FORMAT_CSS: Readonly<Record<ListNumberFormat, string>> = {
  decimal: 'decimal',
  'decimal-zero': 'decimal-leading-zero',
  'lower-roman': 'lower-roman',
  'upper-roman': 'upper-roman',
  'lower-letter': 'lower-alpha',
  'upper-letter': 'upper-alpha',
  'decimal-enclosed-circle': 'decimal',
  'lower-greek': 'lower-greek',
  // CSS predefines no upper Greek counter: the editor shows the lower letters.
  'upper-greek': 'lower-greek',
  none: 'none',
};

function cssString(s: string): string {
  return `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/**
 * DOM attributes rendering an ordered list's format in the editor: the list style type, and for
 * labels other than "N." the custom properties the writer stylesheet's `::marker` rule uses.
 */
export function orderedListDom(attrs: Readonly<Record<string, unknown>>): Record<string, string> {
  const n = listNumberingOf(attrs);
  const dom: Record<string, string> = {};
  const order = Number(attrs.order ?? 1);
  if (order !== 1) dom.start = String(order);
  if (n.format !== 'decimal') dom['data-format'] = n.format;
  const css = [`list-style-type: ${LIST_FORMAT_CSS[n.format]}`];
  if (n.prefix !== '' || n.suffix !== '.' || n.levels > 1) {
    dom['data-label'] = n.levels > 1 ? 'levels' : 'custom';
    css.push(`--list-type: ${LIST_FORMAT_CSS[n.format]}`, `--list-prefix: ${cssString(n.prefix)}`, `--list-suffix: ${cssString(n.suffix)}`);
    dom['data-prefix'] = n.prefix;
    dom['data-suffix'] = n.suffix;
    dom['data-levels'] = String(n.levels);
  }
  if (n.continues) dom['data-continues'] = 'true';
  if (listSkipOf(attrs) > 0) dom['data-skip'] = String(listSkipOf(attrs));
  if (n.format !== 'decimal' || dom['data-label']) dom.style = css.join('; ');
  return dom;
}

/** Reads an ordered list's attributes back from the editor's DOM (pasted HTML). */
export function parseOrderedListDom(dom: HTMLElement): Record<string, unknown> {
  const format = dom.getAttribute('data-format');
  const levels = Number(dom.getAttribute('data-levels') ?? 1);
  const prefix = dom.getAttribute('data-prefix') ?? '';
  const suffix = dom.getAttribute('data-suffix') ?? '.';
  const start = Number(dom.getAttribute('start') ?? 1);
  return {
    order: Number.isInteger(start) ? start : 1,
    format: format && (LIST_NUMBER_FORMATS as readonly string[]).includes(format) ? format : 'decimal',
    prefix: isLabelText(prefix) ? prefix : '',
    suffix: isLabelText(suffix) ? suffix : '.',
    levels: Number.isInteger(levels) && levels >= 1 && levels <= MAX_LABEL_LEVELS ? levels : 1,
    continues: dom.getAttribute('data-continues') === 'true',
    skip: listSkipOf({ skip: Number(dom.getAttribute('data-skip') ?? 0) }),
  };
}

/** DOM attributes rendering a bullet list's bullet (a `::marker` content from a custom property). */
export function bulletListDom(attrs: Readonly<Record<string, unknown>>): Record<string, string> {
  const bullet = (attrs.bullet as string | null | undefined) ?? null;
  const font = (attrs.bulletFont as string | null | undefined) ?? null;
  const skip = listSkipOf(attrs);
  if (bullet === null) return skip > 0 ? { 'data-skip': String(skip) } : {};
  const dom: Record<string, string> = { ...(skip > 0 ? { 'data-skip': String(skip) } : {}), 'data-bullet': bullet, style: `--list-bullet: ${cssString(displayBullet(bullet, font, 0))}` };
  if (font !== null) dom['data-bullet-font'] = font;
  return dom;
}

/** Reads a bullet list's attributes back from the editor's DOM. */
export function parseBulletListDom(dom: HTMLElement): Record<string, unknown> {
  const bullet = safeBullet(dom.getAttribute('data-bullet'));
  const font = dom.getAttribute('data-bullet-font');
  return { bullet, bulletFont: bullet !== null && font && font.length <= 100 ? font : null, skip: listSkipOf({ skip: Number(dom.getAttribute('data-skip') ?? 0) }) };
}

/**
 * Named styles beyond the names paragraphs carry: character styles and the style sheet.
 *
 * The model keeps formatting resolved where it applies (a paragraph's `styleName` with its
 * properties on the paragraph and its text). Two more pieces make named styles work as in Word
 * and LibreOffice:
 *
 * - `char_style`: a mark naming the character style of a run (ECMA-376 Part 1, 17.3.2.29
 *   `w:rStyle`; ODF 1.3 Part 3, 6.1.7 `text:span` with a common style of family `text`). Its
 *   formatting is on the run as ordinary marks too, so the mark alone changes nothing shown.
 * - the `styles` attribute of `doc`: the style sheet, one {@link TextStyleDef} per named style
 *   that says what it is based on (17.7.4.3 `w:basedOn`; 16.2 `style:parent-style-name`) or which
 *   style the paragraph after one of it takes (17.7.4.10 `w:next`; `style:next-style-name`).
 *   A style based on the default style and followed by itself has no entry; null when no style
 *   has one.
 *
 * Names are the display names the model uses everywhere (`styleName`, `char_style` `name`);
 * `null` means the default paragraph style (Normal / Standard) or, for character styles, none.
 */
import type { MarkSpec } from 'prosemirror-model';

/** Longest style name kept (as for `styleName`). */
export const MAX_STYLE_NAME = 200;

/** Most entries a style sheet keeps. */
export const MAX_STYLE_DEFS = 2000;

export type TextStyleFamily = 'paragraph' | 'character';

/** What the style sheet says of one named style. */
export interface TextStyleDef {
  readonly name: string;
  readonly family: TextStyleFamily;
  /** The style it is based on, of the same family; null: the default style. */
  readonly basedOn: string | null;
  /**
   * Paragraph styles: the style of the paragraph Enter starts after one of this style (its own
   * name: the same style; null: the default style). Character styles: null.
   */
  readonly next: string | null;
}

/** True for a style name the model keeps: 1 to {@link MAX_STYLE_NAME} characters, not only blanks. */
export function isStyleName(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_STYLE_NAME && value.trim() !== '';
}

function isStyleDef(v: unknown): v is TextStyleDef {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const d = v as Record<string, unknown>;
  const keys = Object.keys(d).sort().join(',');
  return (
    keys === 'basedOn,family,name,next' &&
    isStyleName(d.name) &&
    (d.family === 'paragraph' || d.family === 'character') &&
    (d.basedOn === null || isStyleName(d.basedOn)) &&
    (d.next === null || isStyleName(d.next)) &&
    d.basedOn !== d.name &&
    (d.family === 'paragraph' || d.next === null)
  );
}

function validateStyleSheet(value: unknown): void {
  if (value === null) return;
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_STYLE_DEFS || !value.every(isStyleDef)) {
    throw new RangeError('A style sheet is null or a non-empty list of { name, family, basedOn, next } with valid style names.');
  }
  const seen = new Set<string>();
  for (const d of value) {
    const key = `${d.family}:${d.name}`;
    if (seen.has(key)) throw new RangeError(`The style sheet names ${d.family} style "${d.name}" twice.`);
    seen.add(key);
  }
}

/** The `styles` attribute of `doc`. */
export const docStyleAttrs = { styles: { default: null, validate: validateStyleSheet } };

/**
 * `defs` in the sheet's order: character styles then paragraph styles, each by name (code point
 * order), so that equal sheets are equal lists whoever built them.
 */
export function sortStyleDefs(defs: readonly TextStyleDef[]): TextStyleDef[] {
  return [...defs].sort((a, b) => (a.family === b.family ? (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) : a.family === 'character' ? -1 : 1));
}

/** The style a paragraph of style `name` (null: the default style) is followed by: null for the default style. */
export function nextStyleOf(sheet: readonly TextStyleDef[] | null | undefined, name: string | null): string | null {
  if (name === null) return null;
  const def = styleDef(sheet, 'paragraph', name);
  return def ? def.next : name;
}

/** The sheet's entry for style `name` of `family`, or undefined. */
export function styleDef(sheet: readonly TextStyleDef[] | null | undefined, family: TextStyleFamily, name: string): TextStyleDef | undefined {
  return sheet?.find((d) => d.family === family && d.name === name);
}

/**
 * `sheet` with the entry of (`family`, `name`) set to `basedOn` and `next` (removed when it says
 * nothing more than "based on the default style, followed by itself"; a style based on itself is
 * based on nothing); null when no entry is left.
 */
export function withStyleDef(sheet: readonly TextStyleDef[] | null | undefined, family: TextStyleFamily, name: string, basedOn: string | null, next: string | null): TextStyleDef[] | null {
  const rest = (sheet ?? []).filter((d) => !(d.family === family && d.name === name));
  const base = basedOn === name ? null : basedOn;
  const after = family === 'character' ? null : next;
  const out = base === null && (family === 'character' || after === name) ? rest : [...rest, { name, family, basedOn: base, next: after }];
  return out.length > 0 ? sortStyleDefs(out) : null;
}

/**
 * The styles based on `name` of `family`, directly or through others, nearest first (cycles in
 * a file's sheet are cut).
 */
export function derivedStyles(sheet: readonly TextStyleDef[] | null | undefined, family: TextStyleFamily, name: string): string[] {
  const out: string[] = [];
  const seen = new Set([name]);
  let frontier = [name];
  while (frontier.length > 0 && out.length < MAX_STYLE_DEFS) {
    const next: string[] = [];
    for (const d of sheet ?? []) {
      if (d.family === family && d.basedOn !== null && frontier.includes(d.basedOn) && !seen.has(d.name)) {
        seen.add(d.name);
        out.push(d.name);
        next.push(d.name);
      }
    }
    frontier = next;
  }
  return out;
}

export const styleMarkSpecs: Record<string, MarkSpec> = {
  /** The character style of a run, by name; its formatting is on the run as ordinary marks. */
  char_style: {
    attrs: { name: { validate: (v: unknown) => { if (!isStyleName(v)) throw new RangeError('Character style names are 1 to 200 characters.'); } } },
    // One character style per run.
    excludes: 'char_style',
    parseDOM: [{ tag: 'span[data-char-style]', getAttrs: (dom) => { const name = dom.getAttribute('data-char-style'); return isStyleName(name) ? { name } : false; } }],
    toDOM: (mark) => ['span', { 'data-char-style': mark.attrs.name as string }, 0],
  },
};

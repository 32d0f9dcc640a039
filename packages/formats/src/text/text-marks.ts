/**
 * Character formatting shared by the text readers and writers (ECMA-376 Part 1, 17.3.2 run
 * properties; ODF 1.3 Part 3, 16.27.28 text properties): bold, italic, underline, strike,
 * superscript/subscript, font, size, colour, highlight, caps, letter spacing, languages and
 * East-Asian font, resolved into a {@link RunFormat}
 * that is interned (one object per distinct combination, with its ProseMirror marks built once),
 * so readers compare formats by identity and documents share mark arrays. Hyperlinks (ECMA-376
 * Part 1, 17.16.22 `w:hyperlink`; ODF 1.3 Part 3, 6.1.8 `text:a`) are a link mark carried beside.
 */
import { safeLinkHref, textSchema } from '@ostal/model';
import { Mark } from 'prosemirror-model';
import type { Node as PMNode } from 'prosemirror-model';

/** Vertical position of a run. */
export type VertAlign = 'superscript' | 'subscript' | 'baseline';

/**
 * Character properties as a style or a run declares them: `undefined` inherits; for the toggles
 * `true`/`false` switch on or off; for values `null` means "none" (Word's `auto` colour).
 */
export interface CharProps {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  vertAlign?: VertAlign;
  font?: string | null;
  /** Points. */
  size?: number | null;
  /** `#rrggbb`. */
  color?: string | null;
  /** `#rrggbb`. */
  highlight?: string | null;
  /** Capitals; `none` switches them off. */
  caps?: 'all' | 'small' | 'none';
  /** Points. */
  letterSpacing?: number | null;
  /** BCP 47 tags, per script class. */
  lang?: string | null;
  langEastAsia?: string | null;
  langComplex?: string | null;
  /** Font of East-Asian characters. */
  fontEastAsia?: string | null;
  /** Display name of the run's character style (model `char_style`); its formatting is in the other properties. */
  charStyle?: string | null;
}

/** Value properties that {@link RunBaseline} drops when equal to the baseline. */
const BASELINE_KEYS = ['font', 'size', 'color', 'highlight', 'strike', 'vertAlign', 'letterSpacing', 'lang', 'langEastAsia', 'langComplex', 'fontEastAsia', 'caps'] as const;

/** A resolved character format with its marks; compare by identity. */
export interface RunFormat {
  readonly key: string;
  readonly props: Readonly<CharProps>;
  readonly marks: readonly Mark[];
}

const MAX_INTERNED = 20_000;
const interned = new Map<string, RunFormat>();

function keyOf(p: CharProps): string {
  return `${p.bold ? 'b' : ''}${p.italic ? 'i' : ''}${p.underline ? 'u' : ''}${p.strike ? 's' : ''}|${p.vertAlign ?? ''}|${p.font ?? ''}|${p.size ?? ''}|${p.color ?? ''}|${p.highlight ?? ''}|${p.caps ?? ''}|${p.letterSpacing ?? ''}|${p.lang ?? ''}|${p.langEastAsia ?? ''}|${p.langComplex ?? ''}|${p.fontEastAsia ?? ''}|${p.charStyle ?? ''}`;
}

function buildMarks(p: CharProps): Mark[] {
  const m = textSchema.marks;
  const marks: Mark[] = [];
  if (p.bold) marks.push(m.bold!.create());
  if (p.italic) marks.push(m.italic!.create());
  if (p.underline) marks.push(m.underline!.create());
  if (p.strike) marks.push(m.strike!.create());
  if (p.vertAlign === 'superscript') marks.push(m.superscript!.create());
  if (p.vertAlign === 'subscript') marks.push(m.subscript!.create());
  if (p.font) marks.push(m.font!.create({ family: p.font }));
  if (p.size) marks.push(m.font_size!.create({ size: p.size }));
  if (p.color) marks.push(m.color!.create({ color: p.color }));
  if (p.highlight) marks.push(m.highlight!.create({ color: p.highlight }));
  if (p.caps === 'all' || p.caps === 'small') marks.push(m.caps!.create({ variant: p.caps }));
  if (p.letterSpacing) marks.push(m.letter_spacing!.create({ spacing: p.letterSpacing }));
  if (p.lang || p.langEastAsia || p.langComplex) marks.push(m.language!.create({ lang: p.lang ?? null, eastAsia: p.langEastAsia ?? null, complex: p.langComplex ?? null }));
  if (p.fontEastAsia) marks.push(m.font_east_asian!.create({ family: p.fontEastAsia }));
  if (p.charStyle) marks.push(m.char_style!.create({ name: p.charStyle }));
  return Mark.setFrom(marks) as Mark[];
}

/** The interned format of fully resolved properties (undefined toggles are off, undefined values none). */
export function runFormat(props: CharProps): RunFormat {
  const clean: CharProps = {
    bold: props.bold === true || undefined,
    italic: props.italic === true || undefined,
    underline: props.underline === true || undefined,
    strike: props.strike === true || undefined,
    vertAlign: props.vertAlign === 'baseline' ? undefined : props.vertAlign,
    font: props.font ?? undefined,
    size: props.size ?? undefined,
    color: props.color ?? undefined,
    highlight: props.highlight ?? undefined,
    caps: props.caps === 'none' ? undefined : props.caps,
    letterSpacing: props.letterSpacing ?? undefined,
    lang: props.lang ?? undefined,
    langEastAsia: props.langEastAsia ?? undefined,
    langComplex: props.langComplex ?? undefined,
    // An East-Asian font equal to the font is no font of its own.
    fontEastAsia: props.fontEastAsia && props.fontEastAsia !== props.font ? props.fontEastAsia : undefined,
    charStyle: props.charStyle ?? undefined,
  };
  const key = keyOf(clean);
  const found = interned.get(key);
  if (found) return found;
  const f: RunFormat = { key, props: Object.freeze(clean), marks: buildMarks(clean) };
  if (interned.size < MAX_INTERNED) interned.set(key, f);
  return f;
}

/** Text with no formatting. */
export const PLAIN: RunFormat = runFormat({});

/**
 * Drops from formats what equals a document's baseline (its default fonts, size, colour...), so
 * that files declaring their defaults on every run do not put marks on every text node. With a
 * null baseline formats pass unchanged (files Ostal wrote: see CONTEXT.md).
 */
export class RunBaseline {
  private readonly cache = new Map<string, RunFormat>();

  constructor(private readonly base: CharProps | null) {}

  /** `format` without the values equal to the baseline (bold/italic/underline are kept). */
  apply(format: RunFormat): RunFormat {
    const base = this.base;
    if (!base || format.marks.length === 0) return format;
    const known = this.cache.get(format.key);
    if (known) return known;
    const p = format.props;
    const trimmed: Record<string, unknown> = { ...p };
    for (const k of BASELINE_KEYS) if (p[k] !== undefined && p[k] === base[k]) trimmed[k] = undefined;
    const out = runFormat(trimmed);
    if (this.cache.size < MAX_INTERNED) this.cache.set(format.key, out);
    return out;
  }
}

/** Merges `over` onto `base` (declared properties of `over` win); returns a new object. */
export function mergeCharProps(base: CharProps, over: CharProps): CharProps {
  return {
    bold: over.bold ?? base.bold,
    italic: over.italic ?? base.italic,
    underline: over.underline ?? base.underline,
    strike: over.strike ?? base.strike,
    vertAlign: over.vertAlign ?? base.vertAlign,
    font: over.font !== undefined ? over.font : base.font,
    size: over.size !== undefined ? over.size : base.size,
    color: over.color !== undefined ? over.color : base.color,
    highlight: over.highlight !== undefined ? over.highlight : base.highlight,
    caps: over.caps ?? base.caps,
    letterSpacing: over.letterSpacing !== undefined ? over.letterSpacing : base.letterSpacing,
    lang: over.lang !== undefined ? over.lang : base.lang,
    langEastAsia: over.langEastAsia !== undefined ? over.langEastAsia : base.langEastAsia,
    langComplex: over.langComplex !== undefined ? over.langComplex : base.langComplex,
    fontEastAsia: over.fontEastAsia !== undefined ? over.fontEastAsia : base.fontEastAsia,
    charStyle: over.charStyle !== undefined ? over.charStyle : base.charStyle,
  };
}

/** Only the bold/italic/underline toggles of `props`. */
export function togglesOf(props: CharProps | undefined): CharProps | undefined {
  return props && { bold: props.bold, italic: props.italic, underline: props.underline };
}

/** Applies `props` over `format`: declared properties win, undeclared ones are inherited. */
export function applyCharProps(format: RunFormat, props: CharProps | undefined): RunFormat {
  if (!props) return format;
  return runFormat(mergeCharProps(format.props, props));
}

/** A text node with the marks of `format` (and `link`), or null for an empty string (the schema forbids empty text). */
export function markedText(text: string, format: RunFormat, link: Mark | null = null): PMNode | null {
  if (text === '') return null;
  return textSchema.text(text, link ? link.addToSet(format.marks) : format.marks);
}

/** The resolved format of a node's marks (links and unknown marks are ignored). */
export function formatOfNode(node: PMNode): RunFormat {
  return formatOfMarks(node.marks);
}

/** The format of a set of marks (those that are not formatting are ignored). */
export function formatOfMarks(marks: readonly Mark[]): RunFormat {
  if (marks.length === 0) return PLAIN;
  const p: CharProps = {};
  for (const mark of marks) {
    switch (mark.type.name) {
      case 'bold':
      case 'italic':
      case 'underline':
      case 'strike':
        p[mark.type.name] = true;
        break;
      case 'superscript':
      case 'subscript':
        p.vertAlign = mark.type.name;
        break;
      case 'font':
        p.font = mark.attrs.family as string;
        break;
      case 'font_size':
        p.size = mark.attrs.size as number;
        break;
      case 'color':
        p.color = mark.attrs.color as string;
        break;
      case 'highlight':
        p.highlight = mark.attrs.color as string;
        break;
      case 'caps':
        p.caps = mark.attrs.variant as 'all' | 'small';
        break;
      case 'letter_spacing':
        p.letterSpacing = mark.attrs.spacing as number;
        break;
      case 'language':
        p.lang = mark.attrs.lang as string | null;
        p.langEastAsia = mark.attrs.eastAsia as string | null;
        p.langComplex = mark.attrs.complex as string | null;
        break;
      case 'font_east_asian':
        p.fontEastAsia = mark.attrs.family as string;
        break;
      case 'char_style':
        p.charStyle = mark.attrs.name as string;
        break;
      default:
        break;
    }
  }
  return runFormat(p);
}

/**
 * A link mark for a target found in a file, or null when the target is not one the model keeps
 * (see `safeLinkHref`): the text then stays, unlinked.
 */
export function linkMark(href: string | undefined, title?: string): Mark | null {
  const safe = safeLinkHref(href);
  if (safe === null) return null;
  const t = title?.trim();
  return textSchema.marks.link!.create({ href: safe, title: t ? t : null });
}

/** The link mark of an inline node, or null. */
export function linkOfNode(node: PMNode): Mark | null {
  return node.marks.find((m) => m.type.name === 'link') ?? null;
}

/** A hard line break node, inside `link` when given (other marks are not kept on breaks). */
export function hardBreak(link: Mark | null = null): PMNode {
  return textSchema.nodes.hard_break!.create(null, null, link ? [link] : []);
}

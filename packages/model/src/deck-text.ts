/**
 * Rich text of deck shapes: paragraphs of runs with their own properties, and the properties of
 * the text body (DrawingML a:txBody, ECMA-376 Part 1, 21.1.2; ODF draw:text-box). Lengths are
 * integer EMU, font sizes hundredths of a point (DrawingML `sz`), so no unit drifts on a save.
 */
import type { DeckColor } from './deck-color.js';

/** Character properties; absent fields inherit from the placeholder, layout, master or theme. */
export interface RunStyle {
  /** Typeface name, or `+mj-lt` / `+mn-lt` for the theme's major / minor font. */
  readonly font?: string;
  /** Size in hundredths of a point (1800 = 18 pt). */
  readonly size?: number;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly strike?: boolean;
  readonly color?: DeckColor;
  /** Hyperlink target (external URL, or `#slide:n` for a jump to slide n, 1-based). */
  readonly link?: string;
}

/** A stretch of text with one style. `\n` is a line break, `\t` a tab. */
export interface TextRun {
  /** The text, or for a field its last shown value. */
  readonly text: string;
  readonly style?: RunStyle;
  /** A field the application updates: slide number, or date and time (DrawingML a:fld type, e.g. `datetime1`). */
  readonly field?: 'slidenum' | `datetime${string}`;
}

/** `sizePct`: the label's size relative to the text, in thousandths of a percent (a:buSzPct, 25000 to 400000; ODF text:bullet-relative-size). */
export type Bullet =
  | { readonly kind: 'none' }
  /** `picture`: a picture bullet (a:buBlip, text:list-level-style-image), by name in `deck.media`; `char` is shown where pictures are not. */
  | { readonly kind: 'char'; readonly char: string; readonly font?: string; readonly color?: DeckColor; readonly sizePct?: number; readonly picture?: string }
  /** Automatic numbering, DrawingML ST_TextAutonumberScheme (`arabicPeriod`, `alphaLcParenR`...). */
  | { readonly kind: 'number'; readonly scheme: string; readonly startAt?: number; readonly sizePct?: number };

/** Spacing as a percentage of the line (100000 = single) or in hundredths of a point. */
export type Spacing = { readonly pct: number } | { readonly pts: number };

export type DeckTextAlign = 'left' | 'center' | 'right' | 'justify';

export interface ParagraphStyle {
  readonly align?: DeckTextAlign;
  /** Outline level, 0 to 8. */
  readonly level?: number;
  readonly bullet?: Bullet;
  /** Left margin and first-line indent in EMU. */
  readonly marginLeft?: number;
  readonly indent?: number;
  readonly spaceBefore?: Spacing;
  readonly spaceAfter?: Spacing;
  readonly lineSpacing?: Spacing;
}

export interface TextParagraph {
  readonly runs: readonly TextRun[];
  readonly style?: ParagraphStyle;
  /** Character properties of the paragraph mark (an empty paragraph's size). */
  readonly endStyle?: RunStyle;
}

export interface BodyProperties {
  /** Vertical alignment of the text in its shape. */
  readonly anchor?: 'top' | 'middle' | 'bottom';
  /** none: text may overflow; shrink: font scaled to fit; resize: the shape grows with its text. */
  readonly autofit?: 'none' | 'shrink' | 'resize';
  /** Font scale of shrink-on-overflow, in thousandths of a percent (100000 = 100 %). */
  readonly fontScale?: number;
  /** Line spacing reduction of shrink-on-overflow, in thousandths of a percent (20000 = 20 % less). */
  readonly lineSpaceReduction?: number;
  /** Insets in EMU. */
  readonly insets?: { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number };
  readonly wrap?: boolean;
  /** Text rotated (vert, vert270...), DrawingML ST_TextVerticalType. */
  readonly vertical?: string;
}

export interface TextBody {
  readonly paragraphs: readonly TextParagraph[];
  readonly props?: BodyProperties;
  /**
   * The body's own list style (DrawingML a:lstStyle): paragraph and run defaults by level, which a
   * layout's placeholder passes to the slides' placeholders of the same kind (over the master's
   * text styles).
   */
  readonly listStyle?: readonly { readonly paragraph?: ParagraphStyle; readonly run?: RunStyle }[];
}

/** The plain text of a paragraph. */
export function paragraphPlainText(p: TextParagraph): string {
  return p.runs.map((r) => r.text).join('');
}

/** One string per paragraph; a body whose paragraphs are all empty gives `[]`. */
export function textBodyLines(body: TextBody | undefined): string[] {
  if (!body) return [];
  const lines = body.paragraphs.map(paragraphPlainText);
  return lines.every((l) => l === '') ? [] : lines;
}

/** A text body of plain paragraphs, one run each. */
export function plainTextBody(lines: readonly string[], props?: BodyProperties): TextBody {
  const paragraphs = lines.map((text) => ({ runs: text === '' ? [] : [{ text }] }));
  return props ? { paragraphs, props } : { paragraphs };
}

/**
 * What slides inherit: the theme (colour scheme and fonts), slide masters and their layouts
 * (ECMA-376 Part 1, 19.3.1.42 p:sldMaster, 19.3.1.39 p:sldLayout; ODF style:master-page).
 * A placeholder on a slide takes position, text style and bullets from the layout placeholder of
 * the same type/idx, which takes them from the master's.
 */
import type { DeckShape, Fill } from './deck-shapes.js';
import type { ParagraphStyle, RunStyle } from './deck-text.js';

export interface DeckTheme {
  readonly name: string;
  /** Colour scheme: slot (dk1, lt1, accent1...) -> RRGGBB. */
  readonly colors: Readonly<Record<string, string>>;
  /** Latin typefaces for headings (major) and body text (minor). */
  readonly majorFont: string;
  readonly minorFont: string;
}

/** Paragraph and run defaults for outline levels 0 to 8. */
export type LevelStyles = readonly { readonly paragraph?: ParagraphStyle; readonly run?: RunStyle }[];

export interface DeckMaster {
  readonly id: string;
  readonly name?: string;
  /** Placeholders and other shapes (logos...) shown on every slide of the master. */
  readonly shapes: readonly DeckShape[];
  readonly background?: Fill;
  /** Text styles of title, body and other text (p:txStyles). */
  readonly titleStyle?: LevelStyles;
  readonly bodyStyle?: LevelStyles;
  readonly otherStyle?: LevelStyles;
}

export interface DeckLayout {
  readonly id: string;
  readonly master: string;
  readonly name?: string;
  /** ST_SlideLayoutType (title, obj, twoObj, titleOnly, blank...). */
  readonly type?: string;
  readonly shapes: readonly DeckShape[];
  readonly background?: Fill;
  /** Master shapes (non-placeholders) are not shown on slides of this layout. */
  readonly hideMasterShapes?: boolean;
}

/** A picture, movie or other binary the deck refers to by name. */
export interface DeckMedia {
  /** Media type (`image/png`...). */
  readonly type: string;
  readonly data: Uint8Array;
}

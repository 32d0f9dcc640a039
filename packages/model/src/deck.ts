/**
 * A presentation (deck model version 2): slides with their shapes in z-order, layouts, masters,
 * theme and media, as PPTX and ODP hold them. The editor works on each slide's `title`, `body`
 * and `notes`, which are the text of its title and body placeholders: `slideShapes` rebinds
 * them to the shapes when a deck is written. Version 1 decks (size in mm, no shapes) are
 * migrated by `migrateDeck`.
 */
import type { DeckLayout, DeckMaster, DeckMedia, DeckTheme, LevelStyles } from './deck-masters.js';
import type { SlideComment } from './deck-comments.js';
import type { DeckSection } from './deck-sections.js';
import type { DeckShape, Fill } from './deck-shapes.js';
import type { TextBody } from './deck-text.js';
import type { DocumentMeta } from './meta.js';
import type { MacroProject } from './macro-project.js';

export const DECK_VERSION = 2;

/** EMU per millimetre (ECMA-376 Part 1, 20.1.10.16). */
export const EMU_PER_MM = 36_000;

export interface SlideTransition {
  /** Kind, by DrawingML element name: fade, push, wipe, cut, split, cover, zoom, dissolve... */
  readonly kind: string;
  /** Duration in milliseconds. */
  readonly durationMs?: number;
  /** Direction or variant (l, r, u, d, in, out, horz, vert). */
  readonly direction?: string;
  /** Advance automatically after this many milliseconds. */
  readonly advanceAfterMs?: number;
}

export interface Slide {
  /** Stable id within the deck (survives reordering; not written to files). */
  readonly id: string;
  /** Text of the title placeholder, paragraphs joined by spaces. */
  readonly title: string;
  /** Paragraphs of the (first) body placeholder, in order. */
  readonly body: readonly string[];
  /** Speaker notes, empty when none. */
  readonly notes: string;
  /** Rich speaker notes as read (formatted paragraphs, lists); used while their text is still `notes` (see `slideNotesBody`). */
  readonly notesBody?: TextBody;
  /** Id of the layout in `deck.layouts`. */
  readonly layout?: string;
  /** Every shape in z-order, placeholders included; absent for a slide made in the editor. */
  readonly shapes?: readonly DeckShape[];
  readonly background?: Fill;
  readonly hidden?: boolean;
  /**
   * The master's and layout's own shapes (logos, rules, pictures) are not shown on this slide:
   * PowerPoint's "Hide background graphics" (PPTX `p:sld@showMasterSp="0"`), LibreOffice's
   * background objects not visible (ODF `presentation:background-objects-visible="false"`).
   */
  readonly hideMasterShapes?: boolean;
  readonly transition?: SlideTransition;
  /** Review comments anchored on the slide, in file order. */
  readonly comments?: readonly SlideComment[];
  /** PowerPoint's 32-bit creation id of the slide (p14:creationId), kept from the file; PPTX only. */
  readonly creationId?: number;
}

/** Which master furniture slides show (PresentationML p:hf, ODF presentation:*-visible). */
export interface HeaderFooterSettings {
  readonly footer?: boolean;
  readonly slideNumber?: boolean;
  readonly dateTime?: boolean;
}

export interface Deck {
  readonly kind: 'deck';
  readonly version: typeof DECK_VERSION;
  readonly meta: DocumentMeta;
  /** Slide size in integer EMU (16:9 default: 12192000 x 6858000, PowerPoint's widescreen). */
  readonly size: { readonly cx: number; readonly cy: number };
  readonly slides: readonly Slide[];
  readonly theme?: DeckTheme;
  readonly masters?: readonly DeckMaster[];
  /**
   * The presentation's default text style (PPTX `p:defaultTextStyle`): the base of text in shapes
   * that are not placeholders (text boxes, shapes), before the master's other style.
   */
  readonly defaultTextStyle?: LevelStyles;
  readonly layouts?: readonly DeckLayout[];
  /** Pictures and fallback images by name (`image1.png`). */
  readonly media?: Readonly<Record<string, DeckMedia>>;
  readonly headerFooter?: HeaderFooterSettings;
  /** Named runs of consecutive slides (PPTX p14:sectionLst; ODF has none): see `sectionRanges`. */
  readonly sections?: readonly DeckSection[];
  /** The macro project of a .pptm, kept as bytes and never run (macro-project.ts). */
  readonly macros?: MacroProject;
}

export const WIDESCREEN = { cx: 12_192_000, cy: 6_858_000 } as const;

let nextId = 0;
/** A fresh slide id, unique within this process. */
export function newSlideId(): string {
  nextId += 1;
  return `s${String(Date.now().toString(36))}${String(nextId)}`;
}

/** A slide with the given title and body. */
export function makeSlide(title = '', body: readonly string[] = [], notes = ''): Slide {
  return { id: newSlideId(), title, body, notes };
}

/** A deck with one empty slide. */
export function emptyDeck(meta: DocumentMeta = {}): Deck {
  return { kind: 'deck', version: DECK_VERSION, meta, size: WIDESCREEN, slides: [makeSlide()] };
}

/** Millimetres of an EMU length, to a thousandth. */
export function emuToMm(emu: number): number {
  return Math.round(emu / (EMU_PER_MM / 1000)) / 1000;
}

/** EMU of a length in millimetres; snapped to a whole point when within a thousandth of a mm (338.667 mm is 12192000). */
export function mmToEmu(mm: number): number {
  const emu = Math.round(mm * EMU_PER_MM);
  const snapped = Math.round(emu / 12_700) * 12_700;
  return Math.abs(snapped - emu) <= EMU_PER_MM / 1000 ? snapped : emu;
}

/** A deck of any known version as the current one: version 1 held its size in millimetres. */
export function migrateDeck(json: unknown): Deck {
  const d = json as Record<string, unknown>;
  if (d['version'] === DECK_VERSION) return json as Deck;
  const size = (d['size'] ?? {}) as { widthMm?: number; heightMm?: number };
  const cx = typeof size.widthMm === 'number' ? mmToEmu(size.widthMm) : WIDESCREEN.cx;
  const cy = typeof size.heightMm === 'number' ? mmToEmu(size.heightMm) : WIDESCREEN.cy;
  return { ...(json as Deck), version: DECK_VERSION, size: { cx, cy } };
}

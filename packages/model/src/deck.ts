/** A presentation: slides with a title and body paragraphs, plus speaker notes. */
import type { DocumentMeta } from './meta.js';

export const DECK_VERSION = 1;

export interface Slide {
  /** Stable id within the deck (survives reordering; not written to files). */
  readonly id: string;
  readonly title: string;
  /** Body paragraphs, in order. */
  readonly body: readonly string[];
  /** Speaker notes, empty when none. */
  readonly notes: string;
}

export interface Deck {
  readonly kind: 'deck';
  readonly version: typeof DECK_VERSION;
  readonly meta: DocumentMeta;
  /** Slide size in millimetres (16:9 default: 338.7 x 190.5, PowerPoint's widescreen). */
  readonly size: { readonly widthMm: number; readonly heightMm: number };
  readonly slides: readonly Slide[];
}

export const WIDESCREEN_MM = { widthMm: 338.667, heightMm: 190.5 } as const;

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
  return { kind: 'deck', version: DECK_VERSION, meta, size: WIDESCREEN_MM, slides: [makeSlide()] };
}

/**
 * Another layout for an existing slide, as PowerPoint's and Impress's "Layout" menus do: the
 * slide takes the new layout's placeholders, the text of its old placeholders moves into the
 * matching new ones, and whatever finds no place stays where it showed.
 */
import { slideTextFromShapes } from '@ostal/model';
import type { Deck, DeckShape, PlaceholderRef, Slide, TextBody } from '@ostal/model';
import { layoutPlaceholders } from './slide-factory.js';
import type { LayoutChoice } from './slide-factory.js';
import { editableShapes, nextShapeId, shapeFrame } from './shape-operations.js';

/** Placeholders the master draws on every slide (date, footer, number): a layout change leaves them. */
const FURNITURE = new Set(['dt', 'ftr', 'sldNum', 'hdr']);

/** What a placeholder holds, for matching across layouts: a subtitle or a content box is a body. */
export function placeholderRole(type: string | undefined): string {
  if (type === 'title' || type === 'ctrTitle') return 'title';
  if (type === undefined || type === 'body' || type === 'obj' || type === 'subTitle') return 'body';
  return type;
}

function hasText(body: TextBody | undefined): boolean {
  return body !== undefined && body.paragraphs.some((p) => p.runs.some((r) => r.text !== ''));
}

/** A shape has content worth keeping: text, or anything that is not a bare text placeholder. */
function hasContent(shape: DeckShape): boolean {
  return shape.kind !== 'shape' || hasText(shape.text);
}

/**
 * Pairs each new placeholder with the old one whose content it takes: first the same type and
 * index, then the same role and index, then the same role in order (title to title, the first
 * body to the first body…).
 */
function pairPlaceholders(old: readonly DeckShape[], fresh: readonly DeckShape[]): Map<DeckShape, DeckShape> {
  const pairs = new Map<DeckShape, DeckShape>();
  const taken = new Set<DeckShape>();
  const passes: ((a: PlaceholderRef, b: PlaceholderRef) => boolean)[] = [
    (a, b) => a.type === b.type && (a.idx ?? 0) === (b.idx ?? 0),
    (a, b) => placeholderRole(a.type) === placeholderRole(b.type) && (a.idx ?? 0) === (b.idx ?? 0),
    (a, b) => placeholderRole(a.type) === placeholderRole(b.type),
  ];
  for (const same of passes) {
    for (const p of fresh) {
      if (pairs.has(p) || !p.placeholder) continue;
      // Only text moves into a text placeholder; a picture placeholder's picture keeps its own frame.
      const match = old.find((o) => !taken.has(o) && o.kind === 'shape' && o.placeholder && same(o.placeholder, p.placeholder!));
      if (match) {
        pairs.set(p, match);
        taken.add(match);
      }
    }
  }
  return pairs;
}

/** The text of an old placeholder moved into a new one: its paragraphs, its body properties less the old box's shrink. */
function movedText(text: TextBody): TextBody {
  if (!text.props?.fontScale && !text.props?.lineSpaceReduction) return text;
  const { fontScale: _scale, lineSpaceReduction: _reduction, ...props } = text.props;
  return { ...text, props };
}

/**
 * The slide given another layout. Its placeholders' text moves into the new layout's placeholders
 * of the same kind (see `pairPlaceholders`); new placeholders without a match start empty; old
 * placeholders with content and no match stay where they showed as shapes of their own (their
 * frame written down, no longer a placeholder); empty ones go; the master's date, footer and
 * slide number placeholders and every other shape stay as they were. A deck layout's id becomes
 * the slide's layout reference (a built-in layout leaves none).
 */
export function applyLayout(deck: Deck, slide: Slide, choice: LayoutChoice): Slide {
  const old = editableShapes(slide);
  const fresh = layoutPlaceholders(deck, choice);
  const pairs = pairPlaceholders(old, fresh);
  const moved = new Set(pairs.values());
  let id = nextShapeId(old);
  const placed = fresh.map((p): DeckShape => {
    const from = pairs.get(p);
    return from?.kind === 'shape' && from.text && p.kind === 'shape' ? { ...p, id: id++, text: movedText(from.text) } : { ...p, id: id++ };
  });
  const stays = old.flatMap((o): DeckShape[] => {
    if (moved.has(o)) return [];
    if (!o.placeholder || FURNITURE.has(o.placeholder.type)) return [o];
    if (!hasContent(o)) return [];
    // Out of its placeholder, the shape keeps the frame it showed at under the old layout.
    const xfrm = shapeFrame(deck, slide, o);
    const { placeholder: _ph, ...rest } = o;
    return [{ ...rest, ...(xfrm ? { xfrm } : {}) }];
  });
  const shapes = [...placed, ...stays];
  const text = slideTextFromShapes(shapes);
  const { layout: _layout, ...base } = slide;
  return { ...base, ...('layout' in choice ? { layout: choice.layout } : {}), shapes, title: text.title, body: text.body };
}

/** The deck with slide `index` given the layout (nothing when there is no such slide). */
export function applyLayoutAt(deck: Deck, index: number, choice: LayoutChoice): Deck {
  const slide = deck.slides[index];
  if (!slide) return deck;
  return { ...deck, slides: deck.slides.map((s, i) => (i === index ? applyLayout(deck, s, choice) : s)) };
}

/**
 * Pure edits of the shapes of one slide, by shape id: where shapes sit (placeholders without a
 * position of their own sit where their layout or master puts them), moves and resizes, delete,
 * z-order, group and ungroup, insertion of new shapes, and text. The slide's `title` and `body`
 * follow its placeholders' text, so writers (which rebuild placeholders from them) keep every run.
 */
import { flattenShapes, mapChildFrame, resolvedTransform, sectionsAfterInsert, slideShapes, slideTextFromShapes } from '@ostal/model';
import type { Deck, DeckShape, GroupShape, Slide, TextBody, Transform } from '@ostal/model';
import { withSlides } from './deck-operations.js';
import { replaceShape } from './group-members.js';
import { bounds, unionBox } from './shape-geometry.js';

/** Where a placeholder sits when neither it nor a layout or master gives a position (PowerPoint's defaults, as shares of the slide). */
const DEFAULT_FRAMES: Readonly<Record<string, readonly [number, number, number, number]>> = {
  title: [0.0687, 0.0532, 0.8625, 0.1933],
  ctrTitle: [0.125, 0.1637, 0.75, 0.3482],
  subTitle: [0.125, 0.5253, 0.75, 0.2415],
  body: [0.0687, 0.2662, 0.8625, 0.6345],
  dt: [0.0687, 0.9268, 0.225, 0.0532],
  ftr: [0.3312, 0.9268, 0.3375, 0.0532],
  sldNum: [0.7062, 0.9268, 0.225, 0.0532],
};

/** The frame a placeholder of `type` takes by default on a slide of `size`. */
export function defaultFrame(type: string, size: Deck['size']): Transform {
  const f = DEFAULT_FRAMES[type] ?? DEFAULT_FRAMES['body']!;
  return { x: Math.round(f[0] * size.cx), y: Math.round(f[1] * size.cy), cx: Math.round(f[2] * size.cx), cy: Math.round(f[3] * size.cy) };
}

/** The shapes the canvas edits: the slide's own, or for a slide made in the editor its title and body placeholders; ids made unique. */
export function editableShapes(slide: Slide): DeckShape[] {
  const shapes = slide.shapes ?? slideShapes(slide);
  const seen = new Set<number>();
  let next = flattenShapes(shapes).reduce((m, s) => Math.max(m, s.id), 0) + 1;
  // Group members too: the canvas edits a member's text or chart by its id.
  const unique = (list: readonly DeckShape[]): DeckShape[] =>
    list.map((s) => {
      const own = seen.has(s.id) ? next++ : s.id;
      seen.add(own);
      const children = s.kind === 'group' ? unique(s.children) : undefined;
      if (own === s.id && (!children || children.every((c, i) => c === (s as GroupShape).children[i]))) return s;
      return { ...s, id: own, ...(children ? { children } : {}) };
    });
  return unique(shapes);
}

/** Where a shape shows on the slide. */
export function shapeFrame(deck: Deck, slide: Slide, shape: DeckShape): Transform | undefined {
  return resolvedTransform(deck, slide, shape) ?? (shape.placeholder ? defaultFrame(shape.placeholder.type, deck.size) : undefined);
}

/** The slide with these shapes, its title and body read back from its placeholders. */
export function withShapes(slide: Slide, shapes: readonly DeckShape[]): Slide {
  const text = slideTextFromShapes(shapes);
  return { ...slide, shapes, title: text.title, body: text.body };
}

function replaceSlide(deck: Deck, index: number, slide: Slide): Deck {
  return { ...deck, slides: deck.slides.map((s, i) => (i === index ? slide : s)) };
}

/** The deck with the shapes of slide `index` changed by `change`. */
export function editShapes(deck: Deck, index: number, change: (shapes: DeckShape[]) => DeckShape[]): Deck {
  const slide = deck.slides[index];
  if (!slide) return deck;
  return replaceSlide(deck, index, withShapes(slide, change(editableShapes(slide))));
}

/** New frames for shapes by id (a group moves its children with it). */
export function setFrames(deck: Deck, index: number, frames: ReadonlyMap<number, Transform>): Deck {
  return editShapes(deck, index, (shapes) =>
    shapes.map((s) => {
      const t = frames.get(s.id);
      if (!t) return s;
      if (s.kind === 'group' && !s.childSpace && s.xfrm) return { ...s, childSpace: s.xfrm, xfrm: t };
      return { ...s, xfrm: t };
    }),
  );
}

export function deleteShapes(deck: Deck, index: number, ids: ReadonlySet<number>): Deck {
  return editShapes(deck, index, (shapes) => shapes.filter((s) => !ids.has(s.id)));
}

export type ZOrder = 'forward' | 'backward' | 'front' | 'back';

/** The selected shapes one step (or all the way) towards the front or the back, keeping their order among themselves. */
export function reorderShapes(deck: Deck, index: number, ids: ReadonlySet<number>, how: ZOrder): Deck {
  return editShapes(deck, index, (shapes) => {
    const chosen = shapes.filter((s) => ids.has(s.id));
    const rest = shapes.filter((s) => !ids.has(s.id));
    if (how === 'front') return [...rest, ...chosen];
    if (how === 'back') return [...chosen, ...rest];
    const out = [...shapes];
    if (how === 'forward') {
      for (let i = out.length - 2; i >= 0; i -= 1) {
        if (ids.has(out[i]!.id) && !ids.has(out[i + 1]!.id)) [out[i], out[i + 1]] = [out[i + 1]!, out[i]!];
      }
    } else {
      for (let i = 1; i < out.length; i += 1) {
        if (ids.has(out[i]!.id) && !ids.has(out[i - 1]!.id)) [out[i], out[i - 1]] = [out[i - 1]!, out[i]!];
      }
    }
    return out;
  });
}

/** The next free shape id of a slide. */
export function nextShapeId(shapes: readonly DeckShape[]): number {
  return flattenShapes(shapes).reduce((m, s) => Math.max(m, s.id), 1) + 1;
}

/** The deck with `make(id)` added on top of slide `index`, and the new shape's id. */
export function insertShape(deck: Deck, index: number, make: (id: number) => DeckShape): { deck: Deck; id: number } {
  let id = 0;
  const next = editShapes(deck, index, (shapes) => {
    id = nextShapeId(shapes);
    return [...shapes, make(id)];
  });
  return { deck: next, id };
}

/** The selected shapes (two or more) made one group named `name` and its id (the UI's language), at the place of the topmost; placeholders stay out. */
export function groupShapes(deck: Deck, index: number, ids: ReadonlySet<number>, name = 'Group'): { deck: Deck; id: number } {
  const slide = deck.slides[index];
  if (!slide) return { deck, id: 0 };
  let id = 0;
  const next = editShapes(deck, index, (shapes) => {
    const members = shapes.filter((s) => ids.has(s.id) && !s.placeholder && s.xfrm);
    const box = unionBox(members.map((s) => bounds(s.xfrm!)));
    if (members.length < 2 || !box) return shapes;
    id = nextShapeId(shapes);
    const frame = { x: Math.round(box.x), y: Math.round(box.y), cx: Math.round(box.cx), cy: Math.round(box.cy) };
    const group: GroupShape = { kind: 'group', id, name: `${name} ${String(id)}`, xfrm: frame, childSpace: frame, children: members };
    const last = shapes.indexOf(members[members.length - 1]!);
    const out: DeckShape[] = [];
    shapes.forEach((s, i) => {
      if (i === last) out.push(group);
      else if (!members.includes(s)) out.push(s);
    });
    return out;
  });
  return { deck: next, id };
}

/** A member's frame out of its group, as it showed (scaled, flipped and turned with the group), in whole EMU. */
function mapIntoGroup(t: Transform, group: Transform, space: Transform): Transform {
  const m = mapChildFrame(t, group, space) ?? t;
  const whole = (v: number) => Math.round(v) || 0; // never -0 from a turn
  return { ...m, x: whole(m.x), y: whole(m.y), cx: whole(m.cx), cy: whole(m.cy) };
}

/** Selected groups replaced by their members, placed on the slide where they showed; returns the members' ids. */
export function ungroupShapes(deck: Deck, index: number, ids: ReadonlySet<number>): { deck: Deck; ids: number[] } {
  const freed: number[] = [];
  const next = editShapes(deck, index, (shapes) =>
    shapes.flatMap((s) => {
      if (s.kind !== 'group' || !ids.has(s.id)) return [s];
      const frame = s.xfrm;
      const space = s.childSpace ?? frame;
      return s.children.map((c) => {
        freed.push(c.id);
        return frame && space && c.xfrm ? { ...c, xfrm: mapIntoGroup(c.xfrm, frame, space) } : c;
      });
    }),
  );
  return { deck: next, ids: freed };
}

/** New text of a shape (a group's member too). */
export function setShapeText(deck: Deck, index: number, id: number, text: TextBody): Deck {
  return editShapes(deck, index, (shapes) => replaceShape(shapes, id, (s) => (s.kind === 'shape' ? { ...s, text } : s)));
}

/**
 * A copy of slide `index` right after it (new slide id, without the original's PowerPoint creation
 * id, which names one slide; shapes and text shared, as they are immutable).
 */
export function duplicateSlide(deck: Deck, index: number, newId: string): { deck: Deck; selected: number } {
  const slide = deck.slides[index];
  if (!slide) return { deck, selected: index };
  const slides = [...deck.slides];
  const { creationId: _creationId, ...copy } = slide;
  slides.splice(index + 1, 0, { ...copy, id: newId });
  return { deck: withSlides(deck, slides, sectionsAfterInsert(deck.sections, deck.slides.length, index + 1)), selected: index + 1 };
}

/** Offset of pasted and duplicated shapes from their originals: 0.5 cm right and down. */
export const PASTE_OFFSET = 180_000;

function renumber(shape: DeckShape, take: () => number): DeckShape {
  const id = take();
  // "Ellipse 4" copied as shape 9 is "Ellipse 9", as PowerPoint names copies.
  const m = shape.name ? /^(.*\S) \d+$/.exec(shape.name) : null;
  const named = m ? { ...shape, id, name: `${m[1]!} ${String(id)}` } : { ...shape, id };
  if (named.kind === 'group') return { ...named, children: named.children.map((c) => renumber(c, take)) };
  return named;
}

/**
 * Copies of `shapes` added on top of slide `index` with fresh ids (group members too), moved by
 * `offset`; placeholders become plain shapes (a slide holds one title). Returns the copies' ids.
 */
export function pasteShapes(deck: Deck, index: number, shapes: readonly DeckShape[], offset = PASTE_OFFSET): { deck: Deck; ids: number[] } {
  const slide = deck.slides[index];
  if (!slide || shapes.length === 0) return { deck, ids: [] };
  const ids: number[] = [];
  const next = editShapes(deck, index, (list) => {
    let n = nextShapeId(list);
    const copies = shapes.map((s) => {
      const frame = s.xfrm ?? shapeFrame(deck, slide, s);
      const { placeholder: _ph, ...plain } = s;
      const copy = renumber({ ...plain, ...(frame ? { xfrm: { ...frame, x: frame.x + offset, y: frame.y + offset } } : {}) }, () => n++);
      ids.push(copy.id);
      return copy;
    });
    return [...list, ...copies];
  });
  return { deck: next, ids };
}

import { describe, expect, it } from 'vitest';
import { emptyDeck, plainTextBody, slideShapes } from '@ostal/model';
import type { Deck, DeckShape } from '@ostal/model';
import { PASTE_OFFSET, deleteShapes, duplicateSlide, pasteShapes, editableShapes, groupShapes, insertShape, reorderShapes, setFrames, setShapeText, shapeFrame, ungroupShapes } from './shape-operations.js';

function rect(id: number, x: number): DeckShape {
  return { kind: 'shape', id, geometry: 'rect', xfrm: { x, y: 0, cx: 1_000_000, cy: 500_000 } };
}

function deckWith(shapes: DeckShape[]): Deck {
  const d = emptyDeck();
  return { ...d, slides: [{ ...d.slides[0]!, shapes }] };
}

describe('shape operations', () => {
  it('gives a slide made in the editor its placeholders, placed by default', () => {
    const d = emptyDeck();
    const shapes = editableShapes(d.slides[0]!);
    expect(shapes.map((s) => s.placeholder?.type)).toEqual(['title', 'body']);
    const t = shapeFrame(d, d.slides[0]!, shapes[0]!);
    expect(t!.y).toBeLessThan(shapeFrame(d, d.slides[0]!, shapes[1]!)!.y);
  });
  it('moves a placeholder and keeps the title the writers read', () => {
    let d = emptyDeck();
    d = setShapeText(d, 0, editableShapes(d.slides[0]!)[0]!.id, plainTextBody(['Bilan']));
    expect(d.slides[0]!.title).toBe('Bilan');
    d = setFrames(d, 0, new Map([[2, { x: 100, y: 200, cx: 3000, cy: 4000 }]]));
    const title = d.slides[0]!.shapes![0]!;
    expect(title.xfrm).toEqual({ x: 100, y: 200, cx: 3000, cy: 4000 });
    // What a writer puts out keeps the runs and the new place.
    expect(slideShapes(d.slides[0]!)[0]).toBe(title);
  });
  it('reorders, deletes and inserts by id', () => {
    let d = deckWith([rect(1, 0), rect(2, 10), rect(3, 20)]);
    d = reorderShapes(d, 0, new Set([1]), 'forward');
    expect(d.slides[0]!.shapes!.map((s) => s.id)).toEqual([2, 1, 3]);
    d = reorderShapes(d, 0, new Set([3]), 'back');
    expect(d.slides[0]!.shapes!.map((s) => s.id)).toEqual([3, 2, 1]);
    d = reorderShapes(d, 0, new Set([3, 2]), 'front');
    expect(d.slides[0]!.shapes!.map((s) => s.id)).toEqual([1, 3, 2]);
    d = deleteShapes(d, 0, new Set([3]));
    const added = insertShape(d, 0, (id) => rect(id, 99));
    expect(added.id).toBe(3);
    expect(added.deck.slides[0]!.shapes!.map((s) => s.id)).toEqual([1, 2, 3]);
  });
  it('groups shapes and ungroups them where they showed after the group moved', () => {
    let d = deckWith([rect(1, 0), rect(2, 2_000_000), rect(3, 5_000_000)]);
    const g = groupShapes(d, 0, new Set([1, 2]));
    d = g.deck;
    expect(d.slides[0]!.shapes!.map((s) => s.kind)).toEqual(['group', 'shape']);
    d = setFrames(d, 0, new Map([[g.id, { x: 500_000, y: 100_000, cx: 3_000_000, cy: 500_000 }]]));
    const u = ungroupShapes(d, 0, new Set([g.id]));
    expect(u.ids).toEqual([1, 2]);
    const xs = u.deck.slides[0]!.shapes!.map((s) => s.xfrm?.x);
    expect(xs).toEqual([500_000, 2_500_000, 5_000_000]);
    expect(u.deck.slides[0]!.shapes![0]!.xfrm!.y).toBe(100_000);
  });
  it('ungroups a turned group with its members turned where they showed', () => {
    let d = deckWith([rect(1, 0), rect(2, 2_000_000)]);
    const g = groupShapes(d, 0, new Set([1, 2]));
    d = setFrames(g.deck, 0, new Map([[g.id, { x: 0, y: 0, cx: 3_000_000, cy: 500_000, rot: 180 * 60_000 }]]));
    const u = ungroupShapes(d, 0, new Set([g.id]));
    // A half turn about the group's centre swaps the two ends.
    expect(u.deck.slides[0]!.shapes!.map((s) => [s.id, s.xfrm?.x, s.xfrm?.y, s.xfrm?.rot])).toEqual([
      [1, 2_000_000, 0, 180 * 60_000],
      [2, 0, 0, 180 * 60_000],
    ]);
  });
  it('duplicates a slide after itself with a new id', () => {
    const d = deckWith([rect(1, 0)]);
    const r = duplicateSlide({ ...d, slides: [{ ...d.slides[0]!, creationId: 1234 }] }, 0, 'copy');
    expect(r.deck.slides.map((s) => s.id)).toEqual([d.slides[0]!.id, 'copy']);
    // PowerPoint's creation id names the original alone: the copy gets its own when saved.
    expect(r.deck.slides.map((s) => s.creationId)).toEqual([1234, undefined]);
    expect(r.selected).toBe(1);
  });
});

describe('paste and duplicate', () => {
  it('adds moved copies with fresh ids, group members included, placeholders made plain', () => {
    let d = deckWith([rect(1, 0), rect(2, 2_000_000)]);
    const g = groupShapes(d, 0, new Set([1, 2]));
    d = g.deck;
    const group = d.slides[0]!.shapes![0]!;
    const title: DeckShape = { kind: 'shape', id: 7, geometry: 'rect', placeholder: { type: 'title' }, xfrm: { x: 10, y: 10, cx: 100, cy: 100 } };
    const r = pasteShapes(d, 0, [group, title]);
    const all = r.deck.slides[0]!.shapes!;
    expect(all).toHaveLength(3);
    const ids = all.flatMap((s) => (s.kind === 'group' ? [s.id, ...s.children.map((c) => c.id)] : [s.id]));
    expect(new Set(ids).size).toBe(ids.length);
    expect(all[1]!.xfrm!.x).toBe(group.xfrm!.x + PASTE_OFFSET);
    expect(all[2]!.placeholder).toBeUndefined();
    expect(r.ids).toEqual([all[1]!.id, all[2]!.id]);
  });
});

/** Adjust handles on the canvas: the pointer taken into the shape's own box, turned and flipped shapes included. */
import { describe, expect, it } from 'vitest';
import { emptyDeck } from '@ostal/model';
import type { Deck, GeometryShape } from '@ostal/model';
import { adjustHandlePoints, draggedAdjust, isAdjustable, setAdjust, toShapeBox } from './adjust-handles.js';

const frame = { x: 1000, y: 2000, cx: 400, cy: 200 };
const roundRect: GeometryShape = { kind: 'shape', id: 7, geometry: 'roundRect', xfrm: frame };

describe('adjust handles on the canvas', () => {
  it('takes a slide point into the unrotated, unflipped box', () => {
    expect(toShapeBox(frame, { x: 1100, y: 2050 })).toEqual({ x: 100, y: 50 });
    // Turned a quarter clockwise: the box's top left corner is drawn at the top right.
    const turned = toShapeBox({ ...frame, rot: 5_400_000 }, { x: 1300, y: 1900 });
    expect(turned.x).toBeCloseTo(0);
    expect(turned.y).toBeCloseTo(0);
    const flipped = toShapeBox({ ...frame, flipH: true, flipV: true }, { x: 1100, y: 2050 });
    expect(flipped).toEqual({ x: 300, y: 150 });
  });

  it('gives the rounded rectangle a larger radius when its handle is dragged inwards, turned or not', () => {
    expect(isAdjustable(roundRect)).toBe(true);
    expect(isAdjustable({ ...roundRect, geometry: 'rect' })).toBe(false);
    expect(adjustHandlePoints(roundRect, frame)[0]?.x).toBeCloseTo(33.334);
    expect(draggedAdjust(roundRect, frame, 0, { x: 1080, y: 2000 })).toEqual({ adj: 40_000 });
    // Flipped horizontally, the handle is drawn near the right edge: dragging it left there rounds more.
    expect(draggedAdjust(roundRect, { ...frame, flipH: true }, 0, { x: 1320, y: 2000 })).toEqual({ adj: 40_000 });
    // Turned half a turn, the top edge is drawn at the bottom, right to left.
    expect(draggedAdjust(roundRect, { ...frame, rot: 10_800_000 }, 0, { x: 1320, y: 2200 })).toEqual({ adj: 40_000 });
  });

  it('writes the values to the shape on its slide', () => {
    const deck: Deck = { ...emptyDeck(), slides: [{ id: 's1', title: '', body: [], notes: '', shapes: [roundRect] }] };
    const shape = setAdjust(deck, 0, 7, { adj: 40_000 }).slides[0]?.shapes?.[0];
    expect(shape?.kind === 'shape' ? shape.adjust : undefined).toEqual({ adj: 40_000 });
  });
});

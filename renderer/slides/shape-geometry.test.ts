import { describe, expect, it } from 'vitest';
import { bounds, boxOfPoints, contains, handlePoint, hitTest, resize, rotateTowards, shapeAt, snapBox, snapTargets } from './shape-geometry.js';
import type { Transform } from '@ostal/model';

const box: Transform = { x: 100000, y: 200000, cx: 400000, cy: 200000 };
const turned = { ...box, rot: 90 * 60_000 };

describe('hit-testing', () => {
  it('follows the rotation of the frame', () => {
    // Centre (300000, 300000); a 400000 x 200000 frame turned a quarter spans x 200000..4000, y 100000..5000.
    expect(hitTest(box, { x: 490000, y: 300000 })).toBe(true);
    expect(hitTest(turned, { x: 490000, y: 300000 })).toBe(false);
    expect(hitTest(turned, { x: 300000, y: 110000 })).toBe(true);
    expect(hitTest(box, { x: 300000, y: 110000 })).toBe(false);
  });
  it('picks the topmost of overlapping shapes, and widens thin lines by the tolerance', () => {
    const under = { x: 0, y: 0, cx: 1000000, cy: 1000000 };
    expect(shapeAt([under, box], { x: 300000, y: 300000 })).toBe(1);
    expect(shapeAt([under, box], { x: 900000, y: 900000 })).toBe(0);
    expect(shapeAt([box], { x: 2000000, y: 0 })).toBe(-1);
    const line = { x: 0, y: 50000, cx: 800000, cy: 0 };
    expect(shapeAt([line], { x: 400000, y: 56000 })).toBe(-1);
    expect(shapeAt([line], { x: 400000, y: 56000 }, 10000)).toBe(0);
  });
  it('bounds a rotated frame and selects what a rubber band encloses', () => {
    const b = bounds(turned);
    expect(b.x).toBeCloseTo(200000);
    expect(b.cy).toBeCloseTo(400000);
    expect(contains(boxOfPoints({ x: 550000, y: 450000 }, { x: 50000, y: 150000 }), box)).toBe(true);
    expect(contains(boxOfPoints({ x: 400000, y: 450000 }, { x: 50000, y: 150000 }), box)).toBe(false);
  });
});

describe('resize', () => {
  it('keeps the opposite corner in place', () => {
    const r = resize(box, 'se', { x: 700000, y: 500000 });
    expect(r).toEqual({ x: 100000, y: 200000, cx: 600000, cy: 300000 });
    const l = resize(box, 'w', { x: 0, y: 999900 });
    expect(l).toEqual({ x: 0, y: 200000, cx: 500000, cy: 200000 });
  });
  it('measures along the axes of a rotated frame, the opposite handle fixed on the slide', () => {
    const fixed = handlePoint(turned, 'nw');
    // Turned a quarter clockwise, the frame's east edge points down the slide.
    const r = resize(turned, 'e', { x: 300000, y: 600000 });
    expect(r.cx).toBe(500000);
    expect(r.cy).toBe(200000);
    expect(r.rot).toBe(turned.rot);
    const after = handlePoint(r, 'nw');
    expect(after.x).toBeCloseTo(fixed.x, 0);
    expect(after.y).toBeCloseTo(fixed.y, 0);
  });
  it('keeps the ratio when asked and never goes below the minimum size', () => {
    const r = resize(box, 'se', { x: 900000, y: 250000 }, { keepRatio: true });
    expect(r.cx / r.cy).toBeCloseTo(2);
    expect(r.cx).toBe(800000);
    const tiny = resize(box, 'se', { x: -500000, y: -500000 });
    expect(tiny.cx).toBe(36_000);
  });
});

describe('rotate', () => {
  it('points the top of the shape at the pointer, snapping by steps', () => {
    expect(rotateTowards(box, { x: 900000, y: 300000 }).rot).toBe(90 * 60_000);
    expect(rotateTowards(box, { x: 300000, y: 0 }).rot).toBeUndefined();
    expect(rotateTowards(box, { x: 300000 - 100000, y: 300000 - 100000 }).rot).toBe(315 * 60_000);
    expect(rotateTowards(box, { x: 300000 + 100000, y: 300000 - 110000 }, 15).rot).toBe(45 * 60_000);
  });
});

describe('snapping', () => {
  const slide = { cx: 1200000, cy: 600000 };
  it('snaps a moved box to the slide centre and says which guide to draw', () => {
    const s = snapBox({ x: 395000, y: 10000, cx: 400000, cy: 100000 }, snapTargets(slide, []), 10000);
    expect(s.dx).toBe(5000);
    expect(s.guideX).toBe(600000);
    expect(s.dy).toBe(-10000);
    expect(s.guideY).toBe(0);
  });
  it("snaps to other shapes' edges, not beyond the threshold", () => {
    const other = { x: 50000, y: 400000, cx: 100000, cy: 100000 };
    const s = snapBox({ x: 153000, y: 220000, cx: 100000, cy: 100000 }, snapTargets(slide, [other]), 5000);
    expect(s.dx).toBe(-3000);
    expect(s.guideX).toBe(150000);
    expect(s.dy).toBe(0);
    expect(s.guideY).toBeUndefined();
  });
});

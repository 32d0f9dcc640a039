import { describe, expect, it } from 'vitest';
import { mapChildFrame } from './deck-group-frame.js';
import type { Transform } from './deck-shapes.js';

describe('mapChildFrame', () => {
  it('stretches the child space onto the group\'s box, and leaves frames alone when one is missing', () => {
    // A child space of 2000 x 1000 drawn at 4000 x 2000, 1 cm right.
    const group = { x: 360_000, y: 0, cx: 4000, cy: 2000 };
    const space = { x: 1000, y: 0, cx: 2000, cy: 1000 };
    expect(mapChildFrame({ x: 2000, y: 500, cx: 500, cy: 250 }, group, space)).toEqual({ x: 362_000, y: 1000, cx: 1000, cy: 500 });
    const t = { x: 5, y: 6, cx: 7, cy: 8 };
    expect(mapChildFrame(t, undefined, space)).toBe(t);
    expect(mapChildFrame(undefined, group, space)).toBeUndefined();
    // A child space without area places the member without scaling.
    expect(mapChildFrame(t, group, { x: 0, y: 0, cx: 0, cy: 0 })).toBe(t);
  });

  it('turns the members of a turned group about the group\'s centre, with their own turn added', () => {
    // A 4000 x 2000 group turned a quarter turn clockwise; its member is the left square, itself turned 30°.
    const group = { x: 0, y: 0, cx: 4000, cy: 2000, rot: 90 * 60_000 };
    const t = mapChildFrame({ x: 0, y: 0, cx: 2000, cy: 2000, rot: 30 * 60_000 }, group, { x: 0, y: 0, cx: 4000, cy: 2000 })!;
    // Its centre (1000, 1000) is 1000 left of the group's (2000, 1000): a quarter turn puts it 1000 above.
    expect(t.x + t.cx / 2).toBeCloseTo(2000);
    expect(t.y + t.cy / 2).toBeCloseTo(0);
    expect([t.cx, t.cy, t.rot, t.flipH, t.flipV]).toEqual([2000, 2000, 120 * 60_000, undefined, undefined]);
    // A whole turn comes back to the angle range.
    expect(mapChildFrame({ x: 0, y: 0, cx: 10, cy: 10, rot: 300 * 60_000 }, group, group)!.rot).toBe(30 * 60_000);
  });

  it('mirrors the members of a flipped group: places swapped, own turn reversed, flips combined', () => {
    const space = { x: 0, y: 0, cx: 4000, cy: 2000 };
    const left = { x: 0, y: 500, cx: 1000, cy: 1000, rot: 20 * 60_000 };
    const h = mapChildFrame(left, { ...space, flipH: true }, space)!;
    expect([h.x, h.y, h.rot, h.flipH, h.flipV]).toEqual([3000, 500, 340 * 60_000, true, undefined]);
    // Mirrored both ways is a half turn: the member keeps its own turn and is flipped both ways.
    const hv = mapChildFrame({ ...left, flipH: true }, { ...space, flipH: true, flipV: true }, space)!;
    expect([hv.x, hv.y, hv.rot, hv.flipH, hv.flipV]).toEqual([3000, 500, 20 * 60_000, undefined, true]);
  });

  it('composes nested groups: the inner group mapped first, its members through that frame', () => {
    // An outer group turned 90° holding an inner group flipped horizontally, holding a square turned 10°.
    const outer: Transform = { x: 0, y: 0, cx: 4000, cy: 2000, rot: 90 * 60_000 };
    const innerOwn: Transform = { x: 2000, y: 0, cx: 2000, cy: 2000, flipH: true };
    const inner = mapChildFrame(innerOwn, outer, { x: 0, y: 0, cx: 4000, cy: 2000 })!;
    const member = mapChildFrame({ x: 0, y: 0, cx: 1000, cy: 1000, rot: 10 * 60_000 }, inner, { x: 0, y: 0, cx: 2000, cy: 2000 })!;
    // In the inner space its centre (500, 500) mirrors to (1500, 500), i.e. (3500, 500) in the outer
    // space, (1500, -500) from the outer centre (2000, 1000); a quarter turn clockwise takes it to (500, 1500) from there.
    expect(member.x + member.cx / 2).toBeCloseTo(2500);
    expect(member.y + member.cy / 2).toBeCloseTo(2500);
    // Mirrored once (its own turn reversed) then turned 90°: 80°, flipped horizontally.
    expect([member.rot, member.flipH, member.flipV]).toEqual([80 * 60_000, true, undefined]);
  });
});

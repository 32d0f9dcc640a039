/** Adjust handles on the canvas: the pointer taken into the shape's own box, turned and flipped shapes included; arrow keys; members of groups. */
import { describe, expect, it } from 'vitest';
import { emptyDeck } from '@ostal/model';
import type { Deck, GeometryShape, GroupShape } from '@ostal/model';
import { adjustHandlePoints, adjustTargets, draggedAdjust, fromShapeBox, isAdjustable, keyedAdjust, setAdjust, toShapeBox } from './adjust-handles.js';

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

  it('puts a point of the box back on the slide, turned and flipped', () => {
    for (const t of [frame, { ...frame, rot: 1_800_000 }, { ...frame, rot: 13_000_000, flipH: true }, { ...frame, flipV: true, rot: 5_400_000 }]) {
      const back = toShapeBox(t, fromShapeBox(t, { x: 37, y: 151 }));
      expect(back.x).toBeCloseTo(37);
      expect(back.y).toBeCloseTo(151);
    }
  });

  describe('arrow keys', () => {
    // 4 cm × 2 cm: the corner radius is a share of the 2 cm side, the handle 1/6 of it from the left.
    const box = { x: 360_000, y: 360_000, cx: 1_440_000, cy: 720_000 };
    const shape: GeometryShape = { ...roundRect, xfrm: box };

    it('moves the handle by the step on the slide, as dragging it would', () => {
      // 120 000 EMU from the left edge, 1 mm (36 000) further right: (156 000 / 720 000) of the side.
      expect(keyedAdjust(shape, box, 0, 36_000, 0)).toEqual({ adj: 21_667 });
      expect(keyedAdjust(shape, box, 0, -36_000, 0)).toEqual({ adj: 11_667 });
    });

    it('follows the screen, not the box, on a flipped or turned shape', () => {
      // Flipped: the handle is drawn near the right edge; Right takes it towards that edge (less rounded).
      expect(keyedAdjust(shape, { ...box, flipH: true }, 0, 36_000, 0)).toEqual({ adj: 11_667 });
      // A quarter turn clockwise: the box's top edge is drawn down the right side; Down goes along it.
      expect(keyedAdjust(shape, { ...box, rot: 5_400_000 }, 0, 0, 36_000)).toEqual({ adj: 21_667 });
      expect(keyedAdjust(shape, { ...box, rot: 5_400_000 }, 0, 36_000, 0)).toBeUndefined();
    });

    it('gives nothing when the handle cannot go that way', () => {
      // The roundRect handle slides along the top edge only.
      expect(keyedAdjust(shape, box, 0, 0, -36_000)).toBeUndefined();
      // At its bound (half the shorter side).
      expect(keyedAdjust({ ...shape, adjust: { adj: 50_000 } }, box, 0, 36_000, 0)).toBeUndefined();
      expect(keyedAdjust(shape, box, 3, 36_000, 0)).toBeUndefined();
    });

    it('reaches the bound when the step goes past it', () => {
      expect(keyedAdjust({ ...shape, adjust: { adj: 48_000 } }, box, 0, 360_000, 0)).toEqual({ adj: 50_000 });
    });
  });

  describe('members of a group', () => {
    // The group's members are laid out in a child space half the size of the group's frame.
    const member: GeometryShape = { kind: 'shape', id: 21, geometry: 'roundRect', xfrm: { x: 100_000, y: 100_000, cx: 400_000, cy: 200_000 } };
    const hidden: GeometryShape = { ...member, id: 22, hidden: true };
    const ellipse: GeometryShape = { kind: 'shape', id: 23, geometry: 'ellipse', xfrm: { x: 0, y: 0, cx: 100_000, cy: 100_000 } };
    const inner: GroupShape = { kind: 'group', id: 24, xfrm: { x: 500_000, y: 0, cx: 400_000, cy: 400_000 }, childSpace: { x: 0, y: 0, cx: 400_000, cy: 400_000 }, children: [{ ...member, id: 25, geometry: 'rightArrow', xfrm: { x: 0, y: 0, cx: 200_000, cy: 100_000 } }] };
    const group: GroupShape = { kind: 'group', id: 20, xfrm: { x: 1_000_000, y: 0, cx: 2_000_000, cy: 1_000_000 }, childSpace: { x: 0, y: 0, cx: 1_000_000, cy: 500_000 }, children: [member, hidden, ellipse, inner] };

    it('shows the handles of each visible preset member at its place on the slide, nested groups included', () => {
      const targets = adjustTargets(group, group.xfrm);
      expect(targets.map((t) => t.shape.id)).toEqual([21, 25]);
      expect(targets[0]!.frame).toEqual({ x: 1_200_000, y: 200_000, cx: 800_000, cy: 400_000 });
      expect(targets[1]!.frame).toEqual({ x: 2_000_000, y: 0, cx: 400_000, cy: 200_000 });
      expect(adjustTargets(member, member.xfrm).map((t) => t.shape.id)).toEqual([21]);
      expect(adjustTargets(ellipse, ellipse.xfrm)).toEqual([]);
      expect(adjustTargets({ ...group, hidden: true }, group.xfrm)).toEqual([]);
    });

    it('moves a member\'s handle by the step on the slide and writes the value into the group', () => {
      const [t] = adjustTargets(group, group.xfrm);
      // Drawn twice its size: 1 mm on the slide is 36 000 / 400 000 of the shorter side drawn.
      const adjust = keyedAdjust(t!.shape, t!.frame, 0, 36_000, 0);
      expect(adjust).toEqual({ adj: 25_667 });
      // Dragged to the same place, the same value.
      const at = fromShapeBox(t!.frame, adjustHandlePoints(t!.shape, t!.frame)[0]!);
      expect(draggedAdjust(t!.shape, t!.frame, 0, { x: at.x + 36_000, y: at.y })).toEqual({ adj: 25_667 });
      const deck: Deck = { ...emptyDeck(), slides: [{ id: 's1', title: '', body: [], notes: '', shapes: [group] }] };
      const g = setAdjust(deck, 0, 21, adjust!).slides[0]?.shapes?.[0];
      const changed = g?.kind === 'group' ? g.children[0] : undefined;
      expect(changed?.kind === 'shape' ? changed.adjust : undefined).toEqual({ adj: 25_667 });
      expect(g?.kind === 'group' ? g.children.slice(1) : []).toEqual(group.children.slice(1));
    });
  });
});

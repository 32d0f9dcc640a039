/**
 * Where a member of a group shows on the slide (ECMA-376 Part 1, 20.1.7.5 a:xfrm of
 * p:grpSpPr with a:chOff/a:chExt, 20.1.7.6): members live in the group's child coordinate
 * space, which is stretched onto the group's box, and the whole group is then flipped and turned
 * about its centre. Pure geometry over `Transform`, shared by the slides view (drawing,
 * hit-testing, handles) and by writers of formats without group transforms (ODF `draw:g`, whose
 * members stand in page coordinates).
 */
import type { Transform } from './deck-shapes.js';

/** A full turn in DrawingML angle units (60000ths of a degree). */
const FULL_TURN = 360 * 60_000;

/**
 * A member's frame on the slide, given its group's frame there and the group's child space: the
 * member is placed in the child space, scaled into the group's box, then the whole group flipped
 * and turned about its centre. The result is the member's own box (size scaled, not turned) with
 * its centre carried by the group's turn, its rotation added to the group's (subtracted when the
 * group mirrors it once) and its flips combined with the group's, so it can be drawn, hit-tested
 * or written as any turned shape. Nested groups compose: map the inner group's own frame first,
 * then its members through that result. Values are not rounded.
 *
 * Returns `t` unchanged when either frame is missing; a child space of zero width or height
 * places without scaling.
 *
 * @example
 * // A member at the left of a 4000 x 2000 group turned a quarter turn: it ends up above the centre.
 * mapChildFrame({ x: 0, y: 0, cx: 2000, cy: 2000 }, { x: 0, y: 0, cx: 4000, cy: 2000, rot: 5_400_000 }, { x: 0, y: 0, cx: 4000, cy: 2000 });
 * // -> { x: 1000, y: -1000, cx: 2000, cy: 2000, rot: 5_400_000 }
 */
export function mapChildFrame(t: Transform | undefined, group: Transform | undefined, space: Transform | undefined): Transform | undefined {
  if (!t || !group) return t;
  let placed = t;
  if (space && space.cx !== 0 && space.cy !== 0) {
    const sx = group.cx / space.cx;
    const sy = group.cy / space.cy;
    placed = { ...t, x: group.x + (t.x - space.x) * sx, y: group.y + (t.y - space.y) * sy, cx: t.cx * sx, cy: t.cy * sy };
  }
  return turnedWithGroup(placed, group);
}

/** `t` (unturned in its group's box) after the group's flips and rotation about the group's centre. */
function turnedWithGroup(t: Transform, group: Transform): Transform {
  const rot = group.rot ?? 0;
  if (!rot && !group.flipH && !group.flipV) return t;
  const gx = group.x + group.cx / 2;
  const gy = group.y + group.cy / 2;
  let dx = t.x + t.cx / 2 - gx;
  let dy = t.y + t.cy / 2 - gy;
  if (group.flipH) dx = -dx;
  if (group.flipV) dy = -dy;
  const a = (rot / 60_000) * (Math.PI / 180);
  const cx = gx + dx * Math.cos(a) - dy * Math.sin(a);
  const cy = gy + dx * Math.sin(a) + dy * Math.cos(a);
  // Mirroring once reverses the member's own turn; both flips together are a half turn, which keeps it.
  const mirrored = Boolean(group.flipH) !== Boolean(group.flipV);
  const turn = (((rot + (mirrored ? -1 : 1) * (t.rot ?? 0)) % FULL_TURN) + FULL_TURN) % FULL_TURN;
  const flipH = Boolean(group.flipH) !== Boolean(t.flipH);
  const flipV = Boolean(group.flipV) !== Boolean(t.flipV);
  return { x: cx - t.cx / 2, y: cy - t.cy / 2, cx: t.cx, cy: t.cy, ...(turn ? { rot: turn } : {}), ...(flipH ? { flipH } : {}), ...(flipV ? { flipV } : {}) };
}

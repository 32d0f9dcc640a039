/**
 * The adjust handles of a preset shape on the canvas (the yellow diamonds of PowerPoint and
 * LibreOffice): which shapes show them (the one selected, or the members of a selected group),
 * where they stand on the slide, and the adjust values a drag or an arrow key gives. The pointer
 * is taken into the shape's own box — unrotated, unflipped, origin at its top left — where the
 * preset's handles are defined (`@ostal/model` `presetHandlePositions`, `adjustForHandle`).
 * Pure, in EMU. Tested.
 */
import { adjustForHandle, presetHandlePositions, presetHandles } from '@ostal/model';
import type { Deck, DeckShape, GeometryShape, Transform } from '@ostal/model';
import { editShapes } from './shape-operations.js';
import { groupMembers, replaceShape } from './group-members.js';
import type { Point } from './shape-geometry.js';

/** A shape that has adjust handles: a preset shape whose definition has some. */
export function isAdjustable(shape: DeckShape | undefined): shape is GeometryShape {
  return shape?.kind === 'shape' && shape.geometry !== 'custom' && presetHandles(shape.geometry).length > 0;
}

/** A shape whose adjust handles are shown, with its frame on the slide. */
export interface AdjustTarget {
  readonly shape: GeometryShape;
  readonly frame: Transform;
}

/**
 * The shapes whose adjust handles show when `shape` (at `frame` on the slide) is the one
 * selected: the shape itself when it has handles, or, for a group, each visible member that has
 * some, at its place on the slide (through the enclosing groups' child spaces, as it is drawn).
 */
export function adjustTargets(shape: DeckShape | undefined, frame: Transform | undefined): AdjustTarget[] {
  if (!shape || !frame || shape.hidden) return [];
  const placed = shape.kind === 'group' ? groupMembers(shape, frame) : [{ shape, frame }];
  return placed.flatMap((m) => (isAdjustable(m.shape) && !m.shape.hidden && m.frame.cx > 0 && m.frame.cy > 0 ? [{ shape: m.shape, frame: m.frame }] : []));
}

/** A point of the slide in the shape's own box (unrotated, unflipped, origin at its top left). */
export function toShapeBox(t: Transform, p: Point): Point {
  const a = (-(t.rot ?? 0) / 60_000) * (Math.PI / 180);
  const dx = p.x - (t.x + t.cx / 2);
  const dy = p.y - (t.y + t.cy / 2);
  let x = dx * Math.cos(a) - dy * Math.sin(a);
  let y = dx * Math.sin(a) + dy * Math.cos(a);
  if (t.flipH) x = -x;
  if (t.flipV) y = -y;
  return { x: x + t.cx / 2, y: y + t.cy / 2 };
}

/** A point of the shape's own box on the slide: the inverse of `toShapeBox`. */
export function fromShapeBox(t: Transform, p: Point): Point {
  const a = ((t.rot ?? 0) / 60_000) * (Math.PI / 180);
  let x = p.x - t.cx / 2;
  let y = p.y - t.cy / 2;
  if (t.flipH) x = -x;
  if (t.flipV) y = -y;
  return { x: t.x + t.cx / 2 + x * Math.cos(a) - y * Math.sin(a), y: t.y + t.cy / 2 + x * Math.sin(a) + y * Math.cos(a) };
}

/** The handles of `shape` in its own box (EMU from its top left), as the selection draws them inside its frame. */
export function adjustHandlePoints(shape: GeometryShape, frame: Transform): Point[] {
  return presetHandlePositions(shape.geometry, frame.cx, frame.cy, shape.adjust);
}

/** The adjust values of `shape` with handle `index` dragged to `p` (a point of the slide). */
export function draggedAdjust(shape: GeometryShape, frame: Transform, index: number, p: Point): Readonly<Record<string, number>> {
  return adjustForHandle(shape.geometry, index, frame.cx, frame.cy, shape.adjust, toShapeBox(frame, p));
}

/**
 * The adjust values of `shape` after an arrow key moves handle `index` by (`dx`, `dy`) EMU on
 * the slide (so Right moves the diamond right on screen whatever the shape's rotation or flip),
 * as dragging it that far would; undefined when the handle cannot go that way (a handle that
 * only slides along x and an up arrow, a handle at its bound).
 */
export function keyedAdjust(shape: GeometryShape, frame: Transform, index: number, dx: number, dy: number): Readonly<Record<string, number>> | undefined {
  const before = adjustHandlePoints(shape, frame)[index];
  if (!before) return undefined;
  const on = fromShapeBox(frame, before);
  const adjust = draggedAdjust(shape, frame, index, { x: on.x + dx, y: on.y + dy });
  const after = presetHandlePositions(shape.geometry, frame.cx, frame.cy, adjust)[index];
  // Values are whole units (thousandths of a percent): a shift under a ten-thousandth of the shape is their rounding, not a move.
  if (!after || Math.hypot(after.x - before.x, after.y - before.y) < Math.max(frame.cx, frame.cy) / 10_000) return undefined;
  return adjust;
}

/** The deck with shape `id` of slide `index` (top-level or inside a group) given `adjust`. */
export function setAdjust(deck: Deck, index: number, id: number, adjust: Readonly<Record<string, number>>): Deck {
  return editShapes(deck, index, (list) => replaceShape(list, id, (s) => (s.kind === 'shape' ? { ...s, adjust } : s)));
}

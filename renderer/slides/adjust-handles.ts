/**
 * The adjust handles of a preset shape on the canvas (the yellow diamonds of PowerPoint and
 * LibreOffice): where they stand on the slide, and the adjust values a drag gives. The pointer is
 * taken into the shape's own box — unrotated, unflipped, origin at its top left — where the
 * preset's handles are defined (`@ostal/model` `presetHandlePositions`, `adjustForHandle`).
 * Pure, in EMU. Tested.
 */
import { adjustForHandle, presetHandlePositions, presetHandles } from '@ostal/model';
import type { Deck, DeckShape, GeometryShape, Transform } from '@ostal/model';
import { editShapes } from './shape-operations.js';
import type { Point } from './shape-geometry.js';

/** A shape that has adjust handles: a preset shape whose definition has some. */
export function isAdjustable(shape: DeckShape | undefined): shape is GeometryShape {
  return shape?.kind === 'shape' && shape.geometry !== 'custom' && presetHandles(shape.geometry).length > 0;
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

/** The handles of `shape` in its own box (EMU from its top left), as the selection draws them inside its frame. */
export function adjustHandlePoints(shape: GeometryShape, frame: Transform): Point[] {
  return presetHandlePositions(shape.geometry, frame.cx, frame.cy, shape.adjust);
}

/** The adjust values of `shape` with handle `index` dragged to `p` (a point of the slide). */
export function draggedAdjust(shape: GeometryShape, frame: Transform, index: number, p: Point): Readonly<Record<string, number>> {
  return adjustForHandle(shape.geometry, index, frame.cx, frame.cy, shape.adjust, toShapeBox(frame, p));
}

/** The deck with shape `id` of slide `index` given `adjust`. */
export function setAdjust(deck: Deck, index: number, id: number, adjust: Readonly<Record<string, number>>): Deck {
  return editShapes(deck, index, (list) => list.map((s) => (s.id === id && s.kind === 'shape' ? { ...s, adjust } : s)));
}

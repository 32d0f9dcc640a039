/**
 * Cropping from the keyboard: an arrow key moves the edge (or the two edges of a corner) that
 * a focused crop handle stands for, along the picture's own axes, as dragging that handle the
 * same distance would. Only the arrow components the handle can move count (Left/Right for the
 * left and right edges, Up/Down for the top and bottom ones, both for a corner).
 */
import type { Crop, Transform } from '@ostal/model';
import { cropByHandle } from './picture-crop.js';
import { handleSign, toSlide } from './shape-geometry.js';
import type { Handle } from './shape-geometry.js';

export const CROP_ARROWS: Readonly<Record<string, readonly [number, number]>> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/** The frame and crop after moving crop handle `handle` by (`dx`, `dy`) EMU in the picture's own frame. */
export function cropByKey(t: Transform, crop: Crop | undefined, handle: Handle, dx: number, dy: number): { frame: Transform; crop: Crop | undefined } | undefined {
  const s = handleSign(handle);
  const mx = s.x === 0 ? 0 : dx;
  const my = s.y === 0 ? 0 : dy;
  if (mx === 0 && my === 0) return undefined;
  // The handle's place in the (unflipped) frame: a flipped picture's frame is drawn mirrored, handles included.
  const local = { x: (s.x * t.cx) / 2 + mx, y: (s.y * t.cy) / 2 + my };
  return cropByHandle(t, crop, handle, toSlide(t, local));
}

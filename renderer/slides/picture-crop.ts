/**
 * Cropping a picture with handles on the canvas, as PowerPoint's crop mode does: dragging a crop
 * handle moves that edge of the frame while the picture stays where it is, so the crop
 * (`a:srcRect` / `fo:clip`, thousandths of a percent of the picture) grows or shrinks with it.
 * Works in the picture's own (rotated) frame; a flipped picture crops the mirrored side.
 */
import type { Crop, Transform } from '@ostal/model';
import { MIN_SIZE, handleSign, resize, toLocal, toSlide } from './shape-geometry.js';
import type { Handle, Point } from './shape-geometry.js';

const FULL = 100_000;

/** The whole picture (before cropping) as a frame on the slide: same centre line, rotation and flips as the picture. */
export function uncroppedFrame(t: Transform, crop: Crop | undefined): Transform {
  const c = visualCrop(crop, t);
  const keptX = Math.max(0.001, 1 - (c.left + c.right) / FULL);
  const keptY = Math.max(0.001, 1 - (c.top + c.bottom) / FULL);
  const w = t.cx / keptX;
  const h = t.cy / keptY;
  // Its centre in the picture's frame: shifted towards the side cropped more.
  const local = { x: -t.cx / 2 - (c.left / FULL) * w + w / 2, y: -t.cy / 2 - (c.top / FULL) * h + h / 2 };
  const centre = toSlide(t, local);
  return { ...t, x: Math.round(centre.x - w / 2), y: Math.round(centre.y - h / 2), cx: Math.round(w), cy: Math.round(h) };
}

/** The crop as seen on the slide: left is the frame's left side (the picture's right when flipped). */
function visualCrop(crop: Crop | undefined, t: Transform): Crop {
  const c = crop ?? { left: 0, top: 0, right: 0, bottom: 0 };
  return {
    left: t.flipH ? c.right : c.left,
    right: t.flipH ? c.left : c.right,
    top: t.flipV ? c.bottom : c.top,
    bottom: t.flipV ? c.top : c.bottom,
  };
}

/**
 * The frame and crop after dragging crop handle `handle` of picture frame `t` to slide point `p`.
 * Edges stop at the picture's own edges (no padding) and leave at least MIN_SIZE.
 */
export function cropByHandle(t: Transform, crop: Crop | undefined, handle: Handle, p: Point): { frame: Transform; crop: Crop | undefined } {
  const s = handleSign(handle);
  const c = visualCrop(crop, t);
  const keptX = Math.max(0.001, 1 - (c.left + c.right) / FULL);
  const keptY = Math.max(0.001, 1 - (c.top + c.bottom) / FULL);
  const fullW = t.cx / keptX;
  const fullH = t.cy / keptY;
  // The picture's edges in the frame's own coordinates (origin at the frame's centre).
  const img = { l: -t.cx / 2 - (c.left / FULL) * fullW, t: -t.cy / 2 - (c.top / FULL) * fullH, r: 0, b: 0 };
  img.r = img.l + fullW;
  img.b = img.t + fullH;
  const moved = resize(t, handle, p);
  const mc = toLocal(t, { x: moved.x + moved.cx / 2, y: moved.y + moved.cy / 2 });
  let l = s.x < 0 ? Math.max(img.l, mc.x - moved.cx / 2) : -t.cx / 2;
  let r = s.x > 0 ? Math.min(img.r, mc.x + moved.cx / 2) : t.cx / 2;
  let top = s.y < 0 ? Math.max(img.t, mc.y - moved.cy / 2) : -t.cy / 2;
  let b = s.y > 0 ? Math.min(img.b, mc.y + moved.cy / 2) : t.cy / 2;
  if (r - l < MIN_SIZE) {
    if (s.x < 0) l = r - MIN_SIZE;
    else r = l + MIN_SIZE;
  }
  if (b - top < MIN_SIZE) {
    if (s.y < 0) top = b - MIN_SIZE;
    else b = top + MIN_SIZE;
  }
  const w = Math.round(r - l);
  const h = Math.round(b - top);
  const centre = toSlide(t, { x: (l + r) / 2, y: (top + b) / 2 });
  const frame = { ...t, x: Math.round(centre.x - w / 2), y: Math.round(centre.y - h / 2), cx: w, cy: h };
  const pct = (v: number, full: number) => Math.max(0, Math.round((v / full) * FULL));
  const seen = { left: pct(l - img.l, fullW), right: pct(img.r - r, fullW), top: pct(top - img.t, fullH), bottom: pct(img.b - b, fullH) };
  const out: Crop = { left: t.flipH ? seen.right : seen.left, right: t.flipH ? seen.left : seen.right, top: t.flipV ? seen.bottom : seen.top, bottom: t.flipV ? seen.top : seen.bottom };
  return { frame, crop: out.left || out.right || out.top || out.bottom ? out : undefined };
}

/**
 * The crop after moving the picture by (`dx`, `dy`) EMU on the slide under its unchanged frame,
 * as dragging the picture in crop mode does: what is cut on one side is given back on the other,
 * so the kept size stays; the picture never leaves a gap in the frame. Follows rotation and flips.
 */
export function panCrop(t: Transform, crop: Crop | undefined, dx: number, dy: number): Crop | undefined {
  if (!crop) return crop;
  const c = visualCrop(crop, t);
  const fullW = t.cx / Math.max(0.001, 1 - (c.left + c.right) / FULL);
  const fullH = t.cy / Math.max(0.001, 1 - (c.top + c.bottom) / FULL);
  const d = toLocal(t, { x: t.x + t.cx / 2 + dx, y: t.y + t.cy / 2 + dy });
  // Moving the picture right shows more of its left side: less is cut there, more on the right.
  const shift = (before: number, after: number, by: number): [number, number] => {
    const span = before + after;
    const next = Math.round(Math.min(span - Math.min(0, after), Math.max(Math.min(0, before), before - by)));
    return [next, span - next];
  };
  const [left, right] = shift(c.left, c.right, (d.x / fullW) * FULL);
  const [top, bottom] = shift(c.top, c.bottom, (d.y / fullH) * FULL);
  return { left: t.flipH ? right : left, right: t.flipH ? left : right, top: t.flipV ? bottom : top, bottom: t.flipV ? top : bottom };
}

/**
 * Geometry of shapes on the slide canvas, in slide EMU: hit-testing of rotated frames, bounds,
 * resizing by one of eight handles in the shape's own (rotated) frame, rotation by the rotate
 * handle, and snapping of moved boxes to the slide's centre and edges and to other shapes.
 * Pure functions; the canvas turns pointer pixels into EMU before calling them.
 */
import type { Transform } from '@ostal/model';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** An axis-aligned box. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly cx: number;
  readonly cy: number;
}

export type Handle = 'nw' | 'n' | 'ne' | 'e' | 'se' | 's' | 'sw' | 'w';
export const HANDLES: readonly Handle[] = ['nw', 'n', 'ne', 'e', 'se', 's', 'sw', 'w'];

/** 60000ths of a degree per degree (DrawingML angles). */
export const ANGLE_UNIT = 60_000;
/** Smallest width or height a resize leaves (1 mm). */
export const MIN_SIZE = 36_000;

function radians(t: Transform): number {
  return (((t.rot ?? 0) / ANGLE_UNIT) * Math.PI) / 180;
}

export function centre(t: Box): Point {
  return { x: t.x + t.cx / 2, y: t.y + t.cy / 2 };
}

function rotate(p: Point, angle: number): Point {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  return { x: p.x * c - p.y * s, y: p.x * s + p.y * c };
}

/** A slide point in the shape's frame: origin at its centre, axes along its (rotated) sides. */
export function toLocal(t: Transform, p: Point): Point {
  const c = centre(t);
  return rotate({ x: p.x - c.x, y: p.y - c.y }, -radians(t));
}

/** A point of the shape's frame (origin at its centre) on the slide. */
export function toSlide(t: Transform, local: Point): Point {
  const c = centre(t);
  const r = rotate(local, radians(t));
  return { x: c.x + r.x, y: c.y + r.y };
}

/** True when `p` is on the shape (rotation followed); `tolerance` widens thin shapes such as lines. */
export function hitTest(t: Transform, p: Point, tolerance = 0): boolean {
  const l = toLocal(t, p);
  return Math.abs(l.x) <= t.cx / 2 + tolerance && Math.abs(l.y) <= t.cy / 2 + tolerance;
}

/** Index of the topmost shape under `p` (last in z-order), -1 when none. */
export function shapeAt(frames: readonly (Transform | undefined)[], p: Point, tolerance = 0): number {
  for (let i = frames.length - 1; i >= 0; i -= 1) {
    const t = frames[i];
    if (t && hitTest(t, p, tolerance)) return i;
  }
  return -1;
}

/** The four corners of a shape on the slide (nw, ne, se, sw). */
export function corners(t: Transform): Point[] {
  const w = t.cx / 2;
  const h = t.cy / 2;
  return [
    { x: -w, y: -h },
    { x: w, y: -h },
    { x: w, y: h },
    { x: -w, y: h },
  ].map((p) => toSlide(t, p));
}

/** The axis-aligned box around a (possibly rotated) shape. */
export function bounds(t: Transform): Box {
  if (!t.rot) return { x: t.x, y: t.y, cx: t.cx, cy: t.cy };
  const pts = corners(t);
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, cx: Math.max(...xs) - x, cy: Math.max(...ys) - y };
}

/** The box around several boxes; undefined for none. */
export function unionBox(boxes: readonly Box[]): Box | undefined {
  if (boxes.length === 0) return undefined;
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.cx));
  const bottom = Math.max(...boxes.map((b) => b.y + b.cy));
  return { x, y, cx: right - x, cy: bottom - y };
}

/** The box spanned by two points (a rubber band). */
export function boxOfPoints(a: Point, b: Point): Box {
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), cx: Math.abs(a.x - b.x), cy: Math.abs(a.y - b.y) };
}

/** True when `inner` lies wholly inside `outer` (a rubber band selects the shapes it encloses). */
export function contains(outer: Box, inner: Box): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.cx <= outer.x + outer.cx && inner.y + inner.cy <= outer.y + outer.cy;
}

export function moveBy<T extends Transform>(t: T, dx: number, dy: number): T {
  return { ...t, x: Math.round(t.x + dx), y: Math.round(t.y + dy) };
}

/** Where a handle sits in the shape's frame, as a fraction of half the size (-1, 0, 1 per axis). */
export function handleSign(h: Handle): Point {
  return { x: h.includes('w') ? -1 : h.includes('e') ? 1 : 0, y: h.includes('n') ? -1 : h.includes('s') ? 1 : 0 };
}

/** A handle's position on the slide. */
export function handlePoint(t: Transform, h: Handle): Point {
  const s = handleSign(h);
  return toSlide(t, { x: (s.x * t.cx) / 2, y: (s.y * t.cy) / 2 });
}

export interface ResizeOptions {
  /** Keep the width:height ratio (Shift, or a corner of a picture). */
  readonly keepRatio?: boolean;
}

/**
 * The shape resized by dragging `handle` to `p`: the opposite handle stays where it is on the
 * slide, sizes are measured along the shape's own (rotated) axes, and never go below MIN_SIZE.
 */
export function resize<T extends Transform>(t: T, handle: Handle, p: Point, options: ResizeOptions = {}): T {
  const s = handleSign(handle);
  const local = toLocal(t, p);
  // The fixed anchor, opposite the handle, in the shape's frame.
  const ax = (-s.x * t.cx) / 2;
  const ay = (-s.y * t.cy) / 2;
  let w = s.x === 0 ? t.cx : Math.max(MIN_SIZE, s.x * (local.x - ax));
  let h = s.y === 0 ? t.cy : Math.max(MIN_SIZE, s.y * (local.y - ay));
  if (options.keepRatio && t.cx > 0 && t.cy > 0) {
    const ratio = t.cx / t.cy;
    if (s.x !== 0 && s.y !== 0) {
      if (w / h > ratio) h = w / ratio;
      else w = h * ratio;
    } else if (s.x !== 0) h = w / ratio;
    else w = h * ratio;
  }
  // New centre in the frame: the anchor plus half the new size towards the handle (the centre
  // stays on the axis an edge handle does not move).
  const cxLocal = s.x === 0 ? 0 : ax + (s.x * w) / 2;
  const cyLocal = s.y === 0 ? 0 : ay + (s.y * h) / 2;
  const c = toSlide(t, { x: cxLocal, y: cyLocal });
  const cx = Math.round(w);
  const cy = Math.round(h);
  return { ...t, x: Math.round(c.x - cx / 2), y: Math.round(c.y - cy / 2), cx, cy };
}

/** Normalised rotation in 60000ths of a degree (0 to 21600000), 0 kept absent. */
function normalAngle(degrees: number): number {
  const d = ((degrees % 360) + 360) % 360;
  return Math.round(d * ANGLE_UNIT) % (360 * ANGLE_UNIT);
}

/**
 * The shape rotated so that its top points at `p` (the rotate handle sits above the shape);
 * `step` (degrees) snaps the angle, e.g. 15 with Shift.
 */
export function rotateTowards<T extends Transform>(t: T, p: Point, step = 0): T {
  const c = centre(t);
  let degrees = (Math.atan2(p.x - c.x, -(p.y - c.y)) * 180) / Math.PI;
  if (step > 0) degrees = Math.round(degrees / step) * step;
  const rot = normalAngle(degrees);
  const { rot: _old, ...rest } = t;
  return (rot === 0 ? rest : { ...rest, rot }) as T;
}

/** Lines a moved box can snap to: x positions of vertical lines and y positions of horizontal ones. */
export interface SnapTargets {
  readonly xs: readonly number[];
  readonly ys: readonly number[];
}

/** The slide's edges and centre lines, and the edges and centres of the other shapes' bounds. */
export function snapTargets(slide: { readonly cx: number; readonly cy: number }, others: readonly Box[]): SnapTargets {
  const xs = [0, slide.cx / 2, slide.cx];
  const ys = [0, slide.cy / 2, slide.cy];
  for (const b of others) {
    xs.push(b.x, b.x + b.cx / 2, b.x + b.cx);
    ys.push(b.y, b.y + b.cy / 2, b.y + b.cy);
  }
  return { xs, ys };
}

export interface Snap {
  /** Correction to add to the move. */
  readonly dx: number;
  readonly dy: number;
  /** Guides to draw: the vertical line at x and the horizontal line at y the box snapped to. */
  readonly guideX?: number;
  readonly guideY?: number;
}

function nearest(values: readonly number[], targets: readonly number[], threshold: number): { delta: number; at: number } | undefined {
  let best: { delta: number; at: number } | undefined;
  for (const v of values) {
    for (const t of targets) {
      const delta = t - v;
      if (Math.abs(delta) <= threshold && (!best || Math.abs(delta) < Math.abs(best.delta))) best = { delta, at: t };
    }
  }
  return best;
}

/** How far to shift `box` so its left, centre or right (top, middle or bottom) meets the nearest target within `threshold`. */
export function snapBox(box: Box, targets: SnapTargets, threshold: number): Snap {
  const sx = nearest([box.x, box.x + box.cx / 2, box.x + box.cx], targets.xs, threshold);
  const sy = nearest([box.y, box.y + box.cy / 2, box.y + box.cy], targets.ys, threshold);
  return {
    dx: sx?.delta ?? 0,
    dy: sy?.delta ?? 0,
    ...(sx ? { guideX: sx.at } : {}),
    ...(sy ? { guideY: sy.at } : {}),
  };
}

/** A point moved to the nearest target line within `threshold` on each axis (for a resize handle). */
export function snapPoint(p: Point, targets: SnapTargets, threshold: number): Snap {
  const sx = nearest([p.x], targets.xs, threshold);
  const sy = nearest([p.y], targets.ys, threshold);
  return { dx: sx?.delta ?? 0, dy: sy?.delta ?? 0, ...(sx ? { guideX: sx.at } : {}), ...(sy ? { guideY: sy.at } : {}) };
}

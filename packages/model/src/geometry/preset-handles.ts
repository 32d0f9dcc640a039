/**
 * Adjust handles of preset geometries (ECMA-376 Part 1, 20.1.9.3 `ahXY`, 20.1.9.4 `ahPolar`):
 * where each handle of a preset stands for a box and adjust values, and the inverse — the adjust
 * values that bring a handle to a point of the box. The inverse evaluates the preset's own guides:
 * for each control of the handle (x, y, radius, angle) it samples the adjust value between its
 * bounds, then bisects where the handle crosses the point (a polar handle's angle before its
 * radius), so any guide formula works, clamped
 * to the handle's min and max. The definitions are in `preset-handles-data.ts`.
 */
import { argValue, evaluateGuides, parseGuides } from './shape-guides.js';
import type { Guide } from './shape-guides.js';
import { presetDefinition } from './preset-geometry.js';
import { PRESET_HANDLE_GUIDES, PRESET_HANDLES } from './preset-handles-data.js';

/** One control of a handle: the adjust value it sets, along which axis, within which bounds. */
export interface HandleControl {
  /** `x`, `y` (ahXY gdRefX, gdRefY), `r` or `ang` (ahPolar gdRefR, gdRefAng). */
  readonly axis: 'x' | 'y' | 'r' | 'ang';
  /** The adjust value's name (`adj`, `adj1`…). */
  readonly ref: string;
  /** Bounds: a number, a guide name, or `*` (unbounded). */
  readonly min: string;
  readonly max: string;
}

/** One handle of a preset: its controls and its position (guide names). */
export interface PresetHandle {
  readonly controls: readonly HandleControl[];
  readonly pos: readonly [string, string];
}

export interface HandlePoint {
  readonly x: number;
  readonly y: number;
}

const AXES: Readonly<Record<string, HandleControl['axis']>> = { X: 'x', Y: 'y', R: 'r', A: 'ang' };

function parseHandle(text: string): PresetHandle {
  const [controlText = '', posText = ''] = text.split('@');
  const tokens = controlText.trim().split(/\s+/).filter(Boolean);
  const controls: HandleControl[] = [];
  for (let i = 0; i + 3 < tokens.length; i += 4) {
    const axis = AXES[tokens[i] ?? ''];
    if (!axis) throw new Error(`bad handle control ${tokens[i] ?? ''}`);
    controls.push({ axis, ref: tokens[i + 1] ?? '', min: tokens[i + 2] ?? '*', max: tokens[i + 3] ?? '*' });
  }
  const [x = 'l', y = 't'] = posText.trim().split(/\s+/);
  return { controls, pos: [x, y] };
}

const parsed = new Map<string, readonly PresetHandle[]>();

/** The adjust handles of `preset`, in the order of its definition (none for a preset without). */
export function presetHandles(preset: string): readonly PresetHandle[] {
  const hit = parsed.get(preset);
  if (hit) return hit;
  const text = Object.hasOwn(PRESET_HANDLES, preset) ? PRESET_HANDLES[preset] : undefined;
  const out = text && presetDefinition(preset) ? text.split(';').map(parseHandle) : [];
  parsed.set(preset, out);
  return out;
}

type Adjust = Readonly<Record<string, number>>;

const guideCache = new Map<string, readonly Guide[]>();

/** The preset's guides and those only its handles use. */
function handleGuides(preset: string, own: readonly Guide[]): readonly Guide[] {
  const hit = guideCache.get(preset);
  if (hit) return hit;
  const extra = Object.hasOwn(PRESET_HANDLE_GUIDES, preset) ? PRESET_HANDLE_GUIDES[preset] : undefined;
  const out = extra ? [...own, ...parseGuides(extra)] : own;
  guideCache.set(preset, out);
  return out;
}

/** Every guide value of `preset` for a box and adjust values, the handles' own guides included. */
export function presetHandleGuides(preset: string, w: number, h: number, adjust?: Adjust | null): Map<string, number> | undefined {
  const def = presetDefinition(preset);
  return def ? evaluateGuides(def.avLst, handleGuides(preset, def.gdLst), w, h, adjust) : undefined;
}

function positionsFrom(values: ReadonlyMap<string, number>, handles: readonly PresetHandle[]): HandlePoint[] {
  return handles.map((h) => ({ x: argValue(h.pos[0], values), y: argValue(h.pos[1], values) }));
}

/** Where each handle of `preset` stands in a `w` × `h` box with `adjust` (box units, origin top left). */
export function presetHandlePositions(preset: string, w: number, h: number, adjust?: Adjust | null): HandlePoint[] {
  const handles = presetHandles(preset);
  const values = handles.length > 0 ? presetHandleGuides(preset, w, h, adjust) : undefined;
  return values ? positionsFrom(values, handles) : [];
}

/** The spec's unbounded handles are searched this far (a tenth of a box per 10 000). */
const UNBOUNDED = 1_000_000;
const FULL_TURN = 21_600_000;
const SAMPLES = 128;

/** The value in [lo, hi] where `error` is nearest 0: samples, then bisects a crossing next to the best sample. */
function solve(error: (v: number) => number, lo: number, hi: number): number {
  if (!(hi > lo)) return lo;
  const vs: number[] = [];
  const es: number[] = [];
  let best = 0;
  for (let i = 0; i <= SAMPLES; i++) {
    const v = lo + ((hi - lo) * i) / SAMPLES;
    vs.push(v);
    es.push(error(v));
    if (Math.abs(es[i] ?? Infinity) < Math.abs(es[best] ?? Infinity)) best = i;
  }
  const crosses = (i: number) => {
    const a = es[i];
    const b = es[i + 1];
    return a !== undefined && b !== undefined && Math.sign(a) !== Math.sign(b);
  };
  const i = crosses(best - 1) ? best - 1 : crosses(best) ? best : -1;
  if (i < 0) return vs[best] ?? lo;
  let a = vs[i] ?? lo;
  let b = vs[i + 1] ?? hi;
  const sa = Math.sign(es[i] ?? 0);
  for (let k = 0; k < 48; k++) {
    const m = (a + b) / 2;
    if (Math.sign(error(m)) === sa) a = m;
    else b = m;
  }
  const m = (a + b) / 2;
  return Math.abs(error(m)) <= Math.abs(es[best] ?? Infinity) ? m : (vs[best] ?? lo);
}

const wrapAngle = (a: number) => {
  let d = a % FULL_TURN;
  if (d >= FULL_TURN / 2) d -= FULL_TURN;
  if (d < -FULL_TURN / 2) d += FULL_TURN;
  return d;
};
const angleOf = (dx: number, dy: number) => (Math.atan2(dy, dx) * 10_800_000) / Math.PI;

/**
 * The adjust values after handle `index` of `preset` is dragged to `point` (box units, the
 * shape's unrotated, unflipped box): `adjust` with the handle's references replaced, each found
 * from the guides and clamped to the handle's bounds, rounded to whole units as files keep them.
 * Unchanged when the preset or handle is unknown.
 */
export function adjustForHandle(preset: string, index: number, w: number, h: number, adjust: Adjust | null | undefined, point: HandlePoint): Adjust {
  const def = presetDefinition(preset);
  const handle = presetHandles(preset)[index];
  let next: Record<string, number> = { ...(adjust ?? {}) };
  if (!def || !handle || !(w > 0) || !(h > 0)) return next;
  const hc = w / 2;
  const vc = h / 2;
  const guides = handleGuides(preset, def.gdLst);
  const current = evaluateGuides(def.avLst, guides, w, h, next);
  // A polar handle's angle first (its radius is measured along it); two controls are solved twice,
  // each seeing the other's new value.
  const controls = [...handle.controls].sort((a, b) => Number(b.axis === 'ang') - Number(a.axis === 'ang'));
  for (const c of controls.length > 1 ? [...controls, ...controls] : controls) {
    const at = (v: number) => {
      const values = evaluateGuides(def.avLst, guides, w, h, { ...next, [c.ref]: v });
      return { x: argValue(handle.pos[0], values), y: argValue(handle.pos[1], values) };
    };
    const now = current.get(c.ref) ?? 0;
    const lo = c.min === '*' ? Math.min(-UNBOUNDED, now) : argValue(c.min, current);
    const hi = c.max === '*' ? Math.max(UNBOUNDED, now) : argValue(c.max, current);
    const error = (v: number): number => {
      const p = at(v);
      if (c.axis === 'x') return p.x - point.x;
      if (c.axis === 'y') return p.y - point.y;
      if (c.axis === 'r') return Math.hypot(p.x - hc, p.y - vc) - Math.hypot(point.x - hc, point.y - vc);
      return wrapAngle(angleOf(p.x - hc, p.y - vc) - angleOf(point.x - hc, point.y - vc));
    };
    const value = Math.round(Math.min(Math.max(solve(error, Math.min(lo, hi), Math.max(lo, hi)), Math.min(lo, hi)), Math.max(lo, hi)));
    next = { ...next, [c.ref]: value };
  }
  return next;
}

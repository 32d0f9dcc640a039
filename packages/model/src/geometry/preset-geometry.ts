/**
 * Preset geometries drawn from their definitions (ECMA-376 Part 1, 20.1.9 and Annex D): a
 * preset's guides evaluated for a box and adjust values, its paths (moveTo, lnTo, arcTo,
 * cubicBezTo, quadBezTo, close; a path's own w × h coordinate space, `fill="none"`,
 * `stroke="false"`) turned into sub-paths of absolute points (arcs as cubic Béziers), and its
 * text rectangle. The definitions are in `preset-shapes-*.ts`; `presetSvgPaths` gives SVG path data.
 *
 * All 187 presets of Annex D are defined. A path's shading (`fill="darken"`, `darkenLess`,
 * `lighten`, `lightenLess`: the icon of an action button, the side of a cube or a can's top) is
 * kept as `shade` for views to draw the fill darker or lighter (`SHADE_OVERLAY`).
 * Adjust handles (a:ahLst) are in `preset-handles.ts`; connection sites (a:cxnLst) are not kept.
 */
import { argValue, evaluateGuides, parseGuides } from './shape-guides.js';
import type { Guide } from './shape-guides.js';
import { PRESET_SHAPES } from './preset-shapes.js';

/** One preset as data: adjust values and guides (`name op args;…`), text rect (`l t r b`), paths. */
export interface PresetShapeDef {
  readonly av?: string;
  readonly gd?: string;
  readonly rect?: string;
  /**
   * Each path: optional flags `w=N h=N nofill nostroke` and a shade (`darken`, `darkenLess`,
   * `lighten`, `lightenLess`), then commands `M x y`, `L x y`,
   * `A wR hR stAng swAng`, `C x1 y1 x2 y2 x y`, `Q x1 y1 x y`, `Z`, arguments guide names or numbers.
   */
  readonly paths: readonly string[];
}

/** A command of a path as the definition gives it (arguments unevaluated). */
export interface PathCommand {
  readonly op: 'M' | 'L' | 'A' | 'C' | 'Q' | 'Z';
  readonly args: readonly string[];
}

/** How a path's fill is shaded from the shape's own fill (ECMA-376 ST_PathFillMode). */
export type PathShade = 'darken' | 'darkenLess' | 'lighten' | 'lightenLess';

const SHADES: ReadonlySet<string> = new Set<PathShade>(['darken', 'darkenLess', 'lighten', 'lightenLess']);

/**
 * The overlay that shades a fill: black darkens, white lightens, at this opacity over the shape's
 * fill. Office blends 40 % black (darken) or white (lighten), and 50/255 for the "less" kinds
 * ([MS-OI29500] 2.1.1327, on ECMA-376 ST_PathFillMode); LibreOffice follows it.
 */
export const SHADE_OVERLAY: Readonly<Record<PathShade, { readonly color: '#000000' | '#ffffff'; readonly opacity: number }>> = {
  darken: { color: '#000000', opacity: 0.4 },
  darkenLess: { color: '#000000', opacity: 50 / 255 },
  lighten: { color: '#ffffff', opacity: 0.4 },
  lightenLess: { color: '#ffffff', opacity: 50 / 255 },
};

/** A path of a definition: its coordinate space, flags and commands. */
export interface PresetPathDef {
  readonly w?: number;
  readonly h?: number;
  readonly fill: boolean;
  readonly stroke: boolean;
  readonly shade?: PathShade;
  readonly commands: readonly PathCommand[];
}

/** A preset's definition parsed. */
export interface ParsedPreset {
  readonly avLst: readonly Guide[];
  readonly gdLst: readonly Guide[];
  readonly rect: readonly [string, string, string, string];
  readonly paths: readonly PresetPathDef[];
}

export type GeometrySegment =
  | { readonly op: 'M' | 'L'; readonly x: number; readonly y: number }
  | { readonly op: 'C'; readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number; readonly x: number; readonly y: number }
  | { readonly op: 'Q'; readonly x1: number; readonly y1: number; readonly x: number; readonly y: number }
  | { readonly op: 'Z' };

/** One sub-path in the shape's box (same units as its width and height). */
export interface GeometryPath {
  readonly segments: readonly GeometrySegment[];
  readonly fill: boolean;
  readonly stroke: boolean;
  readonly shade?: PathShade;
}

/** A preset drawn at a size: its sub-paths and text rectangle. */
export interface PresetOutline {
  readonly paths: readonly GeometryPath[];
  readonly textRect: { readonly l: number; readonly t: number; readonly r: number; readonly b: number };
}

const ARITY: Readonly<Record<string, number>> = { M: 2, L: 2, A: 4, C: 6, Q: 4, Z: 0 };

function parsePath(text: string): PresetPathDef {
  const tokens = text.trim().split(/\s+/).filter(Boolean);
  let w: number | undefined;
  let h: number | undefined;
  let fill = true;
  let stroke = true;
  let shade: PathShade | undefined;
  const commands: PathCommand[] = [];
  for (let i = 0; i < tokens.length; ) {
    const tok = tokens[i] ?? '';
    i++;
    if (tok.startsWith('w=')) w = Number(tok.slice(2));
    else if (tok.startsWith('h=')) h = Number(tok.slice(2));
    else if (tok === 'nofill') fill = false;
    else if (tok === 'nostroke') stroke = false;
    else if (SHADES.has(tok)) shade = tok as PathShade;
    else if (Object.hasOwn(ARITY, tok)) {
      const n = ARITY[tok] ?? 0;
      commands.push({ op: tok as PathCommand['op'], args: tokens.slice(i, i + n) });
      i += n;
    } else throw new Error(`bad preset path token ${tok}`);
  }
  return { ...(w ? { w } : {}), ...(h ? { h } : {}), fill, stroke, ...(shade ? { shade } : {}), commands };
}

const parsed = new Map<string, ParsedPreset>();

/** The parsed definition of `preset`, undefined for one not in the table. */
export function presetDefinition(preset: string): ParsedPreset | undefined {
  const hit = parsed.get(preset);
  if (hit) return hit;
  const def = Object.hasOwn(PRESET_SHAPES, preset) ? PRESET_SHAPES[preset] : undefined;
  if (!def) return undefined;
  const [l = 'l', t = 't', r = 'r', b = 'b'] = (def.rect ?? 'l t r b').split(/\s+/);
  const out: ParsedPreset = { avLst: parseGuides(def.av), gdLst: parseGuides(def.gd), rect: [l, t, r, b], paths: def.paths.map(parsePath) };
  parsed.set(preset, out);
  return out;
}

/** Whether `preset` has a definition here. */
export function hasPresetDefinition(preset: string): boolean {
  return Object.hasOwn(PRESET_SHAPES, preset);
}

/** Every preset with a definition here. */
export function presetNames(): string[] {
  return Object.keys(PRESET_SHAPES);
}

/** The parametric angle of the point of an ellipse whose ray from the centre makes angle `a` (radians). */
function parametric(a: number, wR: number, hR: number): number {
  let d = Math.atan2(wR * Math.sin(a), hR * Math.cos(a)) - a;
  while (d > Math.PI) d -= 2 * Math.PI;
  while (d < -Math.PI) d += 2 * Math.PI;
  return a + d;
}

/** Cubic Béziers along an ellipse from parametric angle t0 by delta (radians), pieces of 90° at most. */
function arcCubics(cx: number, cy: number, rx: number, ry: number, t0: number, delta: number): GeometrySegment[] {
  const n = Math.max(1, Math.ceil(Math.abs(delta) / (Math.PI / 2) - 1e-9));
  const step = delta / n;
  const k = (4 / 3) * Math.tan(step / 4);
  const out: GeometrySegment[] = [];
  for (let i = 0; i < n; i++) {
    const a = t0 + i * step;
    const b = a + step;
    out.push({
      op: 'C',
      x1: cx + rx * (Math.cos(a) - k * Math.sin(a)), y1: cy + ry * (Math.sin(a) + k * Math.cos(a)),
      x2: cx + rx * (Math.cos(b) + k * Math.sin(b)), y2: cy + ry * (Math.sin(b) - k * Math.cos(b)),
      x: cx + rx * Math.cos(b), y: cy + ry * Math.sin(b),
    });
  }
  return out;
}

/**
 * The arc of DrawingML's arcTo from point (x, y): an ellipse of radii wR, hR on which (x, y) lies
 * at angle stAng, swept by swAng (60000ths of a degree, clockwise in y-down space). Returns its
 * Béziers; the last one's end is the new current point.
 */
export function arcToSegments(x: number, y: number, wR: number, hR: number, stAng: number, swAng: number): GeometrySegment[] {
  const a0 = (stAng / 60_000) * (Math.PI / 180);
  const a1 = ((stAng + swAng) / 60_000) * (Math.PI / 180);
  if (wR === 0 || hR === 0) {
    return [{ op: 'L', x: x + wR * (Math.cos(a1) - Math.cos(a0)), y: y + hR * (Math.sin(a1) - Math.sin(a0)) }];
  }
  const t0 = parametric(a0, wR, hR);
  const t1 = parametric(a1, wR, hR);
  const cx = x - wR * Math.cos(t0);
  const cy = y - hR * Math.sin(t0);
  if (swAng === 0) return [];
  return arcCubics(cx, cy, wR, hR, t0, t1 - t0);
}

/** The outline of `preset` for a `w` × `h` box with `adjust`; undefined for a preset not defined here. */
export function presetOutline(preset: string, w: number, h: number, adjust?: Readonly<Record<string, number>> | null): PresetOutline | undefined {
  const def = presetDefinition(preset);
  if (!def) return undefined;
  const v = evaluateGuides(def.avLst, def.gdLst, w, h, adjust);
  const val = (a: string | undefined) => argValue(a ?? '0', v);
  const paths = def.paths.map((p): GeometryPath => {
    const sx = p.w ? w / p.w : 1;
    const sy = p.h ? h / p.h : 1;
    const segments: GeometrySegment[] = [];
    // Points are worked out in the path's own space (arcs included), then scaled to the box.
    const scaled = (s: GeometrySegment): GeometrySegment => {
      if (s.op === 'Z') return s;
      if (s.op === 'C') return { op: 'C', x1: s.x1 * sx, y1: s.y1 * sy, x2: s.x2 * sx, y2: s.y2 * sy, x: s.x * sx, y: s.y * sy };
      if (s.op === 'Q') return { op: 'Q', x1: s.x1 * sx, y1: s.y1 * sy, x: s.x * sx, y: s.y * sy };
      return { op: s.op, x: s.x * sx, y: s.y * sy };
    };
    let cur = { x: 0, y: 0 };
    let start = cur;
    for (const c of p.commands) {
      const n = c.args.map(val);
      const at = (i: number) => n[i] ?? 0;
      if (c.op === 'M' || c.op === 'L') {
        cur = { x: at(0), y: at(1) };
        if (c.op === 'M') start = cur;
        segments.push(scaled({ op: c.op, ...cur }));
      } else if (c.op === 'C') {
        cur = { x: at(4), y: at(5) };
        segments.push(scaled({ op: 'C', x1: at(0), y1: at(1), x2: at(2), y2: at(3), ...cur }));
      } else if (c.op === 'Q') {
        cur = { x: at(2), y: at(3) };
        segments.push(scaled({ op: 'Q', x1: at(0), y1: at(1), ...cur }));
      } else if (c.op === 'A') {
        const arc = arcToSegments(cur.x, cur.y, at(0), at(1), at(2), at(3));
        const last = arc[arc.length - 1];
        if (last && last.op !== 'Z') cur = { x: last.x, y: last.y };
        segments.push(...arc.map(scaled));
      } else {
        segments.push({ op: 'Z' });
        cur = start;
      }
    }
    return { segments, fill: p.fill, stroke: p.stroke, ...(p.shade ? { shade: p.shade } : {}) };
  });
  const [l, t, r, b] = def.rect.map(val) as [number, number, number, number];
  return { paths, textRect: { l, t, r, b } };
}

const fmt = (n: number) => String(Math.round(n * 100) / 100);

/** SVG path data of one sub-path. */
export function svgPathData(path: GeometryPath): string {
  return path.segments
    .map((s) => {
      if (s.op === 'Z') return 'Z';
      if (s.op === 'C') return `C${fmt(s.x1)} ${fmt(s.y1)} ${fmt(s.x2)} ${fmt(s.y2)} ${fmt(s.x)} ${fmt(s.y)}`;
      if (s.op === 'Q') return `Q${fmt(s.x1)} ${fmt(s.y1)} ${fmt(s.x)} ${fmt(s.y)}`;
      return `${s.op}${fmt(s.x)} ${fmt(s.y)}`;
    })
    .join(' ');
}

/** The sub-paths of `preset` as SVG path data in a `w` × `h` box, with their fill and stroke flags. */
export function presetSvgPaths(preset: string, w: number, h: number, adjust?: Readonly<Record<string, number>> | null): { readonly d: string; readonly fill: boolean; readonly stroke: boolean; readonly shade?: PathShade }[] | undefined {
  return presetOutline(preset, w, h, adjust)?.paths.map((p) => ({ d: svgPathData(p), fill: p.fill, stroke: p.stroke, ...(p.shade ? { shade: p.shade } : {}) }));
}

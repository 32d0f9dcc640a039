/**
 * ODF enhanced geometry evaluated to absolute outlines (ODF 1.3 Part 1, 19.145
 * draw:enhanced-path; 19.171 draw:formula of draw:equation; 19.183 draw:modifiers; 19.197
 * svg:viewBox of draw:enhanced-geometry): the shapes LibreOffice draws with formulas and arcs
 * become plain `CustomPath`s, which every writer knows (PPTX a:custGeom, ODF non-primitive).
 *
 * Commands: M L C Q Z N F S, the arcs A (arcto) / B (arc) / W (clockwisearcto) / V
 * (clockwisearc) given by a bounding box and two radial vectors, T (angle-ellipseto) / U
 * (angle-ellipse) given by centre, radii and angles in degrees, the quarter ellipses X / Y, and
 * LibreOffice's G (arcangleto: DrawingML arcTo, radii and angles in degrees) from
 * drawooo:enhanced-path. Arcs other than G become cubic Béziers (a quarter turn at most each);
 * G stays an arc. Every parameter may be a number, an equation `?name`, a modifier `$n` or an
 * identifier (`width`, `logheight`...), evaluated by `odf-formula.ts`.
 */
import type { CustomPath, PathSegment } from '@ostal/model';
import { attr, childElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { NS } from '../xml/namespaces.js';
import { FormulaError, FormulaEvaluator } from './odf-formula.js';

/** LibreOffice's drawing extension namespace (drawooo:enhanced-path with G arcs). */
const DRAWOOO = 'http://openoffice.org/2010/draw';
/** At most this many segments per shape, and equations per geometry (hostile files). */
const MAX_SEGMENTS = 20_000;
const MAX_EQUATIONS = 5_000;
const MAX_PATH = 2_000_000;

/** Parameters each command takes (one group; groups may repeat). */
const GROUP: Readonly<Record<string, number>> = { M: 2, L: 2, C: 6, Q: 4, A: 8, B: 8, W: 8, V: 8, T: 6, U: 6, X: 2, Y: 2, G: 4 };
const ALONE = new Set(['Z', 'N', 'F', 'S']);

/** What is known about the shape drawing the geometry. */
export interface EnhancedGeometryFrame {
  /** The shape's size in 1/100 mm (logwidth, logheight; the path's space when svg:viewBox is empty). */
  readonly logWidth: number;
  readonly logHeight: number;
  readonly hasFill?: boolean;
  readonly hasStroke?: boolean;
}

interface Pt {
  readonly x: number;
  readonly y: number;
}

/** Kappa of a quarter circle drawn as a cubic Bézier. */
const KAPPA = (4 / 3) * (Math.SQRT2 - 1);

/** Cubic Béziers along the ellipse (centre `c`, radii rx, ry) from parametric angle t0 by `delta` (radians, y down). */
function ellipseCubics(c: Pt, rx: number, ry: number, t0: number, delta: number): PathSegment[] {
  const n = Math.max(1, Math.ceil(Math.abs(delta) / (Math.PI / 2) - 1e-9));
  const step = delta / n;
  const k = (4 / 3) * Math.tan(step / 4);
  const out: PathSegment[] = [];
  let t = t0;
  for (let i = 0; i < n; i++) {
    const t1 = t + step;
    const [c0, s0, c1, s1] = [Math.cos(t), Math.sin(t), Math.cos(t1), Math.sin(t1)];
    out.push({ op: 'cubic', x1: c.x + rx * (c0 - k * s0), y1: c.y + ry * (s0 + k * c0), x2: c.x + rx * (c1 + k * s1), y2: c.y + ry * (s1 - k * c1), x: c.x + rx * c1, y: c.y + ry * s1 });
    t = t1;
  }
  return out;
}

const pointAt = (c: Pt, rx: number, ry: number, t: number): Pt => ({ x: c.x + rx * Math.cos(t), y: c.y + ry * Math.sin(t) });

/** Parametric angle (y down) of the ellipse point on the ray from its centre towards `p`. */
const rayAngle = (c: Pt, rx: number, ry: number, p: Pt): number => Math.atan2((p.y - c.y) * rx, (p.x - c.x) * ry);

/**
 * Outlines of a draw:enhanced-path in the space of svg:viewBox (`0 0 logwidth logheight` when
 * the box is missing or empty), coordinates relative to the box's top-left corner.
 * @throws FormulaError on a formula, parameter or command that cannot be evaluated.
 */
export function evaluateEnhancedPath(path: string, viewBox: string | undefined, equations: ReadonlyMap<string, string>, modifiers: readonly number[], frame: EnhancedGeometryFrame, stretch?: { x?: number; y?: number }): CustomPath[] {
  if (path.length > MAX_PATH) throw new FormulaError('too-deep', `The enhanced path is ${String(path.length)} characters long.`);
  const vb = (viewBox ?? '').trim().split(/[\s,]+/).map(Number);
  const boxed = vb.length === 4 && vb.every(Number.isFinite) && (vb[2] ?? 0) > 0 && (vb[3] ?? 0) > 0;
  const [left, top, w, h] = boxed ? (vb as [number, number, number, number]) : [0, 0, frame.logWidth, frame.logHeight];
  if (!(w > 0 && h > 0)) throw new FormulaError('not-a-number', 'The shape has neither a view box nor a size to draw its path in.');
  const ev = new FormulaEvaluator({
    left,
    top,
    right: left + w,
    bottom: top + h,
    logwidth: frame.logWidth,
    logheight: frame.logHeight,
    ...(stretch?.x !== undefined ? { xstretch: stretch.x } : {}),
    ...(stretch?.y !== undefined ? { ystretch: stretch.y } : {}),
    ...(frame.hasFill !== undefined ? { hasfill: frame.hasFill } : {}),
    ...(frame.hasStroke !== undefined ? { hasstroke: frame.hasStroke } : {}),
    modifiers,
    equations,
  });
  const toks = path.match(/\?[A-Za-z0-9_]+|\$\d+|[A-Za-z]+|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|\S/g) ?? [];
  const out: CustomPath[] = [];
  let segments: PathSegment[] = [];
  let fill = true;
  let stroke = true;
  let cur: Pt | undefined;
  let start: Pt | undefined;
  let total = 0;
  const push = (s: PathSegment): void => {
    if (++total > MAX_SEGMENTS) throw new FormulaError('too-deep', `The enhanced path draws more than ${String(MAX_SEGMENTS)} segments.`);
    segments.push(s);
  };
  const flush = (): void => {
    if (segments.some((s) => s.op !== 'move')) out.push({ w, h, ...(fill ? {} : { fill: false }), ...(stroke ? {} : { stroke: false }), segments });
    segments = [];
    fill = true;
    stroke = true;
    cur = undefined;
    start = undefined;
  };
  const moveTo = (p: Pt): void => {
    push({ op: 'move', ...p });
    cur = p;
    start = p;
  };
  const lineTo = (p: Pt): void => {
    if (!cur) return moveTo(p);
    push({ op: 'line', ...p });
    cur = p;
  };
  /** The arc from `t0` by `delta` on the ellipse, joined to the current point by a line (`join`) or a new sub-path. */
  const arc = (c: Pt, rx: number, ry: number, t0: number, delta: number, join: boolean): void => {
    const from = pointAt(c, rx, ry, t0);
    if (join && cur) lineTo(from);
    else moveTo(from);
    if (rx === 0 || ry === 0) return lineTo(pointAt(c, rx, ry, t0 + delta));
    for (const s of ellipseCubics(c, rx, ry, t0, delta)) push(s);
    const last = segments[segments.length - 1];
    if (last?.op === 'cubic') cur = { x: last.x, y: last.y };
  };
  let quadrantX = true;
  let i = 0;
  let cmd = '';
  while (i < toks.length) {
    const t = toks[i] ?? '';
    if (/^[A-Z]$/.test(t)) {
      i++;
      cmd = t;
      quadrantX = cmd === 'X';
      if (ALONE.has(cmd)) {
        if (cmd === 'Z') {
          if (cur) push({ op: 'close' });
          cur = start;
        } else if (cmd === 'N') flush();
        else if (cmd === 'F') fill = false;
        else stroke = false;
        continue;
      }
      if (GROUP[cmd] === undefined) throw new FormulaError('syntax', `Unknown command "${cmd}" in the enhanced path.`);
    }
    const need = GROUP[cmd];
    if (need === undefined) throw new FormulaError('syntax', `Parameter "${t}" comes before any command in the enhanced path.`);
    const v: number[] = [];
    for (let k = 0; k < need; k++) {
      const p = toks[i];
      if (p === undefined || /^[A-Z]$/.test(p)) throw new FormulaError('syntax', `Command "${cmd}" needs ${String(need)} parameters in the enhanced path.`);
      v.push(ev.value(p));
      i++;
    }
    const P = (a: number, b: number): Pt => ({ x: (v[a] ?? 0) - left, y: (v[b] ?? 0) - top });
    switch (cmd) {
      case 'M':
        moveTo(P(0, 1));
        // Further pairs of a moveto draw lines.
        cmd = 'L';
        break;
      case 'L':
        lineTo(P(0, 1));
        break;
      case 'C':
        if (!cur) moveTo(P(0, 1));
        push({ op: 'cubic', x1: P(0, 1).x, y1: P(0, 1).y, x2: P(2, 3).x, y2: P(2, 3).y, ...P(4, 5) });
        cur = P(4, 5);
        break;
      case 'Q':
        if (!cur) moveTo(P(0, 1));
        push({ op: 'quad', x1: P(0, 1).x, y1: P(0, 1).y, ...P(2, 3) });
        cur = P(2, 3);
        break;
      case 'A':
      case 'B':
      case 'W':
      case 'V': {
        const a = P(0, 1);
        const b = P(2, 3);
        const c = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
        const rx = Math.abs(b.x - a.x) / 2;
        const ry = Math.abs(b.y - a.y) / 2;
        const t0 = rayAngle(c, rx, ry, P(4, 5));
        const t1 = rayAngle(c, rx, ry, P(6, 7));
        const clockwise = cmd === 'W' || cmd === 'V';
        // On a y-down page, clockwise is the parametric angle growing.
        let delta = t1 - t0;
        if (clockwise) while (delta <= 0) delta += 2 * Math.PI;
        else while (delta >= 0) delta -= 2 * Math.PI;
        arc(c, rx, ry, t0, delta, cmd === 'A' || cmd === 'W');
        break;
      }
      case 'T':
      case 'U': {
        const c = P(0, 1);
        const [rx, ry, d0, d1] = [Math.abs(v[2] ?? 0), Math.abs(v[3] ?? 0), v[4] ?? 0, v[5] ?? 0];
        // Angles in degrees, clockwise on the page (y down) from the positive x axis, the ellipse
        // always drawn clockwise from t0 to t1; a sweep of 360 or more is the whole ellipse (as
        // LibreOffice draws and exports them).
        let sweep = d1 - d0;
        if (sweep >= 360 || sweep <= -360) sweep = 360;
        else if (sweep <= 0) sweep += 360;
        const rad = Math.PI / 180;
        arc(c, rx, ry, d0 * rad, sweep * rad, cmd === 'T');
        break;
      }
      case 'X':
      case 'Y': {
        const to = P(0, 1);
        const from = cur ?? to;
        if (!cur) moveTo(to);
        else if (quadrantX)
          push({ op: 'cubic', x1: from.x + KAPPA * (to.x - from.x), y1: from.y, x2: to.x, y2: to.y + KAPPA * (from.y - to.y), ...to });
        else push({ op: 'cubic', x1: from.x, y1: from.y + KAPPA * (to.y - from.y), x2: to.x + KAPPA * (from.x - to.x), y2: to.y, ...to });
        cur = to;
        quadrantX = !quadrantX;
        break;
      }
      case 'G': {
        if (!cur) moveTo({ x: 0, y: 0 });
        const from = cur ?? { x: 0, y: 0 };
        const [wR, hR, stAng, swAng] = [Math.abs(v[0] ?? 0), Math.abs(v[1] ?? 0), v[2] ?? 0, v[3] ?? 0];
        // DrawingML arcTo semantics (clockwise visual angles, degrees here): stays an arc.
        push({ op: 'arc', wR, hR, stAng: Math.round(stAng * 60_000), swAng: Math.round(swAng * 60_000) });
        cur = arcEnd(from, wR, hR, stAng, swAng);
        break;
      }
      default:
        throw new FormulaError('syntax', `Unknown command "${cmd}" in the enhanced path.`);
    }
  }
  flush();
  return out;
}

/** End of a DrawingML arc (angles in degrees, visual) started at `from`. */
function arcEnd(from: Pt, wR: number, hR: number, stAng: number, swAng: number): Pt {
  const param = (deg: number): number => {
    const a = (deg * Math.PI) / 180;
    return Math.atan2(wR * Math.sin(a), hR * Math.cos(a));
  };
  const t0 = param(stAng);
  const t1 = param(stAng + swAng);
  const c = { x: from.x - wR * Math.cos(t0), y: from.y - hR * Math.sin(t0) };
  return { x: c.x + wR * Math.cos(t1), y: c.y + hR * Math.sin(t1) };
}

/**
 * The outlines of a draw:custom-shape's draw:enhanced-geometry: its drawooo:enhanced-path when
 * LibreOffice wrote one (the exact arcs), else its draw:enhanced-path, with its equations and
 * modifiers. Undefined when the geometry has no path.
 * @throws FormulaError when the path or a formula cannot be evaluated.
 */
export function enhancedGeometryPaths(geo: XmlElement, frame: EnhancedGeometryFrame, viewBox: string | undefined): CustomPath[] | undefined {
  const path = attr(geo, DRAWOOO, 'enhanced-path') ?? attr(geo, NS.draw, 'enhanced-path');
  if (!path || path.trim() === '') return undefined;
  const equations = new Map<string, string>();
  for (const eq of childElements(geo, NS.draw, 'equation')) {
    const name = attr(eq, NS.draw, 'name');
    const formula = attr(eq, NS.draw, 'formula');
    if (name !== undefined && formula !== undefined) equations.set(name, formula);
    if (equations.size > MAX_EQUATIONS) throw new FormulaError('too-deep', `The shape has more than ${String(MAX_EQUATIONS)} equations.`);
  }
  const modifiers = (attr(geo, NS.draw, 'modifiers') ?? '')
    .trim()
    .split(/[\s,]+/)
    .filter((s) => s !== '')
    .map((s) => {
      const n = Number(s);
      if (!Number.isFinite(n)) throw new FormulaError('syntax', `Modifier "${s}" is not a number.`);
      return n;
    });
  const num = (v: string | undefined): number | undefined => (v !== undefined && Number.isFinite(Number(v)) ? Number(v) : undefined);
  const sx = num(attr(geo, NS.draw, 'path-stretchpoint-x'));
  const sy = num(attr(geo, NS.draw, 'path-stretchpoint-y'));
  const paths = evaluateEnhancedPath(path, viewBox, equations, modifiers, frame, { ...(sx !== undefined ? { x: sx } : {}), ...(sy !== undefined ? { y: sy } : {}) });
  return paths.length > 0 ? paths : undefined;
}

/**
 * Custom (free-form) shape outlines between DrawingML and ODF.
 *
 * DrawingML: a:custGeom/a:pathLst/a:path (ECMA-376 Part 1, 20.1.9.15) with w/h, fill, stroke and
 * a:moveTo, a:lnTo, a:cubicBezTo, a:quadBezTo (a:pt children), a:arcTo (wR, hR, stAng, swAng) and
 * a:close. Only paths whose coordinates are numbers become `CustomPath`s (guide names would need
 * the formula engine); the markup itself is kept for PPTX saves either way.
 *
 * ODF: draw:custom-shape/draw:enhanced-geometry with svg:viewBox and draw:enhanced-path (ODF 1.3
 * Part 3, 19.145: M, L, C, Q, Z, N, F, S) written here and read by `odf-enhanced-path.ts`
 * (formulas and arcs too); draw:path with svg:d, draw:polygon / draw:polyline with draw:points
 * read here. Arcs are written to ODF as cubic Béziers (quarter turns at most).
 */
import type { CustomPath, PathSegment } from '@ostal/model';
import { attr, childElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { isA } from './ooxml-names.js';

/** At most this many segments per shape (hostile files). */
const MAX_SEGMENTS = 20_000;

function num(v: string | undefined): number | undefined {
  if (v === undefined || !/^\s*-?\d+(?:\.\d+)?\s*$/.test(v)) return undefined;
  const n = Number(v);
  return Number.isFinite(n) && Math.abs(n) < 2 ** 40 ? n : undefined;
}

/** The paths of an a:custGeom, or undefined when one uses guides or has nothing to draw. `box` sizes paths without w/h. */
export function readCustGeomPaths(custGeom: XmlElement, box: { cx: number; cy: number } | undefined): CustomPath[] | undefined {
  const list = childElements(custGeom).find((c) => isA(c, 'pathLst'));
  if (!list) return undefined;
  const out: CustomPath[] = [];
  let count = 0;
  for (const p of childElements(list).filter((c) => isA(c, 'path'))) {
    const w = num(attr(p, '', 'w')) ?? box?.cx;
    const h = num(attr(p, '', 'h')) ?? box?.cy;
    if (w === undefined || h === undefined || w <= 0 || h <= 0) return undefined;
    const segments: PathSegment[] = [];
    for (const s of childElements(p)) {
      if (++count > MAX_SEGMENTS) return undefined;
      const pts = childElements(s)
        .filter((c) => isA(c, 'pt'))
        .map((pt) => [num(attr(pt, '', 'x')), num(attr(pt, '', 'y'))] as const);
      if (pts.some(([a, b]) => a === undefined || b === undefined)) return undefined;
      const xy = pts as readonly (readonly [number, number])[];
      const [p1, p2, p3] = xy;
      if ((s.local === 'moveTo' || s.local === 'lnTo') && p1) segments.push({ op: s.local === 'moveTo' ? 'move' : 'line', x: p1[0], y: p1[1] });
      else if (s.local === 'cubicBezTo' && p1 && p2 && p3) segments.push({ op: 'cubic', x1: p1[0], y1: p1[1], x2: p2[0], y2: p2[1], x: p3[0], y: p3[1] });
      else if (s.local === 'quadBezTo' && p1 && p2) segments.push({ op: 'quad', x1: p1[0], y1: p1[1], x: p2[0], y: p2[1] });
      else if (s.local === 'arcTo') {
        const [wR, hR, stAng, swAng] = ['wR', 'hR', 'stAng', 'swAng'].map((n) => num(attr(s, '', n)));
        if (wR === undefined || hR === undefined || stAng === undefined || swAng === undefined) return undefined;
        segments.push({ op: 'arc', wR, hR, stAng, swAng });
      } else if (s.local === 'close') segments.push({ op: 'close' });
      else return undefined;
    }
    const fill = attr(p, '', 'fill');
    const stroke = attr(p, '', 'stroke');
    out.push({ w, h, ...(fill === 'none' ? { fill: false } : {}), ...(stroke === '0' || stroke === 'false' ? { stroke: false } : {}), segments });
  }
  return out.length > 0 && out.some((p) => p.segments.length > 0) ? out : undefined;
}

const round = (n: number): number => Math.round(n);

/** True when a coordinate of `p` is not a whole number. */
function hasFractions(p: CustomPath): boolean {
  const whole = (...n: number[]): boolean => n.every(Number.isInteger);
  return !whole(p.w, p.h) || p.segments.some((s) => (s.op === 'move' || s.op === 'line' ? !whole(s.x, s.y) : s.op === 'cubic' ? !whole(s.x1, s.y1, s.x2, s.y2, s.x, s.y) : s.op === 'quad' ? !whole(s.x1, s.y1, s.x, s.y) : s.op === 'arc' ? !whole(s.wR, s.hR) : false));
}

/** An a:custGeom drawing `paths` (text rectangle: the whole box). DrawingML coordinates are integers: a path with fractions is written in a space 100 times finer. */
export function custGeomXml(paths: readonly CustomPath[]): XmlOut {
  let k = 1;
  const pt = (px: number, py: number): XmlOut => x('a:pt', { x: round(px * k), y: round(py * k) });
  const seg = (s: PathSegment): XmlOut => {
    switch (s.op) {
      case 'move':
        return x('a:moveTo', {}, pt(s.x, s.y));
      case 'line':
        return x('a:lnTo', {}, pt(s.x, s.y));
      case 'cubic':
        return x('a:cubicBezTo', {}, pt(s.x1, s.y1), pt(s.x2, s.y2), pt(s.x, s.y));
      case 'quad':
        return x('a:quadBezTo', {}, pt(s.x1, s.y1), pt(s.x, s.y));
      case 'arc':
        return x('a:arcTo', { wR: round(s.wR * k), hR: round(s.hR * k), stAng: round(s.stAng), swAng: round(s.swAng) });
      case 'close':
        return x('a:close');
    }
  };
  return x(
    'a:custGeom',
    {},
    x('a:avLst'),
    x('a:gdLst'),
    x('a:ahLst'),
    x('a:cxnLst'),
    x('a:rect', { l: 'l', t: 't', r: 'r', b: 'b' }),
    x(
      'a:pathLst',
      {},
      paths.map((p) => {
        k = hasFractions(p) ? 100 : 1;
        return x('a:path', { w: round(p.w * k), h: round(p.h * k), fill: p.fill === false ? 'none' : undefined, stroke: p.stroke === false ? 0 : undefined }, p.segments.map(seg));
      }),
    ),
  );
}

const DEG = Math.PI / (180 * 60_000);

/** The parametric angle of the ellipse point seen at `visual` from the centre (DrawingML angles are visual). */
function parametric(visual: number, wR: number, hR: number): number {
  return Math.atan2(wR * Math.sin(visual), hR * Math.cos(visual));
}

/** Cubic Béziers of a DrawingML arcTo from `cur`; returns them and the end point. */
export function arcCubics(cur: { x: number; y: number }, wR: number, hR: number, stAng: number, swAng: number): { cubics: PathSegment[]; end: { x: number; y: number } } {
  if (wR <= 0 || hR <= 0 || swAng === 0) return { cubics: [], end: cur };
  const a0 = stAng * DEG;
  const sweepVisual = swAng * DEG;
  const t0 = parametric(a0, wR, hR);
  let delta = parametric(a0 + sweepVisual, wR, hR) - t0;
  const turns = Math.trunc(sweepVisual / (2 * Math.PI));
  while (sweepVisual > 0 && delta <= 0) delta += 2 * Math.PI;
  while (sweepVisual < 0 && delta >= 0) delta -= 2 * Math.PI;
  delta += turns * 2 * Math.PI;
  if (Math.abs(delta) > 2 * Math.PI) delta = Math.sign(delta) * 2 * Math.PI;
  const cx = cur.x - wR * Math.cos(t0);
  const cy = cur.y - hR * Math.sin(t0);
  const n = Math.max(1, Math.ceil(Math.abs(delta) / (Math.PI / 2) - 1e-9));
  const step = delta / n;
  const k = (4 / 3) * Math.tan(step / 4);
  const cubics: PathSegment[] = [];
  let t = t0;
  for (let i = 0; i < n; i++) {
    const t1 = t + step;
    const [c0, s0, c1, s1] = [Math.cos(t), Math.sin(t), Math.cos(t1), Math.sin(t1)];
    cubics.push({
      op: 'cubic',
      x1: cx + wR * (c0 - k * s0),
      y1: cy + hR * (s0 + k * c0),
      x2: cx + wR * (c1 + k * s1),
      y2: cy + hR * (s1 - k * c1),
      x: cx + wR * c1,
      y: cy + hR * s1,
    });
    t = t1;
  }
  return { cubics, end: { x: cx + wR * Math.cos(t), y: cy + hR * Math.sin(t) } };
}

const fmt = (n: number): string => String(Math.round(n * 100) / 100);

/** svg:viewBox and draw:enhanced-path drawing `paths` (each scaled to the first one's space). */
export function enhancedPath(paths: readonly CustomPath[]): { viewBox: string; path: string } | undefined {
  const first = paths[0];
  if (!first) return undefined;
  // svg:viewBox holds integers: the first path's space, rounded, is the common one.
  const W = Math.max(1, Math.round(first.w));
  const H = Math.max(1, Math.round(first.h));
  const parts: string[] = [];
  for (const p of paths) {
    const sx = W / p.w;
    const sy = H / p.h;
    const P = (px: number, py: number): string => `${fmt(px * sx)} ${fmt(py * sy)}`;
    let cur = { x: 0, y: 0 };
    let start = { x: 0, y: 0 };
    const cmds: string[] = [];
    for (const s of p.segments) {
      switch (s.op) {
        case 'move':
          cmds.push(`M ${P(s.x, s.y)}`);
          cur = { x: s.x, y: s.y };
          start = cur;
          break;
        case 'line':
          cmds.push(`L ${P(s.x, s.y)}`);
          cur = { x: s.x, y: s.y };
          break;
        case 'cubic':
          cmds.push(`C ${P(s.x1, s.y1)} ${P(s.x2, s.y2)} ${P(s.x, s.y)}`);
          cur = { x: s.x, y: s.y };
          break;
        case 'quad':
          cmds.push(`Q ${P(s.x1, s.y1)} ${P(s.x, s.y)}`);
          cur = { x: s.x, y: s.y };
          break;
        case 'arc': {
          const { cubics, end } = arcCubics(cur, s.wR, s.hR, s.stAng, s.swAng);
          for (const c of cubics) if (c.op === 'cubic') cmds.push(`C ${P(c.x1, c.y1)} ${P(c.x2, c.y2)} ${P(c.x, c.y)}`);
          cur = end;
          break;
        }
        case 'close':
          cmds.push('Z');
          cur = start;
          break;
      }
    }
    if (cmds.length === 0) continue;
    if (p.fill === false) cmds.push('F');
    if (p.stroke === false) cmds.push('S');
    cmds.push('N');
    parts.push(cmds.join(' '));
  }
  return parts.length > 0 ? { viewBox: `0 0 ${String(Math.max(1, Math.round(W)))} ${String(Math.max(1, Math.round(H)))}`, path: parts.join(' ') } : undefined;
}

/** Numbers of a path string, with its command letters as separate tokens. */
function tokens(d: string): string[] | undefined {
  if (d.length > 2_000_000) return undefined;
  return d.match(/[A-Za-z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g) ?? [];
}

/** View box `minX minY width height`. */
function viewBoxOf(v: string | undefined): { x: number; y: number; w: number; h: number } | undefined {
  const n = (v ?? '').trim().split(/[\s,]+/).map(Number);
  if (n.length !== 4 || n.some((a) => !Number.isFinite(a))) return undefined;
  const [vx, vy, w, h] = n as [number, number, number, number];
  return w > 0 && h > 0 ? { x: vx, y: vy, w, h } : undefined;
}

/** The next `count` numbers from `take`, or undefined when the path runs out of them first. */
function takeNumbers(take: () => number | undefined, count: number): number[] | undefined {
  const v: number[] = [];
  for (let k = 0; k < count; k++) {
    const n = take();
    if (n === undefined) return undefined;
    v.push(n);
  }
  return v;
}

/** Paths of an SVG path (draw:path svg:d): M L H V C Q Z, absolute or relative; others make it undefined. */
export function pathsOfSvgD(d: string | undefined, viewBox: string | undefined): CustomPath[] | undefined {
  const box = viewBoxOf(viewBox);
  if (!d || !box) return undefined;
  const toks = tokens(d);
  if (!toks) return undefined;
  const segments: PathSegment[] = [];
  let i = 0;
  let cmd = '';
  let cur = { x: 0, y: 0 };
  let start = { x: 0, y: 0 };
  const take = (): number | undefined => {
    const t = toks[i];
    if (t === undefined || /[A-Za-z]/.test(t)) return undefined;
    i++;
    return Number(t);
  };
  while (i < toks.length) {
    const t = toks[i] ?? '';
    if (/[A-Za-z]/.test(t)) {
      cmd = t;
      i++;
      if (cmd === 'Z' || cmd === 'z') {
        segments.push({ op: 'close' });
        cur = start;
        continue;
      }
      if (!'MmLlHhVvCcQq'.includes(cmd)) return undefined;
    }
    const rel = cmd === cmd.toLowerCase();
    const up = cmd.toUpperCase();
    const need = up === 'C' ? 6 : up === 'Q' ? 4 : up === 'H' || up === 'V' ? 1 : up === 'M' || up === 'L' ? 2 : 0;
    if (need === 0) return undefined;
    const v = takeNumbers(take, need);
    if (!v) return undefined;
    const px = (n: number): number => (rel ? cur.x + n : n);
    const py = (n: number): number => (rel ? cur.y + n : n);
    const [a = 0, b = 0, c = 0, e = 0, f = 0, g = 0] = v;
    let next: { x: number; y: number };
    if (up === 'M') {
      next = { x: px(a), y: py(b) };
      segments.push({ op: 'move', ...next });
      start = next;
      cmd = rel ? 'l' : 'L';
    } else if (up === 'L' || up === 'H' || up === 'V') {
      next = up === 'H' ? { x: px(a), y: cur.y } : up === 'V' ? { x: cur.x, y: py(a) } : { x: px(a), y: py(b) };
      segments.push({ op: 'line', ...next });
    } else if (up === 'C') {
      next = { x: px(f), y: py(g) };
      segments.push({ op: 'cubic', x1: px(a), y1: py(b), x2: px(c), y2: py(e), ...next });
    } else {
      next = { x: px(c), y: py(e) };
      segments.push({ op: 'quad', x1: px(a), y1: py(b), ...next });
    }
    cur = next;
    if (segments.length > MAX_SEGMENTS) return undefined;
  }
  if (segments.length === 0) return undefined;
  const shifted = segments.map((s): PathSegment => {
    switch (s.op) {
      case 'move':
      case 'line':
        return { ...s, x: s.x - box.x, y: s.y - box.y };
      case 'cubic':
        return { ...s, x1: s.x1 - box.x, y1: s.y1 - box.y, x2: s.x2 - box.x, y2: s.y2 - box.y, x: s.x - box.x, y: s.y - box.y };
      case 'quad':
        return { ...s, x1: s.x1 - box.x, y1: s.y1 - box.y, x: s.x - box.x, y: s.y - box.y };
      case 'arc':
      case 'close':
        return s;
    }
  });
  return [{ w: box.w, h: box.h, segments: shifted }];
}

/** The path of a draw:polygon (closed) or draw:polyline (open, not filled) from draw:points. */
export function pathsOfPoints(points: string | undefined, viewBox: string | undefined, closed: boolean): CustomPath[] | undefined {
  const box = viewBoxOf(viewBox);
  if (!points || !box || points.length > 2_000_000) return undefined;
  const n = points.trim().split(/[\s,]+/).map(Number);
  if (n.length < 4 || n.length % 2 !== 0 || n.some((v) => !Number.isFinite(v)) || n.length / 2 > MAX_SEGMENTS) return undefined;
  const segments: PathSegment[] = [];
  for (let k = 0; k < n.length; k += 2) segments.push({ op: k === 0 ? 'move' : 'line', x: (n[k] ?? 0) - box.x, y: (n[k + 1] ?? 0) - box.y });
  if (closed) segments.push({ op: 'close' });
  return [{ w: box.w, h: box.h, ...(closed ? {} : { fill: false }), segments }];
}

/** Preset geometries from their DrawingML definitions: the guide operators, arcTo, and outlines a user sees. */
import { describe, expect, it } from 'vitest';
import { applyOperator, evaluateGuides, parseGuides } from './shape-guides.js';
import { arcToSegments, presetNames, presetOutline, presetSvgPaths } from './preset-geometry.js';
import type { GeometryPath, GeometrySegment } from './preset-geometry.js';

/** The end points of a path's segments (the corners a user sees, arcs ending where they end). */
function vertices(path: GeometryPath | undefined): { x: number; y: number }[] {
  return (path?.segments ?? []).flatMap((s: GeometrySegment) => (s.op === 'Z' ? [] : [{ x: s.x, y: s.y }]));
}

const near = (p: { x: number; y: number } | undefined, x: number, y: number, eps = 1e-6) => {
  expect(p).toBeDefined();
  expect(Math.abs((p?.x ?? NaN) - x)).toBeLessThan(eps);
  expect(Math.abs((p?.y ?? NaN) - y)).toBeLessThan(eps);
};

describe('the shape guide operators (ECMA-376 20.1.9.11)', () => {
  it('computes each operator, angles in 60000ths of a degree', () => {
    expect(applyOperator('*/', 10, 3, 4)).toBe(7.5);
    expect(applyOperator('+-', 10, 3, 4)).toBe(9);
    expect(applyOperator('+/', 10, 2, 4)).toBe(3);
    expect(applyOperator('?:', 1, 5, 6)).toBe(5);
    expect(applyOperator('?:', 0, 5, 6)).toBe(6);
    expect(applyOperator('abs', -4)).toBe(4);
    expect(applyOperator('at2', 1, 1)).toBeCloseTo(2_700_000);
    expect(applyOperator('cat2', 10, 1, 1)).toBeCloseTo(10 * Math.SQRT1_2);
    expect(applyOperator('cos', 10, 5_400_000)).toBeCloseTo(0);
    expect(applyOperator('cos', 10, 0)).toBe(10);
    expect(applyOperator('max', 3, 8)).toBe(8);
    expect(applyOperator('min', 3, 8)).toBe(3);
    expect(applyOperator('mod', 3, 4, 12)).toBe(13);
    expect(applyOperator('pin', 0, -5, 10)).toBe(0);
    expect(applyOperator('pin', 0, 15, 10)).toBe(10);
    expect(applyOperator('pin', 0, 7, 10)).toBe(7);
    expect(applyOperator('sat2', 10, 1, 1)).toBeCloseTo(10 * Math.SQRT1_2);
    expect(applyOperator('sin', 10, 5_400_000)).toBeCloseTo(10);
    expect(applyOperator('sqrt', 16)).toBe(4);
    expect(applyOperator('tan', 10, 2_700_000)).toBeCloseTo(10);
    expect(applyOperator('val', 42)).toBe(42);
    expect(() => applyOperator('nope', 1)).toThrow();
  });

  it('knows the box built-ins and lets adjust values override the defaults', () => {
    const v = evaluateGuides(parseGuides('adj val 25000'), parseGuides('x1 */ ss adj 100000;x2 +- r 0 x1;q val wd4'), 400, 200, { adj: 50000 });
    expect(v.get('x1')).toBe(100);
    expect(v.get('x2')).toBe(300);
    expect(v.get('hc')).toBe(200);
    expect(v.get('hd2')).toBe(100);
    expect(v.get('ss')).toBe(200);
    expect(v.get('ls')).toBe(400);
    expect(v.get('q')).toBe(100);
    expect(v.get('3cd4')).toBe(16_200_000);
    expect(evaluateGuides(parseGuides('adj val 25000'), [], 400, 200).get('adj')).toBe(25000);
  });
});

describe('arcTo', () => {
  it('ends a quarter circle where the circle is, starting from the current point', () => {
    const arc = arcToSegments(0, 50, 50, 50, 10_800_000, 5_400_000);
    const end = arc[arc.length - 1];
    near(end && end.op !== 'Z' ? end : undefined, 50, 0);
  });

  it('sweeps an ellipse by visual angles, counter-clockwise for a negative swing', () => {
    const half = arcToSegments(0, 50, 100, 50, 10_800_000, 10_800_000);
    const end = half[half.length - 1];
    near(end && end.op !== 'Z' ? end : undefined, 200, 50);
    // From the top of an ellipse centred at (100, 50), back a quarter turn to its left end.
    const back = arcToSegments(100, 0, 100, 50, 16_200_000, -5_400_000);
    const last = back[back.length - 1];
    near(last && last.op !== 'Z' ? last : undefined, 0, 50);
    // At 45° on a 2:1 ellipse the point is on the ray at 45°, not at the parametric 45°.
    const ray = arcToSegments(200, 50, 100, 50, 0, 2_700_000);
    const p = ray[ray.length - 1];
    if (!p || p.op === 'Z') throw new Error('no arc');
    expect(p.y - 50).toBeCloseTo(p.x - 100, 6);
  });
});

describe('preset outlines', () => {
  it('draws a five-point star with its top tip at the top centre and its inner points by adj', () => {
    const pts = vertices(presetOutline('star5', 200, 200)?.paths[0]);
    expect(pts).toHaveLength(10);
    near(pts[2], 100, 0);
    // Outer tips lie on the ellipse widened by hf: the left tip is further left than the box's edge would give.
    const thin = vertices(presetOutline('star5', 200, 200, { adj: 10_000 })?.paths[0]);
    const fat = vertices(presetOutline('star5', 200, 200, { adj: 40_000 })?.paths[0]);
    const d = (q: { x: number; y: number } | undefined) => Math.hypot((q?.x ?? 0) - 100, (q?.y ?? 0) - 110.557);
    expect(d(thin[1])).toBeLessThan(d(fat[1]));
  });

  it('gives a right arrow a head as long as adj2 of the short side, a shaft as thick as adj1 of the height', () => {
    const pts = vertices(presetOutline('rightArrow', 400, 100)?.paths[0]);
    near(pts[0], 0, 25);
    near(pts[1], 350, 25);
    near(pts[3], 400, 50);
    const long = vertices(presetOutline('rightArrow', 400, 100, { adj1: 20_000, adj2: 150_000 })?.paths[0]);
    near(long[1], 250, 40);
  });

  it('puts a teardrop’s tip at the top right corner by default and further out with adj', () => {
    const pts = vertices(presetOutline('teardrop', 200, 100)?.paths[0]);
    near(pts.find((p) => Math.abs(p.x - 200) < 1e-6 && Math.abs(p.y) < 1e-6), 200, 0);
    const pointy = vertices(presetOutline('teardrop', 200, 100, { adj: 150_000 })?.paths[0]);
    expect(pointy.some((p) => p.x > 230 && p.y < -10)).toBe(true);
  });

  it('keeps sub-paths without fill or stroke as such (a can’s rim is stroked, not filled)', () => {
    const can = presetOutline('can', 100, 200);
    expect(can?.paths.map((p) => [p.fill, p.stroke])).toEqual([[true, false], [true, false], [false, true]]);
  });

  it('scales a path’s own coordinate space to the box (flowchart decision)', () => {
    near(vertices(presetOutline('flowChartDecision', 300, 100)?.paths[0])[1], 150, 0);
  });

  it('gives the text rectangle of the definition', () => {
    const r = presetOutline('roundRect', 200, 100)?.textRect;
    expect(r?.l).toBeCloseTo(16.667 * 0.29289, 2);
    expect(r?.r).toBeCloseTo(200 - 16.667 * 0.29289, 2);
  });

  it('draws every preset defined, at several sizes, with finite points', () => {
    expect(presetNames()).toHaveLength(187);
    for (const name of presetNames()) {
      for (const [w, h] of [[200, 100], [100, 300], [1, 1]] as const) {
        const o = presetOutline(name, w, h);
        expect(o?.paths.length, name).toBeGreaterThan(0);
        for (const p of o?.paths ?? []) {
          expect(p.segments[0]?.op, name).toBe('M');
          for (const s of p.segments) if (s.op !== 'Z') expect(Number.isFinite(s.x) && Number.isFinite(s.y), `${name} ${String(w)}x${String(h)}`).toBe(true);
        }
      }
    }
  });

  it('draws an action button as its box with a darker icon and both outlined', () => {
    const o = presetOutline('actionButtonForwardNext', 200, 100);
    expect(o?.paths.map((p) => [p.fill, p.stroke, p.shade ?? null])).toEqual([[true, false, null], [true, false, 'darken'], [false, true, null], [false, true, null]]);
    // The icon: a triangle in the centred square of 3/4 of the shorter side, pointing right.
    const icon = vertices(o?.paths[1]);
    near(icon[0], 137.5, 50);
    near(icon[1], 62.5, 12.5);
    near(icon[2], 62.5, 87.5);
    // Home, help, information, movie, return, sound, document, beginning, end, back, blank.
    for (const name of ['Home', 'Help', 'Information', 'Movie', 'Return', 'Sound', 'Document', 'Beginning', 'End', 'BackPrevious', 'Blank']) {
      expect(presetOutline(`actionButton${name}`, 100, 100)?.paths.length, name).toBeGreaterThan(0);
    }
  });

  it('draws a gear with its teeth outside the ring and within the box', () => {
    for (const [name, teeth] of [['gear6', 6], ['gear9', 9]] as const) {
      const pts = vertices(presetOutline(name, 300, 300)?.paths[0]);
      const radius = (p: { x: number; y: number }) => Math.hypot(p.x - 150, p.y - 150);
      const tips = pts.filter((p) => radius(p) > 140);
      // Each tooth has two corners at its tip, on the circle of the box.
      expect(tips.length, name).toBe(teeth * 2);
      for (const p of pts) expect(radius(p), name).toBeLessThan(150.5);
    }
  });

  it('draws a two-headed circular arrow with both heads on its ring', () => {
    const pts = vertices(presetOutline('leftRightCircularArrow', 200, 200)?.paths[0]);
    expect(pts.length).toBeGreaterThan(8);
    // The heads' points (A and L) sit on the arrow's middle circle, radius wd2 − thh + th/2 … within the box.
    for (const p of pts) expect(Math.hypot(p.x - 100, p.y - 100)).toBeLessThan(100.5);
  });

  it('marks the shaded sides of a bevel and a cube', () => {
    expect(presetOutline('bevel', 100, 100)?.paths.map((p) => p.shade ?? null)).toEqual([null, 'lightenLess', 'darkenLess', 'lighten', 'darken', null]);
    expect(presetOutline('cube', 100, 100)?.paths.map((p) => p.shade ?? null)).toEqual([null, 'darkenLess', 'lightenLess', null]);
  });

  it('writes SVG path data, undefined for a preset it does not know', () => {
    expect(presetSvgPaths('triangle', 100, 100)).toEqual([{ d: 'M0 100 L50 0 L100 100 Z', fill: true, stroke: true }]);
    expect(presetSvgPaths('noSuchShape', 100, 100)).toBeUndefined();
  });
});

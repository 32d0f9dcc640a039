/** Presets written to ODF with equations generated from their guides draw the outline the definition gives. */
import { arcToSegments, presetNames, presetOutline } from '@ostal/model';
import type { CustomPath } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { evaluateEnhancedPath } from '../slides/odf-enhanced-path.js';
import { generatedPresetPath } from './odf-preset-equations.js';
import { presetAdjustDefaults } from './preset-adjusts.js';

type Pt = { x: number; y: number };

/** Every corner a reader of the ODF path reaches (arcs followed to their end). */
function odfVertices(paths: readonly CustomPath[]): Pt[] {
  const out: Pt[] = [];
  for (const p of paths) {
    let cur: Pt = { x: 0, y: 0 };
    for (const s of p.segments) {
      if (s.op === 'close') continue;
      if (s.op === 'arc') {
        const arc = arcToSegments(cur.x, cur.y, s.wR, s.hR, s.stAng, s.swAng);
        const end = arc[arc.length - 1];
        if (end && end.op !== 'Z') cur = { x: end.x, y: end.y };
      } else cur = { x: s.x, y: s.y };
      out.push(cur);
    }
  }
  return out;
}

function modelVertices(preset: string, w: number, h: number, adjust?: Record<string, number>): Pt[] {
  return (presetOutline(preset, w, h, adjust)?.paths ?? []).flatMap((p) => p.segments.flatMap((s) => (s.op === 'Z' ? [] : [{ x: s.x, y: s.y }])));
}

function odfOutline(preset: string, cx: number, cy: number, modifiers: readonly number[]): { vertices: Pt[]; equations: number } {
  const g = generatedPresetPath(preset, cx, cy);
  if (!g) throw new Error(preset);
  const [, , w = 0, h = 0] = g.viewBox.split(' ').map(Number);
  const paths = evaluateEnhancedPath(g.path, g.viewBox, new Map(g.equations), modifiers, { logWidth: w, logHeight: h, hasFill: true, hasStroke: true });
  return { vertices: odfVertices(paths), equations: g.equations.length };
}

const IN = 914_400;

describe('presets written with equations from their guides', () => {
  it('draw, in ODF terms, every corner of the outline the definition gives (default adjust values)', () => {
    const mismatched: string[] = [];
    for (const preset of presetNames()) {
      const modifiers = presetAdjustDefaults(preset).map((d) => d.value);
      const { vertices } = odfOutline(preset, 2 * IN, IN, modifiers);
      const model = modelVertices(preset, 5080, 2540);
      const missing = vertices.filter((v) => !model.some((m) => Math.abs(m.x - v.x) <= 1 && Math.abs(m.y - v.y) <= 1));
      if (vertices.length === 0 || missing.length > 0) mismatched.push(preset);
    }
    expect(mismatched).toEqual([]);
  });

  it('follow the adjust values given as modifiers (a right-pointing callout with a long head)', () => {
    const preset = 'wedgeRectCallout';
    const { vertices, equations } = odfOutline(preset, 2 * IN, IN, [40_000, -80_000]);
    expect(equations).toBeGreaterThan(10);
    const model = modelVertices(preset, 5080, 2540, { adj1: 40_000, adj2: -80_000 });
    // The wedge's tip: 40% of the width right of the centre, 80% of the height above it.
    expect(model.some((m) => Math.abs(m.x - 4572) < 0.5 && Math.abs(m.y + 762) < 0.5)).toBe(true);
    expect(vertices.some((m) => Math.abs(m.x - 4572) < 0.5 && Math.abs(m.y + 762) < 0.5)).toBe(true);
  });

  it('write sin and cos in radians and guides as ?fN, adjust values as $N', () => {
    const g = generatedPresetPath('chord', 2 * IN, IN);
    const formulas = (g?.equations ?? []).map(([, f]) => f).join(' ');
    expect(formulas).toContain('$0');
    expect(formulas).toContain('pi/10800000');
    expect(formulas).toMatch(/\?f\d+/);
    expect(g?.path).toMatch(/^M \?f\d+ \?f\d+ G /);
  });
});

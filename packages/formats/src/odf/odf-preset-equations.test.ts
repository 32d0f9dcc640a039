/** Presets written to ODF with equations generated from their guides draw the outline the definition gives, in Ostal and in LibreOffice. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { arcToSegments, emptyDeck, presetNames, presetOutline } from '@ostal/model';
import type { CustomPath, Deck, GeometryShape } from '@ostal/model';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { read, write } from '../index.js';
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

describe('presets without an ODF type of their own, in ODP', () => {
  const presets = ['teardrop', 'chord', 'flowChartMerge', 'corner', 'round1Rect', 'pie'];
  const box = (i: number) => ({ x: IN / 2 + (i % 3) * 3 * IN, y: IN / 2 + Math.floor(i / 3) * 3 * IN, cx: 2 * IN, cy: 2 * IN });
  const deck = (): Deck => {
    const shapes: GeometryShape[] = presets.map((geometry, i) => ({ kind: 'shape', id: i + 2, name: geometry, geometry, xfrm: box(i), fill: { kind: 'solid', color: { rgb: '3366CC' } }, line: { fill: { kind: 'none' } } }));
    return { ...emptyDeck(), size: { cx: 10 * IN, cy: 7.5 * IN }, slides: [{ id: 's1', title: '', body: [], notes: '', shapes }] };
  };

  it('are valid ODF 1.3 and keep their preset and adjust values ODP -> Ostal', async () => {
    const d = deck();
    const first = d.slides[0]!.shapes![0] as GeometryShape;
    const withAdjust: Deck = { ...d, slides: [{ ...d.slides[0]!, shapes: [{ ...first, adjust: { adj: 150_000 } }, ...d.slides[0]!.shapes!.slice(1)] }] };
    const odp = await write(withAdjust, 'odp');
    expect(strFromU8(unzipSync(odp)['content.xml']!)).toContain('draw:type="ooxml-teardrop"');
    expect(odfSchemaErrors(odp)).toEqual([]);
    const back = (await read(odp)).document as Deck;
    const shapes = back.slides[0]!.shapes!.filter((s): s is GeometryShape => s.kind === 'shape');
    expect(shapes.map((s) => s.geometry)).toEqual(presets);
    expect(shapes[0]!.adjust).toEqual({ adj: 150_000 });
  });

  it('are drawn by LibreOffice, each filling its box', async () => {
    const pdf = libreofficeConvertBytes(await write(deck(), 'odp'), 'presets.odp', 'pdf');
    // 10 in × 7.5 in at 20 dpi: 200 × 150 pixels, each shape a 40 × 40 square.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ostal-presets-'));
    let ppm: Buffer;
    try {
      writeFileSync(path.join(dir, 'slide.pdf'), pdf);
      execFileSync('pdftoppm', ['-r', '20', '-singlefile', path.join(dir, 'slide.pdf'), path.join(dir, 'slide')], { timeout: 60_000 });
      ppm = readFileSync(path.join(dir, 'slide.ppm'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
    const width = Number(header?.[1]);
    const offset = header?.[0].length ?? 0;
    const blue = (x: number, y: number) => {
      const i = offset + (y * width + x) * 3;
      return (ppm[i] ?? 255) < 120 && (ppm[i + 2] ?? 0) > 150;
    };
    const coverage = presets.map((_, i) => {
      const b = box(i);
      const [x0, y0, n] = [Math.round((b.x / IN) * 20), Math.round((b.y / IN) * 20), 40];
      let hits = 0;
      for (let y = y0; y < y0 + n; y++) for (let x = x0; x < x0 + n; x++) if (blue(x, y)) hits++;
      return hits / (n * n);
    });
    for (const [i, c] of coverage.entries()) expect(c, presets[i]).toBeGreaterThan(0.3);
  });
});

/**
 * Free-form shapes (DrawingML a:custGeom, ODF enhanced paths, svg:d paths and polygons) keep
 * their outline in PPTX, ODP and FODP and across: LibreOffice draws a triangle and a half disc,
 * not their bounding rectangles.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CustomPath, Deck, DeckShape, GeometryShape } from '@ostal/model';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { libreofficeConvert, libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { parsePgm } from '../../../../test/fidelity/harness/pgm.js';
import { read, write } from '../index.js';
import { arcCubics, enhancedPath, pathsOfPoints, pathsOfSvgD } from './custom-geometry.js';
import { evaluateEnhancedPath } from './odf-enhanced-path.js';

const IN = 914_400;
const triangle: CustomPath[] = [
  {
    w: 100,
    h: 100,
    segments: [{ op: 'move', x: 50, y: 0 }, { op: 'line', x: 100, y: 100 }, { op: 'line', x: 0, y: 100 }, { op: 'close' }],
  },
];
/** The upper half of a disc: from the left end, a clockwise half turn over the top. */
const halfDisc: CustomPath[] = [{ w: 200, h: 200, segments: [{ op: 'move', x: 0, y: 100 }, { op: 'arc', wR: 100, hR: 100, stAng: 10_800_000, swAng: 10_800_000 }, { op: 'close' }] }];

const black = { kind: 'solid', color: { rgb: '000000' } } as const;
const shape = (id: number, paths: CustomPath[], x: number): GeometryShape => ({
  kind: 'shape',
  id,
  name: `Forme libre ${String(id)}`,
  geometry: 'custom',
  paths,
  xfrm: { x, y: IN, cx: 4 * IN, cy: 4 * IN },
  fill: black,
  line: { fill: { kind: 'none' } },
});

const deck: Deck = {
  kind: 'deck',
  version: 2,
  meta: {},
  size: { cx: 10 * IN, cy: 6 * IN },
  slides: [{ id: 's1', title: '', body: [], notes: '', shapes: [shape(2, triangle, IN / 2), shape(3, halfDisc, 5 * IN)] }],
};

async function readDeck(bytes: Uint8Array): Promise<Deck> {
  return (await read(bytes)).document as Deck;
}

/** Coordinates as fractions of each path’s space, to 3 places. */
function normalised(paths: readonly CustomPath[] | undefined): unknown {
  const r = (n: number): number => Math.round(n * 1000) / 1000;
  return paths?.map((p) =>
    p.segments.map((s) => {
      const out: Record<string, unknown> = { op: s.op };
      for (const [key, v] of Object.entries(s)) if (typeof v === 'number') out[key] = r(key.startsWith('x') ? v / p.w : v / p.h);
      return out;
    }),
  );
}

function customShapes(d: Deck): GeometryShape[] {
  return (d.slides[0]?.shapes ?? []).filter((s: DeckShape): s is GeometryShape => s.kind === 'shape' && s.geometry === 'custom');
}

/** Grey level (0 black .. 255 white) at fractions of the slide, as LibreOffice renders the file's first slide. */
function rendered(bytes: Uint8Array, name: string): (fx: number, fy: number) => number {
  const pdf = libreofficeConvertBytes(bytes, name, 'pdf');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ostal-geom-'));
  try {
    writeFileSync(path.join(dir, 'slide.pdf'), pdf);
    execFileSync('pdftoppm', ['-gray', '-r', '30', '-f', '1', '-l', '1', path.join(dir, 'slide.pdf'), path.join(dir, 'page')]);
    const file = execFileSync('ls', [dir]).toString().split('\n').find((f) => f.endsWith('.pgm')) ?? '';
    const img = parsePgm(readFileSync(path.join(dir, file)));
    return (fx, fy) => {
      const v = img.pixels[Math.round(fy * (img.height - 1)) * img.width + Math.round(fx * (img.width - 1))] ?? 0;
      return Math.round((v * 255) / img.maxValue);
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Slide fractions of a point at (u, v) of a shape's 4 in box placed at `left` in, 1 in from the top. */
const at = (left: number, u: number, v: number): [number, number] => [(left + 4 * u) / 10, (1 + 4 * v) / 6];

function expectOutlinesDrawn(grey: (fx: number, fy: number) => number): void {
  // Triangle: inside near its base is ink; the top-left corner of its box is not.
  expect(grey(...at(0.5, 0.5, 0.8))).toBeLessThan(80);
  expect(grey(...at(0.5, 0.1, 0.1))).toBeGreaterThan(200);
  // Half disc: its upper middle is ink; its box's lower half and corners are not.
  expect(grey(...at(5, 0.5, 0.25))).toBeLessThan(80);
  expect(grey(...at(5, 0.5, 0.8))).toBeGreaterThan(200);
  expect(grey(...at(5, 0.04, 0.04))).toBeGreaterThan(200);
}

describe('custom shape geometry', { timeout: 240_000 }, () => {
  it('survives a PPTX round trip exactly', async () => {
    const back = customShapes(await readDeck(await write(deck, 'pptx')));
    expect(back.map((s) => s.paths)).toEqual([triangle, halfDisc]);
  });

  it.each(['odp', 'fodp'] as const)('survives a %s round trip (arcs as Béziers) and stays valid ODF', async (format) => {
    const bytes = await write(deck, format);
    expect(odfSchemaErrors(bytes, format === 'fodp')).toEqual([]);
    const back = customShapes(await readDeck(bytes));
    expect(back[0]?.paths).toEqual(triangle);
    expect(back[1]?.paths?.[0]?.segments.map((s) => s.op)).toEqual(['move', 'cubic', 'cubic', 'close']);
    // Round trip through PPTX again keeps the Béziers (in a finer integer space).
    expect(normalised(customShapes(await readDeck(await write(await readDeck(bytes), 'pptx')))[1]?.paths)).toEqual(normalised(back[1]?.paths));
  });

  it.each(['pptx', 'odp'] as const)('is drawn by LibreOffice from the %s Ostal wrote, not as rectangles', async (format) => {
    expectOutlinesDrawn(rendered(await write(deck, format), `forme.${format}`));
  });

  it('is drawn from an ODP converted from PPTX, and from LibreOffice’s own free forms', async () => {
    const fromPptx = await readDeck(await write(await readDeck(await write(deck, 'pptx')), 'odp'));
    expectOutlinesDrawn(rendered(await write(fromPptx, 'pptx'), 'forme.pptx'));
    // LibreOffice's own conversion: its enhanced paths are read back as paths.
    const flat = libreofficeConvert(await write(deck, 'pptx'), 'forme.pptx', 'fodp');
    const lo = customShapes(await readDeck(strToU8(flat)));
    expect(lo).toHaveLength(2);
    expect(lo[0]?.paths).toEqual(triangle);
    // LibreOffice writes arcs with formulas (drawooo:enhanced-path "G ?f2 ?f3"): evaluated, they are the arc again.
    expect(normalised(lo[1]?.paths)).toEqual(normalised(halfDisc));
  });

  it('reads ODF svg:d paths, polygons and plain enhanced paths, and refuses unknown commands', () => {
    expect(pathsOfSvgD('m10 10 h80 v80 l-80 0 z', '0 0 100 100')).toEqual([
      {
        w: 100,
        h: 100,
        segments: [{ op: 'move', x: 10, y: 10 }, { op: 'line', x: 90, y: 10 }, { op: 'line', x: 90, y: 90 }, { op: 'line', x: 10, y: 90 }, { op: 'close' }],
      },
    ]);
    expect(pathsOfSvgD('M 0 0 A 5 5 0 0 1 10 10', '0 0 10 10')).toBeUndefined();
    expect(pathsOfPoints('100,100 200,100 150,200', '100 100 100 100', true)?.[0]?.segments).toEqual([
      { op: 'move', x: 0, y: 0 },
      { op: 'line', x: 100, y: 0 },
      { op: 'line', x: 50, y: 100 },
      { op: 'close' },
    ]);
    expect(pathsOfPoints('0,0 10,10', '0 0 10 10', false)?.[0]?.fill).toBe(false);
    expect(evaluateEnhancedPath('M 0 0 L 10 10 F S N M 0 10 L 10 0 N', '0 0 10 10', new Map(), [], { logWidth: 1, logHeight: 1 })).toEqual([
      { w: 10, h: 10, fill: false, stroke: false, segments: [{ op: 'move', x: 0, y: 0 }, { op: 'line', x: 10, y: 10 }] },
      { w: 10, h: 10, segments: [{ op: 'move', x: 0, y: 10 }, { op: 'line', x: 10, y: 0 }] },
    ]);
    expect(enhancedPath(triangle)).toEqual({ viewBox: '0 0 100 100', path: 'M 50 0 L 100 100 L 0 100 Z N' });
  });

  it('turns arcs into Béziers that end where the arc ends', () => {
    const { cubics, end } = arcCubics({ x: 0, y: 100 }, 100, 100, 10_800_000, 10_800_000);
    expect(cubics).toHaveLength(2);
    expect(end.x).toBeCloseTo(200, 6);
    expect(end.y).toBeCloseTo(100, 6);
    const mid = cubics[0];
    expect(mid?.op === 'cubic' ? [mid.x, mid.y] : []).toEqual([expect.closeTo(100, 6), expect.closeTo(0, 6)]);
  });
});

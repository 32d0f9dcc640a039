/**
 * LibreOffice's shapes drawn with formulas and arcs (draw:equation, draw:modifiers, ?f / $
 * parameters, A B W V T U X Y G) become plain outlines: the evaluator follows ODF 1.3's formula
 * language, arcs turn the way LibreOffice draws them (checked against its own PPTX export), and
 * bad formulas give one plain sentence, never a crash.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CustomPath, Deck, GeometryShape, PathSegment } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';
import { parsePgm } from '../../../../test/fidelity/harness/pgm.js';
import { read, write } from '../index.js';
import { evaluateEnhancedPath } from './odf-enhanced-path.js';
import { FormulaError, FormulaEvaluator, parseFormula } from './odf-formula.js';

const frame = (equations: Record<string, string> = {}, modifiers: number[] = []): FormulaEvaluator =>
  new FormulaEvaluator({ left: 0, top: 0, right: 21600, bottom: 10800, logwidth: 5000, logheight: 2500, modifiers, equations: new Map(Object.entries(equations)) });

const reasonOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return e instanceof FormulaError ? `${e.reason}: ${e.message}` : `not a FormulaError: ${String(e)}`;
  }
  return 'no error';
};

/** The points a path passes through (ends of segments), rounded to units. */
function ends(p: CustomPath | undefined): [number, number][] {
  return (p?.segments ?? []).flatMap((s: PathSegment): [number, number][] => ('x' in s ? [[Math.round(s.x), Math.round(s.y)]] : []));
}

describe('draw:formula evaluation', () => {
  it('follows precedence, functions and the identifiers of the shape', () => {
    const ev = frame({ f0: '$0 -14510', f1: '18520-?f0 ', f2: 'if(?f0-5000, 1, 2)' }, [18520]);
    expect(ev.value('2+3*4-(1+1)/2')).toBe(13);
    expect(ev.value('-2*-3')).toBe(6);
    expect(ev.value('width/2+height-left-top')).toBe(21600 / 2 + 10800);
    expect(ev.value('logwidth*2+logheight')).toBe(12500);
    expect(ev.value('right-bottom+hasfill+hasstroke')).toBe(10802);
    expect(ev.value('max(3,min(10,7))+abs(-2)+sqrt(16)')).toBe(13);
    expect(ev.value('atan2(1,1)*4')).toBeCloseTo(Math.PI, 12);
    expect(ev.value('sin(pi/2)+cos(0)+tan(0)+atan(0)')).toBeCloseTo(2, 12);
    expect(ev.value('?f1')).toBe(18520 - 4010);
    expect(ev.value('?f2')).toBe(2);
    expect(ev.value('$3')).toBe(0);
  });

  it('evaluates only the branch of if() that is taken', () => {
    const ev = frame({ zero: '0', bad: '1/?zero', good: 'if(?zero, ?bad, 7)' });
    expect(ev.value('?good')).toBe(7);
    expect(reasonOf(() => ev.value('?bad'))).toMatch(/^not-a-number: Equation "bad"/);
  });

  it('names cycles, unknown names and garbage in one sentence', () => {
    expect(reasonOf(() => frame({ f0: '?f1+1', f1: '?f2', f2: '?f0' }).value('?f0'))).toBe('cycle: Equations refer to each other in a cycle: f0 → f1 → f2 → f0.');
    expect(reasonOf(() => frame({ f0: '?f0' }).value('?f0'))).toBe('cycle: Equations refer to each other in a cycle: f0 → f0.');
    expect(reasonOf(() => frame().value('?f9'))).toBe('unknown-name: The shape has no equation "f9".');
    expect(reasonOf(() => frame().value('window.alert(1)'))).toMatch(/^(syntax|unknown-name): /);
    expect(reasonOf(() => frame().value('3 +* 4'))).toMatch(/^syntax: /);
    expect(reasonOf(() => frame().value('max(1)'))).toMatch(/^syntax: Expected ","/);
    expect(reasonOf(() => frame().value('sqrt(-1)'))).toMatch(/^not-a-number: /);
    expect(reasonOf(() => parseFormula(`${'('.repeat(500)}1${')'.repeat(500)}`))).toMatch(/^too-deep: /);
  });

  it('evaluates a chain of thousands of equations without overflowing the stack', () => {
    const eqs: Record<string, string> = { f0: '1' };
    for (let i = 1; i < 4000; i++) eqs[`f${String(i)}`] = `?f${String(i - 1)}+1`;
    expect(frame(eqs).value('?f3999')).toBe(4000);
  });
});

describe('draw:enhanced-path evaluation', () => {
  const size = { logWidth: 1000, logHeight: 1000 };
  const path = (d: string, eq: Record<string, string> = {}, mods: number[] = []): CustomPath[] => evaluateEnhancedPath(d, '0 0 21600 21600', new Map(Object.entries(eq)), mods, size);

  it('turns arcs the way LibreOffice draws them', () => {
    // A: counter-clockwise from the left point to the top one, three quarters of a turn through the bottom.
    const a = path('M 0 10800 A 0 0 21600 21600 0 10800 10800 0 N')[0];
    expect(ends(a)).toEqual([[0, 10800], [0, 10800], [10800, 21600], [21600, 10800], [10800, 0]]);
    // W: clockwise, a quarter over the top-left.
    expect(ends(path('M 0 10800 W 0 0 21600 21600 0 10800 10800 0 N')[0])).toEqual([[0, 10800], [0, 10800], [10800, 0]]);
    // T: a line to the start, then clockwise from 0° (right) to 90° (bottom); U starts a new sub-path.
    expect(ends(path('M 10800 10800 T 10800 10800 10800 5400 0 90 N')[0])).toEqual([[10800, 10800], [21600, 10800], [10800, 16200]]);
    expect(ends(path('M 10800 10800 T 10800 10800 10800 5400 90 0 N')[0]).slice(1)).toEqual([[10800, 16200], [0, 10800], [10800, 5400], [21600, 10800]]);
    const u = path('M 0 0 L 5 5 U 10800 10800 5000 5000 270 360 N')[0];
    expect(u?.segments.map((s) => s.op)).toEqual(['move', 'line', 'move', 'cubic']);
    expect(ends(u).slice(2)).toEqual([[10800, 5800], [15800, 10800]]);
    // B: bounding box and radial vectors, counter-clockwise from 0° to the bottom point.
    expect(ends(path('B 0 0 21600 10800 21600 5400 10800 10800 N')[0])).toEqual([[21600, 5400], [10800, 0], [0, 5400], [10800, 10800]]);
    // X then Y: quarter ellipses, first leaving horizontally.
    const xy = path('M 0 10800 X 10800 0 Y 21600 10800 N')[0]?.segments;
    expect(xy?.[1]).toMatchObject({ op: 'cubic', y1: 10800, x2: 10800, x: 10800, y: 0 });
    expect(xy?.[2]).toMatchObject({ op: 'cubic', x1: 10800, y2: 10800, x: 21600, y: 10800 });
  });

  it('draws a full circle for U over 360°, and keeps LibreOffice’s G arcs as arcs', () => {
    const circle = path('U 10800 10800 10800 10800 0 360 Z N')[0];
    expect(circle?.segments.filter((s) => s.op === 'cubic')).toHaveLength(4);
    expect(ends(circle).at(-1)).toEqual([21600, 10800]);
    expect(path('M 0 10800 G 10800 10800 180 180 Z N')[0]?.segments).toEqual([{ op: 'move', x: 0, y: 10800 }, { op: 'arc', wR: 10800, hR: 10800, stAng: 10_800_000, swAng: 10_800_000 }, { op: 'close' }]);
  });

  it('evaluates a LibreOffice callout with modifiers and equations (ba-4waycallout)', () => {
    const eq = { f0: '14000-$0', f1: '14000-$3', f2: '14000-$2', f3: '14000-$1' };
    const [p] = evaluateEnhancedPath('M $2 $2 L $0 $2 $0 $1 $3 $1 7000 0 ?f1 $1 ?f0 $1 ?f0 $2 Z N', '0 0 14000 14000', new Map(Object.entries(eq)), [5000, 2000, 4000, 4000], size);
    expect(p?.w).toBe(14000);
    expect(ends(p)).toEqual([[4000, 4000], [5000, 4000], [5000, 2000], [4000, 2000], [7000, 0], [10000, 2000], [9000, 2000], [9000, 4000]]);
  });

  it('uses the shape’s size in 1/100 mm when the view box is empty, and honours F, S and the view box origin', () => {
    const [p] = evaluateEnhancedPath('M 0 0 L ?f3 0 ?f3 ?f2 0 ?f2 Z N', '0 0 0 0', new Map([['f2', 'logheight'], ['f3', 'logwidth']]), [], { logWidth: 19997, logHeight: 2001 });
    expect(p).toMatchObject({ w: 19997, h: 2001 });
    expect(ends(p)).toEqual([[0, 0], [19997, 0], [19997, 2001], [0, 2001]]);
    const [q] = evaluateEnhancedPath('M 100 100 L 200 200 F S N', '100 100 100 100', new Map(), [], size);
    expect(q).toEqual({ w: 100, h: 100, fill: false, stroke: false, segments: [{ op: 'move', x: 0, y: 0 }, { op: 'line', x: 100, y: 100 }] });
  });

  it('refuses unknown commands and missing parameters with a clear reason', () => {
    expect(reasonOf(() => path('M 0 0 K 5 5 N'))).toBe('syntax: Unknown command "K" in the enhanced path.');
    expect(reasonOf(() => path('M 0 0 C 1 2 3 N'))).toBe('syntax: Command "C" needs 6 parameters in the enhanced path.');
    expect(reasonOf(() => path('M 0 ?f0 N', { f0: '?f0*2' }))).toMatch(/^cycle: /);
  });
});

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" ' +
  'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"';

/** A flat ODP with the given draw:custom-shape elements on its only page. */
function fodpWithShapes(shapes: string): Uint8Array {
  return new TextEncoder().encode(
    `<?xml version="1.0"?><office:document ${NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.presentation">` +
      '<office:automatic-styles><style:page-layout style:name="PM1"><style:page-layout-properties fo:page-width="10in" fo:page-height="6in"/></style:page-layout>' +
      '<style:style style:name="gr1" style:family="graphic"><style:graphic-properties draw:fill="solid" draw:fill-color="#000000" draw:stroke="none"/></style:style></office:automatic-styles>' +
      '<office:master-styles><style:master-page style:name="M" style:page-layout-name="PM1"/></office:master-styles>' +
      `<office:body><office:presentation><draw:page draw:name="p1" draw:master-page-name="M">${shapes}</draw:page></office:presentation></office:body></office:document>`,
  );
}

/** LibreOffice's smiley mouth uses equations of a modifier; its callout has no DrawingML preset. */
const CALLOUT =
  '<draw:custom-shape draw:name="Callout" draw:style-name="gr1" svg:width="4in" svg:height="4in" svg:x="0.5in" svg:y="1in"><text:p/>' +
  '<draw:enhanced-geometry svg:viewBox="0 0 14000 14000" draw:type="ba-4waycallout" draw:modifiers="5000 2000 4000 4000" draw:enhanced-path="M $2 $2 L $0 $2 $0 $1 $3 $1 7000 0 ?f1 $1 ?f0 $1 ?f0 $2 ?f2 $2 ?f2 $0 ?f3 $0 ?f3 $3 14000 7000 ?f3 ?f1 ?f3 ?f0 ?f2 ?f0 ?f2 ?f2 ?f0 ?f2 ?f0 ?f3 ?f1 ?f3 7000 14000 $3 ?f3 $0 ?f3 $0 ?f2 $2 ?f2 $2 ?f0 $1 ?f0 $1 ?f1 0 7000 $1 $3 $1 $0 $2 $0 Z N">' +
  '<draw:equation draw:name="f0" draw:formula="14000-$0"/><draw:equation draw:name="f1" draw:formula="14000-$3"/><draw:equation draw:name="f2" draw:formula="14000-$2"/><draw:equation draw:name="f3" draw:formula="14000-$1"/>' +
  '<draw:handle draw:handle-position="0 $2" draw:handle-range-y-minimum="$1" draw:handle-range-y-maximum="$3"/></draw:enhanced-geometry></draw:custom-shape>';

/** A half disc drawn by a clockwise arc (W) over the top, from a non-primitive free form. */
const HALF_DISC =
  '<draw:custom-shape draw:name="Arc" draw:style-name="gr1" svg:width="4in" svg:height="4in" svg:x="5in" svg:y="1in"><text:p/>' +
  '<draw:enhanced-geometry svg:viewBox="0 0 21600 21600" draw:type="non-primitive" draw:enhanced-path="M 0 ?f0 W 0 0 21600 21600 0 ?f0 21600 ?f0 Z N">' +
  '<draw:equation draw:name="f0" draw:formula="height/2"/></draw:enhanced-geometry></draw:custom-shape>';

describe('ODP custom shapes with formulas', () => {
  it('read as outlines; a broken one stays a custom shape and is reported', async () => {
    const broken =
      '<draw:custom-shape draw:name="Broken" draw:style-name="gr1" svg:width="1in" svg:height="1in" svg:x="0in" svg:y="0in">' +
      '<draw:enhanced-geometry svg:viewBox="0 0 10 10" draw:type="mso-spt100" draw:enhanced-path="M ?a 0 L 10 10 N"><draw:equation draw:name="a" draw:formula="?b"/><draw:equation draw:name="b" draw:formula="?a"/></draw:enhanced-geometry></draw:custom-shape>';
    const r = await read(fodpWithShapes(CALLOUT + HALF_DISC + broken));
    const shapes = ((r.document as Deck).slides[0]?.shapes ?? []) as GeometryShape[];
    expect(shapes.map((s) => [s.geometry, s.paths?.length ?? 0])).toEqual([['custom', 1], ['custom', 1], ['custom', 0]]);
    expect(ends(shapes[1]?.paths?.[0])).toEqual([[0, 10800], [0, 10800], [10800, 0], [21600, 10800]]);
    const d = r.diagnostics.find((x) => x.code === 'shape-formula-invalid');
    expect(d?.message).toBe('1 free-form shape(s) were kept as rectangles, their outline formulas could not be evaluated: Equations refer to each other in a cycle: a → b → a.');
  });
});

/** Grey level (0 black .. 255 white) at fractions of the first slide, as LibreOffice renders `bytes`. */
function rendered(bytes: Uint8Array, name: string): (fx: number, fy: number) => number {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ostal-formula-'));
  try {
    writeFileSync(path.join(dir, 'slide.pdf'), libreofficeConvertBytes(bytes, name, 'pdf'));
    execFileSync('pdftoppm', ['-gray', '-r', '30', '-f', '1', '-l', '1', path.join(dir, 'slide.pdf'), path.join(dir, 'page')]);
    const img = parsePgm(readFileSync(path.join(dir, readdirSync(dir).find((f) => f.endsWith('.pgm')) ?? '')));
    return (fx, fy) => Math.round(((img.pixels[Math.round(fy * (img.height - 1)) * img.width + Math.round(fx * (img.width - 1))] ?? 0) * 255) / img.maxValue);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('LibreOffice draws the converted formula shapes', { timeout: 240_000 }, () => {
  it.each(['pptx', 'odp'] as const)('from the %s Ostal wrote, as outlines and not as rectangles', async (format) => {
    const deck = (await read(fodpWithShapes(CALLOUT + HALF_DISC))).document as Deck;
    const grey = rendered(await write(deck, format), `formes.${format}`);
    // Slide 10 x 6 in; both boxes 4 in square, 1 in from the top, at 0.5 in and 5 in.
    const at = (left: number, u: number, v: number): [number, number] => [(left + 4 * u) / 10, (1 + 4 * v) / 6];
    // Callout: its centre and arrow shafts are ink, the corners of its box are not.
    expect(grey(...at(0.5, 0.5, 0.5))).toBeLessThan(80);
    expect(grey(...at(0.5, 0.5, 0.08))).toBeLessThan(80);
    expect(grey(...at(0.5, 0.1, 0.1))).toBeGreaterThan(200);
    expect(grey(...at(0.5, 0.9, 0.9))).toBeGreaterThan(200);
    // Half disc: its upper middle is ink, its lower half and top corners are not.
    expect(grey(...at(5, 0.5, 0.25))).toBeLessThan(80);
    expect(grey(...at(5, 0.5, 0.8))).toBeGreaterThan(200);
    expect(grey(...at(5, 0.04, 0.04))).toBeGreaterThan(200);
  });
});

/** Presets written to ODP with a path of their own (the trapezoid, stars): what the ODP says, and both round trips. */
import { emptyDeck } from '@ostal/model';
import type { Deck, GeometryShape } from '@ostal/model';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseXml } from '../xml/xml-parser.js';
import { childElement, childElements } from '../xml/xml-tree.js';
import { NS } from '../xml/namespaces.js';
import { read, write } from '../index.js';
import { enhancedGeometryPaths } from '../slides/odf-enhanced-path.js';

const IN = 914_400;

function deckOf(adjust: Record<string, number> | undefined, cx = 2 * IN, cy = IN, geometry = 'trapezoid'): Deck {
  const shape: GeometryShape = { kind: 'shape', id: 1, name: 'Forme', geometry, ...(adjust ? { adjust } : {}), xfrm: { x: IN, y: IN, cx, cy }, fill: { kind: 'solid', color: { rgb: '3366CC' } } };
  return { ...emptyDeck(), slides: [{ id: 's1', title: '', body: [], notes: '', shapes: [shape] }] };
}

const shapeOf = (d: Deck): GeometryShape => d.slides[0]!.shapes!.find((s): s is GeometryShape => s.kind === 'shape')!;

describe('the trapezoid in ODP', () => {
  it('is written as ooxml-trapezoid, its adjust value the modifier, with a path whose top is inset by min(w, h) × adj', async () => {
    const odp = await write(deckOf({ adj: 40_000 }), 'odp');
    const content = parseXml(strFromU8(unzipSync(odp)['content.xml']!), { part: 'content.xml', maxDepth: 200 });
    const find = (el: typeof content): typeof content | undefined => (el.local === 'enhanced-geometry' ? el : childElements(el).map(find).find(Boolean));
    const geo = find(content)!;
    expect(geo.attrs.get(`{${NS.draw}}type`)).toBe('ooxml-trapezoid');
    expect(geo.attrs.get(`{${NS.draw}}modifiers`)).toBe('40000');
    expect(childElement(geo, NS.draw, 'equation')).toBeDefined();
    // Evaluated (2 in × 1 in = 5080 × 2540 hundredths of a mm): the top runs from 0.4 in to 1.6 in.
    const paths = enhancedGeometryPaths(geo, { logWidth: 5080, logHeight: 2540, hasFill: true, hasStroke: true }, geo.attrs.get(`{${NS.svg}}viewBox`));
    const points = JSON.stringify(paths);
    expect(points).toContain('1016');
    expect(points).toContain('4064');
  });

  it('keeps its adjust value PPTX -> ODP -> PPTX and ODP -> PPTX -> ODP, the default included', async () => {
    for (const adjust of [{ adj: 75_000 }, undefined]) {
      const deck = deckOf(adjust, 2 * IN, 1.5 * IN);
      const viaOdp = (await read(await write((await read(await write(deck, 'pptx'))).document, 'odp'))).document as Deck;
      expect(shapeOf(viaOdp).adjust).toEqual(adjust);
      expect(shapeOf((await read(await write(viaOdp, 'pptx'))).document as Deck).adjust).toEqual(adjust);
      const odp = await write(deck, 'odp');
      const back = (await read(await write((await read(odp)).document, 'pptx'))).document as Deck;
      expect(shapeOf(back)).toMatchObject({ geometry: 'trapezoid' });
      expect(strFromU8(unzipSync(await write(back, 'odp'))['content.xml']!).match(/draw:modifiers="[^"]*"/g)).toEqual(strFromU8(unzipSync(odp)['content.xml']!).match(/draw:modifiers="[^"]*"/g));
    }
  });

  it('LibreOffice’s own trapezoid type still reads as the preset', async () => {
    const files = unzipSync(await write(deckOf({ adj: 40_000 }), 'odp'));
    files['content.xml'] = new TextEncoder().encode(strFromU8(files['content.xml']!).replace('draw:type="ooxml-trapezoid"', 'draw:type="trapezoid"'));
    const { zipSync } = await import('fflate');
    expect(shapeOf((await read(zipSync(files), { format: 'odp' })).document as Deck).geometry).toBe('trapezoid');
  });

  it('stars of 5 to 32 points keep adj (and hf, vf) both ways', async () => {
    const stars: [string, Record<string, number> | undefined][] = [
      ['star5', { adj: 12_000, hf: 110_000 }],
      ['star6', { adj: 20_000 }],
      ['star7', undefined],
      ['star10', { adj: 30_000 }],
      ['star12', { adj: 10_000 }],
      ['star16', undefined],
      ['star32', { adj: 45_000 }],
    ];
    for (const [geometry, adjust] of stars) {
      const deck = deckOf(adjust, 2 * IN, 1.5 * IN, geometry);
      const odp = await write(deck, 'odp');
      const content = strFromU8(unzipSync(odp)['content.xml']!);
      expect(content).toContain(`draw:type="ooxml-${geometry}"`);
      const fromOdp = (await read(odp)).document as Deck;
      expect([geometry, shapeOf(fromOdp).geometry, shapeOf(fromOdp).adjust]).toEqual([geometry, geometry, adjust]);
      expect(shapeOf((await read(await write(fromOdp, 'pptx'))).document as Deck).adjust).toEqual(adjust);
      const viaPptx = (await read(await write(deck, 'pptx'))).document as Deck;
      expect(strFromU8(unzipSync(await write(viaPptx, 'odp'))['content.xml']!).match(/draw:modifiers="[^"]*"/g)).toEqual(content.match(/draw:modifiers="[^"]*"/g));
    }
  });

  it('a six-point star’s path: its top point at the top middle, its inner points at adj / 50000 of the outer ellipse', async () => {
    const content = parseXml(strFromU8(unzipSync(await write(deckOf({ adj: 25_000 }, 2 * IN, IN, 'star6'), 'odp'))['content.xml']!), { part: 'content.xml', maxDepth: 200 });
    const find = (el: typeof content): typeof content | undefined => (el.local === 'enhanced-geometry' ? el : childElements(el).map(find).find(Boolean));
    const geo = find(content)!;
    const paths = enhancedGeometryPaths(geo, { logWidth: 5080, logHeight: 2540, hasFill: true, hasStroke: true }, geo.attrs.get(`{${NS.svg}}viewBox`))!;
    const points = JSON.stringify(paths);
    // Top point (2540, 0); the inner point at -60°: 2540 + 2540 × 1.1547 × 0.5 × 0.5, 1270 − 1270 × 0.5 × 0.866.
    expect(points).toMatch(/2540\D+0\D/);
    expect(points).toContain('3273');
    expect(points).toContain('720');
  });
});

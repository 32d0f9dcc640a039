/**
 * ODF shape types of their own (round-rectangle, right-arrow, rectangular-callout…) and their
 * draw:modifiers <-> DrawingML presets and a:avLst. The expected values are those LibreOffice 7.4
 * writes when it saves an ODP with these shapes as PPTX (the reference), except where noted; that
 * LibreOffice draws the two alike is checked in slides-preset-adjust.test.ts.
 */
import { emptyDeck } from '@ostal/model';
import type { Deck, GeometryShape } from '@ostal/model';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { read, write } from '../index.js';
import { adjustOfTypeModifiers, typeModifiersOfAdjust } from './odf-type-modifiers.js';

const WIDE = { cx: 2, cy: 1 };
const TALL = { cx: 1, cy: 2 };

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" ' +
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" ' +
  'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"';

/** A flat ODP page of 2 in × 1 in custom shapes, one per enhanced-geometry given. */
function fodp(geometries: readonly string[]): Uint8Array {
  const shapes = geometries.map((g, i) => `<draw:custom-shape draw:name="s${String(i)}" svg:x="${String(i * 3)}in" svg:y="1in" svg:width="2in" svg:height="1in">${g}</draw:custom-shape>`).join('');
  return new TextEncoder().encode(
    `<?xml version="1.0"?><office:document ${NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.presentation">` +
      '<office:automatic-styles><style:page-layout style:name="PM"><style:page-layout-properties fo:page-width="10in" fo:page-height="7.5in"/></style:page-layout></office:automatic-styles>' +
      '<office:master-styles><style:master-page style:name="M" style:page-layout-name="PM"/></office:master-styles>' +
      `<office:body><office:presentation><draw:page draw:name="p1" draw:master-page-name="M">${shapes}</draw:page></office:presentation></office:body></office:document>`,
  );
}

describe('ODF shape types and their modifiers', () => {
  it('give the adjust values LibreOffice gives them in PPTX, the shape’s proportions counted', () => {
    expect(adjustOfTypeModifiers('round-rectangle', '5400', WIDE)).toEqual({ adj: 25_000 });
    expect(adjustOfTypeModifiers('right-arrow', '10000 3000', WIDE)).toEqual({ adj1: 72_222, adj2: 107_407 });
    expect(adjustOfTypeModifiers('left-arrow', '8000 3000', WIDE)).toEqual({ adj1: 72_222, adj2: 74_074 });
    // Up and down arrows: the first modifier is the head's height, the second the shaft's left side.
    expect(adjustOfTypeModifiers('up-arrow', '3000 8000', WIDE)).toEqual({ adj1: 25_926, adj2: 13_889 });
    expect(adjustOfTypeModifiers('down-arrow', '3000 8000', WIDE)).toEqual({ adj1: 25_926, adj2: 86_111 });
    expect(adjustOfTypeModifiers('left-right-arrow', '6000 4000', WIDE)).toEqual({ adj1: 62_963, adj2: 55_556 });
    expect(adjustOfTypeModifiers('up-down-arrow', '4000 6000', WIDE)).toEqual({ adj1: 62_963, adj2: 27_778 });
    expect(adjustOfTypeModifiers('can', '8000', WIDE)).toEqual({ adj: 37_037 });
    expect(adjustOfTypeModifiers('hexagon', '8000', WIDE)).toEqual({ adj: 74_074 });
    expect(adjustOfTypeModifiers('parallelogram', '8000', WIDE)).toEqual({ adj: 74_074 });
    expect(adjustOfTypeModifiers('isosceles-triangle', '4000', WIDE)).toEqual({ adj: 18_519 });
    expect(adjustOfTypeModifiers('sun', '7000', WIDE)).toEqual({ adj: 32_407 });
    // LibreOffice truncates (-68518, 25925); Ostal rounds.
    expect(adjustOfTypeModifiers('rectangular-callout', '-4000 26000', WIDE)).toEqual({ adj1: -68_519, adj2: 70_370 });
    expect(adjustOfTypeModifiers('paper', '16000', WIDE)).toEqual({ adj: 25_926 });
    // LibreOffice exports these with the same share whatever the shape's proportions; a tall can
    // or hexagon has twice the share of its shorter side.
    expect(adjustOfTypeModifiers('can', '8000', TALL)).toEqual({ adj: 74_074 });
    expect(adjustOfTypeModifiers('pentagon-right', '12000', WIDE)).toEqual({ adj: 88_889 });
    // Values equal to the preset's defaults are not kept; too few modifiers, or other types, say nothing.
    expect(adjustOfTypeModifiers('right-arrow', '10800 5400', { cx: 1, cy: 1 })).toBeUndefined();
    expect(adjustOfTypeModifiers('right-arrow', '10000', WIDE)).toBeUndefined();
    expect(adjustOfTypeModifiers('star5', '4000', WIDE)).toBeUndefined();
    expect(adjustOfTypeModifiers('round-rectangle', undefined, WIDE)).toBeUndefined();
  });

  it('are written back as they were read, and from the preset’s defaults when the shape has none', () => {
    const cases: [string, string, string, { cx: number; cy: number }][] = [
      ['round-rectangle', 'roundRect', '5400', WIDE],
      ['right-arrow', 'rightArrow', '10000 3000', WIDE],
      ['up-arrow', 'upArrow', '3000 8000', TALL],
      ['down-arrow', 'downArrow', '15000 7000', TALL],
      ['up-down-arrow', 'upDownArrow', '4000 6000', TALL],
      ['round-callout', 'wedgeEllipseCallout', '-4000 26000', WIDE],
      ['chevron', 'chevron', '12000', TALL],
      ['can', 'can', '3000', TALL],
      ['left-brace', 'leftBrace', '1200 15000', TALL],
      ['striped-right-arrow', 'stripedRightArrow', '12000 4000', WIDE],
    ];
    for (const [type, preset, modifiers, size] of cases) expect(typeModifiersOfAdjust(type, preset, adjustOfTypeModifiers(type, modifiers, size), size)).toBe(modifiers);
    // DrawingML's right arrow: shaft half the height, head as long as half the shorter side.
    expect(typeModifiersOfAdjust('right-arrow', 'rightArrow', undefined, WIDE)).toBe('16200 5400');
    expect(typeModifiersOfAdjust('right-arrow', 'rightArrow', {}, { cx: 1, cy: 1 })).toBe('10800 5400');
    // Kept within the modifiers' ranges, as DrawingML pins its adjust values: heads meet in the middle.
    expect(typeModifiersOfAdjust('left-right-arrow', 'leftRightArrow', { adj2: 70_000 }, TALL)).toBe('10800 5400');
    expect(typeModifiersOfAdjust('right-arrow', 'leftArrow', { adj1: 1 }, WIDE)).toBeUndefined();
  });

  it('read the defaults they were written from as no adjust values, though rounded to the 21600 box', () => {
    // A right arrow of Word's proportions: its default shaft (adj2 50000) is written as 5400 of the box, read as 50002.
    const size = { cx: 2149522, cy: 1207827 };
    for (const [type, preset] of [['right-arrow', 'rightArrow'], ['round-rectangle', 'roundRect'], ['up-down-arrow', 'upDownArrow']] as const) {
      expect(adjustOfTypeModifiers(type, typeModifiersOfAdjust(type, preset, undefined, size), size), type).toBeUndefined();
    }
    expect(adjustOfTypeModifiers('right-arrow', typeModifiersOfAdjust('right-arrow', 'rightArrow', { adj1: 30_000 }, size), size)).toEqual({ adj1: 30_000 });
  });

  it('convert stars, block arcs and arrow callouts as LibreOffice does, and back', () => {
    // ODP modifiers (a 2 × 1 box) -> a:avLst. Reference: LibreOffice 7.4 saving such an ODP as PPTX
    // (it truncates, 35188 for 35185; its up arrow callout's adj4 counts the body from the top, 83330:
    // what it then draws from that PPTX is not the ODP's shape, as slides-preset-adjust.test.ts shows).
    const read: [string, string, Record<string, number> | undefined][] = [
      ['right-arrow-callout', '12000 4000 17000 7000', { adj1: 35_185, adj2: 31_481, adj3: 42_593, adj4: 55_556 }],
      ['left-arrow-callout', '9000 4000 2000 7000', { adj1: 35_185, adj2: 31_481, adj3: 18_519, adj4: 58_333 }],
      ['up-arrow-callout', '9000 4000 2000 7000', { adj1: 70_370, adj2: 62_963, adj3: 9_259, adj4: 58_333 }],
      ['down-arrow-callout', '12000 4000 17000 7000', { adj1: 70_370, adj2: 62_963, adj3: 21_296, adj4: 55_556 }],
      ['left-right-arrow-callout', '6000 4000 2000 7000', { adj1: 35_185, adj2: 31_481, adj3: 18_519, adj4: 44_444 }],
      ['quad-arrow-callout', '6000 7000 2000 9000', { adj1: 16_667, adj2: 17_593, adj3: 9_259, adj4: 44_444 }],
      ['block-arc', '90 3000', { adj1: 5_400_000, adj2: 5_400_000, adj3: 36_111 }],
      ['block-arc', '180 5400', undefined],
      // Stars: the inner radius, (10800 − m) / 10800 of the outer one, is adj / 50000 in DrawingML.
      ['star4', '4000', { adj: 31_481 }],
      ['star4', '8100', undefined],
      ['star8', '5400', { adj: 25_000 }],
      ['star24', '2700', undefined],
    ];
    for (const [type, modifiers, adjust] of read) expect([type, adjustOfTypeModifiers(type, modifiers, WIDE)]).toEqual([type, adjust]);
  });

  it('keep stars, block arcs and arrow callouts both ways: PPTX -> ODP -> PPTX and ODP -> PPTX -> ODP', () => {
    const cases: [string, string, Record<string, number>, string, { cx: number; cy: number }][] = [
      ['star4', 'star4', { adj: 30_000 }, '4320', WIDE],
      ['star8', 'star8', { adj: 20_000 }, '6480', TALL],
      ['star24', 'star24', { adj: 45_000 }, '1080', WIDE],
      ['block-arc', 'blockArc', { adj1: 12_600_000, adj2: 19_800_000, adj3: 15_000 }, '210 7560', WIDE],
      ['block-arc', 'blockArc', { adj1: 12_345_678, adj2: 20_054_322 }, '205.7613 5400', WIDE],
      ['right-arrow-callout', 'rightArrowCallout', { adj1: 20_000, adj2: 30_000, adj3: 40_000, adj4: 55_000 }, '11880 4320 17280 8640', WIDE],
      ['left-arrow-callout', 'leftArrowCallout', { adj1: 20_000, adj2: 30_000, adj3: 40_000, adj4: 55_000 }, '9720 4320 4320 8640', WIDE],
      ['up-arrow-callout', 'upArrowCallout', { adj1: 20_000, adj2: 30_000, adj3: 40_000, adj4: 55_000 }, '9720 4320 4320 8640', TALL],
      ['down-arrow-callout', 'downArrowCallout', { adj1: 20_000, adj2: 30_000, adj3: 40_000, adj4: 55_000 }, '11880 4320 17280 8640', TALL],
      ['left-right-arrow-callout', 'leftRightArrowCallout', { adj1: 20_000, adj2: 30_000, adj3: 20_000, adj4: 55_000 }, '4860 4320 2160 8640', WIDE],
      ['quad-arrow-callout', 'quadArrowCallout', { adj1: 20_000, adj2: 25_000, adj3: 20_000, adj4: 50_000 }, '5400 5400 4320 8640', { cx: 1, cy: 1 }],
    ];
    for (const [type, preset, adjust, modifiers, size] of cases) {
      // PPTX -> ODP -> PPTX: the a:avLst gives the modifiers, which give it back.
      expect([preset, typeModifiersOfAdjust(type, preset, adjust, size)]).toEqual([preset, modifiers]);
      expect([preset, adjustOfTypeModifiers(type, modifiers, size)]).toEqual([preset, adjust]);
      // ODP -> PPTX -> ODP: the modifiers give the a:avLst, which gives them back.
      expect([preset, typeModifiersOfAdjust(type, preset, adjustOfTypeModifiers(type, modifiers, size), size)]).toEqual([preset, modifiers]);
    }
  });

  it('are read from ODP, written to PPTX as a:avLst and back to ODP; formula shapes with handles are reported', async () => {
    const handle = '<draw:handle draw:handle-position="$0 top"/>';
    const r = await read(
      fodp([
        '<draw:enhanced-geometry svg:viewBox="0 0 21600 21600" draw:type="round-rectangle" draw:modifiers="5400"/>',
        '<draw:enhanced-geometry svg:viewBox="0 0 21600 21600" draw:type="right-arrow" draw:modifiers="10000 3000"/>',
        `<draw:enhanced-geometry svg:viewBox="0 0 21600 21600" draw:type="mso-spt100" draw:modifiers="5000" draw:enhanced-path="M 0 0 L ?f0 0 21600 21600 Z N"><draw:equation draw:name="f0" draw:formula="$0 "/>${handle}</draw:enhanced-geometry>`,
      ]),
    );
    const shapes = ((r.document as Deck).slides[0]?.shapes ?? []) as GeometryShape[];
    expect(shapes.map((s) => [s.geometry, s.adjust])).toEqual([
      ['roundRect', { adj: 25_000 }],
      ['rightArrow', { adj1: 72_222, adj2: 107_407 }],
      ['custom', undefined],
    ]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['shape-handles-dropped']);
    const slide = strFromU8(unzipSync(await write(r.document, 'pptx'))['ppt/slides/slide1.xml']!);
    expect(slide).toContain('<a:prstGeom prst="roundRect"><a:avLst><a:gd name="adj" fmla="val 25000"/></a:avLst></a:prstGeom>');
    expect(slide).toContain('<a:prstGeom prst="rightArrow"><a:avLst><a:gd name="adj1" fmla="val 72222"/><a:gd name="adj2" fmla="val 107407"/></a:avLst></a:prstGeom>');
    const content = strFromU8(unzipSync(await write(r.document, 'odp'))['content.xml']!);
    expect([...content.matchAll(/draw:type="([^"]+)" draw:modifiers="([^"]+)"/g)].map((m) => [m[1], m[2]])).toEqual([
      ['round-rectangle', '5400'],
      ['right-arrow', '10000 3000'],
    ]);
  });

  // Line callouts: LibreOffice's line-callout-1/-2 and mso-spt41..52 (Word 97's callouts). The
  // modifiers are the line's points from its far end, x then y; a:avLst names them from the box,
  // y then x, as shares of the height and width (LibreOffice 7.4 exports -4000 20000 as
  // adj3 92592 / adj4 -18518 and draws the ODP Ostal writes as it draws the PPTX).
  const lineCallouts: [string, string, Record<string, number>, string][] = [
    ['borderCallout1', 'line-callout-1', { adj1: 23148, adj2: -4630, adj3: 92593, adj4: -18519 }, '-4000 20000 -1000 5000'],
    ['callout1', 'mso-spt41', { adj1: 23148, adj2: -4630, adj3: 92593, adj4: -18519 }, '-4000 20000 -1000 5000'],
    ['accentCallout1', 'mso-spt44', { adj3: 92593, adj4: -18519 }, '-4000 20000 -1800 4050'],
    ['accentBorderCallout1', 'mso-spt50', { adj1: 23148, adj2: -4630, adj3: 92593, adj4: -18519 }, '-4000 20000 -1000 5000'],
    ['borderCallout2', 'line-callout-2', { adj1: 13889, adj2: -4630, adj3: 23148, adj4: -9259, adj5: 92593, adj6: -18519 }, '-4000 20000 -2000 5000 -1000 3000'],
    ['callout2', 'mso-spt42', { adj1: 13889, adj2: -4630, adj3: 23148, adj4: -9259, adj5: 92593, adj6: -18519 }, '-4000 20000 -2000 5000 -1000 3000'],
    ['accentCallout2', 'mso-spt45', { adj1: 13889, adj2: -4630, adj3: 23148, adj4: -9259, adj5: 92593, adj6: -18519 }, '-4000 20000 -2000 5000 -1000 3000'],
    ['accentBorderCallout2', 'mso-spt51', { adj1: 13889, adj2: -4630, adj3: 23148, adj4: -9259, adj5: 92593, adj6: -18519 }, '-4000 20000 -2000 5000 -1000 3000'],
    ['borderCallout3', 'mso-spt49', { adj1: 4630, adj2: 101852, adj3: 13889, adj4: 111111, adj5: 23148, adj6: 115741, adj7: 92593, adj8: 106481 }, '23000 20000 25000 5000 24000 3000 22000 1000'],
    ['callout3', 'mso-spt43', { adj1: 4630, adj2: 101852, adj3: 13889, adj4: 111111, adj5: 23148, adj6: 115741, adj7: 92593, adj8: 106481 }, '23000 20000 25000 5000 24000 3000 22000 1000'],
    ['accentCallout3', 'mso-spt46', { adj1: 4630, adj2: 101852, adj3: 13889, adj4: 111111, adj5: 23148, adj6: 115741, adj7: 92593, adj8: 106481 }, '23000 20000 25000 5000 24000 3000 22000 1000'],
    ['accentBorderCallout3', 'mso-spt52', { adj1: 4630, adj2: 101852, adj3: 13889, adj4: 111111, adj5: 23148, adj6: 115741, adj7: 92593, adj8: 106481 }, '23000 20000 25000 5000 24000 3000 22000 1000'],
  ];
  for (const [preset, type, adjust, modifiers] of lineCallouts) {
    it(`convert ${preset} (${type}) both ways`, () => {
      expect(adjustOfTypeModifiers(type, modifiers, WIDE)).toEqual(adjust);
      expect(typeModifiersOfAdjust(type, preset, adjust, WIDE)).toBe(modifiers);
      // Whatever the proportions: every value is a share of the side it runs along.
      expect(adjustOfTypeModifiers(type, modifiers, TALL)).toEqual(adjust);
    });
  }

  it('write the line callouts with the types LibreOffice draws them with, their settings kept through ODP', async () => {
    const shapes: GeometryShape[] = lineCallouts.map(([preset, , adjust], i) => ({ kind: 'shape', id: i + 1, name: preset, geometry: preset, adjust, xfrm: { x: 0, y: 0, cx: 2 * 914_400, cy: 914_400 } }));
    const deck: Deck = { ...emptyDeck(), slides: [{ id: 's1', title: '', body: [], notes: '', shapes }] };
    const flat = strFromU8(await write(deck, 'fodp'));
    expect([...flat.matchAll(/draw:type="([^"]+)" draw:modifiers="([^"]+)"/g)].map((m) => [m[1], m[2]])).toEqual(lineCallouts.map(([, type, , modifiers]) => [type, modifiers]));
    const back = (await read(new TextEncoder().encode(flat))).document as Deck;
    expect(back.slides[0]!.shapes!.map((s) => [(s as GeometryShape).geometry, (s as GeometryShape).adjust])).toEqual(lineCallouts.map(([preset, , adjust]) => [preset, adjust]));
    // Ostal wrote line-callout-3 for borderCallout3 before: still read as it.
    expect(adjustOfTypeModifiers('line-callout-3', '23000 20000 25000 5000 24000 3000 22000 1000', WIDE)).toEqual(lineCallouts[8]![2]);
  });
});

/**
 * ODF shape types of their own (round-rectangle, right-arrow, rectangular-callout…) and their
 * draw:modifiers <-> DrawingML presets and a:avLst. The expected values are those LibreOffice 7.4
 * writes when it saves an ODP with these shapes as PPTX (the reference), except where noted; that
 * LibreOffice draws the two alike is checked in slides-preset-adjust.test.ts.
 */
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
    expect(adjustOfTypeModifiers('star4', '4000', WIDE)).toBeUndefined();
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
});

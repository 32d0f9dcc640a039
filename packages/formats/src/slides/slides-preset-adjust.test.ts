/**
 * Adjust values of preset shapes between ODP and PPTX: LibreOffice keeps a DrawingML preset as a
 * draw:enhanced-geometry of type `ooxml-<preset>` whose draw:modifiers are the preset's adjust
 * values in a:avLst order (with their handles, draw:handle); read, they become the shape's
 * adjust values, which PPTX writes as the preset's a:avLst, so PowerPoint and LibreOffice show
 * the shape as it was, handles included.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { adjustForHandle, emptyDeck, presetHandlePositions } from '@ostal/model';
import type { Deck, GeometryShape } from '@ostal/model';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { libreofficeConvert, libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { parsePgm } from '../../../../test/fidelity/harness/pgm.js';
import { read, write } from '../index.js';
import { adjustOfModifiers, modifiersOfAdjust, presetAdjustDefaults } from '../odf/preset-adjusts.js';

const IN = 914_400;

function shape(id: number, geometry: string, adjust: Record<string, number>): GeometryShape {
  return { kind: 'shape', id, name: `Forme ${String(id)}`, geometry, adjust, xfrm: { x: IN * id, y: IN, cx: 2 * IN, cy: IN }, fill: { kind: 'solid', color: { rgb: '3366CC' } } };
}

const adjusted: GeometryShape[] = [
  shape(1, 'rightArrow', { adj1: 30_000, adj2: 70_000 }),
  shape(2, 'roundRect', { adj: 40_000 }),
  shape(3, 'star5', { adj: 10_000 }),
  shape(4, 'wedgeRectCallout', { adj1: -30_000, adj2: 80_000 }),
  shape(5, 'frame', { adj1: 5_000 }),
  shape(6, 'teardrop', { adj: 150_000 }),
];

const deck: Deck = { ...emptyDeck(), slides: [{ id: 's1', title: '', body: [], notes: '', shapes: adjusted }] };

/** Each draw:custom-shape's enhanced geometry in a flat ODP: type, modifiers and handle count. */
function geometries(flat: string): { type: string; modifiers: string; handles: number }[] {
  return [...flat.matchAll(/<draw:enhanced-geometry\b([^>]*?)(?:\/>|>([\s\S]*?)<\/draw:enhanced-geometry>)/g)].map((m) => ({
    type: /draw:type="([^"]*)"/.exec(m[1] ?? '')?.[1] ?? '',
    modifiers: /draw:modifiers="([^"]*)"/.exec(m[1] ?? '')?.[1] ?? '',
    handles: [...(m[2] ?? '').matchAll(/<draw:handle\b/g)].length,
  }));
}

/** Each preset geometry of a PPTX slide part: its name and a:avLst guides. */
function presetGeometries(slideXml: string): { prst: string; av: Record<string, number> }[] {
  return [...slideXml.matchAll(/<a:prstGeom prst="([^"]+)">(?:<a:avLst\/>|<a:avLst>([\s\S]*?)<\/a:avLst>)?/g)].map((m) => ({
    prst: m[1] ?? '',
    av: Object.fromEntries([...(m[2] ?? '').matchAll(/<a:gd name="([^"]+)" fmla="val (-?\d+)"\/>/g)].map((g) => [g[1] ?? '', Number(g[2])])),
  }));
}

/** Presets ODF draws with a type of its own, adjusted, each in a wide and a tall box (one per 4 × 2.5 in cell). */
const native: [string, Record<string, number>][] = [
  ['roundRect', { adj: 30_000 }],
  ['rightArrow', { adj1: 30_000, adj2: 70_000 }],
  ['upArrow', { adj1: 30_000, adj2: 70_000 }],
  ['leftRightArrow', { adj1: 30_000, adj2: 70_000 }],
  ['upDownArrow', { adj1: 30_000, adj2: 70_000 }],
  ['wedgeRectCallout', { adj1: -40_000, adj2: 70_000 }],
  ['wedgeEllipseCallout', { adj1: -40_000, adj2: 70_000 }],
  ['can', { adj: 40_000 }],
  ['hexagon', { adj: 40_000 }],
  ['homePlate', { adj: 70_000 }],
  ['plaque', { adj: 35_000 }],
  ['foldedCorner', { adj: 40_000 }],
  ['notchedRightArrow', { adj1: 30_000, adj2: 70_000 }],
  ['rightBrace', { adj1: 15_000, adj2: 70_000 }],
  ['star4', { adj: 30_000 }],
  ['star8', { adj: 25_000 }],
  ['star24', { adj: 45_000 }],
  // ODF's block arc has one angle: its ends are symmetric about the vertical (210° and 330°, clockwise from 3 o'clock).
  ['blockArc', { adj1: 12_600_000, adj2: 19_800_000, adj3: 15_000 }],
  ['rightArrowCallout', { adj1: 20_000, adj2: 30_000, adj3: 40_000, adj4: 55_000 }],
  ['leftArrowCallout', { adj1: 20_000, adj2: 30_000, adj3: 40_000, adj4: 55_000 }],
  ['upArrowCallout', { adj1: 20_000, adj2: 30_000, adj3: 40_000, adj4: 55_000 }],
  ['downArrowCallout', { adj1: 20_000, adj2: 30_000, adj3: 40_000, adj4: 55_000 }],
  ['leftRightArrowCallout', { adj1: 20_000, adj2: 30_000, adj3: 20_000, adj4: 55_000 }],
  ['quadArrowCallout', { adj1: 20_000, adj2: 25_000, adj3: 20_000, adj4: 50_000 }],
  // Written as ooxml-trapezoid with a path of its own: LibreOffice draws ODF's trapezoid upside down.
  ['trapezoid', { adj: 40_000 }],
  // Written as ooxml-starN with a path of their own: ODF's star5 has no modifier, and LibreOffice drew no ooxml- star.
  ['star5', { adj: 25_000 }],
  ['star6', { adj: 20_000 }],
  ['star7', { adj: 25_000 }],
  ['star10', { adj: 30_000 }],
  ['star32', { adj: 40_000 }],
  // Line callouts: LibreOffice's line-callout-N and mso-spt41..52 types, their points converted.
  ['borderCallout1', { adj1: 20_000, adj2: -10_000, adj3: 110_000, adj4: -15_000 }],
  ['accentCallout2', { adj1: 20_000, adj2: -8_000, adj3: 30_000, adj4: -12_000, adj5: 105_000, adj6: -15_000 }],
  ['callout3', { adj1: 20_000, adj2: 105_000, adj3: 30_000, adj4: 112_000, adj5: 80_000, adj6: 112_000, adj7: 105_000, adj8: 95_000 }],
];
/**
 * Drawn in square boxes, as they convert exactly only there: ODF's quad arrow callout has one head
 * size for both directions where DrawingML counts in the shorter side; its block arc stretches
 * its thickness and angles with the box where DrawingML keeps them.
 */
const SQUARE = new Set(['blockArc', 'quadArrowCallout']);
/** Rows of the grid (4 shapes a row, 2.5 in each) and the slide's height in inches. */
const ROWS = Math.ceil(native.length / 4);
const HEIGHT = ROWS * 2.5;
const nativeDeck: Deck = {
  ...emptyDeck(),
  size: { cx: 16 * IN, cy: HEIGHT * IN },
  slides: [
    {
      id: 's1',
      title: '',
      body: [],
      notes: '',
      shapes: native.flatMap(([geometry, adjust], i): GeometryShape[] => {
        const x = (i % 4) * 4 * IN;
        const y = Math.floor(i / 4) * 2.5 * IN;
        const black = { kind: 'solid', color: { rgb: '000000' } } as const;
        return [
          { kind: 'shape', id: 2 * i + 1, name: geometry, geometry, adjust, xfrm: { x: x + IN / 2, y: y + IN / 2, cx: SQUARE.has(geometry) ? 1.5 * IN : 2 * IN, cy: SQUARE.has(geometry) ? 1.5 * IN : IN }, fill: black },
          { kind: 'shape', id: 2 * i + 2, name: `${geometry} 2`, geometry, adjust, xfrm: { x: x + (SQUARE.has(geometry) ? 2.3 : 2.9) * IN, y: y + 0.3 * IN, cx: (SQUARE.has(geometry) ? 1.5 : 0.9) * IN, cy: (SQUARE.has(geometry) ? 1.5 : 1.8) * IN }, fill: black },
        ];
      }),
    },
  ],
};

/** Ink (dark pixels) of the first slide as LibreOffice renders the file, at 40 dpi. */
function ink(bytes: Uint8Array, name: string): { width: number; height: number; dark: (x: number, y: number) => boolean } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ostal-adjust-'));
  try {
    writeFileSync(path.join(dir, 'slide.pdf'), libreofficeConvertBytes(bytes, name, 'pdf'));
    execFileSync('pdftoppm', ['-gray', '-r', '40', '-f', '1', '-l', '1', path.join(dir, 'slide.pdf'), path.join(dir, 'page')]);
    const img = parsePgm(readFileSync(path.join(dir, readdirSync(dir).find((f) => f.endsWith('.pgm')) ?? '')));
    return { width: img.width, height: img.height, dark: (x, y) => (img.pixels[y * img.width + x] ?? 255) < img.maxValue / 2 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const shapesOf = (d: Deck): GeometryShape[] => (d.slides[0]?.shapes ?? []).filter((s): s is GeometryShape => s.kind === 'shape');

describe('preset adjust values between ODP and PPTX', { timeout: 240_000 }, () => {
  it('name draw:modifiers by the preset\'s a:avLst, in order, keeping those that differ from the default', () => {
    expect(presetAdjustDefaults('star5')).toEqual([
      { name: 'adj', value: 19_098 },
      { name: 'hf', value: 105_146 },
      { name: 'vf', value: 110_557 },
    ]);
    expect(adjustOfModifiers('star5', '10000 105146 110557')).toEqual({ adj: 10_000 });
    expect(adjustOfModifiers('frame', ' 5000 ')).toEqual({ adj1: 5_000 });
    expect(adjustOfModifiers('rightArrow', '50000 50000')).toBeUndefined();
    // One number per adjust value or nothing: a list of another length, or not numbers, says nothing sure.
    expect(adjustOfModifiers('rightArrow', '30000')).toBeUndefined();
    expect(adjustOfModifiers('rightArrow', '30000 abc')).toBeUndefined();
    expect(adjustOfModifiers('rect', '30000')).toBeUndefined();
    expect(adjustOfModifiers('toString', '1')).toBeUndefined();
    expect(modifiersOfAdjust('star5', { hf: 90_000 })).toBe('19098 90000 110557');
    expect(modifiersOfAdjust('star5', { other: 1 })).toBeUndefined();
    expect(modifiersOfAdjust('ellipse', { adj: 1 })).toBeUndefined();
  });

  it('survive our PPTX → LibreOffice ODP (modifiers and handles) → our PPTX → LibreOffice ODP, the same modifiers each time', async () => {
    const pptx = await write(deck, 'pptx');
    expect(presetGeometries(strFromU8(unzipSync(pptx)['ppt/slides/slide1.xml']!)).map((g) => g.av)).toEqual(adjusted.map((s) => s.adjust));
    const odp = libreofficeConvertBytes(pptx, 'formes.pptx', 'odp');
    const fromLo = geometries(libreofficeConvert(pptx, 'formes.pptx', 'fodp'));
    // LibreOffice keeps each preset as ooxml-<preset>, its adjust values as modifiers, with handles.
    expect(fromLo.map((g) => g.type)).toEqual(adjusted.map((s) => `ooxml-${s.geometry}`));
    expect(fromLo.map((g) => g.modifiers)).toEqual(['30000 70000', '40000', '10000 105146 110557', '-30000 80000', '5000', '150000']);
    expect(fromLo.every((g) => g.handles > 0)).toBe(true);
    // Read from LibreOffice's ODP, the shapes have their adjust values back.
    const back = (await read(new Uint8Array(odp))).document as Deck;
    expect(shapesOf(back).map((s) => [s.geometry, s.adjust])).toEqual(adjusted.map((s) => [s.geometry, s.adjust]));
    // Saved as PPTX again: the a:avLst PowerPoint reads, and LibreOffice gives the same modifiers.
    const again = await write(back, 'pptx');
    expect(presetGeometries(strFromU8(unzipSync(again)['ppt/slides/slide1.xml']!)).map((g) => [g.prst, g.av])).toEqual(adjusted.map((s) => [s.geometry, s.adjust]));
    expect(geometries(libreofficeConvert(again, 'formes-2.pptx', 'fodp')).map((g) => g.modifiers)).toEqual(fromLo.map((g) => g.modifiers));
  });

  it('keep what a handle drag on the canvas gives, in PPTX and in ODP', async () => {
    // Each shape's first handle dragged a third of the way to the box's centre (box units: EMU).
    const dragged = adjusted.map((s) => {
      const { cx, cy } = s.xfrm ?? { cx: 0, cy: 0 };
      const h = presetHandlePositions(s.geometry, cx, cy, s.adjust)[0] ?? { x: 0, y: 0 };
      const adjust = adjustForHandle(s.geometry, 0, cx, cy, s.adjust, { x: h.x + (cx / 2 - h.x) / 3, y: h.y + (cy / 2 - h.y) / 3 });
      return { ...s, adjust };
    });
    expect(dragged.map((s) => s.adjust)).not.toEqual(adjusted.map((s) => s.adjust));
    const draggedDeck: Deck = { ...deck, slides: [{ ...deck.slides[0]!, shapes: dragged }] };
    for (const format of ['pptx', 'odp'] as const) {
      const back = shapesOf((await read(await write(draggedDeck, format))).document as Deck);
      for (const s of dragged) {
        // A value equal to the preset's default is not written, and reads back as the default.
        const got = { ...Object.fromEntries(presetAdjustDefaults(s.geometry).map((d) => [d.name, d.value])), ...back.find((b) => b.geometry === s.geometry)?.adjust };
        for (const [name, v] of Object.entries(s.adjust)) expect(Math.abs((got[name] ?? NaN) - v), `${format} ${s.geometry} ${name}`).toBeLessThanOrEqual(5);
      }
    }
  });

  it('are written to ODP as modifiers for presets ODF has no type of its own for, and read back', async () => {
    const odp = await write(deck, 'odp');
    expect(odfSchemaErrors(odp)).toEqual([]);
    const flat = strFromU8(unzipSync(odp)['content.xml']!);
    const ours = geometries(flat);
    expect(ours.find((g) => g.type === 'ooxml-teardrop')?.modifiers).toBe('150000');
    // An ODF type of its own (right-arrow…) has modifiers in its 21600 box: the head starts at 65 % of the width.
    expect(ours.find((g) => g.type === 'right-arrow')?.modifiers).toBe('14040 7560');
    const back = shapesOf((await read(odp)).document as Deck);
    expect(back.find((s) => s.geometry === 'teardrop')?.adjust).toEqual({ adj: 150_000 });
    // LibreOffice turns our ODP's teardrop into a PPTX teardrop with its adjust value.
    const fromLo = strFromU8(unzipSync(new Uint8Array(libreofficeConvertBytes(odp, 'formes.odp', 'pptx')))['ppt/slides/slide1.xml']!);
    expect(presetGeometries(fromLo).find((g) => g.prst === 'teardrop')?.av).toEqual({ adj: 150_000 });
  });

  it('are written to ODP as the modifiers of ODF\'s own types, which LibreOffice draws as it draws the PPTX', async () => {
    const odp = ink(await write(nativeDeck, 'odp'), 'formes.odp');
    const pptx = ink(await write(nativeDeck, 'pptx'), 'formes.pptx');
    const mismatch = native.map(([geometry], i) => {
      // Within the shape's cell: pixels inked in one rendering and not the other, over those inked in either.
      const [cx, cy] = [(i % 4) * 4, Math.floor(i / 4) * 2.5];
      let differ = 0;
      let inked = 0;
      for (let y = Math.floor(((cy + 0.1) / HEIGHT) * odp.height); y < Math.floor(((cy + 2.4) / HEIGHT) * odp.height); y++) {
        for (let x = Math.floor(((cx + 0.1) / 16) * odp.width); x < Math.floor(((cx + 3.9) / 16) * odp.width); x++) {
          const [a, b] = [odp.dark(x, y), pptx.dark(x, y)];
          if (a !== b) differ++;
          if (a || b) inked++;
        }
      }
      return [geometry, Math.round((100 * differ) / Math.max(1, inked))];
    });
    // Edges alone differ by a few pixels (2 to 10 %); a modifier drawn another way differs by 20 % or more.
    expect(mismatch.filter(([, pct]) => Number(pct) > 12)).toEqual([]);
  });
});

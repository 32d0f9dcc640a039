/**
 * Tiled picture fills (a:tile; ODF style:repeat="repeat"): kept PPTX -> PPTX with their scale,
 * offset, alignment and mirroring, carried to ODP and back (mirroring aside, which ODF cannot
 * say), and seen as tiled by LibreOffice.
 */
import type { Deck, Fill } from '@ostal/model';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { libreofficeConvert } from '../../../../test/support/libreoffice.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { pngBytes } from '../../../../test/support/png.js';
import { conversionLosses, read, write } from '../index.js';

// 40 x 20 pixels: 381000 x 190500 EMU at 96 pixels per inch.
const tiled: Fill = { kind: 'picture', media: 'motif.png', tile: { sx: 50_000, sy: 50_000, tx: 95_250, ty: 47_625, align: 'ctr', flip: 'x' } };
const background: Fill = { kind: 'picture', media: 'motif.png', tile: { sx: 100_000, sy: 200_000, tx: 0, ty: 0 } };

const deck: Deck = {
  kind: 'deck',
  version: 2,
  meta: {},
  size: { cx: 12_192_000, cy: 6_858_000 },
  media: { 'motif.png': { type: 'image/png', data: pngBytes(40, 20) } },
  slides: [
    {
      id: 's1',
      title: 'Motif',
      body: [],
      notes: '',
      background,
      shapes: [{ kind: 'shape', id: 2, geometry: 'rect', xfrm: { x: 1_000_000, y: 1_000_000, cx: 4_000_000, cy: 3_000_000 }, fill: tiled }],
    },
  ],
};

async function deckOf(bytes: Uint8Array): Promise<Deck> {
  return (await read(bytes)).document as Deck;
}

function fills(d: Deck): { shape: Fill | undefined; background: Fill | undefined } {
  const s = d.slides[0];
  const shape = s?.shapes?.find((x) => x.kind === 'shape');
  return { shape: shape?.kind === 'shape' ? shape.fill : undefined, background: s?.background };
}

describe('tiled picture fills', { timeout: 120_000 }, () => {
  it('survive PPTX -> PPTX with scale, offset, alignment and mirroring', async () => {
    const bytes = await write(deck, 'pptx');
    const slide = strFromU8(unzipSync(bytes)['ppt/slides/slide1.xml']!);
    expect(slide).toContain('<a:tile tx="95250" ty="47625" sx="50000" sy="50000" flip="x" algn="ctr"/>');
    expect(slide).not.toContain('<a:stretch>');
    const once = await deckOf(bytes);
    expect(fills(once).shape).toMatchObject({ kind: 'picture', tile: tiled.kind === 'picture' ? tiled.tile : {} });
    expect(fills(once).background).toMatchObject({ kind: 'picture', tile: { sx: 100_000, sy: 200_000, tx: 0, ty: 0 } });
    expect(fills(await deckOf(await write(once, 'pptx')))).toEqual(fills(once));
  });

  it('reach ODP tiled (valid ODF 1.3) and come back to PPTX with scale, offset and alignment', async () => {
    const odp = await write(await deckOf(await write(deck, 'pptx')), 'odp');
    expect(odfSchemaErrors(odp)).toEqual([]);
    const styles = strFromU8(unzipSync(odp)['content.xml']!) + strFromU8(unzipSync(odp)['styles.xml']!);
    expect(styles).toMatch(/style:repeat="repeat"[^>]*draw:fill-image-width="50%"[^>]*draw:fill-image-height="50%"[^>]*draw:fill-image-ref-point="center"[^>]*draw:fill-image-ref-point-x="50%"[^>]*draw:fill-image-ref-point-y="50%"/);
    const back = await deckOf(await write(await deckOf(odp), 'pptx'));
    expect(fills(back).shape).toMatchObject({ kind: 'picture', tile: { sx: 50_000, sy: 50_000, tx: 95_250, ty: 47_625, align: 'ctr' } });
    expect(fills(back).background).toMatchObject({ kind: 'picture', tile: { sx: 100_000, sy: 200_000 } });
  });

  it('tell, when saved to ODP, that the mirroring of tiles is dropped, and only then', () => {
    expect(conversionLosses(deck, 'odp').map((d) => d.code)).toEqual(['tile-flip-dropped']);
    expect(conversionLosses(deck, 'fodp').map((d) => d.code)).toEqual(['tile-flip-dropped']);
    expect(conversionLosses(deck, 'pptx')).toEqual([]);
    // A mirrored tile in a group on a layout counts too; unmirrored tiles are no loss.
    const inLayout: Deck = {
      ...deck,
      slides: deck.slides.map((sl) => ({ ...sl, shapes: [] })),
      layouts: [{ id: 'l1', master: 'm1', name: 'Motif', shapes: [{ kind: 'group', id: 5, xfrm: { x: 0, y: 0, cx: 1, cy: 1 }, children: [{ kind: 'shape', id: 6, geometry: 'rect', xfrm: { x: 0, y: 0, cx: 1, cy: 1 }, fill: tiled }] }] }],
    };
    expect(conversionLosses(inLayout, 'odp').map((d) => d.message)).toEqual([expect.stringContaining('1 fill(s)')]);
    const unmirrored: Deck = { ...deck, slides: deck.slides.map((sl) => ({ ...sl, shapes: [] })) };
    expect(conversionLosses(unmirrored, 'odp')).toEqual([]);
  });

  it('are tiled for LibreOffice too', () => {
    return write(deck, 'pptx').then((bytes) => {
      const flat = libreofficeConvert(bytes, 'motif.pptx', 'fodp');
      // Every bitmap fill LibreOffice wrote (the shape's and the page's) repeats its picture.
      const bitmapFills = [...flat.matchAll(/<style:(?:graphic|drawing-page)-properties\b[^>]*draw:fill="bitmap"[^>]*>/g)].map((m) => m[0]);
      expect(bitmapFills.length).toBeGreaterThanOrEqual(2);
      for (const f of bitmapFills) expect(f).toContain('style:repeat="repeat"');
    });
  });
});

/**
 * Bullet and number sizes relative to the text (DrawingML a:buSzPct, ODF
 * text:bullet-relative-size and the number level's font size in percent) kept by PPTX, ODP and
 * FODP and across, and seen by LibreOffice.
 */
import type { Bullet, Deck, DeckShape } from '@ostal/model';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { libreofficeConvert, libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { read, write } from '../index.js';

const big: Bullet = { kind: 'char', char: '■', font: 'Arial', sizePct: 150_000 };
const small: Bullet = { kind: 'number', scheme: 'arabicPeriod', sizePct: 75_000 };

const deck: Deck = {
  kind: 'deck',
  version: 2,
  meta: {},
  size: { cx: 12_192_000, cy: 6_858_000 },
  slides: [
    {
      id: 's1',
      title: '',
      body: [],
      notes: '',
      shapes: [
        {
          kind: 'shape',
          id: 2,
          name: 'Liste',
          geometry: 'rect',
          textBox: true,
          xfrm: { x: 914_400, y: 914_400, cx: 6_000_000, cy: 3_000_000 },
          text: {
            paragraphs: [
              { runs: [{ text: 'Grand carré' }], style: { bullet: big, marginLeft: 342_900, indent: -342_900 } },
              { runs: [{ text: 'Petit numéro' }], style: { bullet: small, marginLeft: 342_900, indent: -342_900 } },
            ],
          },
        },
      ],
    },
  ],
};

async function bullets(bytes: Uint8Array): Promise<(Bullet | undefined)[]> {
  const d = (await read(bytes)).document as Deck;
  const box = (d.slides[0]?.shapes ?? []).find((s: DeckShape) => s.kind === 'shape' && s.name === 'Liste');
  return box?.kind === 'shape' ? (box.text?.paragraphs ?? []).map((p) => p.style?.bullet) : [];
}

describe('bullet sizes', () => {
  it.each(['pptx', 'odp', 'fodp'] as const)('survive a %s round trip', async (format) => {
    expect((await bullets(await write(deck, format))).map((b) => (b && b.kind !== 'none' ? b.sizePct : null))).toEqual([150_000, 75_000]);
  });

  it('are valid ODF', async () => {
    expect(odfSchemaErrors(await write(deck, 'odp'))).toEqual([]);
    expect(odfSchemaErrors(await write(deck, 'fodp'), true)).toEqual([]);
  });

  it('are seen by LibreOffice in the PPTX and ODP Ostal wrote', async () => {
    for (const format of ['pptx', 'odp'] as const) {
      const flat = libreofficeConvert(await write(deck, format), `puces.${format}`, 'fodp');
      // LibreOffice gives the bullet's relative size as its text properties' font size.
      expect(flat).toMatch(/<text:list-level-style-bullet text:level="1" text:bullet-char="■">\s*<style:list-level-properties[^>]*\/>\s*<style:text-properties[^>]*fo:font-size="150%"/);
      const pptx = strFromU8(unzipSync(libreofficeConvertBytes(await write(deck, format), `puces.${format}`, 'pptx'))['ppt/slides/slide1.xml'] ?? new Uint8Array());
      expect(pptx).toMatch(/<a:buSzPct val="150000"\/>[\s\S]*<a:buChar char="■"\/>[\s\S]*Grand carré/);
      expect(pptx).toMatch(/<a:buSzPct val="75000"\/>[\s\S]*<a:buAutoNum type="arabicPeriod"\/>[\s\S]*Petit numéro/);
    }
  });
});

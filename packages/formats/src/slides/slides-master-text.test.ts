/**
 * A master's text styles at every outline level (size, colour, font, bullets, margins, spacing):
 * kept by pptx (p:txStyles a:lvlNpPr), odp and fodp (`<master>-outlineN` styles and the outline
 * list style), across formats, valid ODF, and shown by LibreOffice on a slide's levels 1 to 3.
 */
import type { Deck, LevelStyles, TextParagraph } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { libreofficePdfText } from '../../../../test/support/libreoffice.js';
import { read, write } from '../index.js';

const bodyStyle: LevelStyles = [
  { paragraph: { marginLeft: 342_900, indent: -342_900, spaceBefore: { pts: 1000 }, bullet: { kind: 'char', char: '■', color: { rgb: '000091' } } }, run: { size: 2800, font: 'Marianne', color: { rgb: '161616' } } },
  { paragraph: { marginLeft: 742_950, indent: -285_750, spaceAfter: { pts: 600 }, bullet: { kind: 'char', char: '»' } }, run: { size: 2200, italic: true, color: { rgb: 'E1000F' } } },
  { paragraph: { marginLeft: 1_143_000, indent: -228_600, align: 'justify', bullet: { kind: 'number', scheme: 'alphaLcParenR' } }, run: { size: 1800, bold: true } },
];
const titleStyle: LevelStyles = [{ paragraph: { align: 'center' }, run: { size: 4000, bold: true, font: 'Marianne', color: { rgb: '000091' } } }];

const para = (text: string, level = 0): TextParagraph => ({ runs: [{ text }], ...(level ? { style: { level } } : {}) });

const deck: Deck = {
  kind: 'deck',
  version: 2,
  meta: {},
  size: { cx: 12_192_000, cy: 6_858_000 },
  masters: [
    {
      id: 'm1',
      name: 'Ministère',
      titleStyle,
      bodyStyle,
      shapes: [
        { kind: 'shape', id: 2, geometry: 'rect', placeholder: { type: 'title' }, xfrm: { x: 838_200, y: 365_125, cx: 10_515_600, cy: 1_325_563 } },
        { kind: 'shape', id: 3, geometry: 'rect', placeholder: { type: 'body', idx: 1 }, xfrm: { x: 838_200, y: 1_825_625, cx: 10_515_600, cy: 4_351_338 } },
      ],
    },
  ],
  layouts: [
    {
      id: 'l1',
      master: 'm1',
      name: 'Titre et contenu',
      type: 'obj',
      shapes: [
        { kind: 'shape', id: 2, geometry: 'rect', placeholder: { type: 'title' } },
        { kind: 'shape', id: 3, geometry: 'rect', placeholder: { type: 'body', idx: 1 } },
      ],
    },
  ],
  slides: [
    {
      id: 's1',
      title: 'Organisation',
      body: ['Direction', 'Sous-direction', 'Bureau'],
      notes: '',
      layout: 'l1',
      shapes: [
        { kind: 'shape', id: 2, geometry: 'rect', placeholder: { type: 'title' }, text: { paragraphs: [para('Organisation')] } },
        { kind: 'shape', id: 3, geometry: 'rect', placeholder: { type: 'body', idx: 1 }, text: { paragraphs: [para('Direction'), para('Sous-direction', 1), para('Bureau', 2)] } },
      ],
    },
  ],
};

async function again(d: Deck, format: 'pptx' | 'odp' | 'fodp'): Promise<Deck> {
  return (await read(await write(d, format))).document as Deck;
}

/** The master's title and first three body levels hold at least what was written (ODF levels inherit from the one above, so a level read back may say more). */
function expectMasterText(d: Deck): void {
  const m = d.masters?.[0];
  expect(m?.titleStyle?.[0]).toMatchObject(titleStyle[0] ?? {});
  expect(m?.bodyStyle?.slice(0, 3)).toMatchObject(bodyStyle);
  // Slide paragraphs still inherit their bullets from the master.
  const body = d.slides[0]?.shapes?.find((s) => s.placeholder?.type === 'body');
  expect(body?.kind === 'shape' ? body.text?.paragraphs.map((p) => p.style?.bullet) : null).toEqual([undefined, undefined, undefined]);
}

describe('master text styles below level 1', () => {
  it.each(['pptx', 'odp', 'fodp'] as const)('survive a %s round trip', async (format) => {
    expectMasterText(await again(deck, format));
  });

  it('survive pptx -> odp -> pptx and odp -> pptx -> odp', async () => {
    expectMasterText(await again(await again(await again(deck, 'pptx'), 'odp'), 'pptx'));
    expectMasterText(await again(await again(await again(deck, 'odp'), 'pptx'), 'odp'));
  });

  it('are written as outline styles 1 to 3 with the outline list style, valid ODF', async () => {
    const bytes = await write(deck, 'fodp');
    expect(odfSchemaErrors(bytes, true)).toEqual([]);
    expect(odfSchemaErrors(await write(deck, 'odp'))).toEqual([]);
    const xml = new TextDecoder().decode(bytes);
    expect(xml).toMatch(/<style:style style:name="[^"]+-outline2"(?: style:display-name="[^"]+")? style:family="presentation" style:parent-style-name="[^"]+-outline1">.*?fo:font-size="22pt"/);
    expect(xml).toMatch(/<text:list-style style:name="[^"]+-outline1"><text:list-level-style-bullet text:level="1" text:bullet-char="■"/);
  });

  it.each(['pptx', 'odp'] as const)('are applied by LibreOffice to the levels of a %s slide', async (format) => {
    const text = libreofficePdfText(await write(deck, format), `maitre.${format}`);
    expect(text).toMatch(/■\s*Direction/);
    expect(text).toMatch(/»\s*Sous-direction/);
    expect(text).toMatch(/a\)\s*Bureau/);
  });
});


/**
 * Turned text (a:bodyPr vert: a sideways label on an arrow, a table-side caption) between PPTX and
 * ODP: ODF says it as the custom shape's draw:text-rotate-angle, the way LibreOffice writes it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Deck, DeckShape, GeometryShape } from '@ostal/model';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { read, write } from '../index.js';
import { richDeck } from './rich-deck.fixture.js';

function label(id: number, name: string, vertical: string, fill: boolean): GeometryShape {
  return {
    kind: 'shape',
    id,
    name,
    geometry: 'rect',
    xfrm: { x: 914_400 * id, y: 914_400, cx: 914_400, cy: 2_743_200 },
    ...(fill ? { fill: { kind: 'solid', color: { kind: 'rgb', value: '4472C4' } } } : {}),
    text: { paragraphs: [{ runs: [{ text: `Étiquette ${vertical}` }] }], props: { vertical } },
  } as GeometryShape;
}

const deck: Deck = {
  ...richDeck,
  slides: [{ id: 's1', title: '', body: [], notes: '', layout: richDeck.slides[0]?.layout, shapes: [label(2, 'Descend', 'vert', true), label(3, 'Monte', 'vert270', false), label(4, 'Asie', 'eaVert', true)] }],
};

function verticalOf(shapes: readonly DeckShape[] | undefined, name: string): string | undefined {
  const s = shapes?.find((sh) => sh.name === name);
  return s?.kind === 'shape' ? s.text?.props?.vertical : undefined;
}

describe('turned text between PPTX and ODP', () => {
  it('is written as the custom shape’s text rotation, a plain text box included, and read back', async () => {
    const odp = await write(deck, 'odp');
    expect(odfSchemaErrors(odp)).toEqual([]);
    const content = strFromU8(unzipSync(odp)['content.xml']!);
    const angleOf = (name: string): string | undefined => new RegExp(`<draw:custom-shape draw:name="${name}".*?<draw:enhanced-geometry [^>]*draw:text-rotate-angle="([^"]+)"`, 's').exec(content)?.[1];
    expect(angleOf('Descend')).toBe('-90');
    expect(angleOf('Monte')).toBe('-270');
    expect(angleOf('Asie')).toBe('-90');
    const back = ((await read(odp)).document as Deck).slides[0]?.shapes;
    expect(verticalOf(back, 'Descend')).toBe('vert');
    expect(verticalOf(back, 'Monte')).toBe('vert270');
    // Still a text box, with no fill or outline of LibreOffice's.
    const monte = back?.find((s) => s.name === 'Monte');
    expect(monte?.kind === 'shape' ? [monte.fill?.kind ?? 'none', monte.line?.fill?.kind ?? 'none'] : []).toEqual(['none', 'none']);
  });

  it('is what LibreOffice reads: it saves the same quarter turns of the text to PPTX', async () => {
    const pptx = unzipSync(new Uint8Array(libreofficeConvertBytes(await write(deck, 'odp'), 'tourne.odp', 'pptx')));
    const slide = strFromU8(pptx['ppt/slides/slide1.xml']!);
    // LibreOffice says it as the body's rotation, a quarter turn clockwise or counter-clockwise.
    const rotOf = (text: string): string | undefined => new RegExp(`<a:bodyPr[^>]*? rot="(\\d+)"[^>]*>(?:(?!</p:txBody>).)*?${text}`, 's').exec(slide)?.[1];
    expect(rotOf('Étiquette vert<')).toBe('5400000');
    expect(rotOf('Étiquette vert270')).toBe('16200000');
    expect(rotOf('Étiquette eaVert')).toBe('5400000');
  });

  it('of a PowerPoint arrow read upwards survives PPTX → ODP → PPTX', async () => {
    const bytes = new Uint8Array(readFileSync(path.resolve(import.meta.dirname, '../../../../../shared/corpus/pptx/poi-stress022.pptx')));
    const original = (await read(bytes, { format: 'pptx' })).document as Deck;
    const index = original.slides.findIndex((s) => verticalOf(s.shapes, 'Flèche vers le haut 8') === 'vert270');
    expect(index).toBeGreaterThanOrEqual(0);
    const viaOdp = (await read(await write(original, 'odp'))).document as Deck;
    expect(verticalOf(viaOdp.slides[index]?.shapes, 'Flèche vers le haut 8')).toBe('vert270');
    const slide = strFromU8(unzipSync(await write(viaOdp, 'pptx'))[`ppt/slides/slide${String(index + 1)}.xml`]!);
    expect(slide).toMatch(/<a:bodyPr[^>]* vert="vert270"/);
  });
});

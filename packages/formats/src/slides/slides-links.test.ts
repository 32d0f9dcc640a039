/** Hyperlinked runs written to ODP: their text, spaces included, as LibreOffice reads it. */
import { slideTextLines } from '@ostal/model';
import type { Deck, DeckShape } from '@ostal/model';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { read, write } from '../api.js';

const link = 'http://tika.apache.org/';
const box: DeckShape = {
  kind: 'shape',
  id: 2,
  name: 'TextBox 8',
  geometry: 'rect',
  xfrm: { x: 1_000_000, y: 1_000_000, cx: 3_000_000, cy: 400_000 },
  text: { paragraphs: [{ runs: [{ text: 'Text box5 ' }, { text: 'tika', style: { link } }, { text: ' link', style: { link } }] }] },
};
const deck: Deck = { kind: 'deck', version: 2, meta: {}, size: { cx: 12_192_000, cy: 6_858_000 }, slides: [{ id: 's1', title: '', body: [], notes: '', shapes: [box] }] };

describe('hyperlinks in ODP', () => {
  it('put a linked run’s leading spaces before its text:a (LibreOffice drops a text:s opening a link)', async () => {
    const odp = await write(deck, 'odp');
    const content = strFromU8(unzipSync(odp)['content.xml']!);
    expect(content).toContain(`<text:a xlink:type="simple" xlink:href="${link}">tika</text:a><text:s/><text:a xlink:type="simple" xlink:href="${link}">link</text:a>`);
    const back = (await read(odp)).document as Deck;
    expect(slideTextLines(back.slides[0]!)).toContain('Text box5 tika link');
  });
});

/**
 * SmartArt diagrams saved without a drawing part (only their data): their text reaches ODP as an
 * outline of text boxes, in the order of the data; PPTX keeps the diagram itself.
 */
import type { Deck, DeckShape } from '@ostal/model';
import { paragraphPlainText } from '@ostal/model';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadCorpusFile } from '../../../../test/fidelity/corpus.js';
import { read, write } from '../index.js';

async function deckOf(file: string): Promise<Deck> {
  return (await read(loadCorpusFile(file))).document as Deck;
}

function texts(shapes: readonly DeckShape[] | undefined): string[] {
  if (!shapes) return [];
  return shapes.flatMap((s) => (s.kind === 'group' ? texts(s.children) : s.kind === 'shape' && s.text ? s.text.paragraphs.map(paragraphPlainText).filter((t) => t !== '') : []));
}

describe('SmartArt diagrams without a drawing part', () => {
  it('carry their nodes’ text to ODP, each parent before its children (Strict PPTX)', async () => {
    const deck = await deckOf('pptx/oxsdk-5.9.3.7_unfinished_.pptx');
    const back = (await read(await write(deck, 'odp'))).document as Deck;
    expect(texts(back.slides[0]!.shapes)).toEqual(['P1', 'C1', 'P2', 'C2', 'P3', 'C3', 'P4', 'C4', 'P5', 'C5']);
    expect(texts(back.slides[1]!.shapes)).toEqual(['Blah']);
    // Each node a box in the diagram's frame, children indented under their parent.
    const group = back.slides[0]!.shapes?.find((s) => s.kind === 'group');
    expect(group?.kind).toBe('group');
    const boxes = group?.kind === 'group' ? group.children : [];
    expect(boxes[1]!.xfrm!.x).toBeGreaterThan(boxes[0]!.xfrm!.x);
    expect(boxes[2]!.xfrm!.y).toBeGreaterThan(boxes[1]!.xfrm!.y);
  });

  it('keep an organisation chart’s hierarchy in order, beside the slide’s own text', async () => {
    const deck = await deckOf('pptx/oxsdk-O12Typical.pptx');
    const odp = await write(deck, 'odp');
    const back = (await read(odp)).document as Deck;
    expect(texts(back.slides[11]!.shapes)).toEqual(['Org. Charts Are Very Common', 'Fruit', 'Berries', 'Strawberry', 'Raspberry', 'Melons', 'Cantaloupe', 'Honeydew', 'Watermelon']);
    expect(texts(back.slides[10]!.shapes)).toEqual(['Diagrams Are No Longer Hand Drawn', 'Meetings', 'Phone Calls', 'E-mail', 'Documents']);
  });

  it('stay diagrams in PPTX', async () => {
    const deck = await deckOf('pptx/oxsdk-5.9.3.7_unfinished_.pptx');
    const files = unzipSync(await write(deck, 'pptx'));
    expect(strFromU8(files['ppt/slides/slide1.xml']!)).toMatch(/relIds/);
    expect(Object.keys(files).some((f) => /diagrams\/data/.test(f))).toBe(true);
    const again = (await read(await write(deck, 'pptx'))).document as Deck;
    expect(again.slides[0]!.shapes?.map((s) => s.kind)).toEqual(['opaque']);
  });
});

import { describe, expect, it } from 'vitest';
import { emptyDeck } from '@ostal/model';
import type { Deck, DeckShape } from '@ostal/model';
import { read, write } from '../api.js';

describe('shrink text on overflow (ECMA-376 Part 1, 21.1.2.1.3 a:normAutofit)', () => {
  it('keeps the font scale and the line spacing reduction PowerPoint wrote', async () => {
    const box: DeckShape = {
      kind: 'shape',
      id: 2,
      geometry: 'rect',
      xfrm: { x: 0, y: 0, cx: 3_000_000, cy: 1_000_000 },
      text: { paragraphs: [{ runs: [{ text: 'Beaucoup de texte' }] }], props: { autofit: 'shrink', fontScale: 77_500, lineSpaceReduction: 20_000 } },
    };
    const deck: Deck = { ...emptyDeck(), slides: [{ id: 's1', title: '', body: [], notes: '', shapes: [box] }] };
    const back = (await read(await write(deck, 'pptx'))).document as Deck;
    const shape = back.slides[0]!.shapes!.find((s) => s.kind === 'shape' && s.text?.props?.autofit === 'shrink');
    expect(shape?.kind === 'shape' ? shape.text?.props : undefined).toMatchObject({ autofit: 'shrink', fontScale: 77_500, lineSpaceReduction: 20_000 });
  });
});

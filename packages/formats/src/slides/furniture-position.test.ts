import { describe, expect, it } from 'vitest';
import { emptyDeck } from '@ostal/model';
import type { Deck, DeckShape } from '@ostal/model';
import { read, write } from '../api.js';

/** A slide number and a footer placed on the slide (ECMA-376 Part 1, 19.3.1.36 p:ph; ODF 1.3 Part 3, 10.9 presentation:class). */
const num: DeckShape = { kind: 'shape', id: 4, name: 'Slide Number 4', geometry: 'rect', placeholder: { type: 'sldNum', idx: 12 }, xfrm: { x: 8_610_600, y: 6_356_350, cx: 2_743_200, cy: 365_125 }, text: { paragraphs: [{ runs: [{ text: '1', field: 'slidenum' }], style: { align: 'right' } }] } };
const ftr: DeckShape = { kind: 'shape', id: 5, name: 'Footer 5', geometry: 'rect', placeholder: { type: 'ftr', idx: 11 }, xfrm: { x: 4_038_600, y: 6_356_350, cx: 4_114_800, cy: 365_125 }, text: { paragraphs: [{ runs: [{ text: 'Préfecture' }], style: { align: 'center' } }] } };

describe('slide number and footer placed on the slide', () => {
  for (const format of ['pptx', 'odp'] as const) {
    it(`keep their place and text through ${format}`, async () => {
      const deck: Deck = { ...emptyDeck(), headerFooter: { slideNumber: true, footer: true }, slides: [{ id: 's1', title: '', body: [], notes: '', shapes: [num, ftr] }] };
      const back = (await read(await write(deck, format))).document as Deck;
      const shapes = back.slides[0]!.shapes ?? [];
      const n = shapes.find((s) => s.placeholder?.type === 'sldNum');
      const f = shapes.find((s) => s.placeholder?.type === 'ftr');
      expect(n?.xfrm, 'slide number').toEqual(num.xfrm);
      expect(f?.xfrm, 'footer').toEqual(ftr.xfrm);
      expect(n?.kind === 'shape' ? n.text?.paragraphs[0]?.runs.some((r) => r.field === 'slidenum') : false).toBe(true);
      expect(f?.kind === 'shape' ? f.text?.paragraphs[0]?.runs.map((r) => r.text).join('') : '').toBe('Préfecture');
    });
  }
});

import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Deck } from '@ostal/model';
import { SlideShapes } from './SlideShapes.js';

describe('slide charts', () => {
  it('draws a chart shape from its values instead of its fallback picture', () => {
    const deck = {
      kind: 'deck',
      version: 2,
      meta: {},
      size: { cx: 9_144_000, cy: 6_858_000 },
      media: {},
      slides: [
        {
          title: '',
          body: '',
          notes: '',
          shapes: [
            {
              kind: 'opaque',
              what: 'chart',
              id: 4,
              name: 'Graphique 1',
              xfrm: { x: 914_400, y: 914_400, cx: 4_572_000, cy: 2_743_200 },
              fallback: 'chart.png',
              chart: {
                type: 'column',
                title: 'Budget',
                series: [{ name: 'Dépenses', cachedCategories: ['A', 'B'], cachedValues: [3, 5] }],
                anchor: { from: { row: 0, col: 0 }, to: { row: 0, col: 0 } },
              },
            },
          ],
        },
      ],
    } as unknown as Deck;
    const html = renderToStaticMarkup(<SlideShapes deck={deck} slide={deck.slides[0]!} label="Autres éléments" />);
    expect(html.split('class="ui-chart__bar"').length - 1).toBe(2);
    expect(html).toContain('aria-label="Budget"');
    expect(html).not.toContain('<img');
  });
});

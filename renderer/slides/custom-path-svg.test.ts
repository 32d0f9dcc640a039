import { describe, expect, it } from 'vitest';
import { emptyDeck } from '@ostal/model';
import type { CustomPath, Deck } from '@ostal/model';
import { customPathData } from './custom-path-svg.js';
import { deckPrintHtml } from './slide-export.js';

/** Numbers of a path's `d`, rounded to whole units. */
const numbers = (d: string): number[] => (d.match(/-?\d+(?:\.\d+)?/g) ?? []).map((v) => Math.round(Number(v)));

describe('free-form outlines as SVG paths', () => {
  it('stretches each path from its own space over the box, lines and curves alike', () => {
    const tri: CustomPath = { w: 100, h: 50, segments: [{ op: 'move', x: 0, y: 50 }, { op: 'line', x: 50, y: 0 }, { op: 'cubic', x1: 60, y1: 10, x2: 80, y2: 30, x: 100, y: 50 }, { op: 'quad', x1: 50, y1: 60, x: 0, y: 50 }, { op: 'close' }] };
    const [d] = customPathData([tri], 1000, 1000);
    expect(d).toBe('M0 1000 L500 0 C600 200 800 600 1000 1000 Q500 1200 0 1000 Z');
  });

  it('draws a DrawingML arc from the current point around its centre (half disc, clockwise)', () => {
    // From the left of a circle of radius 100 centred on (100, 100), half a turn clockwise: over the top to the right.
    const half: CustomPath = { w: 200, h: 200, segments: [{ op: 'move', x: 0, y: 100 }, { op: 'arc', wR: 100, hR: 100, stAng: 10_800_000, swAng: 10_800_000 }, { op: 'close' }] };
    const [d] = customPathData([half], 200, 200);
    expect(d?.startsWith('M0 100 A100 100 0 ')).toBe(true);
    const arc = numbers(d!.split('A')[1]!);
    expect(arc.slice(-2)).toEqual([200, 100]);
    expect(arc[4]).toBe(1); // sweep flag: clockwise on screen
  });

  it('splits a whole ellipse into two arcs and keeps stretched radii', () => {
    const ring: CustomPath = { w: 100, h: 100, segments: [{ op: 'move', x: 100, y: 50 }, { op: 'arc', wR: 50, hR: 50, stAng: 0, swAng: 21_600_000 }] };
    const [d] = customPathData([ring], 400, 200);
    const arcs = d!.split('A').slice(1).map(numbers);
    expect(arcs).toHaveLength(2);
    expect(arcs[0]!.slice(0, 2)).toEqual([200, 100]);
    expect(arcs[0]!.slice(-2)).toEqual([0, 100]);
    expect(arcs[1]!.slice(-2)).toEqual([400, 100]);
  });

  it('gives nothing to draw for paths without segments or with an empty space', () => {
    expect(customPathData([{ w: 0, h: 0, segments: [] }], 100, 100)).toEqual(['']);
  });

  it('prints a free form as its path with its fill and outline, not as a box', () => {
    const base = emptyDeck();
    const star: CustomPath = { w: 10, h: 10, segments: [{ op: 'move', x: 5, y: 0 }, { op: 'line', x: 10, y: 10 }, { op: 'line', x: 0, y: 10 }, { op: 'close' }] };
    const deck: Deck = {
      ...base,
      slides: [{ id: 's1', title: '', body: [], notes: '', shapes: [{ kind: 'shape', id: 7, geometry: 'custom', paths: [star], xfrm: { x: 0, y: 0, cx: 1_000_000, cy: 500_000 }, fill: { kind: 'solid', color: { rgb: 'C00000' } }, line: { width: 25_400, fill: { kind: 'solid', color: { rgb: '0000FF' } } } }] }],
    };
    const html = deckPrintHtml(deck, '', 'Formes', (k) => String(k));
    expect(html).toContain('<path d="M500000 0 L1000000 500000 L0 500000 Z" fill="#C00000" stroke="#0000FF" stroke-width="25400"');
    expect(html).not.toMatch(/data-shape-id="7"[^>]*background/);
  });
});

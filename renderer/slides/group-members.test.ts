import { describe, expect, it } from 'vitest';
import { emptyDeck } from '@ostal/model';
import type { Chart, Deck, DeckShape, GroupShape, TextBody } from '@ostal/model';
import { findPlaced, firstEditableMember, groupMembers, memberAt } from './group-members.js';
import { adjustTargets } from './adjust-handles.js';
import { corners } from './shape-geometry.js';
import { setSlideChart } from './chart-operations.js';
import { editableShapes, setShapeText } from './shape-operations.js';
import { slideOfLayout } from './slide-factory.js';

const text = (s: string): TextBody => ({ paragraphs: [{ runs: [{ text: s }] }] });
const chart: Chart = { type: 'pie', series: [{ name: 'Part', cachedCategories: ['A', 'B'], cachedValues: [1, 2] }], anchor: { from: { row: 0, col: 0 }, to: { row: 0, col: 0 } } };

/**
 * A group drawn at twice its child space's size, 1 cm right: a labelled box on the left, and on the
 * right a nested group holding a pie chart.
 */
function grouped(): GroupShape {
  const label: DeckShape = { kind: 'shape', id: 11, name: 'Étiquette', geometry: 'rect', xfrm: { x: 0, y: 0, cx: 1000, cy: 1000 }, text: text('Avant') };
  const pie: DeckShape = { kind: 'opaque', what: 'chart', id: 12, name: 'Camembert', xfrm: { x: 1000, y: 0, cx: 1000, cy: 1000 }, chart };
  const inner: GroupShape = { kind: 'group', id: 13, name: 'Intérieur', xfrm: { x: 1000, y: 0, cx: 1000, cy: 1000 }, childSpace: { x: 1000, y: 0, cx: 1000, cy: 1000 }, children: [pie] };
  return { kind: 'group', id: 10, name: 'Groupe', xfrm: { x: 360_000, y: 0, cx: 4000, cy: 2000 }, childSpace: { x: 0, y: 0, cx: 2000, cy: 1000 }, children: [label, inner] };
}

function deckWith(shape: DeckShape): Deck {
  const slide = slideOfLayout(emptyDeck(), { builtIn: 'blank' });
  return { ...emptyDeck(), slides: [{ ...slide, shapes: [shape] }] };
}

describe('members of a group on the canvas', () => {
  it('places each member where it shows on the slide, through nested groups', () => {
    const g = grouped();
    const placed = groupMembers(g, g.xfrm).map((m) => [m.shape.id, m.frame.x, m.frame.cx]);
    expect(placed).toEqual([
      [11, 360_000, 2000],
      [12, 362_000, 2000],
    ]);
  });

  it('finds the member under the pointer, and nothing outside the members', () => {
    const g = grouped();
    expect(memberAt(g, g.xfrm, { x: 361_000, y: 1000 })?.shape.id).toBe(11);
    expect(memberAt(g, g.xfrm, { x: 363_000, y: 1000 })?.shape.id).toBe(12);
    expect(memberAt(g, g.xfrm, { x: 370_000, y: 1000 })).toBeUndefined();
    expect(findPlaced([g], [g.xfrm], 12)?.frame?.x).toBe(362_000);
  });

  it('draws, hit-tests and shows adjust handles of the members of a turned nested group where they stand', () => {
    const g = grouped();
    const turned: GroupShape = { ...g, xfrm: { ...g.xfrm!, rot: 180 * 60_000 } };
    // A half turn swaps the label (left) and the nested pie (right).
    const placed = groupMembers(turned, turned.xfrm).map((m) => [m.shape.id, Math.round(m.frame.x), m.frame.rot]);
    expect(placed).toEqual([
      [11, 362_000, 180 * 60_000],
      [12, 360_000, 180 * 60_000],
    ]);
    expect(memberAt(turned, turned.xfrm, { x: 361_000, y: 1000 })?.shape.id).toBe(12);
    expect(memberAt(turned, turned.xfrm, { x: 363_000, y: 1000 })?.shape.id).toBe(11);
    // The corners of a member turned a quarter turn lie where the group's quarter turn takes them.
    const quarter: GroupShape = { ...g, xfrm: { x: 0, y: 0, cx: 4000, cy: 2000, rot: 90 * 60_000 } };
    const label = groupMembers(quarter, quarter.xfrm)[0]!.frame;
    const round = (ps: { x: number; y: number }[]) => ps.map((p) => `${String(Math.round(p.x))},${String(Math.round(p.y))}`).sort();
    // Unturned, the label covers (0, 0)-(2000, 2000); turned about (2000, 1000) it covers (1000, -1000)-(3000, 1000).
    expect(round(corners(label))).toEqual(round([{ x: 1000, y: -1000 }, { x: 3000, y: -1000 }, { x: 3000, y: 1000 }, { x: 1000, y: 1000 }]));
    const arrow: DeckShape = { kind: 'shape', id: 20, geometry: 'rightArrow', xfrm: { x: 0, y: 0, cx: 1000, cy: 500 } };
    const arrows: GroupShape = { kind: 'group', id: 21, xfrm: { x: 0, y: 0, cx: 1000, cy: 500, rot: 45 * 60_000 }, childSpace: { x: 0, y: 0, cx: 1000, cy: 500 }, children: [arrow] };
    expect(adjustTargets(arrows, arrows.xfrm).map((a) => a.frame.rot)).toEqual([45 * 60_000]);
  });

  it('gives Enter the first member with text, else the first chart', () => {
    expect(firstEditableMember(grouped())?.id).toBe(11);
    const g = grouped();
    expect(firstEditableMember({ ...g, children: g.children.slice(1) })?.id).toBe(12);
  });

  it("edits a member's text and a nested member's chart, leaving the group in place", () => {
    let deck = setShapeText(deckWith(grouped()), 0, 11, text('Après'));
    deck = setSlideChart(deck, 0, 12, { ...chart, series: [{ name: 'Part', cachedCategories: ['A', 'B'], cachedValues: [5, 2] }] });
    const g = editableShapes(deck.slides[0]!)[0] as GroupShape;
    expect(g.xfrm).toEqual(grouped().xfrm);
    const label = g.children[0]!;
    expect(label.kind === 'shape' ? label.text?.paragraphs[0]?.runs[0]?.text : undefined).toBe('Après');
    const pie = (g.children[1] as GroupShape).children[0]!;
    expect(pie.kind === 'opaque' ? pie.chart?.series[0]?.cachedValues : undefined).toEqual([5, 2]);
  });

  it('renumbers a member whose id another shape of the slide already has', () => {
    const g = grouped();
    const twin: DeckShape = { kind: 'shape', id: 11, name: 'Autre', geometry: 'ellipse', xfrm: { x: 0, y: 0, cx: 10, cy: 10 } };
    const slide = { ...slideOfLayout(emptyDeck(), { builtIn: 'blank' }), shapes: [twin, g] };
    const shapes = editableShapes(slide);
    const ids = [shapes[0]!.id, ...groupMembers(shapes[1] as GroupShape, g.xfrm).map((m) => m.shape.id)];
    expect(new Set(ids).size).toBe(3);
    expect(shapes[0]!.id).toBe(11);
  });
});

import { describe, expect, it } from 'vitest';
import { emptyDeck } from '@ostal/model';
import type { Chart, Deck, DeckShape, GroupShape, TextBody } from '@ostal/model';
import { findPlaced, firstEditableMember, groupMembers, mapChildFrame, memberAt } from './group-members.js';
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

  it('turns the members of a turned group about the group\'s centre, with their own turn added', () => {
    // A 4000 x 2000 group turned a quarter turn clockwise; its member is the left square, itself turned 30°.
    const group = { x: 0, y: 0, cx: 4000, cy: 2000, rot: 90 * 60_000 };
    const t = mapChildFrame({ x: 0, y: 0, cx: 2000, cy: 2000, rot: 30 * 60_000 }, group, { x: 0, y: 0, cx: 4000, cy: 2000 })!;
    // Its centre (1000, 1000) is 1000 left of the group's (2000, 1000): a quarter turn puts it 1000 above.
    expect(t.x + t.cx / 2).toBeCloseTo(2000);
    expect(t.y + t.cy / 2).toBeCloseTo(0);
    expect([t.cx, t.cy, t.rot, t.flipH, t.flipV]).toEqual([2000, 2000, 120 * 60_000, undefined, undefined]);
    // A whole turn comes back to the angle range.
    expect(mapChildFrame({ x: 0, y: 0, cx: 10, cy: 10, rot: 300 * 60_000 }, group, group)!.rot).toBe(30 * 60_000);
  });

  it('mirrors the members of a flipped group: places swapped, own turn reversed, flips combined', () => {
    const space = { x: 0, y: 0, cx: 4000, cy: 2000 };
    const left = { x: 0, y: 500, cx: 1000, cy: 1000, rot: 20 * 60_000 };
    const h = mapChildFrame(left, { ...space, flipH: true }, space)!;
    expect([h.x, h.y, h.rot, h.flipH, h.flipV]).toEqual([3000, 500, 340 * 60_000, true, undefined]);
    // Mirrored both ways is a half turn: the member keeps its own turn and is flipped both ways.
    const hv = mapChildFrame({ ...left, flipH: true }, { ...space, flipH: true, flipV: true }, space)!;
    expect([hv.x, hv.y, hv.rot, hv.flipH, hv.flipV]).toEqual([3000, 500, 20 * 60_000, undefined, true]);
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

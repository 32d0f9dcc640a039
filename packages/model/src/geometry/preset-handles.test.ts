/** Adjust handles: where the yellow diamonds stand, and the adjust values a drag gives. */
import { describe, expect, it } from 'vitest';
import { argValue } from './shape-guides.js';
import { presetDefinition } from './preset-geometry.js';
import { adjustForHandle, presetHandleGuides, presetHandlePositions, presetHandles } from './preset-handles.js';
import { PRESET_HANDLES } from './preset-handles-data.js';

const near = (p: { x: number; y: number } | undefined, x: number, y: number, eps = 1e-3) => {
  expect(p).toBeDefined();
  expect(Math.abs((p?.x ?? NaN) - x)).toBeLessThan(eps);
  expect(Math.abs((p?.y ?? NaN) - y)).toBeLessThan(eps);
};

describe('handle positions', () => {
  it('puts the roundRect handle where the corner arc starts on the top edge', () => {
    const [h] = presetHandlePositions('roundRect', 400, 200);
    near(h, (200 * 16_667) / 100_000, 0);
    near(presetHandlePositions('roundRect', 400, 200, { adj: 50_000 })[0], 100, 0);
  });

  it('puts the rightArrow handles on the shaft edge and at the head base', () => {
    const [shaft, head] = presetHandlePositions('rightArrow', 400, 200);
    near(shaft, 0, 50);
    near(head, 300, 0);
  });

  it('puts the star5 handle on the inner radius above the centre', () => {
    const [h] = presetHandlePositions('star5', 200, 200);
    const svc = (100 * 110_557) / 100_000;
    const ihd2 = (svc * 19_098) / 50_000;
    near(h, 100, svc - ihd2);
  });

  it('has none for a preset without adjust values', () => {
    expect(presetHandles('rect')).toEqual([]);
    expect(presetHandlePositions('pentagon', 100, 100)).toEqual([]);
  });
});

describe('dragging a handle', () => {
  const roundTrip = (preset: string, index: number, target: Readonly<Record<string, number>>, w = 400, h = 200) => {
    const goal = presetHandlePositions(preset, w, h, target)[index];
    const got = adjustForHandle(preset, index, w, h, undefined, goal ?? { x: 0, y: 0 });
    for (const [name, value] of Object.entries(target)) expect(Math.abs((got[name] ?? NaN) - value)).toBeLessThanOrEqual(2);
    const back = presetHandlePositions(preset, w, h, got)[index];
    near(back, goal?.x ?? NaN, goal?.y ?? NaN, 0.5);
  };

  it('gives back the adjust value that put the handle there (position → value → position)', () => {
    roundTrip('roundRect', 0, { adj: 30_000 });
    roundTrip('rightArrow', 0, { adj1: 70_000 });
    roundTrip('rightArrow', 1, { adj2: 80_000 });
    roundTrip('star5', 0, { adj: 35_000 }, 200, 200);
    roundTrip('chevron', 0, { adj: 20_000 });
    roundTrip('wedgeRectCallout', 0, { adj1: 40_000, adj2: -90_000 });
    roundTrip('pie', 1, { adj2: 3_000_000 }, 200, 200);
    roundTrip('donut', 0, { adj: 10_000 }, 200, 200);
    roundTrip('blockArc', 1, { adj2: 1_000_000, adj3: 12_000 }, 200, 200);
  });

  it('clamps to the handle bounds and keeps the other values', () => {
    expect(adjustForHandle('roundRect', 0, 400, 200, undefined, { x: 390, y: 0 })['adj']).toBe(50_000);
    expect(adjustForHandle('roundRect', 0, 400, 200, undefined, { x: -50, y: 0 })['adj']).toBe(0);
    const arrow = adjustForHandle('rightArrow', 1, 400, 200, { adj1: 60_000 }, { x: 350, y: 10 });
    expect(arrow['adj1']).toBe(60_000);
    expect(arrow['adj2']).toBe(25_000);
  });

  it('leaves the values alone for an unknown preset or handle', () => {
    expect(adjustForHandle('rect', 0, 100, 100, { adj: 5 }, { x: 1, y: 1 })).toEqual({ adj: 5 });
    expect(adjustForHandle('roundRect', 3, 100, 100, undefined, { x: 1, y: 1 })).toEqual({});
  });
});

describe('every handle of every preset', () => {
  it('reaches a point where it can stand: its values moved a quarter of their range, dragged there, give the same place', () => {
    const missed: string[] = [];
    for (const name of Object.keys(PRESET_HANDLES)) {
      const [w, h] = [300, 200];
      const values = presetHandleGuides(name, w, h) ?? new Map<string, number>();
      presetHandles(name).forEach((handle, i) => {
        const target: Record<string, number> = {};
        for (const c of handle.controls) {
          const v = values.get(c.ref) ?? 0;
          const lo = c.min === '*' ? v - 100_000 : argValue(c.min, values);
          const hi = c.max === '*' ? v + 100_000 : argValue(c.max, values);
          const step = 0.23 * (hi - lo);
          target[c.ref] = Math.round(v + step <= hi ? v + step : v - step);
        }
        const goal = presetHandlePositions(name, w, h, target)[i] ?? { x: NaN, y: NaN };
        const back = presetHandlePositions(name, w, h, adjustForHandle(name, i, w, h, undefined, goal))[i] ?? { x: NaN, y: NaN };
        if (!(Math.hypot(back.x - goal.x, back.y - goal.y) <= 0.5)) missed.push(`${name} ${String(i + 1)}`);
      });
    }
    expect(missed).toEqual([]);
  });
});

describe('the handle table', () => {
  it('names only adjust values and guides of each preset, and gives every adjustable preset its handles', () => {
    for (const [name, text] of Object.entries(PRESET_HANDLES)) {
      const def = presetDefinition(name);
      expect(def, name).toBeDefined();
      if (!def) continue;
      const values = presetHandleGuides(name, 300, 200) ?? new Map<string, number>();
      const known = (s: string) => s === '*' || Number.isFinite(Number(s)) || values.has(s);
      const handles = presetHandles(name);
      expect(handles.length, name).toBe(text.split(';').length);
      for (const h of handles) {
        expect(h.pos.every(known), `${name} ${h.pos.join(' ')}`).toBe(true);
        for (const c of h.controls) {
          expect(def.avLst.some((g) => g.name === c.ref), `${name} ${c.ref}`).toBe(true);
          expect(known(c.min) && known(c.max), `${name} ${c.min} ${c.max}`).toBe(true);
        }
      }
    }
    for (const name of ['roundRect', 'rightArrow', 'star5', 'can', 'cube', 'frame', 'foldedCorner', 'bentArrow', 'uturnArrow', 'wedgeEllipseCallout', 'cloudCallout', 'smileyFace', 'moon', 'sun']) {
      expect(presetHandles(name).length, name).toBeGreaterThan(0);
    }
  });
});

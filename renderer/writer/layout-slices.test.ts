import { describe, expect, it } from 'vitest';
import { SliceClock } from './layout-slices.js';

describe('a long layout spread over several tasks', () => {
  it('yields once its budget is spent, and stops when it is no longer wanted', async () => {
    let t = 0;
    let wanted = true;
    let yields = 0;
    const clock = new SliceClock(() => wanted, 10, () => t, () => {
      yields++;
      return Promise.resolve();
    });
    t = 5;
    expect(clock.due()).toBe(false);
    expect(await clock.next()).toBe(true);
    expect(yields).toBe(0);
    t = 12;
    expect(clock.due()).toBe(true);
    expect(await clock.next()).toBe(true);
    expect(yields).toBe(1);
    // A new slice starts after the yield.
    expect(clock.due()).toBe(false);
    t = 30;
    wanted = false;
    expect(await clock.next()).toBe(false);
    expect(yields).toBe(2);
  });
});

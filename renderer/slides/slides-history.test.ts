import { describe, expect, it } from 'vitest';
import { HISTORY_LIMIT, canRedo, canUndo, discard, record, redo, startHistory, undo } from './slides-history.js';

describe('slides history', () => {
  it('undoes and redoes, returning to the slide each change was made on', () => {
    let h = startHistory('a');
    h = record(h, 'b', 0);
    h = record(h, 'c', 2);
    const u = undo(h);
    expect(u.history.present.value).toBe('b');
    expect(u.slide).toBe(2);
    const r = redo(u.history);
    expect(r.history.present.value).toBe('c');
    expect(r.slide).toBe(2);
    expect(canRedo(r.history)).toBe(false);
  });
  it('drops the redo branch on a new change and ignores no-op changes', () => {
    let h = record(record(startHistory('a'), 'b', 0), 'c', 0);
    h = undo(h).history;
    h = record(h, 'd', 0);
    expect(canRedo(h)).toBe(false);
    expect(record(h, 'd', 0)).toBe(h);
    expect(undo(h).history.present.value).toBe('b');
  });
  it('merges steps with the same key into one', () => {
    let h = record(startHistory('a'), 'b', 0);
    h = record(h, 'b1', 0, 'nudge:1');
    h = record(h, 'b2', 0, 'nudge:1');
    h = record(h, 'b3', 0, 'nudge:1');
    expect(undo(h).history.present.value).toBe('b');
    h = record(h, 'c', 0, 'nudge:2');
    expect(undo(h).history.present.value).toBe('b3');
  });
  it('keeps a bounded number of steps', () => {
    let h = startHistory(0);
    for (let i = 1; i <= HISTORY_LIMIT + 20; i += 1) h = record(h, i, 0);
    let n = 0;
    while (canUndo(h)) {
      h = undo(h).history;
      n += 1;
    }
    expect(n).toBe(HISTORY_LIMIT);
    expect(h.present.value).toBe(20);
  });
});

describe('discarding a cancelled step', () => {
  it('goes back to the state before it and leaves nothing to redo', () => {
    let h = startHistory('a');
    h = record(h, 'b', 0);
    h = record(h, 'c', 0, 'dialog:1');
    h = record(h, 'd', 0, 'dialog:1');
    const back = discard(h);
    expect(back.present.value).toBe('b');
    expect(canRedo(back)).toBe(false);
    expect(undo(back).history.present.value).toBe('a');
    expect(discard(startHistory('x')).present.value).toBe('x');
  });
});

import { describe, expect, it } from 'vitest';
import { dataEdge } from './grid-navigation.js';

describe('Ctrl+arrow jumps over data blocks as in Excel', () => {
  // index:        0  1  2  3  4  5  6  7  8  9
  const cells = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
  const filled = (i: number) => cells[i] === 1;

  it('goes to the end of a filled block', () => {
    expect(dataEdge(filled, 0, 1, 9)).toBe(2);
    expect(dataEdge(filled, 2, -1, 9)).toBe(0);
  });
  it('goes from the end of a block to the next filled cell', () => {
    expect(dataEdge(filled, 2, 1, 9)).toBe(5);
    expect(dataEdge(filled, 3, 1, 9)).toBe(5);
    expect(dataEdge(filled, 5, -1, 9)).toBe(2);
  });
  it('goes to the edge when nothing is filled further on', () => {
    expect(dataEdge(filled, 5, 1, 9)).toBe(9);
    expect(dataEdge(filled, 9, 1, 9)).toBe(9);
    expect(dataEdge(() => false, 4, -1, 9)).toBe(0);
  });
});

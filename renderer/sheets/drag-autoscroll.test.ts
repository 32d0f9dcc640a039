import { describe, expect, it } from 'vitest';
import { edgeScrollStep } from './drag-autoscroll.js';

const area = { left: 100, top: 50, right: 900, bottom: 650 };

describe('scrolling while dragging past the edge', () => {
  it('does not scroll inside the cells', () => {
    expect(edgeScrollStep(area, 500, 300)).toEqual({ dx: 0, dy: 0 });
    expect(edgeScrollStep(area, 100, 650)).toEqual({ dx: 0, dy: 0 });
  });

  it('scrolls towards the side the pointer went out of, faster further out, up to a cap', () => {
    expect(edgeScrollStep(area, 500, 660)).toEqual({ dx: 0, dy: 11 });
    expect(edgeScrollStep(area, 500, 750)).toEqual({ dx: 0, dy: 56 });
    expect(edgeScrollStep(area, 500, 2000)).toEqual({ dx: 0, dy: 60 });
    expect(edgeScrollStep(area, 80, 20)).toEqual({ dx: -16, dy: -21 });
  });
});

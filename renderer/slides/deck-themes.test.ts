import { describe, expect, it } from 'vitest';
import { BUILT_IN_THEMES, contrast } from './deck-themes.js';

describe('built-in themes', () => {
  it('keep text and accents readable on white', () => {
    expect(contrast('000000', 'FFFFFF')).toBeCloseTo(21);
    for (const t of BUILT_IN_THEMES) {
      for (const slot of ['dk1', 'dk2']) expect(contrast(t.colors[slot]!, t.colors['lt1']!), `${t.name} ${slot}`).toBeGreaterThanOrEqual(7);
      for (const slot of ['accent1', 'accent2', 'accent3', 'accent4', 'accent5', 'accent6', 'hlink']) expect(contrast(t.colors[slot]!, 'FFFFFF'), `${t.name} ${slot}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { AUTOFIT_STEPS, nextStep, overflows, startStep } from './autofit-steps.js';

describe('shrink on overflow steps', () => {
  it('starts at the scale the file gives, else at full size', () => {
    expect(startStep(undefined)).toEqual({ fontScale: 100_000, lineSpaceReduction: 0 });
    expect(startStep({ autofit: 'shrink', fontScale: 62_500, lineSpaceReduction: 20_000 })).toEqual({ fontScale: 62_500, lineSpaceReduction: 20_000 });
  });
  it('reduces the line spacing first, then the font, and stops at a quarter', () => {
    const seen = [];
    for (let s = nextStep(startStep(undefined)); s; s = nextStep(s)) seen.push(s);
    expect(seen).toEqual(AUTOFIT_STEPS.slice(1));
    expect(nextStep({ fontScale: 100_000, lineSpaceReduction: 0 })).toEqual({ fontScale: 100_000, lineSpaceReduction: 10_000 });
    // A scale between two steps goes on from the next smaller one.
    expect(nextStep({ fontScale: 90_000, lineSpaceReduction: 10_000 })).toEqual({ fontScale: 85_000, lineSpaceReduction: 20_000 });
    expect(nextStep({ fontScale: 25_000, lineSpaceReduction: 20_000 })).toBeUndefined();
  });
  it('allows half a pixel of rounding', () => {
    expect([overflows(100.4, 100), overflows(101, 100)]).toEqual([false, true]);
  });
});

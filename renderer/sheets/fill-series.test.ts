import { describe, expect, it } from 'vitest';
import { fillSeries } from './fill-series.js';

describe('fill series', () => {
  it('continues numbers along their trend', () => {
    expect(fillSeries([1, 2], 2)).toEqual([3, 4]);
    expect(fillSeries([10, 8], 3)).toEqual([6, 4, 2]);
    expect(fillSeries([0.1, 0.2], 2)).toEqual([0.3, 0.4]);
    expect(fillSeries([1, 2, 4], 1)[0]).toBeCloseTo(16 / 3);
  });

  it('copies a single number but continues a single date by one day', () => {
    expect(fillSeries([5], 2)).toEqual([undefined, undefined]);
    expect(fillSeries([46000], 2, { dates: true })).toEqual([46001, 46002]);
    expect(fillSeries([46000, 46007], 2, { dates: true })).toEqual([46014, 46021]);
  });

  it('continues French and English day and month names, keeping their case', () => {
    expect(fillSeries(['lundi'], 3)).toEqual(['mardi', 'mercredi', 'jeudi']);
    expect(fillSeries(['Samedi'], 2)).toEqual(['Dimanche', 'Lundi']);
    expect(fillSeries(['lundi', 'mercredi'], 2)).toEqual(['vendredi', 'dimanche']);
    expect(fillSeries(['novembre'], 3)).toEqual(['décembre', 'janvier', 'février']);
    expect(fillSeries(['JANV.'], 1)).toEqual(['FÉVR.']);
    expect(fillSeries(['Monday'], 1)).toEqual(['Tuesday']);
  });

  it('continues a number at the end of a text', () => {
    expect(fillSeries(['Lot 1'], 2)).toEqual(['Lot 2', 'Lot 3']);
    expect(fillSeries(['T2', 'T4'], 1)).toEqual(['T6']);
    expect(fillSeries(['pièce 009'], 2)).toEqual(['pièce 010', 'pièce 011']);
  });

  it('copies formulas, booleans, plain texts and mixed blocks', () => {
    expect(fillSeries(['=A1+1'], 2)).toEqual([undefined, undefined]);
    expect(fillSeries([true], 1)).toEqual([undefined]);
    expect(fillSeries(['Paris'], 1)).toEqual([undefined]);
    expect(fillSeries([1, 'lundi'], 1)).toEqual([undefined]);
    expect(fillSeries(['A 1', 'B 2'], 1)).toEqual([undefined]);
  });
});

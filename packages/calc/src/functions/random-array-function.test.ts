import { describe, expect, it } from 'vitest';
import { evaluateOne, spillOf } from '../test-workbook.js';

describe('RANDARRAY', () => {
  it('spills random numbers between the bounds', () => {
    const grid = spillOf('=RANDARRAY(3,2,5,10)', []);
    expect(grid).toHaveLength(3);
    for (const row of grid) {
      expect(row).toHaveLength(2);
      for (const v of row) {
        expect(v as number).toBeGreaterThanOrEqual(5);
        expect(v as number).toBeLessThan(10);
      }
    }
  });

  it('draws whole numbers with both bounds included', () => {
    const seen = new Set<number>();
    for (const row of spillOf('=RANDARRAY(4,4,1,2,TRUE)', [])) for (const v of row) seen.add(v as number);
    expect([...seen].every((v) => v === 1 || v === 2)).toBe(true);
  });

  it('is one number by default', () => {
    const v = evaluateOne('=RANDARRAY()') as number;
    expect(v).toBeGreaterThanOrEqual(0);
    expect(v).toBeLessThan(1);
  });

  it('gives #VALUE! for bounds the wrong way, whole numbers between decimals, or a size from a cell', () => {
    expect(evaluateOne('=RANDARRAY(1,1,5,1)')).toEqual({ error: '#VALUE!' });
    expect(evaluateOne('=RANDARRAY(1,1,0.5,3,TRUE)')).toEqual({ error: '#VALUE!' });
    expect(evaluateOne('=RANDARRAY(0)')).toEqual({ error: '#VALUE!' });
    expect(spillOf('=RANDARRAY(A1)', [[2]])).toEqual([[{ error: '#VALUE!' }]]);
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateOne } from '../test-workbook.js';
import { easterSunday } from './easter-sunday-function.js';

describe('easterSunday', () => {
  it.each([
    [2000, 4, 23],
    [2024, 3, 31],
    [2025, 4, 20],
    [1818, 3, 22], // the earliest date possible
    [2038, 4, 25], // the latest
    [1583, 4, 10],
  ])('Easter %i is on %i/%i', (year, month, day) => {
    expect(easterSunday(year)).toEqual({ month, day });
  });
});

describe('EASTERSUNDAY', () => {
  it('gives the serial date (LibreOffice Help: EASTERSUNDAY(2000) is 2000-04-23)', () => {
    expect(evaluateOne('=EASTERSUNDAY(2000)')).toBe(36639);
    expect(evaluateOne('=EASTERSUNDAY(2024.9)')).toBe(45382);
    expect(evaluateOne('=ORG.OPENOFFICE.EASTERSUNDAY(2025)')).toBe(45767);
  });

  it('reads two-digit years as LibreOffice does (0–29: 2000s, 30–99: 1900s)', () => {
    expect(evaluateOne('=EASTERSUNDAY(24)')).toBe(45382);
    expect(evaluateOne('=EASTERSUNDAY(0)')).toBe(36639);
    expect(evaluateOne('=EASTERSUNDAY(99)=EASTERSUNDAY(1999)')).toBe(true);
  });

  it('gives #NUM! outside 1583–9956 and #VALUE! for text', () => {
    expect(evaluateOne('=EASTERSUNDAY(1582)')).toEqual({ error: '#NUM!' });
    expect(evaluateOne('=EASTERSUNDAY(9957)')).toEqual({ error: '#NUM!' });
    expect(evaluateOne('=EASTERSUNDAY(-1)')).toEqual({ error: '#NUM!' });
    expect(evaluateOne('=EASTERSUNDAY("x")')).toEqual({ error: '#VALUE!' });
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateOne } from '../test-workbook.js';
import { convertUnits, parseUnit } from './convert-units.js';

const NA = { error: '#N/A' };

describe('parseUnit', () => {
  it('reads units, decimal prefixes (squared and cubed for areas and volumes) and binary prefixes', () => {
    expect(parseUnit('m')).toMatchObject({ quantity: 'distance', factor: 1 });
    expect(parseUnit('km')).toMatchObject({ quantity: 'distance', factor: 1000 });
    expect(parseUnit('dam')).toMatchObject({ factor: 10 });
    expect(parseUnit('cm2')?.factor).toBeCloseTo(1e-4, 18);
    expect(parseUnit('cm3')?.factor).toBeCloseTo(1e-6, 20);
    expect(parseUnit('kibyte')).toMatchObject({ quantity: 'information', factor: 8192 });
    expect(parseUnit('Mibit')).toMatchObject({ factor: 2 ** 20 });
    expect(parseUnit('kmi')).toBeUndefined();
    expect(parseUnit('kibit')?.factor).toBe(1024);
    expect(parseUnit('kim')).toBeUndefined();
    expect(parseUnit('M')).toBeUndefined();
  });

  it('is case-sensitive', () => {
    expect(parseUnit('Mg')).toMatchObject({ quantity: 'mass', factor: 1e6 });
    expect(parseUnit('mg')).toMatchObject({ quantity: 'mass', factor: 1e-3 });
    expect(parseUnit('LBM')).toBeUndefined();
  });

  it('converts temperatures through kelvins', () => {
    const c = parseUnit('C')!;
    expect(convertUnits(100, c, parseUnit('F')!)).toBeCloseTo(212, 12);
    expect(convertUnits(0, c, parseUnit('K')!)).toBeCloseTo(273.15, 12);
    expect(convertUnits(0, c, parseUnit('mK')!)).toBeCloseTo(273_150, 9);
    expect(convertUnits(100, c, parseUnit('Reau')!)).toBeCloseTo(80, 12);
    expect(convertUnits(491.67, parseUnit('Rank')!, c)).toBeCloseTo(0, 12);
  });
});

describe('CONVERT', () => {
  // Examples of Excel's reference, and exact definitions.
  it.each([
    ['=CONVERT(1,"lbm","kg")', 0.45359237],
    ['=CONVERT(68,"F","C")', 20],
    ['=CONVERT(CONVERT(100,"ft","m"),"ft","m")', 9.290304],
    ['=CONVERT(1,"mi","km")', 1.609344],
    ['=CONVERT(1,"gal","l")', 3.785411784],
    ['=CONVERT(1,"in","cm")', 2.54],
    ['=CONVERT(1,"m2","ft2")', 10.763910416709722],
    ['=CONVERT(1,"ha","m2")', 10000],
    ['=CONVERT(1,"hr","sec")', 3600],
    ['=CONVERT(1,"yr","day")', 365.25],
    ['=CONVERT(1,"kWh","J")', 3.6e6],
    ['=CONVERT(1,"byte","bit")', 8],
    ['=CONVERT(100,"kn","m/s")', 51.44444444444444],
    ['=CONVERT(1,"cup","tsp")', 48],
  ])('%s = %d', (formula, expected) => {
    expect(evaluateOne(formula)).toBeCloseTo(expected, 6);
  });

  it.each([
    ['=CONVERT(2.5,"ft","sec")', NA],
    ['=CONVERT(1,"lbm","KG")', NA],
    ['=CONVERT(1,"parsnip","m")', NA],
    ['=CONVERT("x","m","ft")', { error: '#VALUE!' }],
    ['=CONVERT(1/0,"m","ft")', { error: '#DIV/0!' }],
  ])('%s = %j', (formula, expected) => {
    expect(evaluateOne(formula)).toEqual(expected);
  });
});

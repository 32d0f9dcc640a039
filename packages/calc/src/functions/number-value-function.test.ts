import { describe, expect, it } from 'vitest';
import { evaluateOne } from '../test-workbook.js';
import { numberValue } from './number-value-function.js';

const VALUE = { error: '#VALUE!' };

describe('numberValue', () => {
  it('reads the separators given', () => {
    expect(numberValue('2.500,27', ',', '.')).toBe(2500.27);
    expect(numberValue('1,234.5', '.', ',')).toBe(1234.5);
    expect(numberValue(' 3 000 ', '.', ',')).toBe(3000);
    expect(numberValue('', '.', ',')).toBe(0);
    expect(numberValue('1.5E3', '.', ',')).toBe(1500);
    expect(numberValue('-.5', '.', ',')).toBe(-0.5);
  });

  it('refuses a second decimal separator or a group separator after it', () => {
    expect(numberValue('1.2.3', '.', ',')).toBeNull();
    expect(numberValue('1.2,3', '.', ',')).toBeNull();
    expect(numberValue('abc', '.', ',')).toBeNull();
    expect(numberValue('%', '.', ',')).toBeNull();
  });
});

describe('NUMBERVALUE', () => {
  // Examples of Excel's reference.
  it.each([
    ['=NUMBERVALUE("2.500,27",",",".")', 2500.27],
    ['=NUMBERVALUE("3.5%")', 0.035],
    ['=NUMBERVALUE("9%%")', 0.0009],
    ['=NUMBERVALUE("1 234,5",",")', 1234.5],
    ['=NUMBERVALUE("1,234.5")', 1234.5],
    ['=NUMBERVALUE("")', 0],
    ['=NUMBERVALUE(12)', 12],
    ['=NUMBERVALUE("1.234,5",",.",".,")', 1234.5],
  ])('%s = %j', (formula, expected) => {
    expect(evaluateOne(formula)).toBeCloseTo(expected, 12);
  });

  it.each([
    ['=NUMBERVALUE("abc")', VALUE],
    ['=NUMBERVALUE("1.2.3")', VALUE],
    ['=NUMBERVALUE("1,5",",",",")', VALUE],
    ['=NUMBERVALUE("1,5","")', VALUE],
    ['=NUMBERVALUE(TRUE)', VALUE],
    ['=NUMBERVALUE(1/0)', { error: '#DIV/0!' }],
  ])('%s = %j', (formula, expected) => {
    expect(evaluateOne(formula)).toEqual(expected);
  });
});

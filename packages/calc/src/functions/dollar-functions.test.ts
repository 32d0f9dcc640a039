import { describe, expect, it } from 'vitest';
import { evaluateOne } from '../test-workbook.js';
import { dollarText } from './dollar-functions.js';

describe('dollarText', () => {
  it('puts negative amounts in parentheses, and drops the sign of an amount rounded to zero', () => {
    expect(dollarText(-1234.567, 2)).toBe('($1,234.57)');
    expect(dollarText(-0.001, 2)).toBe('$0.00');
    expect(dollarText(0.5, 0)).toBe('$1');
  });
});

describe('DOLLAR and USDOLLAR', () => {
  // Examples of Excel's reference (A2 = 1234.567, A3 = -1234.567, A4 = -0.123, A5 = 99.888).
  it.each([
    ['=DOLLAR(1234.567,2)', '$1,234.57'],
    ['=DOLLAR(1234.567,-2)', '$1,200'],
    ['=DOLLAR(-1234.567,-2)', '($1,200)'],
    ['=DOLLAR(-0.123,4)', '($0.1230)'],
    ['=DOLLAR(99.888)', '$99.89'],
    ['=DOLLAR(1.005)', '$1.01'],
    ['=DOLLAR("12.5",1)', '$12.5'],
    ['=USDOLLAR(1234.567)', '$1,234.57'],
    ['=USDOLLAR(-1234.567,0)', '($1,235)'],
  ])('%s = %j', (formula, expected) => {
    expect(evaluateOne(formula)).toBe(expected);
  });

  it('gives #VALUE! for text that is no number and more than 127 decimals', () => {
    expect(evaluateOne('=DOLLAR("x")')).toEqual({ error: '#VALUE!' });
    expect(evaluateOne('=DOLLAR(1,128)')).toEqual({ error: '#VALUE!' });
    expect(evaluateOne('=USDOLLAR(1/0)')).toEqual({ error: '#DIV/0!' });
  });
});

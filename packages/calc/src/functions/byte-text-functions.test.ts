import { describe, expect, it } from 'vitest';
import { evaluateOne } from '../test-workbook.js';
import { findPosition } from './byte-text-functions.js';

const VALUE = { error: '#VALUE!' };

describe('findPosition', () => {
  it('finds text, with wildcards and ignoring case for SEARCH', () => {
    expect(findPosition('b', 'abcb', 3, false)).toBe(4);
    expect(findPosition('B', 'abcb', 1, false)).toBe(0);
    expect(findPosition('B?', 'abcb', 1, true)).toBe(2);
    expect(findPosition('c*', 'abcb', 1, true)).toBe(3);
    expect(findPosition('~*', 'a*b', 1, true)).toBe(2);
  });
});

describe('byte versions of the text functions (a single-byte default language)', () => {
  it.each([
    ['=LENB("Élise")', 5],
    ['=LEFTB("Sale Price",4)', 'Sale'],
    ['=LEFTB("Sweden")', 'S'],
    ['=RIGHTB("Sale Price",5)', 'Price'],
    ['=RIGHTB("abc",0)', ''],
    ['=MIDB("Fluid Flow",7,20)', 'Flow'],
    ['=MIDB("Fluid Flow",20,5)', ''],
    ['=FINDB("M","Miriam McGovern")', 1],
    ['=FINDB("m","Miriam McGovern")', 6],
    ['=FINDB("M","Miriam McGovern",3)', 8],
    ['=SEARCHB("e","Statements",6)', 7],
    ['=SEARCHB("margin","Profit Margin")', 8],
    ['=SEARCHB("p?o","Profit")', 1],
    ['=REPLACEB("abcdefghijk",6,5,"*")', 'abcde*k'],
    ['=REPLACEB(2009,3,2,"10")', '2010'],
    ['=LEFTB(12.5,2)', '12'],
  ])('%s = %j', (formula, expected) => {
    expect(evaluateOne(formula)).toEqual(expected);
  });

  it.each(['=LEFTB("a",-1)', '=MIDB("abc",0,1)', '=MIDB("abc",1,-1)', '=FINDB("z","abc")', '=FINDB("a","abc",0)', '=FINDB("a","abc",4)', '=SEARCHB("z","abc")', '=REPLACEB("abc",0,1,"x")'])('%s is #VALUE!', (formula) => {
    expect(evaluateOne(formula)).toEqual(VALUE);
  });

  it('propagates errors', () => {
    expect(evaluateOne('=LENB(1/0)')).toEqual({ error: '#DIV/0!' });
    expect(evaluateOne('=FINDB("a",NA())')).toEqual({ error: '#N/A' });
  });
});

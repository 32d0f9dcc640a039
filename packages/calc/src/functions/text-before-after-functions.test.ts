import { describe, expect, it } from 'vitest';
import { evaluate, evaluateOne } from '../test-workbook.js';
import { nthOccurrence } from './text-before-after-functions.js';

const NA = { error: '#N/A' };
const VALUE = { error: '#VALUE!' };

describe('nthOccurrence', () => {
  it('counts from the start or the end, without overlaps', () => {
    expect(nthOccurrence('aaaa', ['aa'], 2, false, false)).toEqual({ start: 2, end: 4 });
    expect(nthOccurrence('aaa', ['aa'], -1, false, false)).toEqual({ start: 1, end: 3 });
    expect(nthOccurrence('a-b', ['-'], 2, false, false)).toBeUndefined();
    expect(nthOccurrence('a-b', ['-'], 2, false, true)).toEqual({ start: 3, end: 3 });
    expect(nthOccurrence('a-b', ['-'], -2, false, true)).toEqual({ start: 0, end: 0 });
  });

  it('takes the longest delimiter starting at a character', () => {
    expect(nthOccurrence('a, b', [',', ', '], 1, false, false)).toEqual({ start: 1, end: 3 });
  });
});

describe('TEXTBEFORE and TEXTAFTER', () => {
  // Examples of Excel's reference.
  const text = 'Little Red Riding Hood\'s red hood';
  it.each([
    ['=TEXTBEFORE(A1,"Red")', 'Little '],
    ['=TEXTBEFORE(A1,"red")', 'Little Red Riding Hood\'s '],
    ['=TEXTBEFORE(A1,"red",2)', NA],
    ['=TEXTBEFORE(A1,"red",2,1)', 'Little Red Riding Hood\'s '],
    ['=TEXTBEFORE(A1,"red",-2)', NA],
    ['=TEXTBEFORE(A1,"red",-2,1)', 'Little '],
    ['=TEXTAFTER(A1,"Red")', ' Riding Hood\'s red hood'],
    ['=TEXTAFTER(A1,"basket")', NA],
    ['=TEXTAFTER(A1,"basket",,,,"none")', 'none'],
    ['=TEXTAFTER(A1,"hood",1,1)', '\'s red hood'],
    ['=TEXTAFTER(A1,"hood",-1,1)', ''],
    ['=TEXTAFTER(A1," ",-1)', 'hood'],
    ['=TEXTBEFORE(A1," ",-1)', 'Little Red Riding Hood\'s red'],
  ])('%s = %j', (formula, expected) => {
    expect(evaluate([[text]], [formula])[0]).toEqual(expected);
  });

  it('accepts several delimiters', () => {
    expect(evaluateOne('=TEXTAFTER("a;b,c",{",",";"})')).toBe('b,c');
    expect(evaluateOne('=TEXTBEFORE("a;b,c",{",",";"},2)')).toBe('a;b');
  });

  it('treats the end of the text as a delimiter with match_end', () => {
    expect(evaluateOne('=TEXTBEFORE("abc","-",1,0,1)')).toBe('abc');
    expect(evaluateOne('=TEXTAFTER("abc","-",1,0,1)')).toBe('');
    expect(evaluateOne('=TEXTAFTER("abc","-",-1,0,1)')).toBe('abc');
    expect(evaluateOne('=TEXTBEFORE("abc","-",2,0,1)')).toEqual(NA);
  });

  it('matches an empty delimiter at once', () => {
    expect(evaluateOne('=TEXTBEFORE("abc","")')).toBe('');
    expect(evaluateOne('=TEXTAFTER("abc","")')).toBe('abc');
    expect(evaluateOne('=TEXTAFTER("abc","",-1)')).toBe('');
  });

  it('reads numbers and logicals as the text they show', () => {
    expect(evaluateOne('=TEXTBEFORE(12.5,".")')).toBe('12');
    expect(evaluateOne('=TEXTAFTER(TRUE,"R")')).toBe('UE');
  });

  it('gives #VALUE! for an instance of 0 or beyond the text, or a bad mode', () => {
    expect(evaluateOne('=TEXTBEFORE("a-b","-",0)')).toEqual(VALUE);
    expect(evaluateOne('=TEXTBEFORE("a-b","-",4)')).toEqual(VALUE);
    expect(evaluateOne('=TEXTBEFORE("a-b","-",1,2)')).toEqual(VALUE);
    expect(evaluateOne('=TEXTBEFORE("a-b","-",1,0,3)')).toEqual(VALUE);
  });

  it('propagates errors', () => {
    expect(evaluateOne('=TEXTBEFORE(1/0,"-")')).toEqual({ error: '#DIV/0!' });
    expect(evaluateOne('=TEXTBEFORE("a",NA())')).toEqual(NA);
  });
});

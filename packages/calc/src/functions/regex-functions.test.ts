import { describe, expect, it } from 'vitest';
import { evaluate, evaluateOne, spillOf } from '../test-workbook.js';
import { compilePattern, expandReplacement, groupCount } from './regex-support.js';

const NA = { error: '#N/A' };
const VALUE = { error: '#VALUE!' };

describe('regex support', () => {
  it('reads inline flags and POSIX classes', () => {
    expect(compilePattern('(?i)abc', false, false)?.test('ABC')).toBe(true);
    expect(compilePattern('[[:digit:]]+', false, false)?.exec('ab12c')?.[0]).toBe('12');
    expect(compilePattern('[:alpha:]+', false, false)?.exec('12Élise3')?.[0]).toBe('Élise');
    expect(compilePattern('a(?>b)', false, false)).toBeUndefined();
    expect(compilePattern('(', false, false)).toBeUndefined();
  });

  it('expands $n, ${n}, $0 and escaped dollars', () => {
    const m = /(\w+) (\w+)/.exec('John Smith')!;
    expect(expandReplacement('$2, $1', m)).toBe('Smith, John');
    expect(expandReplacement('${1}x $0 $$ \\$', m)).toBe('Johnx John Smith $ $');
    expect(expandReplacement('$12', m)).toBe('John2');
    expect(groupCount(/(a)(b)?c/u)).toBe(2);
  });
});

describe('REGEXTEST', () => {
  it.each([
    ['=REGEXTEST("alpha","[a-z]+")', true],
    ['=REGEXTEST("ALPHA","^[a-z]+$")', false],
    ['=REGEXTEST("ALPHA","^[a-z]+$",1)', true],
    ['=REGEXTEST(12345,"^\\d{5}$")', true],
    ['=REGEXTEST("(378) 555-4195","\\(\\d{3}\\) \\d{3}-\\d{4}")', true],
  ])('%s = %j', (formula, expected) => {
    expect(evaluateOne(formula)).toBe(expected);
  });

  it('gives #VALUE! for an invalid pattern or case_sensitivity', () => {
    expect(evaluateOne('=REGEXTEST("a","(")')).toEqual(VALUE);
    expect(evaluateOne('=REGEXTEST("a","a",2)')).toEqual(VALUE);
    expect(evaluateOne('=REGEXTEST(1/0,"a")')).toEqual({ error: '#DIV/0!' });
  });
});

describe('REGEXEXTRACT', () => {
  // Examples of Excel's reference.
  it('gives the first match, or #N/A', () => {
    expect(evaluateOne('=REGEXEXTRACT("10 apples, 12 oranges","[0-9]+")')).toBe('10');
    expect(evaluateOne('=REGEXEXTRACT("Sonia (378) 555-4195","\\d{3}-\\d{4}")')).toBe('555-4195');
    expect(evaluateOne('=REGEXEXTRACT("O my Luve red rose","O my (\\w+) red (\\w+)")')).toBe('O my Luve red rose');
    expect(evaluateOne('=REGEXEXTRACT("abc","\\d")')).toEqual(NA);
    expect(evaluateOne('=REGEXEXTRACT("ABC","b",0,1)')).toBe('B');
  });

  it('spills every match down a column (mode 1) and the groups across a row (mode 2)', () => {
    expect(spillOf('=REGEXEXTRACT("10 apples, 12 oranges","[0-9]+",1)', [])).toEqual([['10'], ['12']]);
    expect(spillOf('=REGEXEXTRACT("O my Luve red rose","O my (\\w+) red (\\w+)",2)', [])).toEqual([['Luve', 'rose']]);
    expect(spillOf('=REGEXEXTRACT(A1,"(\\w+)@(\\w+)\\.com",2)', [['ann@example.com']])).toEqual([['ann', 'example']]);
  });

  it('takes an array result inside another function', () => {
    expect(evaluate([['a1b22c333']], ['=TEXTJOIN("+",TRUE,REGEXEXTRACT(A1,"\\d+",1))'])[0]).toBe('1+22+333');
    expect(evaluate([['a1b22c333']], ['=ROWS(REGEXEXTRACT(A1,"\\d+",1))'])[0]).toBe(3);
  });

  it('gives #VALUE! for a mode 1 over text read from a cell at the top of a formula', () => {
    expect(evaluate([['a1b2']], ['=REGEXEXTRACT(A1,"\\d",1)'])[0]).toEqual(VALUE);
    expect(evaluateOne('=REGEXEXTRACT("a","a",3)')).toEqual(VALUE);
  });
});

describe('REGEXREPLACE', () => {
  it.each([
    ['=REGEXREPLACE("Sonia Rees","(\\w+) (\\w+)","$2, $1")', 'Rees, Sonia'],
    ['=REGEXREPLACE("a1b2c3","\\d","#")', 'a#b#c#'],
    ['=REGEXREPLACE("a1b2c3","\\d","#",2)', 'a1b#c3'],
    ['=REGEXREPLACE("a1b2c3","\\d","#",-1)', 'a1b2c#'],
    ['=REGEXREPLACE("a1b2c3","\\d","#",4)', 'a1b2c3'],
    ['=REGEXREPLACE("ABC","b","x")', 'ABC'],
    ['=REGEXREPLACE("ABC","b","x",0,1)', 'AxC'],
    ['=REGEXREPLACE("(378) 555-4195","\\d{3}-(\\d{4})","***-$1")', '(378) ***-4195'],
  ])('%s = %j', (formula, expected) => {
    expect(evaluateOne(formula)).toBe(expected);
  });

  it('gives #VALUE! for an invalid pattern', () => {
    expect(evaluateOne('=REGEXREPLACE("a","[","b")')).toEqual(VALUE);
  });
});

describe('REGEX (LibreOffice)', () => {
  it.each([
    ['=REGEX("123456ABCDEF","[:digit:]","Z","g")', 'ZZZZZZABCDEF'],
    ['=REGEX("123456ABCDEF","[:digit:]","Z")', 'Z23456ABCDEF'],
    ['=REGEX("123456ABCDEF","[:digit:]","Z",3)', '12Z456ABCDEF'],
    ['=REGEX("123456ABCDEF","[:digit:]","Z",0)', '123456ABCDEF'],
    ['=REGEX("Hello World","W.*")', 'World'],
    ['=REGEX("a1b22c333","\\d+",,2)', '22'],
    ['=REGEX("Hello World","xyz","Z")', 'Hello World'],
    ['=REGEX("Hello","(?i)h","J")', 'Jello'],
    ['=REGEX("John Smith","(\\w+) (\\w+)","$2 $1")', 'Smith John'],
    ['=ORG.LIBREOFFICE.REGEX("abc","b","")', 'ac'],
  ])('%s = %j', (formula, expected) => {
    expect(evaluateOne(formula)).toBe(expected);
  });

  it('gives #N/A for no match to extract and #VALUE! for bad flags, occurrences or patterns', () => {
    expect(evaluateOne('=REGEX("Hello","xyz")')).toEqual(NA);
    expect(evaluateOne('=REGEX("a1","\\d",,2)')).toEqual(NA);
    expect(evaluateOne('=REGEX("a","a","b","x")')).toEqual(VALUE);
    expect(evaluateOne('=REGEX("a","a","b",-1)')).toEqual(VALUE);
    expect(evaluateOne('=REGEX("a","(")')).toEqual(VALUE);
  });
});

import { describe, expect, it } from 'vitest';
import { createCalc } from '../calc.js';
import { evaluate, evaluateOne, spillOf, testWorkbook } from '../test-workbook.js';
import { splitText } from './text-split-function.js';

const NA = { error: '#N/A' };
const VALUE = { error: '#VALUE!' };

describe('splitText', () => {
  it('cuts rows, then columns, the longest delimiter first', () => {
    expect(splitText('1,2;3', { columns: [','], rows: [';'], ignoreEmpty: false, ignoreCase: false })).toEqual([['1', '2'], ['3']]);
    expect(splitText('a, b,c', { columns: [',', ', '], rows: [], ignoreEmpty: false, ignoreCase: false })).toEqual([['a', 'b', 'c']]);
    expect(splitText('a,,b', { columns: [','], rows: [], ignoreEmpty: true, ignoreCase: false })).toEqual([['a', 'b']]);
    expect(splitText('aXbxc', { columns: ['x'], rows: [], ignoreEmpty: false, ignoreCase: true })).toEqual([['a', 'b', 'c']]);
  });
});

describe('TEXTSPLIT', () => {
  // Examples of Excel's reference.
  const quote = 'Do. Or do not. There is no try. -Anonymous';

  it('splits across columns', () => {
    expect(spillOf('=TEXTSPLIT("Dakota Lennon Sanchez"," ")', [])).toEqual([['Dakota', 'Lennon', 'Sanchez']]);
    expect(spillOf(`=TEXTSPLIT("${quote}",".")`, [])).toEqual([['Do', ' Or do not', ' There is no try', ' -Anonymous']]);
  });

  it('splits at several delimiters', () => {
    expect(spillOf(`=TEXTSPLIT("${quote}",{".","-"})`, [])).toEqual([['Do', ' Or do not', ' There is no try', ' ', 'Anonymous'].slice(0, 4)]);
    expect(evaluateOne(`=INDEX(TEXTSPLIT("${quote}",{".","-"}),1,5)`)).toBe('Anonymous');
  });

  it('splits down rows', () => {
    expect(spillOf(`=TEXTSPLIT("${quote}",,".")`, [])).toEqual([['Do'], [' Or do not'], [' There is no try'], [' -Anonymous']]);
  });

  it('splits rows and columns, padding short rows with #N/A or pad_with', () => {
    expect(spillOf('=TEXTSPLIT("1,2,3;4,5,6",",",";")', [])).toEqual([['1', '2', '3'], ['4', '5', '6']]);
    expect(spillOf('=TEXTSPLIT("1,2,3;4,5",",",";")', [])).toEqual([['1', '2', '3'], ['4', '5', NA]]);
    expect(spillOf('=TEXTSPLIT("1,2,3;4,5",",",";",,,"-")', [])).toEqual([['1', '2', '3'], ['4', '5', '-']]);
  });

  it('keeps or ignores empty pieces', () => {
    expect(spillOf('=TEXTSPLIT("a,,b",",")', [])).toEqual([['a', '', 'b']]);
    expect(spillOf('=TEXTSPLIT("a,,b",",",,TRUE)', [])).toEqual([['a', 'b']]);
    expect(spillOf('=TEXTSPLIT("a;;b",",",";",TRUE)', [])).toEqual([['a'], ['b']]);
  });

  it('ignores case with match_mode 1', () => {
    expect(spillOf('=TEXTSPLIT("aXbxc","x")', [])).toEqual([['aXb', 'c']]);
    expect(spillOf('=TEXTSPLIT("aXbxc","x",,,1)', [])).toEqual([['a', 'b', 'c']]);
  });

  it('gives one piece as a single value', () => {
    expect(evaluateOne('=TEXTSPLIT("abc",",")')).toBe('abc');
    expect(evaluateOne('=TEXTSPLIT(12.5,".")')).toEqual(VALUE);
  });

  it('takes any text inside another function', () => {
    expect(evaluate([['red;green;blue']], ['=INDEX(TEXTSPLIT(A1,";"),1,2)', '=COUNTA(TEXTSPLIT(A1,";"))', '=TEXTJOIN("/",TRUE,TEXTSPLIT(A1,";"))'])).toEqual(['green', 3, 'red/green/blue']);
    expect(evaluate([[12.5]], ['=INDEX(TEXTSPLIT(A1,"."),1,2)'])).toEqual(['5']);
  });

  it('gives #VALUE! without a delimiter, for a bad match_mode, and at the top of a formula over a cell', () => {
    expect(evaluateOne('=TEXTSPLIT("abc","")')).toEqual(VALUE);
    expect(evaluateOne('=TEXTSPLIT("abc",,)')).toEqual(VALUE);
    expect(evaluateOne('=TEXTSPLIT("a,b",",",,,2)')).toEqual(VALUE);
    expect(evaluate([['a,b']], ['=TEXTSPLIT(A1,",")'])[0]).toEqual(VALUE);
    expect(evaluate([[{ error: '#DIV/0!' }]], ['=INDEX(TEXTSPLIT(A1,","),1)'])[0]).toEqual({ error: '#DIV/0!' });
  });

  it('splits a text read from a cell over the array area a file stores (Excel\'s spilled range)', () => {
    const book = testWorkbook({ S: [['a,b,c']] });
    const sheet = book.sheets[0]!;
    const row = [...(sheet.rows[0] ?? [])];
    row[1] = { formula: '=TEXTSPLIT(A1,",")', value: null, matrix: { rows: 1, cols: 3 } };
    const calc = createCalc({ ...book, sheets: [{ ...sheet, rows: [row] }] });
    try {
      expect([1, 2, 3].map((c) => calc.valueAt(0, 0, c))).toEqual(['a', 'b', 'c']);
    } finally {
      calc.destroy();
    }
  });
});

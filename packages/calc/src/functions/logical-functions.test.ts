import { describe, expect, it } from 'vitest';
import { evaluate } from '../test-workbook.js';

// A1=1, B1 blank, C1="abc", D1=TRUE, E1=FALSE, F1=0, G1=#DIV/0!
const data = [[1, null, 'abc', true, false, 0, { error: '#DIV/0!' }]] as const;

describe('AND, OR, XOR', () => {
  it.each([
    ['=AND(A1:B1)', true],
    ['=AND(A1,B1)', true],
    ['=AND(C1:D1)', true],
    ['=AND(A1:E1)', false],
    ['=OR(B1:C1,E1)', false],
    ['=OR(A1:B1)', true],
    ['=AND("TRUE",1)', true],
    ['=AND("false")', false],
    ['=AND(TRUE,FALSE)', false],
    ['=OR(FALSE,2)', true],
    ['=XOR(TRUE,TRUE,TRUE)', true],
    ['=XOR(A1:F1)', false],
    ['=AND({1,"x",TRUE})', true],
    ['=AND(,TRUE)', false],
  ])('%s = %j', (formula, expected) => {
    expect(evaluate(data.map((r) => [...r]), [formula])[0]).toBe(expected);
  });

  it.each([
    ['=AND(B1)', '#VALUE!'],
    ['=OR(B1:C1)', '#VALUE!'],
    ['=AND(C1)', '#VALUE!'],
    ['=AND("x",TRUE)', '#VALUE!'],
    ['=OR(A1:G1)', '#DIV/0!'],
    ['=AND(FALSE,1/0)', '#DIV/0!'],
    ['=XOR(G1)', '#DIV/0!'],
    ['=AND()', '#N/A'],
  ])('%s is %s', (formula, code) => {
    expect(evaluate(data.map((r) => [...r]), [formula])[0]).toEqual({ error: code });
  });
});

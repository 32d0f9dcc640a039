import { describe, expect, it } from 'vitest';
import { evaluate, evaluateOne } from '../test-workbook.js';

describe('VALUETOTEXT', () => {
  it.each([
    ['=VALUETOTEXT("Seattle")', 'Seattle'],
    ['=VALUETOTEXT("Seattle",1)', '"Seattle"'],
    ['=VALUETOTEXT("say "&CHAR(34)&"hi",1)', '"say ""hi"'],
    ['=VALUETOTEXT(1234.01234)', '1234.01234'],
    ['=VALUETOTEXT(TRUE,1)', 'TRUE'],
    ['=VALUETOTEXT(1/0)', '#DIV/0!'],
    ['=VALUETOTEXT(NA(),1)', '#N/A'],
    ['=VALUETOTEXT(0.1+0.2)', '0.3'],
    ['=VALUETOTEXT(1,2)', { error: '#VALUE!' }],
  ])('%s = %j', (formula, expected) => {
    expect(evaluateOne(formula)).toEqual(expected);
  });
});

describe('ARRAYTOTEXT', () => {
  // Excel reference's example: TRUE, #VALUE!, 1234.01234, Seattle, Hello, 1,123.
  const data = [[true, { error: '#VALUE!' as const }], [1234.01234, 'Seattle'], ['Hello', 1123]];
  it.each([
    ['=ARRAYTOTEXT(A1:B3)', 'TRUE, #VALUE!, 1234.01234, Seattle, Hello, 1123'],
    ['=ARRAYTOTEXT(A1:B3,1)', '{TRUE,#VALUE!;1234.01234,"Seattle";"Hello",1123}'],
    ['=ARRAYTOTEXT(A1:A2,1)', '{TRUE;1234.01234}'],
    ['=ARRAYTOTEXT("a",1)', '{"a"}'],
    ['=ARRAYTOTEXT(A1:B3,3)', { error: '#VALUE!' }],
  ])('%s = %j', (formula, expected) => {
    expect(evaluate(data, [formula])[0]).toEqual(expected);
  });
});

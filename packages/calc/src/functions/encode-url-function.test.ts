import { describe, expect, it } from 'vitest';
import { evaluateOne } from '../test-workbook.js';
import { encodeUrl } from './encode-url-function.js';

describe('ENCODEURL', () => {
  it('keeps only the unreserved characters of RFC 3986', () => {
    expect(encodeUrl('AZaz09-_.~')).toBe('AZaz09-_.~');
    expect(encodeUrl("a b!'()*")).toBe('a%20b%21%27%28%29%2A');
    expect(encodeUrl('é/€?&=')).toBe('%C3%A9%2F%E2%82%AC%3F%26%3D');
  });

  it.each([
    ['=ENCODEURL("http://contoso.sharepoint.com/teams/Finance/Documents/April Reports/Profit and Loss Statement.xlsx")', 'http%3A%2F%2Fcontoso.sharepoint.com%2Fteams%2FFinance%2FDocuments%2FApril%20Reports%2FProfit%20and%20Loss%20Statement.xlsx'],
    ['=ENCODEURL(1.5)', '1.5'],
    ['=ENCODEURL(TRUE)', 'TRUE'],
  ])('%s = %j', (formula, expected) => {
    expect(evaluateOne(formula)).toBe(expected);
  });

  it('propagates errors', () => {
    expect(evaluateOne('=ENCODEURL(1/0)')).toEqual({ error: '#DIV/0!' });
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateOne } from '../test-workbook.js';
import { toFullWidth, toHalfWidth } from './width-conversion-functions.js';

describe('width conversion', () => {
  it('converts ASCII, the space and signs both ways', () => {
    expect(toHalfWidth('ＥＸＣＥＬ　２０２４！')).toBe('EXCEL 2024!');
    expect(toFullWidth('Excel 2024!')).toBe('Ｅｘｃｅｌ　２０２４！');
    expect(toHalfWidth('￥１００')).toBe('¥100');
  });

  it('converts katakana, voiced ones as two half-width characters', () => {
    expect(toHalfWidth('カタカナ')).toBe('ｶﾀｶﾅ');
    expect(toHalfWidth('ガイドブック')).toBe('ｶﾞｲﾄﾞﾌﾞｯｸ');
    expect(toHalfWidth('パン、ヴ')).toBe('ﾊﾟﾝ､ｳﾞ');
    expect(toFullWidth('ｶﾞｲﾄﾞﾌﾞｯｸ')).toBe('ガイドブック');
    expect(toFullWidth('ﾊﾟﾝｳﾞｱﾞ')).toBe('パンヴア゛');
  });

  it('leaves other characters alone', () => {
    expect(toHalfWidth('漢字 abc é')).toBe('漢字 abc é');
    expect(toFullWidth('漢字')).toBe('漢字');
  });
});

describe('ASC, JIS and DBCS', () => {
  it.each([
    ['=ASC("ＥＸＣＥＬ")', 'EXCEL'],
    ['=ASC("エクセル")', 'ｴｸｾﾙ'],
    ['=JIS("EXCEL")', 'ＥＸＣＥＬ'],
    ['=DBCS("ｴｸｾﾙ")', 'エクセル'],
    ['=JIS(12)', '１２'],
    ['=ASC(TRUE)', 'TRUE'],
  ])('%s = %j', (formula, expected) => {
    expect(evaluateOne(formula)).toBe(expected);
  });

  it('passes errors on', () => {
    expect(evaluateOne('=ASC(1/0)')).toEqual({ error: '#DIV/0!' });
  });
});

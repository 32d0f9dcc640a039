import { describe, expect, it } from 'vitest';
import { evaluateOne } from '../test-workbook.js';
import { bahtText, thaiNumber } from './baht-text-function.js';

describe('thaiNumber', () => {
  it.each([
    [1, 'หนึ่ง'],
    [10, 'สิบ'],
    [11, 'สิบเอ็ด'],
    [20, 'ยี่สิบ'],
    [21, 'ยี่สิบเอ็ด'],
    [101, 'หนึ่งร้อยหนึ่ง'],
    [111, 'หนึ่งร้อยสิบเอ็ด'],
    [1234, 'หนึ่งพันสองร้อยสามสิบสี่'],
    [1_000_000, 'หนึ่งล้าน'],
    [21_000_011, 'ยี่สิบเอ็ดล้านสิบเอ็ด'],
  ])('%d', (n, words) => {
    expect(thaiNumber(n)).toBe(words);
  });
});

describe('BAHTTEXT', () => {
  it('writes baht and satang (values checked with LibreOffice 7.4)', () => {
    expect(bahtText(1234)).toBe('หนึ่งพันสองร้อยสามสิบสี่บาทถ้วน');
    expect(bahtText(21.25)).toBe('ยี่สิบเอ็ดบาทยี่สิบห้าสตางค์');
    expect(bahtText(0.5)).toBe('ห้าสิบสตางค์');
    expect(bahtText(-11)).toBe('ลบสิบเอ็ดบาทถ้วน');
    expect(bahtText(0)).toBe('ศูนย์บาทถ้วน');
    expect(bahtText(2_000_000.01)).toBe('สองล้านบาทหนึ่งสตางค์');
  });

  it('refuses text that is no number', () => {
    expect(evaluateOne('=BAHTTEXT("x")')).toEqual({ error: '#VALUE!' });
    expect(evaluateOne('=BAHTTEXT(1)')).toBe('หนึ่งบาทถ้วน');
  });
});

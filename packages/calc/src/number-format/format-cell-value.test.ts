import { describe, expect, it } from 'vitest';
import { formatCellValue, formatGeneral } from './format-cell-value.js';

/** LibreOffice's fr-FR thousands separator. */
const NBSP = '\u00a0';
const fr = (v: number | string, code: string): string => formatCellValue(v, code, { locale: 'fr-FR' }).text;
const en = (v: number | string, code: string): string => formatCellValue(v, code, { locale: 'en-US' }).text;

describe('formatCellValue', () => {
  it('shows French currency, percent and dates as a French user expects', () => {
    expect(fr(1234.56, '#,##0.00 [$€-40C]')).toBe(`1${NBSP}234,56 €`);
    expect(fr(0.125, '0.0%')).toBe('12,5%');
    expect(fr(0.125, '0.0 %')).toBe('12,5 %');
    expect(fr(46354, 'DD/MM/YYYY')).toBe('28/11/2026');
    expect(fr(46354, '[$-40C]d mmmm yyyy')).toBe('28 novembre 2026');
    expect(fr(46354, 'dddd d mmm')).toBe('samedi 28 nov.');
  });

  it('formats numbers: decimals, grouping, scaling, negatives, sections and colours', () => {
    expect(en(1234.5, '0.00')).toBe('1234.50');
    expect(en(-1234.5, '#,##0.00')).toBe('-1,234.50');
    expect(en(1234567, '#,##0,')).toBe('1,235');
    expect(en(0.5, '#.##')).toBe('.5');
    expect(en(3, '0.0#')).toBe('3.0');
    expect(en(-5, '0;(0)')).toBe('(5)');
    expect(formatCellValue(-5, '0;[Red]-0', { locale: 'en-US' })).toEqual({ text: '-5', color: '#FF0000' });
    expect(en(0, '0;-0;"zero"')).toBe('zero');
    expect(en('abc', '0;-0;0;"[" @ "]"')).toBe('[ abc ]');
    expect(en(-0.001, '0.00')).toBe('0.00');
    expect(en(123456, '0.00E+00')).toBe('1.23E+05');
    expect(en(12345, '##0.0E+0')).toBe('12.3E+3');
    expect(en(1.5, '# ?/?')).toBe('1 1/2');
    expect(en(0.75, '# ?/4')).toBe(' 3/4');
    expect(en(5, '"Total: "0')).toBe('Total: 5');
    expect(en(5, '0\\h')).toBe('5h');
    expect(en(12, '_(0_)')).toBe(' 12 ');
    expect(en(150, '[>100]"big";[<=100]"small"')).toBe('big');
    expect(en(1234.5, '"$"#,##0.00')).toBe('$1,234.50');
  });

  it('formats dates and times, elapsed time, AM/PM and the 1900 and 1904 systems', () => {
    expect(en(46354.75, 'yyyy-mm-dd hh:mm:ss')).toBe('2026-11-28 18:00:00');
    expect(en(46354.75, 'h:mm AM/PM')).toBe('6:00 PM');
    expect(en(1.5, '[h]:mm:ss')).toBe('36:00:00');
    expect(en(0.000625, 'mm:ss.0')).toBe('00:54.0');
    expect(en(60, 'yyyy-mm-dd')).toBe('1900-02-29');
    expect(en(61, 'yyyy-mm-dd')).toBe('1900-03-01');
    expect(en(1, 'd mmm yyyy')).toBe('1 Jan 1900');
    expect(formatCellValue(0, 'yyyy-mm-dd', { date1904: true }).text).toBe('1904-01-01');
    expect(en(46354, 'mmmm d, yyyy')).toBe('November 28, 2026');
    expect(en(46354, 'mmmmm')).toBe('N');
    expect(en(-1, 'yyyy-mm-dd')).toMatch(/^#+$/);
  });

  it('shows General numbers in at most eleven characters, with the locale decimal', () => {
    expect(formatGeneral(1 / 3, 'en-US')).toBe('0.333333333');
    expect(formatGeneral(1 / 3, 'fr-FR')).toBe('0,333333333');
    expect(formatGeneral(123456789012, 'en-US')).toBe('1.23457E+11');
    expect(en(42, 'General')).toBe('42');
    expect(en('text', 'General')).toBe('text');
    expect(formatCellValue(true, '0.00').text).toBe('TRUE');
  });
  it('writes digits in the script a locale bracket names ([$-2000401] Arabic-Indic, [$-D07041E] Thai)', () => {
    expect(en(1234.5, '[$-2000401]0.00')).toBe('١٢٣٤.٥٠');
    expect(en(-7, '[$-3000000]0;[$-3000000](0)')).toBe('(۷)');
    expect(en(45000, '[$-D00041E]yyyy')).toBe('๒๐๒๓');
    // A currency symbol's bracket names no digits; plain locale ids keep Western ones.
    expect(en(5, '0 [$€-2000401]')).toBe('5 €');
    expect(en(5, '[$-401]0')).toBe('5');
  });
});

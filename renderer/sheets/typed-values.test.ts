import { describe, expect, it } from 'vitest';
import { dateOfSerial, editTextFor, formatKind, parseTypedDateTime, parseTypedEntry, serialOfDate } from './typed-values.js';

const FR = { true: 'VRAI', false: 'FAUX' };
const EN = { true: 'TRUE', false: 'FALSE' };
const TODAY = new Date(2026, 10, 29);

describe('typed dates, times and percentages', () => {
  it('counts serial numbers as Excel and LibreOffice do', () => {
    expect(serialOfDate(2026, 11, 28)).toBe(46_354);
    expect(serialOfDate(1900, 3, 1)).toBe(61);
    expect(serialOfDate(1900, 1, 1)).toBe(1);
    expect(serialOfDate(2026, 2, 30)).toBeNull();
    expect(serialOfDate(1904, 1, 2, true)).toBe(1);
    expect(dateOfSerial(46_354)).toEqual({ year: 2026, month: 11, day: 28 });
    expect(dateOfSerial(59)).toEqual({ year: 1900, month: 2, day: 28 });
  });

  it('reads dates in the order of the user’s language', () => {
    expect(parseTypedDateTime('28/11/2026', 'fr', false, TODAY)).toEqual({ value: 46_354, format: 'DD/MM/YYYY' });
    expect(parseTypedDateTime('11/28/2026', 'en-US', false, TODAY)).toEqual({ value: 46_354, format: 'MM/DD/YYYY' });
    expect(parseTypedDateTime('28/11', 'fr', false, TODAY)?.value).toBe(46_354);
    expect(parseTypedDateTime('28.11.26', 'fr', false, TODAY)).toEqual({ value: 46_354, format: 'DD/MM/YY' });
    expect(parseTypedDateTime('2026-11-28', 'fr', false, TODAY)).toEqual({ value: 46_354, format: 'YYYY-MM-DD' });
    expect(parseTypedDateTime('31/02/2026', 'fr', false, TODAY)).toBeNull();
    expect(parseTypedDateTime('13/28/2026', 'en-US', false, TODAY)).toBeNull();
  });

  it('reads times and dates with a time', () => {
    expect(parseTypedDateTime('14:30', 'fr')).toEqual({ value: 14.5 / 24, format: 'HH:MM' });
    expect(parseTypedDateTime('08:00:30', 'fr')?.format).toBe('HH:MM:SS');
    expect(parseTypedDateTime('36:00', 'fr')).toEqual({ value: 1.5, format: '[HH]:MM' });
    expect(parseTypedDateTime('28/11/2026 18:00', 'fr')).toEqual({ value: 46_354.75, format: 'DD/MM/YYYY HH:MM' });
    expect(parseTypedDateTime('14:75', 'fr')).toBeNull();
  });

  it('turns typed text into content and the format it was typed in', () => {
    expect(parseTypedEntry('12,5 %', 'fr', FR)).toEqual({ raw: 0.125, format: '0.0%' });
    expect(parseTypedEntry('20%', 'en', EN)).toEqual({ raw: 0.2, format: '0%' });
    expect(parseTypedEntry('3,25', 'fr', FR)).toEqual({ raw: 3.25 });
    expect(parseTypedEntry('28/11/2026', 'fr', FR)).toEqual({ raw: 46_354, format: 'DD/MM/YYYY' });
    expect(parseTypedEntry('=SOMME(A1;2,5)', 'fr', FR)).toEqual({ raw: '=SUM(A1,2.5)' });
    expect(parseTypedEntry("'28/11/2026", 'fr', FR)).toEqual({ raw: "'28/11/2026" });
    expect(parseTypedEntry('Lot 28/11', 'fr', FR).format).toBeUndefined();
  });

  it('shows dates, times and percentages in the formula bar as they are typed', () => {
    expect(formatKind('DD/MM/YYYY')).toBe('date');
    expect(formatKind('HH:MM')).toBe('time');
    expect(formatKind('MMMM YYYY')).toBe('date');
    expect(formatKind('D/M/YYYY H:MM')).toBe('datetime');
    expect(formatKind('0.00%')).toBe('percent');
    expect(formatKind('#,##0.00 "€"')).toBe('other');
    expect(editTextFor(46_354, 'DD/MM/YYYY', 'fr', FR)).toBe('28/11/2026');
    expect(editTextFor(46_354, 'D MMMM YYYY', 'en-US', EN)).toBe('11/28/2026');
    expect(editTextFor(46_354.75, 'DD/MM/YYYY HH:MM', 'fr', FR)).toBe('28/11/2026 18:00:00');
    expect(editTextFor(0.6041666666666666, 'HH:MM', 'fr', FR)).toBe('14:30:00');
    expect(editTextFor(1.5, '[HH]:MM', 'fr', FR)).toBe('36:00:00');
    expect(editTextFor(0.125, '0.0%', 'fr', FR)).toBe('12,5%');
    expect(editTextFor(1234.5, '#,##0.00', 'fr', FR)).toBe('1234,5');
    expect(editTextFor('=TODAY()', 'DD/MM/YYYY', 'fr', FR)).toBe('=AUJOURDHUI()');
  });

  it('reads back what it shows', () => {
    for (const [value, code] of [[46_354, 'DD/MM/YYYY'], [0.125, '0.0%'], [46_354.75, 'DD/MM/YYYY HH:MM']] as const) {
      const text = editTextFor(value, code, 'fr', FR);
      expect(parseTypedEntry(text, 'fr', FR).raw).toBeCloseTo(value, 9);
    }
  });
});

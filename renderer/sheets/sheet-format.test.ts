import { describe, expect, it } from 'vitest';
import { numberFormatChoice, numberFormatCode, setBorders, setFill, setNumberFormat, toggleFont } from './sheet-format.js';

describe('number format codes of the dialog', () => {
  it('builds Excel codes from a choice', () => {
    const base = { decimals: 2, thousands: true, pattern: '' };
    expect(numberFormatCode({ ...base, category: 'number' })).toBe('#,##0.00');
    expect(numberFormatCode({ ...base, category: 'number', decimals: 0, thousands: false })).toBe('0');
    expect(numberFormatCode({ ...base, category: 'currency', decimals: 1 })).toBe('#,##0.0 "€";-#,##0.0 "€"');
    expect(numberFormatCode({ ...base, category: 'percent', decimals: 0 })).toBe('0%');
    expect(numberFormatCode({ ...base, category: 'text' })).toBe('@');
    expect(numberFormatCode({ ...base, category: 'custom', pattern: '  ' })).toBe('General');
  });

  it('reads a cell code back into the dialog', () => {
    expect(numberFormatChoice(undefined).category).toBe('general');
    expect(numberFormatChoice('#,##0.000')).toMatchObject({ category: 'number', decimals: 3, thousands: true });
    expect(numberFormatChoice('0.0%')).toMatchObject({ category: 'percent', decimals: 1 });
    expect(numberFormatChoice('#,##0.00 [$€-40C]')).toMatchObject({ category: 'currency', decimals: 2 });
    expect(numberFormatChoice('DD/MM/YYYY').category).toBe('date');
    expect(numberFormatChoice('HH:MM').category).toBe('time');
    expect(numberFormatChoice('0.00E+00')).toMatchObject({ category: 'custom', pattern: '0.00E+00' });
  });
});

describe('style patches', () => {
  it('sets a number format, dropping the automatic date order of the one it replaces', () => {
    expect(setNumberFormat('yyyy-mm-dd')({ numberFormat: 'dd/mm/yy', dateOrder: 'automatic', fill: '#FF0000' }, 0, 0)).toEqual({ numberFormat: 'yyyy-mm-dd', fill: '#FF0000' });
    expect(setNumberFormat('General')({ numberFormat: 'dd/mm/yy', dateOrder: 'automatic' }, 0, 0)).toEqual({});
  });

  it('draws the outside border only on the block edges', () => {
    const block = { top: 1, left: 1, bottom: 2, right: 3 };
    const patch = setBorders('outer', block);
    expect(patch({}, 1, 1).borders).toEqual({ top: { style: 'thin' }, left: { style: 'thin' } });
    expect(patch({}, 2, 2).borders).toEqual({ bottom: { style: 'thin' } });
    expect(patch({}, 1, 2).borders).toEqual({ top: { style: 'thin' } });
    expect(setBorders('none', block)({ borders: { top: { style: 'thick' } }, fill: '#FF0000' }, 1, 1)).toEqual({ fill: '#FF0000' });
  });

  it('toggles font members and removes a fill', () => {
    expect(toggleFont('bold', true)({ font: { size: 12 } }, 0, 0)).toEqual({ font: { size: 12, bold: true } });
    expect(toggleFont('bold', false)({ font: { bold: true } }, 0, 0).font?.bold).toBeUndefined();
    expect(setFill(undefined)({ fill: '#FFFFFF', numberFormat: '0' }, 0, 0)).toEqual({ numberFormat: '0' });
  });
});

import { describe, expect, it } from 'vitest';
import { mmOf, namedPages } from './print-paper.js';

/** A4 (210 × 297 mm) and US Letter (8.5 × 11 in) in CSS pixels. */
const px = (mm: number): number => (mm * 96) / 25.4;
const a4 = { width: px(210), height: px(297) };
const a4Landscape = { width: a4.height, height: a4.width };
const letter = { width: 816, height: 1056 };

describe('namedPages', () => {
  it('gives sheets of one size one named page of that size, with no margin of the browser', () => {
    const { names, css } = namedPages([a4, a4, a4]);
    expect(names).toEqual(['sheet0', 'sheet0', 'sheet0']);
    expect(css.split('\n')).toEqual(['@page { margin: 0; }', '@page sheet0 { size: 210.00mm 297.00mm; margin: 0; }']);
  });

  it('gives a landscape or other paper section a page of its own, sheets of a size seen before the earlier name', () => {
    const { names, css } = namedPages([a4, a4Landscape, a4Landscape, letter, a4]);
    expect(names).toEqual(['sheet0', 'sheet1', 'sheet1', 'sheet2', 'sheet0']);
    expect(css).toContain('@page sheet1 { size: 297.00mm 210.00mm; margin: 0; }');
    expect(css).toContain('@page sheet2 { size: 215.90mm 279.40mm; margin: 0; }');
  });

  it('prints nothing but the default rule for no sheets', () => {
    expect(namedPages([])).toEqual({ names: [], css: '@page { margin: 0; }' });
  });
});

describe('mmOf', () => {
  it('turns CSS pixels (96 an inch) into millimetres', () => {
    expect(mmOf(96)).toBe('25.40mm');
    expect(mmOf(0)).toBe('0.00mm');
  });
});

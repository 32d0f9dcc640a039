import { describe, expect, it } from 'vitest';
import type { CellValue, ConditionalFormat } from '@ostal/model';
import { colorScaleStops, ConditionalDisplay, scaleColor, valueRuleHolds } from './conditional-display.js';

const SCALE3 =
  '<cfRule type="colorScale" priority="1"><colorScale><cfvo type="min"/><cfvo type="percentile" val="50"/><cfvo type="max"/><color rgb="FFF8696B"/><color rgb="FFFFEB84"/><color rgb="FF63BE7B"/></colorScale></cfRule>';

function sheet(values: CellValue[]): { valueAt: (r: number, c: number) => CellValue; size: () => { rows: number; cols: number } } {
  return { valueAt: (r, c) => (c === 0 ? (values[r] ?? null) : null), size: () => ({ rows: values.length, cols: 1 }) };
}

describe('conditional formatting display', () => {
  it('reads colour scales and places values between their colours', () => {
    const stops = colorScaleStops(SCALE3);
    expect(stops.map((s) => s.color)).toEqual(['#F8696B', '#FFEB84', '#63BE7B']);
    const sorted = [0, 50, 100];
    expect(scaleColor(stops, sorted, 0)).toBe('#F8696B');
    expect(scaleColor(stops, sorted, 50)).toBe('#FFEB84');
    expect(scaleColor(stops, sorted, 100)).toBe('#63BE7B');
    expect(scaleColor(stops, sorted, 75)).toBe('#B1D580');
    expect(colorScaleStops('<colorScale><cfvo type="min"/></colorScale>')).toEqual([]);
  });

  it('checks value and text rules with constant operands', () => {
    expect(valueRuleHolds({ type: 'cellIs', operator: 'greaterThan', formulas: ['100'] }, 150)).toBe(true);
    expect(valueRuleHolds({ type: 'cellIs', operator: 'between', formulas: ['10', '1'] }, 5)).toBe(true);
    expect(valueRuleHolds({ type: 'cellIs', operator: 'notBetween', formulas: ['1', '10'] }, 5)).toBe(false);
    expect(valueRuleHolds({ type: 'cellIs', operator: 'equal', formulas: ['"Oui"'] }, 'oui')).toBe(true);
    expect(valueRuleHolds({ type: 'cellIs', operator: 'containsText', formulas: ['"retard"'] }, 'En retard')).toBe(true);
    expect(valueRuleHolds({ type: 'cellIs', operator: 'greaterThan', formulas: ['$B$1'] }, 3)).toBeUndefined();
    expect(valueRuleHolds({ type: 'cellIs', operator: 'greaterThan', formulas: ['1'] }, null)).toBe(false);
  });

  it('applies rules by priority over the cell style, stopping where asked', () => {
    const formats: ConditionalFormat[] = [
      {
        ranges: [{ top: 0, left: 0, bottom: 3, right: 0 }],
        rules: [
          { type: 'cellIs', operator: 'greaterThan', formulas: ['50'], style: { font: { color: '#9C0006' }, fill: '#FFC7CE' }, priority: 2 },
          { type: 'cellIs', operator: 'greaterThan', formulas: ['90'], style: { fill: '#000000' }, priority: 1, stopIfTrue: true },
          { type: 'colorScale', xml: SCALE3, priority: 3 },
        ],
      },
    ];
    const s = sheet([0, 60, 95, 'texte']);
    const display = new ConditionalDisplay(() => formats, s.valueAt, s.size);
    expect(display.styleFor(0, 0, { font: { bold: true } }, 1)).toEqual({ font: { bold: true }, fill: '#F8696B' });
    expect(display.styleFor(1, 0, { font: { bold: true } }, 1)).toEqual({ font: { bold: true, color: '#9C0006' }, fill: '#FFC7CE' });
    expect(display.styleFor(2, 0, {}, 1)).toEqual({ fill: '#000000' });
    // Texts come after numbers, as in the suites' comparisons.
    expect(display.styleFor(3, 0, {}, 1)).toEqual({ fill: '#000000' });
    expect(display.styleFor(0, 1, {}, 1)).toEqual({});
  });
});

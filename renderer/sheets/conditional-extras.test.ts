import { describe, expect, it } from 'vitest';
import type { ConditionalFormat } from '@ostal/model';
import { ConditionalDisplay } from './conditional-display.js';
import { dataBarFor, iconFor, shiftFormula } from './conditional-extras.js';

describe('conditional formats: expressions, data bars, icon sets', () => {
  it('moves relative references only', () => {
    expect(shiftFormula('$B2>A$1', 2, 1)).toBe('$B4>B$1');
    expect(shiftFormula('AND(A1>0,LOG10(A1)<2,"A1"=\'Feuil 1\'!C3)', 1, 0)).toBe('AND(A2>0,LOG10(A2)<2,"A1"=\'Feuil 1\'!C4)');
    expect(shiftFormula('A1', -1, 0)).toBe('#REF!');
  });

  it('sizes data bars between the range’s minimum and maximum', () => {
    const xml = '<cfRule type="dataBar" priority="1"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar></cfRule>';
    expect(dataBarFor(xml, [0, 50, 100], 100)).toEqual({ color: '#638EC6', fraction: 0.9 });
    expect(dataBarFor(xml, [0, 50, 100], 0)?.fraction).toBeCloseTo(0.1);
    expect(dataBarFor(xml, [0, 50, 100], 50)?.fraction).toBeCloseTo(0.5);
    expect(dataBarFor('<cfRule type="iconSet"/>', [1], 1)).toBeUndefined();
  });

  it('picks icons by percent thresholds, reversed on demand', () => {
    const xml = '<cfRule type="iconSet" priority="1"><iconSet iconSet="3Arrows"><cfvo type="percent" val="0"/><cfvo type="percent" val="33"/><cfvo type="percent" val="67"/></iconSet></cfRule>';
    const sorted = [0, 50, 100];
    expect(iconFor(xml, sorted, 10)).toMatchObject({ glyph: '↓', level: 0 });
    expect(iconFor(xml, sorted, 50)).toMatchObject({ glyph: '→', level: 1 });
    expect(iconFor(xml, sorted, 90)).toMatchObject({ glyph: '↑', level: 2, color: '#18753C' });
    expect(iconFor(xml.replace('iconSet="3Arrows"', 'iconSet="3Arrows" reverse="1"'), sorted, 90)).toMatchObject({ glyph: '↓' });
  });

  it('applies an expression rule for each cell with its references moved', () => {
    const values: Record<string, number> = { '0:0': 5, '1:0': 20, '0:1': 1, '1:1': 0 };
    const formats: ConditionalFormat[] = [{ ranges: [{ top: 0, left: 0, bottom: 1, right: 0 }], rules: [{ type: 'expression', formulas: ['$B1=1'], style: { font: { bold: true } }, priority: 1 }] }];
    const seen: string[] = [];
    const display = new ConditionalDisplay(
      () => formats,
      (r, c) => values[`${String(r)}:${String(c)}`] ?? null,
      () => ({ rows: 2, cols: 2 }),
      (formula) => {
        seen.push(formula);
        const m = /^\$B(\d)=1$/.exec(formula);
        return m ? values[`${String(Number(m[1]) - 1)}:1`] === 1 : false;
      },
    );
    expect(display.styleFor(0, 0, {}, 1).font?.bold).toBe(true);
    expect(display.styleFor(1, 0, {}, 1).font?.bold).toBeUndefined();
    expect(seen).toEqual(['$B1=1', '$B2=1']);
  });
});

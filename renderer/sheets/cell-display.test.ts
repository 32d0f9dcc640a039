import { describe, expect, it } from 'vitest';
import { WORKBOOK_VERSION } from '@ostal/model';
import type { Workbook } from '@ostal/model';
import { cellDisplay } from './cell-display.js';
import { gridLayout } from './grid-layout.js';
import { WorkbookEngine } from './workbook-engine.js';

const FR = { true: 'VRAI', false: 'FAUX' };

function styled(): Workbook {
  return {
    kind: 'workbook',
    version: WORKBOOK_VERSION,
    meta: {},
    styles: [{}, { numberFormat: '#,##0.00 [$€-40C]', font: { bold: true, color: '#C00000' } }, { numberFormat: 'dd/mm/yyyy', alignment: { horizontal: 'center' } }],
    sheets: [
      {
        name: 'Budget',
        rows: [[{ value: 1234.56, style: 1 }, { value: 46354, style: 2 }, { value: null, style: 1 }]],
        merges: [{ top: 1, left: 0, bottom: 2, right: 1 }],
        columns: [{ first: 0, last: 0, width: 90 }],
        frozen: { rows: 1, cols: 0 },
      },
    ],
  };
}

describe('cell display', () => {
  it('shows a French user the currency and the date with their style', () => {
    const euro = cellDisplay(1234.56, { numberFormat: '#,##0.00 [$€-40C]', font: { bold: true, color: '#C00000' } }, 'fr-FR', FR);
    expect(euro).toMatchObject({ text: '1\u00a0234,56 €', align: 'right', bold: true, color: '#C00000' });
    const date = cellDisplay(46354, { numberFormat: 'dd/mm/yyyy', alignment: { horizontal: 'center', wrap: true } }, 'fr-FR', FR);
    expect(date).toMatchObject({ text: '28/11/2026', align: 'center', wrap: true });
    expect(cellDisplay(-5, { numberFormat: '0;[Red]-0' }, 'fr-FR', FR)).toMatchObject({ text: '-5', color: '#FF0000' });
    expect(cellDisplay(true, {}, 'fr-FR', FR).text).toBe('VRAI');
  });

  it('lays out merges, widths in pixels and frozen rows', () => {
    const layout = gridLayout(styled().sheets[0]!);
    expect(layout.merges).toEqual([{ row: 1, col: 0, rowspan: 2, colspan: 2 }]);
    expect(layout.colWidth(0)).toBe(120);
    expect(layout.colWidth(1)).toBeUndefined();
    expect(layout.frozenRows).toBe(1);
    const hiding = gridLayout({ rowProps: [{ first: 2, last: 1_048_575, hidden: true }], columns: [{ first: 1, last: 1, hidden: true }] });
    expect(hiding.hiddenRows(5)).toEqual([2, 3, 4]);
    expect(hiding.hiddenCols(26)).toEqual([1]);
  });

  it('keeps a cell style and the sheet structure when its value is edited', () => {
    const engine = WorkbookEngine.fromWorkbook(styled(), 'gpl-v3');
    engine.set(0, 0, 0, 99);
    expect(engine.styleAt(0, 0, 0).numberFormat).toBe('#,##0.00 [$€-40C]');
    const saved = engine.toWorkbook({});
    expect(saved.sheets[0]!.rows[0]).toEqual([{ value: 99, style: 1 }, { value: 46354, style: 2 }, { value: null, style: 1 }]);
    expect(saved.styles).toEqual(styled().styles);
    expect(saved.sheets[0]!.merges).toEqual(styled().sheets[0]!.merges);
    expect(saved.sheets[0]!.frozen).toEqual({ rows: 1, cols: 0 });
    engine.destroy();
  });

  it('computes formulas through the workbook\'s defined names', () => {
    const book: Workbook = {
      ...styled(),
      names: [{ name: 'Taux', formula: 'Budget!$D$1' }, { name: 'Base', formula: 'Budget!$A$1', sheet: 0 }, { name: '_xlnm.Print_Area', formula: 'Budget!$A$1:$B$2' }],
      sheets: [{ name: 'Budget', rows: [[{ value: 100 }, { value: null, formula: '=Taux*Base' }, null, { value: 0.2 }]] }],
    };
    const engine = WorkbookEngine.fromWorkbook(book, 'gpl-v3');
    expect(engine.value(0, 0, 1)).toBe(20);
    engine.set(0, 0, 3, 0.5);
    expect(engine.value(0, 0, 1)).toBe(50);
    expect(engine.toWorkbook({}).names).toHaveLength(3);
    engine.destroy();
  });
});

describe('cell borders', () => {
  it('draws each side with its width and colour', () => {
    const shown = cellDisplay(1, { borders: { bottom: { style: 'thick', color: '#ff0000' }, left: { style: 'thin' }, top: { style: 'double' } } }, 'fr', { true: 'VRAI', false: 'FAUX' });
    expect(shown.borders).toEqual({ bottom: { width: 3, color: '#ff0000' }, left: { width: 1, color: '#000000' }, top: { width: 1, color: '#000000', double: true } });
    expect(cellDisplay(1, {}, 'fr', { true: 'VRAI', false: 'FAUX' }).borders).toBeUndefined();
  });
});

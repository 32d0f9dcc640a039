import { afterEach, describe, expect, it } from 'vitest';
import { emptyWorkbook } from '@ostal/model';
import { displayValue } from './cell-text.js';
import { clearEdits, copyBlock, fillEdits, pasteEdits } from './sheet-transfer.js';
import type { TransferContext } from './sheet-transfer.js';
import { WorkbookEngine } from './workbook-engine.js';

const FR = { true: 'VRAI', false: 'FAUX' };
let engine: WorkbookEngine;

function context(sheet = 0): TransferContext {
  return { engine, sheet, locale: 'fr-FR', words: FR, shownText: (r, c) => displayValue(engine.value(sheet, r, c), 'fr-FR', FR) };
}

function apply(edits: readonly { row: number; col: number; raw: string | number | boolean | null }[], sheet = 0) {
  engine.setMany(sheet, edits);
}

afterEach(() => engine.destroy());

describe('copy, paste and fill', () => {
  it('copies what cells show and pastes Ostal formulas with moved references', () => {
    engine = WorkbookEngine.fromWorkbook(emptyWorkbook('Feuille1'), 'gpl-v3');
    apply([
      { row: 0, col: 0, raw: 1.5 },
      { row: 1, col: 0, raw: 2 },
      { row: 0, col: 1, raw: '=A1*2' },
      { row: 1, col: 1, raw: '=$A$2+A2' },
    ]);
    const block = copyBlock(context(), { top: 0, left: 0, bottom: 1, right: 1 });
    expect(block.text).toBe('1,5\t3\r\n2\t4\r\n');
    expect(block.html).toContain('<td sdval="1.5">1,5</td>');
    const { edits, range } = pasteEdits(context(), { top: 4, left: 2, bottom: 4, right: 2 }, block, false);
    apply(edits);
    expect(range).toEqual({ top: 4, left: 2, bottom: 5, right: 3 });
    expect(engine.raw(0, 4, 3)).toBe('=C5*2');
    expect(engine.raw(0, 5, 3)).toBe('=$A$2+C6');
    const values = pasteEdits(context(), { top: 8, left: 0, bottom: 8, right: 0 }, block, true);
    expect(values.edits.map((e) => e.raw)).toEqual([1.5, 3, 2, 4]);
  });

  it('pastes text and HTML from other applications as typed French', () => {
    engine = WorkbookEngine.fromWorkbook(emptyWorkbook('Feuille1'), 'gpl-v3');
    const fromTsv = pasteEdits(context(), { top: 0, left: 0, bottom: 0, right: 0 }, { text: 'Ville\tMontant\r\nSète\t1 234,56\r\n', html: '' }, false);
    expect(fromTsv.edits.map((e) => e.raw)).toEqual(['Ville', 'Montant', 'Sète', 1234.56]);
    const html = '<table><tr><td>Nîmes</td><td sdval="12.25">12,25 €</td><td>VRAI</td><td>=1+1</td></tr></table>';
    expect(pasteEdits(context(), { top: 0, left: 0, bottom: 0, right: 0 }, { text: 'x', html }, false).edits.map((e) => e.raw)).toEqual(['Nîmes', 12.25, true, '=1+1']);
    expect(pasteEdits(context(), { top: 0, left: 0, bottom: 0, right: 0 }, { text: 'x', html }, true).edits[3]?.raw).toBe("'=1+1");
    expect(clearEdits({ top: 0, left: 0, bottom: 1, right: 0 })).toEqual([
      { row: 0, col: 0, raw: null },
      { row: 1, col: 0, raw: null },
    ]);
  });

  it('reads pasted dates, grouped numbers and percentages per locale, as typing does, with their formats', () => {
    engine = WorkbookEngine.fromWorkbook(emptyWorkbook('Feuille1'), 'gpl-v3');
    const at = { top: 0, left: 0, bottom: 0, right: 0 };
    const fr = pasteEdits(context(), at, { text: '29/11/2026\t1 234,5\t12,5 %\t14:30\tlibellé\r\n', html: '' }, false);
    expect(fr.edits.map((e) => e.raw)).toEqual([46355, 1234.5, 0.125, 14.5 / 24, 'libellé']);
    expect(fr.styles).toEqual([
      { row: 0, col: 0, style: { numberFormat: 'DD/MM/YYYY' } },
      { row: 0, col: 2, style: { numberFormat: '0.0%' } },
      { row: 0, col: 3, style: { numberFormat: 'HH:MM' } },
    ]);
    // English: month first, comma grouping, point decimals.
    const en = pasteEdits({ ...context(), locale: 'en-US', words: { true: 'TRUE', false: 'FALSE' } }, at, { text: '11/29/2026\t1,234.5\r\n', html: '' }, false);
    expect(en.edits.map((e) => e.raw)).toEqual([46355, 1234.5]);
    expect(en.styles).toEqual([{ row: 0, col: 0, style: { numberFormat: 'MM/DD/YYYY' } }]);
    // British English (Ostal's English): day first.
    const gb = pasteEdits({ ...context(), locale: 'en-GB', words: { true: 'TRUE', false: 'FALSE' } }, at, { text: '29/11/2026\t12.5%\r\n', html: '' }, false);
    expect(gb.edits.map((e) => e.raw)).toEqual([46355, 0.125]);
    // A date from LibreOffice's HTML keeps the value it carries and shows as a date.
    const lo = pasteEdits(context(), at, { text: 'x', html: '<table><tr><td sdval="46355" sdnum="1036;0;JJ/MM/AAAA">29/11/2026</td></tr></table>' }, false);
    expect(lo.edits[0]?.raw).toBe(46355);
    expect(lo.styles[0]?.style.numberFormat).toBe('DD/MM/YYYY');
    // A cell that has a number format keeps it.
    engine.formatRange(0, { top: 0, left: 0, bottom: 0, right: 0 }, (s) => ({ ...s, numberFormat: 'D MMMM YYYY' }));
    expect(pasteEdits(context(), at, { text: '29/11/2026', html: '' }, false).styles).toEqual([]);
  });

  it('fills series down and up, and copies formulas with moved references', () => {
    engine = WorkbookEngine.fromWorkbook(emptyWorkbook('Feuille1'), 'gpl-v3');
    apply([
      { row: 0, col: 0, raw: 1 },
      { row: 1, col: 0, raw: 2 },
      { row: 0, col: 1, raw: 'lundi' },
      { row: 0, col: 2, raw: '=A1*10' },
    ]);
    apply(fillEdits(context(), { top: 0, left: 0, bottom: 1, right: 0 }, { top: 0, left: 0, bottom: 4, right: 0 }));
    expect([2, 3, 4].map((r) => engine.value(0, r, 0))).toEqual([3, 4, 5]);
    apply(fillEdits(context(), { top: 0, left: 1, bottom: 0, right: 2 }, { top: 0, left: 1, bottom: 2, right: 2 }));
    expect([1, 2].map((r) => engine.value(0, r, 1))).toEqual(['mardi', 'mercredi']);
    expect(engine.raw(0, 2, 2)).toBe('=A3*10');
    expect(engine.value(0, 2, 2)).toBe(30);
    apply(fillEdits(context(), { top: 2, left: 0, bottom: 4, right: 0 }, { top: 2, left: 0, bottom: 4, right: 0 }));
    apply(fillEdits(context(), { top: 1, left: 0, bottom: 2, right: 0 }, { top: 0, left: 0, bottom: 2, right: 0 }));
    expect(engine.value(0, 0, 0)).toBe(1);
  });
});

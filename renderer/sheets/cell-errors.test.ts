import { describe, expect, it } from 'vitest';
import { emptyWorkbook } from '@ostal/model';
import { cellDisplay } from './cell-display.js';
import { errorExplanation, formulaErrorKind, withErrorExplained } from './cell-errors.js';
import type { FormulaErrorLabels } from './cell-errors.js';
import { parseCellInput } from './cell-text.js';
import { WorkbookEngine } from './workbook-engine.js';

const FR = { true: 'VRAI', false: 'FAUX' };
const LABELS: FormulaErrorLabels = {
  divZero: 'division', name: 'nom', value: 'valeur', num: 'nombre', na: 'na', ref: 'ref', null: 'nul', cycle: 'circulaire', spill: 'débordement', other: 'autre',
};

function shownAt(engine: WorkbookEngine, row: number, col: number, locale = 'fr-FR') {
  const value = engine.value(0, row, col);
  return withErrorExplained(cellDisplay(value, {}, locale, FR), value, engine.errorType(0, row, col), locale, LABELS);
}

describe('formula errors', () => {
  it('shows errors with their French names and explains them', () => {
    const engine = WorkbookEngine.fromWorkbook(emptyWorkbook('Feuille1'), 'gpl-v3');
    engine.setMany(0, [
      { row: 0, col: 0, raw: parseCellInput('=1/0', 'fr', FR) },
      { row: 0, col: 1, raw: parseCellInput('=PASUNEFONCTION(1)', 'fr', FR) },
      { row: 0, col: 2, raw: parseCellInput('="a"+1', 'fr', FR) },
      { row: 0, col: 3, raw: 5 },
    ]);
    expect(shownAt(engine, 0, 0)).toMatchObject({ text: '#DIV/0!', tooltip: 'division', error: true });
    expect(shownAt(engine, 0, 1)).toMatchObject({ text: '#NOM?', tooltip: 'nom' });
    expect(shownAt(engine, 0, 2)).toMatchObject({ text: '#VALEUR!', tooltip: 'valeur' });
    expect(shownAt(engine, 0, 1, 'en-GB').text).toBe('#NAME?');
    expect(shownAt(engine, 0, 3).tooltip).toBeUndefined();
    engine.destroy();
  });

  it('reports circular references as Err:522 without hanging', () => {
    const engine = WorkbookEngine.fromWorkbook(emptyWorkbook('Feuille1'), 'gpl-v3');
    engine.setMany(0, [
      { row: 0, col: 0, raw: '=B1+1' },
      { row: 0, col: 1, raw: '=A1*2' },
      { row: 1, col: 0, raw: '=SUM(A1:A3)' },
    ]);
    expect(shownAt(engine, 0, 0)).toMatchObject({ text: 'Err:522', tooltip: 'circulaire' });
    expect(errorExplanation(engine.value(0, 1, 0), engine.errorType(0, 1, 0), LABELS)).toBe('circulaire');
    // The file keeps an error value Excel and LibreOffice know.
    expect(engine.toWorkbook({ title: 't' }).sheets[0]?.rows[0]?.[0]?.value).toEqual({ error: '#ERROR!' });
    engine.destroy();
  });

  it('falls back on the stored code', () => {
    expect(formulaErrorKind(undefined, '#NULL!')).toBe('null');
    expect(formulaErrorKind(undefined, '#WHAT')).toBe('other');
  });
});

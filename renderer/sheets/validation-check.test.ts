import { describe, expect, it } from 'vitest';
import type { DataValidation } from '@ostal/model';
import { alertFor, customFormulaAt, entryAllowed, promptAt, validationAt } from './validation-check.js';
import type { ValidationContext } from './validation-check.js';

const range = { top: 1, left: 1, bottom: 10, right: 1 };
const ctx: ValidationContext = {
  evaluate: (formula) => (formula === 'DATE(2026,1,1)' ? 46_023 : formula === '$Z$1' ? 5 : { error: '#NAME?' }),
  choices: () => ['Oui', 'Non', '12,5'],
  shown: (v) => (typeof v === 'number' ? String(v).replace('.', ',') : v ? 'VRAI' : 'FAUX'),
};

describe('data validation of entries', () => {
  it('finds the rule of a cell and its input message', () => {
    const v: DataValidation = { ranges: [range], type: 'whole', formula1: '1', formula2: '10', prompt: { title: 'Note', text: 'De 1 à 10' }, showPrompt: true };
    expect(validationAt([v], 3, 1)).toBe(v);
    expect(validationAt([v], 3, 2)).toBeUndefined();
    expect(validationAt([{ ...v, type: 'any' }], 3, 1)).toBeUndefined();
    expect(promptAt([v], 3, 1)).toEqual({ title: 'Note', text: 'De 1 à 10' });
    expect(promptAt([{ ...v, showPrompt: false }], 3, 1)).toBeUndefined();
  });

  it('checks numbers, dates, lengths and lists', () => {
    const whole: DataValidation = { ranges: [range], type: 'whole', formula1: '1', formula2: '10' };
    expect(entryAllowed(whole, 5, ctx)).toBe(true);
    expect(entryAllowed(whole, 11, ctx)).toBe(false);
    expect(entryAllowed(whole, 2.5, ctx)).toBe(false);
    expect(entryAllowed(whole, 'cinq', ctx)).toBe(false);
    expect(entryAllowed({ ...whole, operator: 'notBetween' }, 11, ctx)).toBe(true);
    const after: DataValidation = { ranges: [range], type: 'date', operator: 'greaterThanOrEqual', formula1: 'DATE(2026,1,1)' };
    expect(entryAllowed(after, 46_022, ctx)).toBe(false);
    expect(entryAllowed(after, 46_354, ctx)).toBe(true);
    const fromCell: DataValidation = { ranges: [range], type: 'decimal', operator: 'lessThan', formula1: '$Z$1' };
    expect(entryAllowed(fromCell, 4.9, ctx)).toBe(true);
    expect(entryAllowed(fromCell, 5, ctx)).toBe(false);
    const length: DataValidation = { ranges: [range], type: 'textLength', operator: 'lessThanOrEqual', formula1: '3' };
    expect(entryAllowed(length, 'abc', ctx)).toBe(true);
    expect(entryAllowed(length, 'abcd', ctx)).toBe(false);
    const list: DataValidation = { ranges: [range], type: 'list', formula1: '"Oui,Non,12.5"' };
    expect(entryAllowed(list, 'oui', ctx)).toBe(true);
    expect(entryAllowed(list, 'Peut-être', ctx)).toBe(false);
    expect(entryAllowed(list, 12.5, ctx)).toBe(true);
    expect(entryAllowed(list, null, ctx)).toBe(true);
    expect(entryAllowed({ ...list, allowBlank: false }, null, ctx)).toBe(false);
    // Without an engine to compute it, a formula passes.
    expect(entryAllowed(list, '=A1', ctx)).toBe(true);
  });

  it('judges a formula entry by the value it computes in the cell', () => {
    const computing = (value: ReturnType<ValidationContext['evaluate']>): ValidationContext => ({ ...ctx, entryValue: () => value });
    const whole: DataValidation = { ranges: [range], type: 'whole', formula1: '1', formula2: '10' };
    expect(entryAllowed(whole, '=A1*2', computing(8))).toBe(true);
    expect(entryAllowed(whole, '=A1*2', computing(12))).toBe(false);
    expect(entryAllowed(whole, '=A1/3', computing(2.5))).toBe(false);
    expect(entryAllowed(whole, '=1/0', computing({ error: '#DIV/0!' }))).toBe(false);
    const list: DataValidation = { ranges: [range], type: 'list', formula1: '"Oui,Non"' };
    expect(entryAllowed(list, '=C1', computing('Non'))).toBe(true);
    expect(entryAllowed(list, '=C1', computing('Peut-être'))).toBe(false);
    // A formula giving an empty text or nothing is a blank.
    expect(entryAllowed(list, '=C1', computing(''))).toBe(true);
    expect(entryAllowed({ ...list, allowBlank: false }, '=C1', computing(null))).toBe(false);
    // A computed text that looks like a formula is a text.
    const length: DataValidation = { ranges: [range], type: 'textLength', operator: 'lessThanOrEqual', formula1: '3' };
    expect(entryAllowed(length, '="=ab"', computing('=ab'))).toBe(true);
    expect(entryAllowed(length, '="=abcd"', computing('=abcd'))).toBe(false);
  });

  it('judges a custom rule by its formula moved to the cell, computed with the entry in place', () => {
    // Excel's "no duplicates": written for B2, the relative B2 follows the cell.
    const unique: DataValidation = { ranges: [range], type: 'custom', formula1: 'COUNTIF($B$2:$B$11,B2)=1' };
    expect(customFormulaAt(unique, 4, 1)).toBe('COUNTIF($B$2:$B$11,B5)=1');
    expect(customFormulaAt({ ...unique, formula1: '=B2>0' }, 1, 1)).toBe('B2>0');
    const seen: string[] = [];
    const judged = (result: ReturnType<ValidationContext['evaluate']>): ValidationContext => ({
      ...ctx,
      withEntry: (formula) => {
        seen.push(formula);
        return result;
      },
    });
    expect(entryAllowed(unique, 'x', judged(true), 4, 1)).toBe(true);
    expect(entryAllowed(unique, 'x', judged(false), 4, 1)).toBe(false);
    expect(entryAllowed(unique, 3, judged(2), 4, 1)).toBe(true);
    expect(entryAllowed(unique, 3, judged(0), 4, 1)).toBe(false);
    expect(entryAllowed(unique, 3, judged({ error: '#VALUE!' }), 4, 1)).toBe(false);
    expect(seen[0]).toBe('COUNTIF($B$2:$B$11,B5)=1');
    // Blanks pass as for the other rules; a formula is judged by the rule with it in place; without an engine to judge, entries pass.
    expect(entryAllowed(unique, null, judged(false), 4, 1)).toBe(true);
    expect(entryAllowed(unique, '=1', judged(false), 4, 1)).toBe(false);
    expect(entryAllowed(unique, '=1', judged(true), 4, 1)).toBe(true);
    expect(entryAllowed(unique, 'x', ctx, 4, 1)).toBe(true);
  });

  it('alerts as the file says: stop by default, none when the rule shows no error', () => {
    const v: DataValidation = { ranges: [range], type: 'whole', formula1: '1', showError: true };
    expect(alertFor(v)).toEqual({ style: 'stop' });
    expect(alertFor({ ...v, error: { style: 'warning', title: 'Attention', text: 'Hors bornes' } })).toEqual({ style: 'warning', title: 'Attention', text: 'Hors bornes' });
    expect(alertFor({ ...v, showError: false })).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import type { DataValidation } from '@ostal/model';
import { EMPTY_FORM, formOf, ruleOf, subtractRange, withValidation } from './validation-edit.js';

const B2toB10 = [{ top: 1, left: 1, bottom: 9, right: 1 }];

describe('validity form', () => {
  it('turns a French list into a quoted list and back', () => {
    const { rule } = ruleOf({ ...EMPTY_FORM, type: 'list', list: 'oui\n non \n\nà voir' }, B2toB10, 'fr-FR');
    expect(rule).toMatchObject({ type: 'list', formula1: '"oui,non,à voir"', allowBlank: true, showError: true });
    expect(rule?.hideDropdown).toBeUndefined();
    expect(formOf(rule, 'fr-FR').list).toBe('oui\nnon\nà voir');
  });

  it('keeps a list read from a range as a formula in the user’s language', () => {
    const { rule } = ruleOf({ ...EMPTY_FORM, type: 'list', list: '=$D$1:$D$5' }, B2toB10, 'fr-FR');
    expect(rule?.formula1).toBe('$D$1:$D$5');
    expect(formOf(rule, 'fr-FR').list).toBe('=$D$1:$D$5');
  });

  it('refuses an empty list and entries holding a comma', () => {
    expect(ruleOf({ ...EMPTY_FORM, type: 'list', list: ' \n' }, B2toB10, 'fr-FR').problem).toEqual({ field: 'list', kind: 'empty' });
    expect(ruleOf({ ...EMPTY_FORM, type: 'list', list: '1,5\n2' }, B2toB10, 'fr-FR').problem).toEqual({ field: 'list', kind: 'listComma' });
  });

  it('reads decimal operands with the French comma and writes them with a point', () => {
    const { rule } = ruleOf({ ...EMPTY_FORM, type: 'decimal', operator: 'between', value1: '1,5', value2: '10' }, B2toB10, 'fr-FR');
    expect(rule).toMatchObject({ type: 'decimal', operator: 'between', formula1: '1.5', formula2: '10' });
    expect(formOf(rule, 'fr-FR')).toMatchObject({ value1: '1,5', value2: '10' });
  });

  it('needs whole numbers for whole and text length rules, and a second operand only between', () => {
    expect(ruleOf({ ...EMPTY_FORM, type: 'whole', operator: 'greaterThan', value1: '2,5' }, B2toB10, 'fr-FR').problem).toEqual({ field: 'value1', kind: 'whole' });
    expect(ruleOf({ ...EMPTY_FORM, type: 'textLength', operator: 'between', value1: '2', value2: '' }, B2toB10, 'fr-FR').problem).toEqual({ field: 'value2', kind: 'empty' });
    const { rule } = ruleOf({ ...EMPTY_FORM, type: 'textLength', operator: 'lessThanOrEqual', value1: '20', value2: 'ignored' }, B2toB10, 'fr-FR');
    expect(rule).toMatchObject({ formula1: '20' });
    expect(rule?.formula2).toBeUndefined();
  });

  it('stores dates as serial numbers and shows them in the locale’s order', () => {
    const { rule } = ruleOf({ ...EMPTY_FORM, type: 'date', operator: 'greaterThanOrEqual', value1: '01/12/2026' }, B2toB10, 'fr-FR');
    expect(rule?.formula1).toBe('46357');
    expect(formOf(rule, 'fr-FR').value1).toBe('01/12/2026');
    expect(formOf(rule, 'en-US').value1).toBe('12/01/2026');
    expect(ruleOf({ ...EMPTY_FORM, type: 'date', operator: 'equal', value1: 'demain' }, B2toB10, 'fr-FR').problem).toEqual({ field: 'value1', kind: 'date' });
  });

  it('takes formulas typed in French as operands', () => {
    const { rule } = ruleOf({ ...EMPTY_FORM, type: 'decimal', operator: 'lessThan', value1: '=SOMME($C$1:$C$3)' }, B2toB10, 'fr-FR');
    expect(rule?.formula1).toBe('SUM($C$1:$C$3)');
    expect(formOf(rule, 'fr-FR').value1).toBe('=SOMME($C$1:$C$3)');
  });

  it('keeps the input help and the error alert', () => {
    const form = { ...EMPTY_FORM, type: 'whole' as const, operator: 'between' as const, value1: '1', value2: '5', promptTitle: 'Note', promptText: 'De 1 à 5', errorStyle: 'warning' as const, errorText: 'Hors barème' };
    const { rule } = ruleOf(form, B2toB10, 'fr-FR');
    expect(rule).toMatchObject({ prompt: { title: 'Note', text: 'De 1 à 5' }, showPrompt: true, error: { style: 'warning', text: 'Hors barème' }, showError: true });
    expect(formOf(rule, 'fr-FR')).toMatchObject({ promptTitle: 'Note', promptText: 'De 1 à 5', errorStyle: 'warning', errorText: 'Hors barème', showError: true });
  });

  it('keeps a custom condition typed in French in Excel syntax, and shows it back in French', () => {
    const { rule } = ruleOf({ ...EMPTY_FORM, type: 'custom', value1: '=NB.SI($B:$B;B2)=1' }, B2toB10, 'fr-FR');
    expect(rule).toMatchObject({ type: 'custom', formula1: 'COUNTIF($B:$B,B2)=1' });
    expect(rule?.operator).toBeUndefined();
    expect(formOf(rule, 'fr-FR')).toMatchObject({ type: 'custom', value1: '=NB.SI($B:$B;B2)=1', value2: '' });
    expect(formOf(rule, 'en-GB').value1).toBe('=COUNTIF($B:$B,B2)=1');
    // The leading = may be left out.
    expect(ruleOf({ ...EMPTY_FORM, type: 'custom', value1: 'B2>0' }, B2toB10, 'fr-FR').rule?.formula1).toBe('B2>0');
  });

  it('refuses an empty or incomplete custom condition', () => {
    expect(ruleOf({ ...EMPTY_FORM, type: 'custom', value1: ' = ' }, B2toB10, 'fr-FR').problem).toEqual({ field: 'value1', kind: 'empty' });
    for (const broken of ['=SOMME(B2:B9', '=B2>', '=B2="oui', '=B2)>0']) {
      expect(ruleOf({ ...EMPTY_FORM, type: 'custom', value1: broken }, B2toB10, 'fr-FR').problem, broken).toEqual({ field: 'value1', kind: 'formula' });
    }
  });

  it('gives no rule for any value', () => {
    expect(ruleOf(EMPTY_FORM, B2toB10, 'fr-FR')).toEqual({});
  });
});

describe('applying a rule to the selection', () => {
  it('cuts a range around a block', () => {
    expect(subtractRange({ top: 0, left: 0, bottom: 4, right: 4 }, { top: 1, left: 1, bottom: 2, right: 2 })).toEqual([
      { top: 0, left: 0, bottom: 0, right: 4 },
      { top: 3, left: 0, bottom: 4, right: 4 },
      { top: 1, left: 0, bottom: 2, right: 0 },
      { top: 1, left: 3, bottom: 2, right: 4 },
    ]);
    expect(subtractRange({ top: 0, left: 0, bottom: 1, right: 1 }, { top: 5, left: 5, bottom: 6, right: 6 })).toEqual([{ top: 0, left: 0, bottom: 1, right: 1 }]);
  });

  it('replaces the rules of the selected cells and keeps the others', () => {
    const old: DataValidation[] = [
      { ranges: [{ top: 0, left: 0, bottom: 9, right: 0 }], type: 'whole', operator: 'greaterThan', formula1: '0' },
      { ranges: [{ top: 3, left: 0, bottom: 3, right: 0 }], type: 'list', formula1: '"a,b"' },
    ];
    const rule: DataValidation = { ranges: [{ top: 3, left: 0, bottom: 4, right: 0 }], type: 'decimal', operator: 'lessThan', formula1: '2' };
    const next = withValidation(old, rule.ranges[0]!, rule);
    expect(next).toHaveLength(2);
    expect(next?.[0]?.ranges).toEqual([
      { top: 0, left: 0, bottom: 2, right: 0 },
      { top: 5, left: 0, bottom: 9, right: 0 },
    ]);
    expect(next?.[1]).toBe(rule);
    expect(withValidation(old.slice(1), { top: 0, left: 0, bottom: 9, right: 9 }, undefined)).toBeUndefined();
  });
});

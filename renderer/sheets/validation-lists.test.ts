import { describe, expect, it } from 'vitest';
import type { DataValidation } from '@ostal/model';
import { listChoices, listValidationAt } from './validation-lists.js';

const LIST: DataValidation = { type: 'list', ranges: [{ top: 1, left: 1, bottom: 5, right: 1 }], formula1: '"Oui,Non,Peut-être,Oui"' };

describe('validation lists', () => {
  it('finds the list of a cell', () => {
    expect(listValidationAt([LIST], 3, 1)).toBe(LIST);
    expect(listValidationAt([LIST], 0, 1)).toBeUndefined();
    expect(listValidationAt([{ ...LIST, hideDropdown: true }], 3, 1)).toBeUndefined();
    expect(listValidationAt([{ ...LIST, type: 'whole' }], 3, 1)).toBeUndefined();
  });

  it('reads quoted lists and ranges of the workbook', () => {
    const reads: unknown[] = [];
    const read = (sheet: string | undefined, top: number, left: number, bottom: number, right: number) => {
      reads.push([sheet, top, left, bottom, right]);
      return ['Montpellier', '', 'Sète', 'Montpellier'];
    };
    expect(listChoices(LIST, read)).toEqual(['Oui', 'Non', 'Peut-être']);
    expect(listChoices({ ...LIST, formula1: '$D$1:$D$4' }, read)).toEqual(['Montpellier', 'Sète']);
    expect(listChoices({ ...LIST, formula1: "'Mes listes'!$A$2:$A$5" }, read)).toEqual(['Montpellier', 'Sète']);
    expect(reads).toEqual([
      [undefined, 0, 3, 3, 3],
      ['Mes listes', 1, 0, 4, 0],
    ]);
    expect(listChoices({ ...LIST, formula1: 'MaListe' }, read)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { saveTargets, targetFileName, targetOfValue } from './macro-formats.js';

describe('Save as targets of a document with macros', () => {
  it('offer each macro-enabled file after its format, only when the document has macros', () => {
    expect(saveTargets('workbook', true).map((t) => t.value)).toEqual(['ods', 'xlsx', 'xlsm', 'csv', 'fods']);
    expect(saveTargets('text', true).map((t) => t.value)).toEqual(['odt', 'docx', 'docm', 'fodt']);
    expect(saveTargets('deck', false).map((t) => t.value)).toEqual(['odp', 'pptx', 'fodp']);
    expect(saveTargets('deck', true).find((t) => t.value === 'pptm')).toEqual({ value: 'pptm', format: 'pptx', macroEnabled: true, label: 'format.pptm' });
  });

  it('name the format of a select value', () => {
    expect(targetOfValue('xlsm')).toEqual({ format: 'xlsx', macroEnabled: true });
    expect(targetOfValue('ods')).toEqual({ format: 'ods', macroEnabled: false });
    expect(targetOfValue('exe')).toBeNull();
  });

  it('give the file the extension of the target', () => {
    expect(targetFileName('budget', 'xlsx', true)).toBe('budget.xlsm');
    expect(targetFileName('budget.xlsx', 'xlsx', true)).toBe('budget.xlsm');
    expect(targetFileName('budget.xlsm', 'xlsx', false)).toBe('budget.xlsx');
    expect(targetFileName('budget.xlsm', 'ods', false)).toBe('budget.ods');
    expect(targetFileName('note.v2', 'docx', true)).toBe('note.v2.docm');
    expect(targetFileName('lettre', 'odt', false)).toBe('lettre.odt');
  });
});

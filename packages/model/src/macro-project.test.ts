import { describe, expect, it } from 'vitest';
import { formatFromFileName } from './document.js';
import { hasMacros, isMacroEnabledName, macroEnabledExtension } from './macro-project.js';

describe('macro-enabled file names', () => {
  it('are read and written by their format (docm → docx), without a format id of their own', () => {
    expect(formatFromFileName('Rapport.docm')).toBe('docx');
    expect(formatFromFileName('BUDGET.XLSM')).toBe('xlsx');
    expect(formatFromFileName('c:\\dossier\\vœux.pptm')).toBe('pptx');
    expect(formatFromFileName('note.dotm')).toBeNull();
    expect(formatFromFileName('a.toString')).toBeNull();
  });

  it('are told apart from the plain ones', () => {
    expect(['a.docm', 'b.XLSM', 'c.pptm '].map(isMacroEnabledName)).toEqual([true, true, true]);
    expect(['a.docx', 'b.xlsx', 'c.pptx', 'd.ods', 'docm', 'a.docm.odt'].map(isMacroEnabledName)).toEqual([false, false, false, false, false, false]);
    expect(['docx', 'xlsx', 'pptx', 'odt'].map(macroEnabledExtension)).toEqual(['docm', 'xlsm', 'pptm', undefined]);
  });

  it('a document has macros only when its project has parts', () => {
    expect(hasMacros({})).toBe(false);
    expect(hasMacros({ macros: { parts: [] } })).toBe(false);
    expect(hasMacros({ macros: { parts: [{}] } })).toBe(true);
  });
});

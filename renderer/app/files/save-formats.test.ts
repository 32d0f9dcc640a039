import { describe, expect, it } from 'vitest';
import { baseName, defaultSaveFormat, fileNameOf, joinPath, saveFormats, withExtension } from './save-formats.js';

describe('save formats and paths', () => {
  it('offers ODF first and CSV for workbooks only', () => {
    expect(saveFormats('text')[0]).toBe('odt');
    expect(saveFormats('workbook')).toContain('csv');
    expect(saveFormats('deck')).not.toContain('csv');
    expect(defaultSaveFormat('deck', 'ooxml')).toBe('pptx');
    expect(defaultSaveFormat('workbook', 'odf')).toBe('ods');
  });

  it('puts the right extension on a file name', () => {
    expect(withExtension('rapport', 'odt')).toBe('rapport.odt');
    expect(withExtension('rapport.docx', 'odt')).toBe('rapport.odt');
    expect(withExtension('rapport.odt', 'odt')).toBe('rapport.odt');
    expect(withExtension('v1.2 final', 'xlsx')).toBe('v1.2 final.xlsx');
    expect(baseName('budget.ods')).toBe('budget');
  });

  it('joins paths with the folder separator', () => {
    expect(joinPath('/home/agent', 'a.odt')).toBe('/home/agent/a.odt');
    expect(joinPath('/', 'a.odt')).toBe('/a.odt');
    expect(joinPath('C:\\Users\\agent', 'a.odt')).toBe('C:\\Users\\agent\\a.odt');
    expect(fileNameOf('C:\\Users\\agent\\a.odt')).toBe('a.odt');
  });
});

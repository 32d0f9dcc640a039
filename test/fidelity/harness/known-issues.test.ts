import { describe, expect, it } from 'vitest';
import { knownLibreOfficeIssue } from './known-issues.js';

describe('known LibreOffice issues of the corpus', () => {
  it('names odftk-tableOps (rows repeated 777 times, read once by Writer) and no other file', () => {
    expect(knownLibreOfficeIssue('odt/odftk-tableOps.odt')).toMatch(/number-rows-repeated/);
    expect(knownLibreOfficeIssue('../shared/corpus/odt/odftk-tableOps.odt')).toBeDefined();
    expect(knownLibreOfficeIssue('odt/odftk-tableOps2.odt')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CODES, diagnosticSummary } from './diagnostic-messages.js';

describe('diagnostic messages', () => {
  it('translate the same codes in French and English', () => {
    expect([...DIAGNOSTIC_CODES.fr].sort()).toEqual([...DIAGNOSTIC_CODES.en].sort());
  });
  it('speak French to a French user and fall back by severity for unknown codes', () => {
    expect(diagnosticSummary({ severity: 'warning', code: 'table-flattened', message: 'x' }, 'fr')).toMatch(/^Un tableau/);
    expect(diagnosticSummary({ severity: 'error', code: 'never-seen', message: 'x' }, 'fr')).toBe('Une partie du fichier n’a pas pu être lue.');
    expect(diagnosticSummary({ severity: 'info', code: 'never-seen', message: 'x' }, 'en')).toBe('A remark about the file’s content.');
  });
});

import { describe, expect, it } from 'vitest';
import { MAX_PERSONAL_DICTIONARY_LENGTH, personalWords } from '../shared/settings.js';
import { isValidSettingValue } from './setting-values.js';

describe('the personal dictionary setting', () => {
  it('holds words one per line (or separated by semicolons, as policy editors type them)', () => {
    expect(personalWords('Ostalie\nDGFiP ; préfectoral\n\n')).toEqual(['Ostalie', 'DGFiP', 'préfectoral']);
    expect(personalWords('')).toEqual([]);
  });

  it('accepts line breaks but no other control character, and has a size limit', () => {
    expect(isValidSettingValue('personalDictionary', 'Ostalie\nDGFiP')).toBe(true);
    expect(isValidSettingValue('personalDictionary', 'Ostalie\tDGFiP')).toBe(false);
    expect(isValidSettingValue('personalDictionary', 'x'.repeat(MAX_PERSONAL_DICTIONARY_LENGTH + 1))).toBe(false);
    expect(isValidSettingValue('personalDictionary', ['Ostalie'])).toBe(false);
  });
});

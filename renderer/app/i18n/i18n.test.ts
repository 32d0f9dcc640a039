import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { fr } from './fr.js';
import { createTranslator } from './translator.js';
import { errorMessage } from './error-message.js';
import { FormatFailure } from '../documents/format-failure.js';
import { HostCallError } from '../host/host-call-error.js';

describe('i18n', () => {
  it('has the same keys in French and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });

  it('uses the same parameters in both languages', () => {
    const params = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(fr) as (keyof typeof fr)[]) expect(params(en[key]), key).toEqual(params(fr[key]));
  });

  it('fills parameters and formats numbers for the language', () => {
    expect(createTranslator('fr').t('writer.words', { count: 1234 })).toBe('1\u202f234 mots');
    expect(createTranslator('en').t('writer.words', { count: 1234 })).toBe('1,234 words');
    expect(createTranslator('fr').t('tab.close', { title: 'Sans titre 1' })).toBe('Fermer Sans titre 1');
  });

  it('translates host and format error codes', () => {
    const t = createTranslator('fr');
    expect(errorMessage(t, new HostCallError('file-changed', 'x'))).toBe('le fichier a été modifié par ailleurs depuis son ouverture.');
    expect(errorMessage(t, new FormatFailure({ kind: 'format', reason: 'forbidden-dtd', message: 'x' }))).toMatch(/sécurité/);
    expect(errorMessage(createTranslator('en'), new Error('boom'))).toBe('an unexpected error occurred (boom).');
  });
});

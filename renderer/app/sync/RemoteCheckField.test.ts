import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/translator.js';
import { REMOTE_CHECK_CHOICES, remoteCheckChoices, remoteCheckLabel } from './RemoteCheckField.js';

describe('the change-check interval choices', () => {
  it('names each choice in French and English', () => {
    const fr = createTranslator('fr');
    expect(REMOTE_CHECK_CHOICES.map((s) => remoteCheckLabel(fr, s))).toEqual([
      'Toutes les 30 secondes',
      'Chaque minute',
      'Toutes les 5 minutes',
      'Toutes les 15 minutes',
      'Toutes les heures',
      'Seulement en revenant dans la fenêtre',
    ]);
    const en = createTranslator('en');
    expect(remoteCheckLabel(en, 7200)).toBe('Every 2 hours');
    expect(remoteCheckLabel(en, 0)).toBe('Only when I come back to the window');
  });

  it('shows a value set by policy that is not a choice, in its place', () => {
    expect(remoteCheckChoices(120)).toEqual([30, 60, 120, 300, 900, 3600, 0]);
    expect(remoteCheckLabel(createTranslator('fr'), 120)).toBe('Toutes les 2 minutes');
    expect(remoteCheckLabel(createTranslator('fr'), 45)).toBe('Toutes les 45 secondes');
    expect(remoteCheckChoices(300)).toEqual([...REMOTE_CHECK_CHOICES]);
  });
});

import { describe, expect, it } from 'vitest';
import { displayValue, editText, parseCellInput, parseLocaleNumber, textContent } from './cell-text.js';

const FR = { true: 'VRAI', false: 'FAUX' };
const EN = { true: 'TRUE', false: 'FALSE' };

describe('cell text', () => {
  it('reads numbers the way each language writes them', () => {
    expect(parseLocaleNumber('3,5', 'fr')).toBe(3.5);
    expect(parseLocaleNumber('1 234,5', 'fr')).toBe(1234.5);
    expect(parseLocaleNumber('12 %', 'fr')).toBe(0.12);
    expect(parseLocaleNumber('1,234.5', 'en')).toBe(1234.5);
    expect(parseLocaleNumber('abc', 'fr')).toBeNull();
  });

  it('turns typed text into engine content', () => {
    expect(parseCellInput('=SUM(A1:A3)', 'fr', FR)).toBe('=SUM(A1:A3)');
    expect(parseCellInput('vrai', 'fr', FR)).toBe(true);
    expect(parseCellInput('FALSE', 'en', EN)).toBe(false);
    expect(parseCellInput('42', 'en', EN)).toBe(42);
    expect(parseCellInput('Bonjour', 'fr', FR)).toBe('Bonjour');
    expect(parseCellInput('', 'fr', FR)).toBeNull();
    expect(textContent('00123')).toBe("'00123");
    expect(textContent('Nom')).toBe('Nom');
  });

  it('shows values in the language of the user', () => {
    expect(displayValue(0.1 + 0.2, 'fr', FR)).toBe('0,3');
    expect(displayValue(1234.5, 'en', EN)).toBe('1234.5');
    expect(displayValue(true, 'fr', FR)).toBe('VRAI');
    expect(displayValue({ error: '#DIV/0!' }, 'fr', FR)).toBe('#DIV/0!');
    expect(editText(2.5, 'fr', FR)).toBe('2,5');
  });

  it('reads and shows formulas with French function names and separators', () => {
    expect(parseCellInput('=SOMME(A1:A3;2,5)', 'fr', FR)).toBe('=SUM(A1:A3,2.5)');
    expect(editText('=SUM(A1:A3,2.5)', 'fr', FR)).toBe('=SOMME(A1:A3;2,5)');
    expect(editText('=SUM(A1:A3,2.5)', 'en', EN)).toBe('=SUM(A1:A3,2.5)');
    expect(editText("'=SUM(1,2)", 'fr', FR)).toBe("'=SUM(1,2)");
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { buildOstalEngine } from '@ostal/calc';
import { formulaContextAt, functionHint, functionSuggestions, insertFunction } from './formula-autocomplete.js';
import { argumentNames } from './function-signatures.js';

beforeAll(() => buildOstalEngine().destroy());

describe('formula autocomplete', () => {
  it('finds the function name being typed', () => {
    expect(formulaContextAt('=SO', 3, 'fr').prefix).toEqual({ text: 'SO', start: 1 });
    expect(formulaContextAt('=A1+mo', 6, 'fr').prefix).toEqual({ text: 'mo', start: 4 });
    expect(formulaContextAt('="SO', 4, 'fr').prefix).toBeUndefined();
    expect(formulaContextAt('SO', 2, 'fr').prefix).toBeUndefined();
    expect(formulaContextAt('=$A', 3, 'fr').prefix).toBeUndefined();
    expect(formulaContextAt("='Feuil 2'!A", 12, 'fr').prefix).toBeUndefined();
  });

  it('lists French functions for French users, sorted', () => {
    const names = functionSuggestions('so', 'fr').map((f) => f.name);
    expect(names).toContain('SOMME');
    expect(names).toContain('SOMME.SI');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')));
    expect(functionSuggestions('SOMME.SI', 'fr').map((f) => f.canonical)).toEqual(['SUMIF', 'SUMIFS']);
    expect(functionSuggestions('su', 'en').map((f) => f.name)).toContain('SUM');
    expect(functionSuggestions('zzz', 'fr')).toEqual([]);
  });

  it('inserts the picked function with its parenthesis', () => {
    expect(insertFunction('=A1+so', 4, 6, 'SOMME')).toEqual({ text: '=A1+SOMME(', caret: 10 });
    expect(insertFunction('=so(A1)', 1, 3, 'SOMME')).toEqual({ text: '=SOMME(A1)', caret: 7 });
  });

  it('knows the call and argument around the caret', () => {
    const text = '=SI(A1>0,5;SOMME(B1:B3;"a;b";';
    expect(formulaContextAt(text, text.length, 'fr').call).toEqual({ name: 'SOMME', argument: 2 });
    expect(formulaContextAt(text, 11, 'fr').call).toEqual({ name: 'SI', argument: 1 });
    expect(formulaContextAt('=IF(A1,', 7, 'en').call).toEqual({ name: 'IF', argument: 1 });
    expect(formulaContextAt('=SOMME(A1)+', 11, 'fr').call).toBeUndefined();
  });

  it('hints the arguments with the current one', () => {
    const hint = functionHint({ call: { name: 'si', argument: 1 } }, 'fr');
    expect(hint?.name).toBe('SI');
    expect(hint?.argumentsList).toEqual(['test_logique', 'valeur_si_vrai', '[valeur_si_faux]']);
    expect(hint?.current).toBe(1);
    const sum = functionHint({ call: { name: 'SOMME', argument: 5 } }, 'fr');
    expect(sum?.argumentsList[sum.current]).toBe('[nombre2]');
    expect(functionHint({ call: { name: 'VLOOKUP', argument: 0 } }, 'en')?.argumentsList[0]).toBe('lookup_value');
    expect(functionHint({ call: { name: 'PASUNEFONCTION', argument: 0 } }, 'fr')).toBeUndefined();
    expect(functionHint({ call: { name: 'LOGREG', argument: 3 } }, 'fr')?.argumentsList[3]).toBe('[statistiques]');
    expect(functionHint({ call: { name: 'GROWTH', argument: 2 } }, 'en')?.argumentsList[2]).toBe("[new_x's]");
  });

  it('names the arguments of less common functions from the engine', () => {
    expect(argumentNames('ACOS', 'fr')).toEqual(['nombre']);
    expect(argumentNames('ACOS', 'en')).toEqual(['number']);
  });
});

import { describe, expect, it } from 'vitest';
import { ostalFunctionNames } from '@ostal/calc';
import { FINANCIAL_ARGUMENTS, FINANCIAL_FRENCH_NAMES } from './financial-function-words.js';
import { canonicalFunctionName, localFunctionName, toCanonicalFormula, toLocalFormula } from './formula-locale.js';
import { argumentNames } from './function-signatures.js';

describe('financial function words', () => {
  it('name functions the engine computes, each with its argument hint', () => {
    const ostal = new Set(ostalFunctionNames());
    for (const name of Object.keys(FINANCIAL_FRENCH_NAMES)) {
      expect(ostal.has(name), name).toBe(true);
      expect(FINANCIAL_ARGUMENTS[name], name).toBeDefined();
    }
    expect(Object.keys(FINANCIAL_ARGUMENTS).sort()).toEqual(Object.keys(FINANCIAL_FRENCH_NAMES).sort());
  });

  it('give as many French argument names as English ones', () => {
    for (const name of Object.keys(FINANCIAL_ARGUMENTS)) {
      expect(argumentNames(name, 'fr').length, name).toBe(argumentNames(name, 'en').length);
    }
    expect(argumentNames('PRICE', 'fr')).toEqual(['liquidation', 'échéance', 'taux', 'rendement', 'valeur_échéance', 'fréquence', '[base]']);
    expect(argumentNames('COUPNCD', 'en')).toEqual(['settlement', 'maturity', 'frequency', '[basis]']);
  });

  it("use Excel's French names both ways", () => {
    expect(localFunctionName('COUPDAYBS', 'fr')).toBe('NB.JOURS.COUPON.PREC');
    expect(canonicalFunctionName('rendement.titre', 'fr')).toBe('YIELD');
    expect(toCanonicalFormula('=PRIX.TITRE(A1;A2;5,75%;0,065;100;2;0)', 'fr')).toBe('=PRICE(A1,A2,5.75%,0.065,100,2,0)');
    expect(toLocalFormula('=ODDLYIELD(A1,A2,A3,0.0375,99.875,100,2)', 'fr')).toBe('=REND.DCOUPON.IRREG(A1;A2;A3;0,0375;99,875;100;2)');
  });
});

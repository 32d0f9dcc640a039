import { describe, expect, it } from 'vitest';
import { formulaFunctions, letLambdaNames } from './formula-functions.js';

describe('formulaFunctions', () => {
  it('lists the functions a formula calls, skipping strings', () => {
    expect(formulaFunctions('=IF(A1>0,sum(B1:B3),"N(")')).toEqual(['IF', 'SUM']);
    expect(formulaFunctions('=_xlfn.MAP(A1:A3,_xlfn.LAMBDA(_xlpm.x,_xlpm.x*2))')).toEqual(['MAP', 'LAMBDA']);
  });
});

describe('letLambdaNames', () => {
  it('lists the names LET binds to a LAMBDA', () => {
    expect([...letLambdaNames('=LET(f,LAMBDA(x,x+1),Sq, lambda(y,y*y),k,2,f(Sq(k)))')]).toEqual(['F', 'SQ']);
    expect(letLambdaNames('=SUM(A1:A3)').size).toBe(0);
  });
});

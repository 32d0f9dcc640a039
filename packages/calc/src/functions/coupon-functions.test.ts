import { describe, expect, it } from 'vitest';
import { evaluateOne } from '../test-workbook.js';

// Excel's documented example: settlement 25 Jan 2011, maturity 15 Nov 2011, semiannual, actual/actual.
const BOND = 'DATE(2011,1,25),DATE(2011,11,15),2';

describe('coupon functions', () => {
  it.each([
    [`=COUPDAYBS(${BOND},1)`, 71],
    [`=COUPDAYS(${BOND},1)`, 181],
    [`=COUPDAYSNC(${BOND},1)`, 110],
    [`=COUPNCD(${BOND},1)`, 40678],
    [`=COUPPCD(${BOND},1)`, 40497],
    ['=COUPNUM(DATE(2007,1,25),DATE(2008,11,15),2,1)', 4],
  ])("Excel's example %s = %d", (formula, expected) => {
    expect(evaluateOne(formula)).toBe(expected);
  });

  it.each([
    [0, 70, 180],
    [1, 71, 181],
    [2, 71, 180],
    [3, 71, 182.5],
    [4, 70, 180],
  ])('basis %i: COUPDAYBS %d, COUPDAYS %d, COUPDAYSNC 110', (basis, before, length) => {
    expect(evaluateOne(`=COUPDAYBS(${BOND},${String(basis)})`)).toBe(before);
    expect(evaluateOne(`=COUPDAYS(${BOND},${String(basis)})`)).toBe(length);
    expect(evaluateOne(`=COUPDAYSNC(${BOND},${String(basis)})`)).toBe(110);
  });

  it('follows the end of month of maturity', () => {
    // Maturity 31 Aug: quarterly coupons on 29 Feb 2024, 31 May 2024...
    expect(evaluateOne('=COUPPCD(DATE(2024,3,31),DATE(2030,8,31),4,0)')).toBe(45351);
    expect(evaluateOne('=COUPNCD(DATE(2024,3,31),DATE(2030,8,31),4,0)')).toBe(45443);
    expect(evaluateOne('=COUPDAYBS(DATE(2024,3,31),DATE(2030,8,31),4,0)')).toBe(31);
    expect(evaluateOne('=COUPDAYSNC(DATE(2024,3,31),DATE(2030,8,31),4,0)')).toBe(59);
    expect(evaluateOne('=COUPNUM(DATE(2024,3,31),DATE(2030,8,31),4)')).toBe(26);
  });

  it('takes settlement on a coupon date as the start of a period', () => {
    expect(evaluateOne('=COUPPCD(DATE(2011,5,15),DATE(2011,11,15),2)')).toBe(40678);
    expect(evaluateOne('=COUPDAYBS(DATE(2011,5,15),DATE(2011,11,15),2)')).toBe(0);
    expect(evaluateOne('=COUPNUM(DATE(2011,5,15),DATE(2011,11,15),2)')).toBe(1);
  });

  it('truncates dates, frequency and basis', () => {
    expect(evaluateOne('=COUPDAYBS(DATE(2011,1,25)+0.9,DATE(2011,11,15)+0.2,2.7,1.9)')).toBe(71);
  });

  it('gives #NUM! and #VALUE! as Excel does', () => {
    expect(evaluateOne('=COUPDAYS(DATE(2011,11,15),DATE(2011,11,15),2)')).toEqual({ error: '#NUM!' });
    expect(evaluateOne('=COUPDAYS(DATE(2012,1,1),DATE(2011,11,15),2)')).toEqual({ error: '#NUM!' });
    expect(evaluateOne(`=COUPDAYS(DATE(2011,1,25),DATE(2011,11,15),3)`)).toEqual({ error: '#NUM!' });
    expect(evaluateOne(`=COUPDAYS(${BOND},5)`)).toEqual({ error: '#NUM!' });
    expect(evaluateOne(`=COUPDAYS(${BOND},-1)`)).toEqual({ error: '#NUM!' });
    expect(evaluateOne('=COUPDAYS(-1,DATE(2011,11,15),2)')).toEqual({ error: '#NUM!' });
    expect(evaluateOne('=COUPDAYS("soon",DATE(2011,11,15),2)')).toEqual({ error: '#VALUE!' });
    expect(evaluateOne(`=COUPDAYS(${BOND},"x")`)).toEqual({ error: '#VALUE!' });
    expect(evaluateOne('=COUPNUM(1/0,DATE(2011,11,15),2)')).toEqual({ error: '#DIV/0!' });
  });
});

/**
 * What the securities, bond and depreciation functions share: argument checks with Excel's
 * errors (ECMA-376 Part 1 §18.17.7: dates truncated to integers, #NUM! for a frequency other
 * than 1, 2 or 4 or a basis outside 0–4), argument metadata, and the yield solver.
 */
import { CellError, ErrorType, FunctionArgumentType } from 'hyperformula';
import type { DayCountBasis } from './bond-dates.js';
import { LAST_SERIAL } from './bond-dates.js';
import { cellError } from './plugin-support.js';

/** A required number argument. */
export const NUMBER_ARG = { argumentType: FunctionArgumentType.NUMBER };
/** The optional basis argument (0 when omitted). */
export const BASIS_ARG = { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0, emptyAsDefault: true };

/** `#NUM!` with a reason. */
export function numError(message: string): CellError {
  return cellError(ErrorType.NUM, message);
}

/** A date argument truncated to a whole day; `#NUM!` outside 1900-01-00 to 9999-12-31. */
export function dateArg(value: number): number | CellError {
  // `+ 0` turns the -0 of Math.trunc(-0.5) into 0.
  const day = Math.trunc(value) + 0;
  return day < 0 || day > LAST_SERIAL ? numError('Date out of range.') : day;
}

/** The basis argument truncated; `#NUM!` outside 0–4. */
export function basisArg(value: number): DayCountBasis | CellError {
  const basis = Math.trunc(value) + 0;
  return basis >= 0 && basis <= 4 ? (basis as DayCountBasis) : numError('Basis must be 0 to 4.');
}

/** The frequency argument truncated; `#NUM!` unless 1, 2 or 4. */
export function frequencyArg(value: number): number | CellError {
  const frequency = Math.trunc(value);
  return frequency === 1 || frequency === 2 || frequency === 4 ? frequency : numError('Frequency must be 1, 2 or 4.');
}

/** The first error of a list of checked arguments, if any. */
export function firstError(...values: readonly (number | CellError)[]): CellError | undefined {
  return values.find((v): v is CellError => v instanceof CellError);
}

/** A finite result, or `#NUM!` for an overflow or an undefined value. */
export function finite(value: number): number | CellError {
  return Number.isFinite(value) ? value : numError('The result is not a finite number.');
}

const MAX_NEWTON_STEPS = 100;
const MAX_BISECTION_STEPS = 300;
const TOLERANCE = 1e-12;

/**
 * The yield `y` with `price(y) = target`, for a price that falls as the yield rises (every bond
 * price does). Newton's method from `guess` with a numeric derivative; when it leaves the domain
 * (`y > lowest`) or does not converge, bisection over a bracket grown upwards from `lowest`.
 * Returns `undefined` when no yield gives the price.
 */
export function solveYield(price: (y: number) => number, target: number, guess: number, lowest: number): number | undefined {
  let y = guess;
  for (let step = 0; step < MAX_NEWTON_STEPS; step += 1) {
    const value = price(y) - target;
    if (!Number.isFinite(value)) break;
    const h = Math.max(1e-7, Math.abs(y) * 1e-7);
    const slope = (price(y + h) - price(y - h)) / (2 * h);
    if (!Number.isFinite(slope) || slope === 0) break;
    const next = y - value / slope;
    if (!(next > lowest) || !Number.isFinite(next)) break;
    if (Math.abs(next - y) <= TOLERANCE * Math.max(1, Math.abs(next))) return next;
    y = next;
  }
  return bisect(price, target, lowest);
}

function bisect(price: (y: number) => number, target: number, lowest: number): number | undefined {
  let low = lowest + Math.max(1e-10, Math.abs(lowest) * 1e-10);
  let high = Math.max(1, low + 1);
  if (!(price(low) - target >= 0)) return undefined;
  let grown = 0;
  while (price(high) - target > 0) {
    high *= 2;
    grown += 1;
    if (grown > 60) return undefined;
  }
  for (let step = 0; step < MAX_BISECTION_STEPS && high - low > TOLERANCE * Math.max(1, Math.abs(high)); step += 1) {
    const middle = (low + high) / 2;
    if (price(middle) - target > 0) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

/**
 * Least squares fit of y on one x variable, with the statistics LINEST and LOGEST report (Excel's
 * LINEST reference; LibreOffice's where Excel says nothing: no residual gives F = #N/A, no degree
 * of freedom gives standard errors of 0).
 */

/** Squared relative size of rounding noise: residuals below it are taken as none. */
const NOISE = 1e-28;

/** The fit of y on x: slope, intercept and the statistics LINEST reports. */
export interface LinearFit {
  readonly m: number;
  readonly b: number;
  readonly seM: number;
  /** Undefined when the intercept is forced to 0 (LINEST shows #N/A). */
  readonly seB: number | undefined;
  readonly r2: number;
  readonly seY: number;
  /** Undefined when the fit is exact (no residual: LINEST shows #N/A). */
  readonly f: number | undefined;
  readonly df: number;
  readonly ssReg: number;
  readonly ssResid: number;
}

/**
 * Least squares fit of `y` on `x` (same length, more points than coefficients); with `constant`
 * false, b = 0 and the sums of squares are taken about 0 (r² uncentred, as Excel and LibreOffice
 * give it).
 */
export function linearFit(x: readonly number[], y: readonly number[], constant: boolean): LinearFit {
  const n = x.length;
  const mean = (v: readonly number[]) => (constant ? v.reduce((s, a) => s + a, 0) / n : 0);
  const [mx, my] = [mean(x), mean(y)];
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i += 1) {
    sxx += (x[i]! - mx) ** 2;
    sxy += (x[i]! - mx) * (y[i]! - my);
    syy += (y[i]! - my) ** 2;
  }
  const m = sxx === 0 ? 0 : sxy / sxx;
  const b = constant ? my - m * mx : 0;
  let ssResid = 0;
  let size = 0;
  for (let i = 0; i < n; i += 1) {
    ssResid += (y[i]! - (m * x[i]! + b)) ** 2;
    size += y[i]! ** 2;
  }
  // Residuals at the level of rounding noise (an exact fit computed in floating point, such as
  // ln 1, ln 2, ln 4) are no residual: F is then #N/A, as LibreOffice shows it.
  if (ssResid <= size * NOISE) ssResid = 0;
  const ssReg = syy - ssResid;
  const df = n - 1 - (constant ? 1 : 0);
  // With as many points as coefficients the line goes through every point: nothing to estimate.
  const seY = df > 0 ? Math.sqrt(ssResid / df) : 0;
  return {
    m,
    b,
    seM: sxx === 0 ? 0 : seY / Math.sqrt(sxx),
    seB: constant ? (sxx === 0 ? 0 : seY * Math.sqrt(1 / n + (mx * mx) / sxx)) : undefined,
    r2: syy === 0 ? 1 : ssReg / syy,
    seY,
    f: ssResid === 0 || df === 0 ? undefined : ssReg / (ssResid / df),
    df,
    ssReg,
    ssResid,
  };
}

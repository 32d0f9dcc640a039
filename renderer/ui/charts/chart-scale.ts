/**
 * Value axes for the chart renderer: the range a chart's values need (stacked sums, zero
 * included for bars and areas) and "nice" tick steps (1, 2, 2.5, 5 x 10^n), as office suites
 * draw them.
 */

export type ChartKind = 'column' | 'bar' | 'line' | 'pie' | 'area' | 'scatter' | 'doughnut' | 'radar' | 'stock' | 'bubble';
export type ChartStacking = 'clustered' | 'stacked' | 'percentStacked';

export interface ValueScale {
  readonly min: number;
  readonly max: number;
  readonly ticks: readonly number[];
}

/** A tick step near `span / count`, of the form 1, 2, 2.5 or 5 x 10^n. */
export function niceStep(span: number, count = 5): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / count;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const f = raw / pow;
  const m = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
  return m * pow;
}

/** Ticks covering [lo, hi] (lo <= hi), starting and ending on a multiple of the step. */
export function niceScale(lo: number, hi: number, count = 5): ValueScale {
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return { min: 0, max: 1, ticks: [0, 1] };
  if (lo === hi) {
    if (lo === 0) return { min: 0, max: 1, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1].map((t) => t) };
    const pad = Math.abs(lo) * 0.1;
    return niceScale(lo - pad, hi + pad, count);
  }
  const step = niceStep(hi - lo, count);
  const min = Math.floor(lo / step + 1e-9) * step;
  const max = Math.ceil(hi / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let t = min, i = 0; t <= max + step / 2 && i < 100; t += step, i++) ticks.push(Math.round(t / step) * step);
  return { min, max, ticks };
}

/**
 * The scale a chart's values need: stacked charts add the positive and negative values of each
 * category apart; percent-stacked charts go from 0 to 1 (or -1); bars and areas include zero.
 */
export function valueScale(kind: ChartKind, stacking: ChartStacking, series: readonly (readonly (number | null)[])[]): ValueScale {
  const n = series.reduce((m, s) => Math.max(m, s.length), 0);
  let lo = Infinity;
  let hi = -Infinity;
  if (stacking !== 'clustered' && kind !== 'scatter' && kind !== 'pie') {
    for (let i = 0; i < n; i++) {
      let pos = 0;
      let neg = 0;
      for (const s of series) {
        const v = s[i] ?? 0;
        if (v >= 0) pos += v;
        else neg += v;
      }
      if (stacking === 'percentStacked') {
        const total = pos - neg;
        if (total > 0) {
          pos /= total;
          neg /= total;
        }
      }
      lo = Math.min(lo, neg);
      hi = Math.max(hi, pos);
    }
  } else {
    for (const s of series) {
      for (const v of s) {
        if (v === null || !Number.isFinite(v)) continue;
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
  }
  if (lo === Infinity) return niceScale(0, 1);
  if (kind === 'column' || kind === 'bar' || kind === 'area') {
    lo = Math.min(lo, 0);
    hi = Math.max(hi, 0);
  }
  return niceScale(lo, hi);
}

/** Cumulative bases for stacked series: `base[s][i]` is where series s starts at point i. */
export function stackBases(series: readonly (readonly (number | null)[])[], percent: boolean): { base: number[][]; value: number[][] } {
  const n = series.reduce((m, s) => Math.max(m, s.length), 0);
  const base = series.map(() => new Array<number>(n).fill(0));
  const value = series.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    let total = 0;
    for (const s of series) total += Math.abs(s[i] ?? 0);
    let pos = 0;
    let neg = 0;
    series.forEach((s, k) => {
      let v = s[i] ?? 0;
      if (percent && total > 0) v /= total;
      if (v >= 0) {
        base[k]![i] = pos;
        pos += v;
      } else {
        base[k]![i] = neg;
        neg += v;
      }
      value[k]![i] = v;
    });
  }
  return { base, value };
}

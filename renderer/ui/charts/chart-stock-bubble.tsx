/**
 * The marks of stock and bubble charts, drawn inside the plot that chart-cartesian.tsx lays out.
 *
 * - Stock: the series are [open,] high, low, close. Each category gets a vertical line from low
 *   to high (`hiLowLines`); with an open series and `upDownBars`, a box from open to close,
 *   white when the price rose and dark when it fell (candle sticks); otherwise a tick on the
 *   left for the open and one on the right for the close.
 * - Bubble: a circle per point at (x, y), its area proportional to its size, the largest a
 *   quarter of the plot's shorter side across at a scale of 100 % (as office suites draw it).
 */
import type { ReactNode } from 'react';

export interface StockBubblePlot {
  readonly series: readonly { readonly values: readonly (number | null)[]; readonly color: string; readonly sizes?: readonly (number | null)[] }[];
  /** Number of categories (points). */
  readonly n: number;
  /** X pixel of point i: the category's centre (stock) or its x value (bubble). */
  readonly px: (i: number) => number;
  /** Y pixel of a value. */
  readonly py: (v: number) => number;
  /** Width of one category's band (stock). */
  readonly band: number;
  readonly plotW: number;
  readonly plotH: number;
}

const ok = (v: number | null | undefined): v is number => v !== null && v !== undefined && Number.isFinite(v);

/** High-low lines and open-close boxes or ticks of a stock chart. */
export function stockMarks(plot: StockBubblePlot, options: { readonly hiLowLines: boolean; readonly upDownBars: boolean }): ReactNode {
  const s = plot.series;
  const withOpen = s.length >= 4;
  const [open, high, low, close] = withOpen ? [s[0], s[1], s[2], s[3]] : [undefined, s[0], s[1], s[2]];
  const half = Math.max(2, Math.min(plot.band * 0.3, 14));
  const marks: ReactNode[] = [];
  for (let i = 0; i < plot.n; i++) {
    const x = plot.px(i);
    const h = high?.values[i];
    const l = low?.values[i];
    const o = open?.values[i];
    const c = close?.values[i];
    if (options.hiLowLines && ok(h) && ok(l)) marks.push(<line key={`hl${String(i)}`} className="ui-chart__hilow" x1={x} x2={x} y1={plot.py(h)} y2={plot.py(l)} stroke="#404040" strokeWidth={1} />);
    if (withOpen && options.upDownBars && ok(o) && ok(c)) {
      const up = c >= o;
      const y0 = plot.py(Math.max(o, c));
      const y1 = plot.py(Math.min(o, c));
      marks.push(
        <rect key={`ud${String(i)}`} className={`ui-chart__updown ui-chart__updown--${up ? 'up' : 'down'}`} x={x - half} y={y0} width={half * 2} height={Math.max(y1 - y0, 1)} fill={up ? '#ffffff' : '#404040'} stroke="#404040" strokeWidth={1} />,
      );
    } else {
      if (ok(o)) marks.push(<line key={`o${String(i)}`} className="ui-chart__tick ui-chart__tick--open" x1={x - half} x2={x} y1={plot.py(o)} y2={plot.py(o)} stroke={open!.color} strokeWidth={2} />);
      if (ok(c)) marks.push(<line key={`c${String(i)}`} className="ui-chart__tick ui-chart__tick--close" x1={x} x2={x + half} y1={plot.py(c)} y2={plot.py(c)} stroke={close!.color} strokeWidth={2} />);
    }
  }
  return (
    <g key="stock" className="ui-chart__series ui-chart__series--stock">
      {marks}
    </g>
  );
}

/** The circles of a bubble chart, largest behind; negative sizes hollow (when shown at all), as Excel draws them. */
export function bubbleMarks(plot: StockBubblePlot, scalePercent = 100, showNegative = false): ReactNode {
  const largest = Math.max(0, ...plot.series.flatMap((s) => (s.sizes ?? []).filter(ok).filter((v) => showNegative || v > 0).map(Math.abs)));
  const maxR = (Math.min(plot.plotW, plot.plotH) / 8) * (Math.min(300, Math.max(0, scalePercent)) / 100);
  const circles: { k: number; i: number; x: number; y: number; r: number; color: string; negative: boolean }[] = [];
  plot.series.forEach((s, k) => {
    for (let i = 0; i < plot.n; i++) {
      const y = s.values[i];
      const size = s.sizes?.[i];
      if (!ok(y) || !ok(size) || size === 0 || (size < 0 && !showNegative) || largest <= 0) continue;
      circles.push({ k, i, x: plot.px(i), y: plot.py(y), r: Math.max(1, maxR * Math.sqrt(Math.abs(size) / largest)), color: s.color, negative: size < 0 });
    }
  });
  circles.sort((a, b) => b.r - a.r);
  return (
    <g key="bubbles" className="ui-chart__series ui-chart__series--bubble">
      {circles.map((c) =>
        c.negative ? (
          <circle key={`${String(c.k)}-${String(c.i)}`} className="ui-chart__bubble ui-chart__bubble--negative" data-series={c.k} cx={c.x} cy={c.y} r={c.r} fill="#fff" fillOpacity={0.75} stroke={c.color} strokeWidth={1.5} />
        ) : (
          <circle key={`${String(c.k)}-${String(c.i)}`} className="ui-chart__bubble" data-series={c.k} cx={c.x} cy={c.y} r={c.r} fill={c.color} fillOpacity={0.75} stroke="#fff" strokeWidth={1} />
        ),
      )}
    </g>
  );
}

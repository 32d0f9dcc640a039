/**
 * The plot of a chart with axes (column, bar, line, area, scatter, stock, bubble): gridlines, value ticks,
 * category labels, axis titles, then the series. A combined chart draws each series as its own
 * kind (bars for bar series, a line for line series...) and series on the secondary axis against
 * a second value scale, whose ticks stand on the right (at the top of a horizontal bar chart), as
 * office suites draw them. A horizontal bar chart turns every series with it: its categories run
 * up from the origin and a line or area series' values across, as LibreOffice draws them.
 */
import type { ReactNode, SVGProps } from 'react';
import { niceScale, stackBases, valueScale } from './chart-scale.js';
import type { ChartKind, ChartStacking, ValueScale } from './chart-scale.js';
import { bubbleMarks, stockMarks } from './chart-stock-bubble.js';

/** The kinds a series of a combined chart may take. */
export type SeriesKind = 'column' | 'bar' | 'line' | 'area' | 'scatter';

/** One series as the plot draws it. */
export interface PlotSeries {
  readonly values: readonly (number | null)[];
  readonly color: string;
  /** Absent: the chart's kind. */
  readonly type?: SeriesKind;
  readonly secondaryAxis?: boolean;
  /** Bubble charts: each point's size. */
  readonly sizes?: readonly (number | null)[];
  /** Its values written by its bars' ends and above its points. */
  readonly showValues?: boolean;
}

export interface CartesianInput {
  readonly kind: ChartKind;
  readonly stacking: ChartStacking;
  readonly series: readonly PlotSeries[];
  readonly categories: readonly string[];
  readonly valueAxisTitle?: string;
  readonly categoryAxisTitle?: string;
  /** An axis drawn without its labels (`labels`) or not at all (`axis`); absent: drawn with them. */
  readonly categoryAxisHidden?: 'labels' | 'axis';
  readonly valueAxisHidden?: 'labels' | 'axis';
  /** The room left for the plot, axes and their labels. */
  readonly box: { readonly top: number; readonly left: number; readonly right: number; readonly bottom: number };
  readonly nf: Intl.NumberFormat;
  readonly pf: Intl.NumberFormat;
  readonly fontSize: number;
  readonly charWidth: number;
  readonly clip: (text: string, width: number) => string;
  /** Stock charts: what is drawn (absent: high-low lines, boxes with an open series). */
  readonly stock?: { readonly hiLowLines: boolean; readonly upDownBars: boolean };
  /** Bubble charts: the bubbles' size in percent (absent: 100). */
  readonly bubbleScale?: number;
  /** Bubble charts: negative sizes drawn as hollow circles (absent: left out). */
  readonly showNegativeBubbles?: boolean;
}

const isBar = (k: SeriesKind): boolean => k === 'column' || k === 'bar';

/** The smallest nice scale covering every scale of `scales` (none: 0 to 1). */
function mergedScale(scales: readonly ValueScale[]): ValueScale | null {
  if (scales.length === 0) return null;
  if (scales.length === 1) return scales[0]!;
  return niceScale(Math.min(...scales.map((s) => s.min)), Math.max(...scales.map((s) => s.max)));
}

/** Where a line or area series' point is drawn, and where its area's lower edge runs (`bx`, `by`). */
export interface PlotPoint {
  readonly x: number;
  readonly y: number;
  readonly bx: number;
  readonly by: number;
  /** The point's own value (not its stack's total). */
  readonly value: number;
}

/**
 * The points of a line or area series: its categories along the category axis and its values
 * along the value axis, whichever way they run. In a horizontal bar chart a line series, as
 * LibreOffice draws it, climbs through the categories from the bottom with its values across, so
 * the line passes over the end of each bar of its value.
 */
export function seriesPoints(
  n: number,
  point: (i: number) => { base: number; value: number } | null,
  categoryPos: (i: number) => number,
  valuePos: (v: number) => number,
  horizontal: boolean,
): PlotPoint[] {
  const pts: PlotPoint[] = [];
  for (let i = 0; i < n; i++) {
    const p = point(i);
    if (!p) continue;
    const c = categoryPos(i);
    const v = valuePos(p.base + p.value);
    const b = valuePos(p.base);
    pts.push(horizontal ? { x: v, y: c, bx: b, by: c, value: p.value } : { x: c, y: v, bx: c, by: b, value: p.value });
  }
  return pts;
}

/** The gridlines, labels, axes and series of an axis chart. */
export function cartesianParts(input: CartesianInput): ReactNode[] {
  const { kind, stacking, categories, nf, pf, clip } = input;
  const FONT = input.fontSize;
  const CHAR_W = input.charWidth;
  let { top, left, right, bottom } = input.box;
  const parts: ReactNode[] = [];
  const n = categories.length;
  const horizontal = kind === 'bar';
  // Bubbles stand on x values as scatter points do; stock prices share one value scale as lines do.
  const scatter = kind === 'scatter' || kind === 'bubble';
  const special = kind === 'stock' || kind === 'bubble';
  const kinds: SeriesKind[] = input.series.map((s) => (scatter ? 'scatter' : kind === 'stock' ? 'line' : (s.type ?? (kind as SeriesKind))));
  // A horizontal chart's second value axis runs along the top.
  const secondary = input.series.map((s) => !scatter && !special && s.secondaryAxis === true);
  // The chart's grouping belongs to the series of its own kind on each axis; other groups are clustered.
  const groupKey = (k: number): string => `${kinds[k]!}|${secondary[k] ? '2' : '1'}`;
  const groups = new Map<string, number[]>();
  input.series.forEach((_, k) => {
    const key = groupKey(k);
    groups.set(key, [...(groups.get(key) ?? []), k]);
  });
  const stackedGroup = (key: string): boolean => stacking !== 'clustered' && key.startsWith(`${kind}|`);
  const stackOf = new Map<number, { base: number; value: number }[]>();
  const scalesFor = (axis: '1' | '2'): ValueScale | null => {
    const scales: ValueScale[] = [];
    for (const [key, members] of groups) {
      if (!key.endsWith(`|${axis}`)) continue;
      const seriesKind = key.split('|')[0] as SeriesKind;
      const values = members.map((k) => input.series[k]!.values);
      const groupStacking = stackedGroup(key) ? stacking : 'clustered';
      scales.push(valueScale(seriesKind === 'scatter' ? 'scatter' : seriesKind, groupStacking, values));
      if (groupStacking !== 'clustered') {
        const stacked = stackBases(values, groupStacking === 'percentStacked');
        members.forEach((k, j) => stackOf.set(k, stacked.value[j]!.map((v, i) => ({ base: stacked.base[j]![i]!, value: v }))));
      }
    }
    return mergedScale(scales);
  };
  const scale = scalesFor('1') ?? niceScale(0, 1);
  const scale2 = scalesFor('2');
  const percentOn = (axis: '1' | '2'): boolean =>
    stacking === 'percentStacked' && [...groups.keys()].some((key) => key.endsWith(`|${axis}`) && stackedGroup(key));
  const fmt = (v: number) => (percentOn('1') ? pf.format(v) : nf.format(v));
  const fmt2 = (v: number) => (percentOn('2') ? pf.format(v) : nf.format(v));
  const valueLabels = !input.valueAxisHidden;
  const categoryLabels = !input.categoryAxisHidden;
  const tickWidth = valueLabels ? Math.max(...scale.ticks.map((t) => fmt(t).length)) * CHAR_W + 6 : 0;
  const tickWidth2 = scale2 ? Math.max(...scale2.ticks.map((t) => fmt2(t).length)) * CHAR_W + 6 : 0;
  if (input.valueAxisTitle) {
    if (horizontal) bottom -= 18;
    else left += 18;
  }
  if (input.categoryAxisTitle) {
    if (horizontal) left += 18;
    else bottom -= 18;
  }
  const catLabelWidth = horizontal && categoryLabels ? Math.min((right - left) * 0.3, Math.max(...categories.map((c) => c.length), 1) * CHAR_W + 6) : 0;
  if (horizontal) left += catLabelWidth;
  else left += tickWidth;
  // The row under the plot: value ticks of a horizontal chart, category labels of the others.
  bottom -= (horizontal ? valueLabels : categoryLabels) ? 18 : 4;
  // Room for the second axis's ticks: a row at the top (horizontal bars), a column on the right.
  if (scale2 && horizontal) top += 18;
  else right -= tickWidth2;
  const plotW = Math.max(10, right - left);
  const plotH = Math.max(10, bottom - top);
  // Value -> pixel along the value axis of a scale.
  const along = (s: ValueScale) => {
    const span = s.max - s.min || 1;
    return (v: number) => (horizontal ? left + ((v - s.min) / span) * plotW : bottom - ((v - s.min) / span) * plotH);
  };
  const vpos = along(scale);
  const vpos2 = scale2 ? along(scale2) : vpos;
  const posFor = (k: number) => (secondary[k] ? vpos2 : vpos);
  const zero = vpos(Math.min(Math.max(0, scale.min), scale.max));
  // Scatter x axis: the categories as numbers.
  const xs = categories.map((c, i) => {
    const v = Number(c.replace(',', '.'));
    return Number.isFinite(v) && c.trim() !== '' ? v : i + 1;
  });
  const xScale = scatter ? valueScale('scatter', 'clustered', [xs]) : null;
  const xpos = (v: number) => (xScale ? left + ((v - xScale.min) / (xScale.max - xScale.min || 1)) * plotW : 0);
  const band = (horizontal ? plotH : plotW) / Math.max(1, n);
  // Along the category axis: left to right, or bottom to top in a horizontal chart (the first
  // category next to the origin, as LibreOffice and Excel put it).
  const center = (i: number) => (horizontal ? bottom - band * (i + 0.5) : left + band * (i + 0.5));

  // Gridlines and value ticks (secondary ticks on the right or at the top, without gridlines).
  parts.push(
    <g key="grid" className="ui-chart__grid" aria-hidden="true">
      {scale.ticks.map((t, i) => {
        const p = vpos(t);
        return horizontal ? (
          <g key={i}>
            <line x1={p} x2={p} y1={top} y2={bottom} stroke="#d9d9d9" />
            {valueLabels ? (
              <text x={p} y={bottom + 14} textAnchor="middle" fontSize={FONT - 1}>
                {fmt(t)}
              </text>
            ) : null}
          </g>
        ) : (
          <g key={i}>
            <line x1={left} x2={right} y1={p} y2={p} stroke="#d9d9d9" />
            {valueLabels ? (
              <text x={left - 4} y={p + 4} textAnchor="end" fontSize={FONT - 1}>
                {fmt(t)}
              </text>
            ) : null}
          </g>
        );
      })}
      {scale2
        ? scale2.ticks.map((t, i) =>
            horizontal ? (
              <text key={`s${String(i)}`} className="ui-chart__secondary-tick" x={vpos2(t)} y={top - 5} textAnchor="middle" fontSize={FONT - 1}>
                {fmt2(t)}
              </text>
            ) : (
              <text key={`s${String(i)}`} className="ui-chart__secondary-tick" x={right + 4} y={vpos2(t) + 4} textAnchor="start" fontSize={FONT - 1}>
                {fmt2(t)}
              </text>
            ),
          )
        : null}
    </g>,
  );
  // Category labels (scatter: x ticks).
  const every = Math.max(1, Math.ceil((n * 40) / (horizontal ? plotH * 2 : plotW)));
  if (categoryLabels) parts.push(
    <g key="cats" className="ui-chart__categories" aria-hidden="true">
      {xScale
        ? xScale.ticks.map((t, i) => (
            <text key={i} x={xpos(t)} y={bottom + 14} textAnchor="middle" fontSize={FONT - 1}>
              {nf.format(t)}
            </text>
          ))
        : categories.map((c, i) =>
            i % every !== 0 ? null : horizontal ? (
              <text key={i} x={left - 4} y={center(i) + 4} textAnchor="end" fontSize={FONT - 1}>
                {clip(c, catLabelWidth)}
              </text>
            ) : (
              <text key={i} x={center(i)} y={bottom + 14} textAnchor="middle" fontSize={FONT - 1}>
                {clip(c, band * every)}
              </text>
            ),
          )}
    </g>,
  );
  // Axis lines.
  parts.push(
    <g key="axes" stroke="#8c8c8c" aria-hidden="true">
      {input.categoryAxisHidden === 'axis' ? null : horizontal ? <line x1={zero} x2={zero} y1={top} y2={bottom} /> : <line x1={left} x2={right} y1={scatter ? bottom : zero} y2={scatter ? bottom : zero} />}
      {input.valueAxisHidden === 'axis' ? null : horizontal ? <line x1={left} x2={right} y1={bottom} y2={bottom} /> : <line x1={left} x2={left} y1={top} y2={bottom} />}
      {scale2 ? horizontal ? <line className="ui-chart__secondary-axis" x1={left} x2={right} y1={top} y2={top} /> : <line className="ui-chart__secondary-axis" x1={right} x2={right} y1={top} y2={bottom} /> : null}
    </g>,
  );
  if (input.valueAxisTitle) {
    parts.push(
      horizontal ? (
        <text key="vt" x={(left + right) / 2} y={bottom + 32} textAnchor="middle" fontSize={FONT}>
          {clip(input.valueAxisTitle, plotW)}
        </text>
      ) : (
        <text key="vt" transform={`translate(${String(left - tickWidth - 8)},${String((top + bottom) / 2)}) rotate(-90)`} textAnchor="middle" fontSize={FONT}>
          {clip(input.valueAxisTitle, plotH)}
        </text>
      ),
    );
  }
  if (input.categoryAxisTitle) {
    parts.push(
      horizontal ? (
        <text key="ct" transform={`translate(${String(left - catLabelWidth - 8)},${String((top + bottom) / 2)}) rotate(-90)`} textAnchor="middle" fontSize={FONT}>
          {clip(input.categoryAxisTitle, plotH)}
        </text>
      ) : (
        <text key="ct" x={(left + right) / 2} y={bottom + 32} textAnchor="middle" fontSize={FONT}>
          {clip(input.categoryAxisTitle, plotW)}
        </text>
      ),
    );
  }

  // A point of series k at category i: its value and base (stacked groups), or null.
  const point = (k: number, i: number): { base: number; value: number } | null => {
    const stacked = stackOf.get(k);
    if (stacked) return stacked[i] ?? null;
    const v = input.series[k]!.values[i];
    return v === null || v === undefined || !Number.isFinite(v) ? null : { base: 0, value: v };
  };

  // Bars: one slot per clustered bar series, one per stacked group.
  const slots = new Map<number, number>();
  let slotCount = 0;
  const stackSlot = new Map<string, number>();
  input.series.forEach((_, k) => {
    if (!isBar(kinds[k]!)) return;
    const key = groupKey(k);
    if (stackOf.has(k)) {
      if (!stackSlot.has(key)) stackSlot.set(key, slotCount++);
      slots.set(k, stackSlot.get(key)!);
    } else slots.set(k, slotCount++);
  });
  const inner = band * 0.7;
  const w = inner / Math.max(1, slotCount);
  const bars = input.series.map((s, k) => {
    const slot = slots.get(k);
    if (slot === undefined) return null;
    const pos = posFor(k);
    return (
      <g key={k} fill={s.color} className="ui-chart__series ui-chart__series--bars" data-series={k}>
        {Array.from({ length: n }, (_, i) => {
          const p = point(k, i);
          if (!p) return null;
          const p0 = pos(p.base);
          const p1 = pos(p.base + p.value);
          // The first series nearest the origin: leftmost, or lowest in a horizontal chart.
          const offset = horizontal ? center(i) + inner / 2 - (slot + 1) * w : center(i) - inner / 2 + slot * w;
          const bar = horizontal ? (
            <rect key={i} className="ui-chart__bar" x={Math.min(p0, p1)} y={offset} width={Math.max(Math.abs(p1 - p0), 0.5)} height={Math.max(w - 1, 1)} />
          ) : (
            <rect key={i} className="ui-chart__bar" x={offset} y={Math.min(p0, p1)} width={Math.max(w - 1, 1)} height={Math.max(Math.abs(p1 - p0), 0.5)} />
          );
          if (!s.showValues) return bar;
          // The value past the bar's end (inside it when stacked).
          const own = s.values[i] ?? 0;
          const end = p.value < 0 ? -1 : 1;
          const stacked = stackOf.has(k);
          const label: SVGProps<SVGTextElement> = horizontal
            ? { x: stacked ? (p0 + p1) / 2 : p1 + end * 3, y: offset + w / 2, textAnchor: stacked ? 'middle' : end > 0 ? 'start' : 'end', dominantBaseline: 'middle' }
            : { x: offset + w / 2, y: stacked ? (p0 + p1) / 2 : p1 - end * 3, textAnchor: 'middle', dominantBaseline: stacked ? 'middle' : end > 0 ? 'auto' : 'hanging' };
          return [
            bar,
            <text key={`${String(i)}-v`} className="ui-chart__value" {...label} fontSize={input.fontSize - 1} fill="#000">
              {input.nf.format(own)}
            </text>,
          ];
        })}
      </g>
    );
  });
  // Lines, areas and scatter points.
  const px = (i: number) => (scatter ? xpos(xs[i]!) : center(i));
  const lines = input.series.map((s, k) => {
    const seriesKind = kinds[k]!;
    if (isBar(seriesKind) || special) return null;
    const pts = seriesPoints(n, (i) => point(k, i), px, posFor(k), horizontal);
    const line = pts.map((p) => `${String(p.x)},${String(p.y)}`).join(' ');
    return (
      <g key={k} className={`ui-chart__series ui-chart__series--${seriesKind === 'area' ? 'area' : 'line'}`} data-series={k}>
        {seriesKind === 'area' && pts.length > 0 ? (
          <polygon
            className="ui-chart__area"
            points={`${line} ${[...pts]
              .reverse()
              .map((p) => `${String(p.bx)},${String(p.by)}`)
              .join(' ')}`}
            fill={s.color}
            fillOpacity={stackOf.has(k) ? 0.9 : 0.6}
          />
        ) : null}
        {seriesKind === 'line' ? <polyline className="ui-chart__line" points={line} fill="none" stroke={s.color} strokeWidth={2} /> : null}
        {seriesKind !== 'area' ? pts.map((p, i) => <circle key={i} className="ui-chart__point" cx={p.x} cy={p.y} r={3} fill={s.color} />) : null}
        {s.showValues
          ? pts.map((p, i) => (
              <text key={`v${String(i)}`} className="ui-chart__value" x={p.x} y={p.y - 6} textAnchor="middle" fontSize={input.fontSize - 1} fill="#000">
                {input.nf.format(p.value)}
              </text>
            ))
          : null}
      </g>
    );
  });
  // Areas behind the bars, lines and points over them.
  const areas = lines.filter((_, k) => kinds[k] === 'area');
  const curves = lines.filter((_, k) => kinds[k] !== 'area');
  parts.push(<g key="areas">{areas}</g>, <g key="bars">{bars}</g>, <g key="lines">{curves}</g>);
  if (special) {
    const plot = { series: input.series, n, px, py: vpos, band, plotW, plotH };
    parts.push(kind === 'stock' ? stockMarks(plot, input.stock ?? { hiLowLines: true, upDownBars: input.series.length >= 4 }) : bubbleMarks(plot, input.bubbleScale, input.showNegativeBubbles === true));
  }
  return parts;
}

/**
 * A chart drawn in SVG from its cached values: column and bar (clustered, stacked, 100 %), line,
 * area, pie, scatter, stock (high-low lines, open-close boxes) and bubble, with value axis and
 * gridlines, category labels, legend and title; combined charts draw each series as its own
 * kind, on a second value axis when it has one (chart-cartesian.tsx, chart-stock-bubble.tsx).
 * Numbers follow `locale` (`1 234,5` in French). Accessible: the SVG is one image
 * (`role="img"`) named by the caller's summary, and a visually hidden table gives the data.
 * No chart library: the shapes are few and simple, and the bundle stays small.
 */
import type { ReactNode } from 'react';
import { cartesianParts } from './chart-cartesian.js';
import type { SeriesKind } from './chart-cartesian.js';
import { valueScale } from './chart-scale.js';
import type { ChartKind, ChartStacking } from './chart-scale.js';

export interface ChartViewSeries {
  readonly name: string;
  readonly values: readonly (number | null)[];
  /** `#RRGGBB`; absent: the palette. */
  readonly color?: string;
  /** Its values written on the chart (data labels showing the value). */
  readonly showValues?: boolean;
  /** Combined charts: drawn as this kind (absent: the chart's). */
  readonly type?: SeriesKind;
  /** Combined charts: against the second value axis, on the right. */
  readonly secondaryAxis?: boolean;
  /** Bubble charts: each point's size (the circle's area). */
  readonly sizes?: readonly (number | null)[];
}

export interface ChartViewData {
  readonly type: ChartKind;
  readonly grouping?: ChartStacking;
  readonly title?: string;
  readonly legend?: 'right' | 'left' | 'top' | 'bottom' | 'none';
  readonly categoryAxisTitle?: string;
  readonly valueAxisTitle?: string;
  /** An axis drawn without its labels (`labels`) or not at all (`axis`). */
  readonly categoryAxisHidden?: 'labels' | 'axis';
  readonly valueAxisHidden?: 'labels' | 'axis';
  /** Point labels (x values of a scatter chart, as text). */
  readonly categories: readonly string[];
  readonly series: readonly ChartViewSeries[];
  /** Radar: lines with markers (absent) or filled areas. */
  readonly radarStyle?: 'marker' | 'filled';
  /** Doughnut: the hole's diameter in percent of the chart's (absent: 50). */
  readonly holeSize?: number;
  /** Stock: series are [open,] high, low, close; what is drawn besides (absent: high-low lines, boxes with an open series). */
  readonly stock?: { readonly hiLowLines: boolean; readonly upDownBars: boolean };
  /** Bubble: the bubbles' size in percent of the default (absent: 100). */
  readonly bubbleScale?: number;
  /** Bubble: points with a negative size drawn as hollow circles (absent: left out). */
  readonly showNegativeBubbles?: boolean;
}

export interface ChartViewProps {
  readonly chart: ChartViewData;
  readonly width: number;
  readonly height: number;
  /** BCP 47 language for numbers. */
  readonly locale: string;
  /** Accessible summary of the chart (the SVG's name), already translated. */
  readonly label: string;
  /** Header of the category column of the data table, e.g. "Catégorie". */
  readonly categoryHeader: string;
  /** Bubble charts: header of a series' size column in the data table, after its name ("Taille"). */
  readonly sizeHeader?: string;
}

/** Office-like default colours, in order. */
export const CHART_PALETTE = ['#4472C4', '#ED7D31', '#A5A5A5', '#FFC000', '#5B9BD5', '#70AD47', '#264478', '#9E480E', '#636363', '#997300'];

const FONT = 12;
const CHAR_W = 6.6;

function colorOf(series: readonly ChartViewSeries[], i: number): string {
  return series[i]?.color ?? CHART_PALETTE[i % CHART_PALETTE.length]!;
}

function clip(text: string, width: number): string {
  const max = Math.max(1, Math.floor(width / CHAR_W));
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}

/** A legend key: a box (bars, areas, slices), a line with its point (lines), a point (scatter). */
type LegendMark = 'box' | 'line' | 'point';

interface LegendItem {
  readonly name: string;
  readonly color: string;
  readonly mark: LegendMark;
}

/** The legend key of a series: what the plot draws for it (its own kind in a combined chart). */
function legendMark(chart: ChartViewData, s: ChartViewSeries): LegendMark {
  const kind = s.type ?? chart.type;
  if (kind === 'line' || kind === 'stock' || (kind === 'radar' && chart.radarStyle !== 'filled')) return 'line';
  if (kind === 'scatter' || kind === 'bubble') return 'point';
  return 'box';
}

function legendKey(it: LegendItem): ReactNode {
  if (it.mark === 'line')
    return (
      <g className="ui-chart__legend-line">
        <line x1={-2} x2={12} y1={-4} y2={-4} stroke={it.color} strokeWidth={2} />
        <circle cx={5} cy={-4} r={2.5} fill={it.color} />
      </g>
    );
  if (it.mark === 'point') return <circle className="ui-chart__legend-point" cx={5} cy={-4} r={4} fill={it.color} />;
  return <rect className="ui-chart__legend-box" width={10} height={10} y={-9} fill={it.color} />;
}

function legendBlock(items: readonly LegendItem[], position: 'right' | 'left' | 'top' | 'bottom', x: number, y: number, w: number): ReactNode {
  const vertical = position === 'right' || position === 'left';
  let cx = x;
  let cy = y;
  return (
    <g className="ui-chart__legend" aria-hidden="true">
      {items.map((it, i) => {
        const label = clip(it.name, vertical ? w - 18 : 140);
        const node = (
          <g key={i} transform={`translate(${String(cx)},${String(cy)})`}>
            {legendKey(it)}
            <text x={14} fontSize={FONT}>
              {label}
            </text>
          </g>
        );
        if (vertical) cy += 18;
        else cx += 24 + label.length * CHAR_W;
        return node;
      })}
    </g>
  );
}

export function ChartView({ chart, width, height, locale, label, categoryHeader, sizeHeader }: ChartViewProps) {
  const nf = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const pf = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const series = chart.series;
  const kind = chart.type;
  const round = kind === 'pie' || kind === 'doughnut';
  const bubble = kind === 'bubble';
  const stacking: ChartStacking = round || kind === 'scatter' || kind === 'radar' || kind === 'stock' || kind === 'bubble' ? 'clustered' : (chart.grouping ?? 'clustered');
  const n = Math.max(chart.categories.length, ...series.map((s) => s.values.length), 0);
  const categories = Array.from({ length: n }, (_, i) => chart.categories[i] ?? String(i + 1));
  const legendPos = chart.legend ?? 'right';
  const legendItems: LegendItem[] =
    round ? categories.map((c, i) => ({ name: c, color: CHART_PALETTE[i % CHART_PALETTE.length]!, mark: 'box' })) : series.map((s, i) => ({ name: s.name, color: colorOf(series, i), mark: legendMark(chart, s) }));

  // Frame: title, legend, axis titles around the plot.
  let top = 8;
  let left = 8;
  let right = width - 8;
  let bottom = height - 8;
  const parts: ReactNode[] = [];
  if (chart.title) {
    parts.push(
      <text key="title" className="ui-chart__title" x={width / 2} y={top + 14} textAnchor="middle" fontSize={15} fontWeight={600}>
        {clip(chart.title, width - 16)}
      </text>,
    );
    top += 26;
  }
  if (legendPos !== 'none' && legendItems.length > 0) {
    if (legendPos === 'right' || legendPos === 'left') {
      const lw = Math.min(width * 0.3, 24 + Math.max(...legendItems.map((i) => i.name.length)) * CHAR_W);
      const ly = top + Math.max(0, (bottom - top - legendItems.length * 18) / 2) + 10;
      if (legendPos === 'right') {
        parts.push(<g key="legend">{legendBlock(legendItems, 'right', right - lw + 4, ly, lw)}</g>);
        right -= lw + 8;
      } else {
        parts.push(<g key="legend">{legendBlock(legendItems, 'left', left, ly, lw)}</g>);
        left += lw + 8;
      }
    } else if (legendPos === 'top') {
      parts.push(<g key="legend">{legendBlock(legendItems, 'top', left + 8, top + 10, width)}</g>);
      top += 22;
    } else {
      parts.push(<g key="legend">{legendBlock(legendItems, 'bottom', left + 8, bottom - 2, width)}</g>);
      bottom -= 22;
    }
  }

  if (round) {
    const r = Math.max(10, Math.min(right - left, bottom - top) / 2 - 4);
    const cx = (left + right) / 2;
    const cy = (top + bottom) / 2;
    // A pie draws its first series; a doughnut one ring per series, outermost first, around its hole.
    const rings = kind === 'pie' ? series.slice(0, 1) : series;
    const hole = kind === 'pie' ? 0 : (r * Math.min(90, Math.max(10, chart.holeSize ?? 50))) / 100;
    const width = (r - hole) / Math.max(1, rings.length);
    const pt = (rad: number, a: number): string => `${String(cx + rad * Math.cos(a))},${String(cy + rad * Math.sin(a))}`;
    const slices = rings.flatMap((s, k) => {
      const values = s.values.map((v) => (v !== null && v > 0 ? v : 0));
      const total = values.reduce((a, b) => a + b, 0);
      const outer = r - k * width;
      const inner = outer - width;
      let angle = -Math.PI / 2;
      return values.map((v, i) => {
        const color = CHART_PALETTE[i % CHART_PALETTE.length]!;
        if (total <= 0 || v <= 0) return null;
        const sweep = Math.min((v / total) * Math.PI * 2, Math.PI * 2 - 1e-4);
        const a0 = angle;
        const a1 = angle + sweep;
        angle = a1;
        const large = sweep > Math.PI ? 1 : 0;
        const d =
          inner > 0.5
            ? `M${pt(outer, a0)} A${String(outer)},${String(outer)} 0 ${String(large)} 1 ${pt(outer, a1)} L${pt(inner, a1)} A${String(inner)},${String(inner)} 0 ${String(large)} 0 ${pt(inner, a0)} Z`
            : `M${String(cx)},${String(cy)} L${pt(outer, a0)} A${String(outer)},${String(outer)} 0 ${String(large)} 1 ${pt(outer, a1)} Z`;
        const slice = <path key={`${String(k)}-${String(i)}`} className="ui-chart__slice" d={d} fill={color} stroke="#fff" strokeWidth={1} />;
        if (!s.showValues) return slice;
        // The value in the middle of its slice (of its ring).
        const mid = a0 + sweep / 2;
        const at = inner > 0.5 ? (outer + inner) / 2 : outer * 0.65;
        return [
          slice,
          <text key={`${String(k)}-${String(i)}-v`} className="ui-chart__value" x={cx + at * Math.cos(mid)} y={cy + at * Math.sin(mid)} textAnchor="middle" dominantBaseline="middle" fontSize={FONT - 1} fill="#000">
            {nf.format(v)}
          </text>,
        ];
      });
    });
    parts.push(<g key="pie">{slices}</g>);
  } else if (kind === 'radar') {
    const scale = valueScale('line', 'clustered', series.map((s) => s.values));
    const r = Math.max(10, Math.min(right - left, bottom - top) / 2 - 18);
    const cx = (left + right) / 2;
    const cy = (top + bottom) / 2;
    const lo = Math.min(0, scale.min);
    const span = scale.max - lo || 1;
    const spoke = (i: number): number => -Math.PI / 2 + (i * Math.PI * 2) / Math.max(1, n);
    const at = (i: number, v: number): string => {
      const rad = ((v - lo) / span) * r;
      return `${String(cx + rad * Math.cos(spoke(i)))},${String(cy + rad * Math.sin(spoke(i)))}`;
    };
    parts.push(
      <g key="grid" className="ui-chart__grid" aria-hidden="true" fill="none" stroke="#d9d9d9">
        {scale.ticks.map((t, j) => (
          <polygon key={j} points={Array.from({ length: n }, (_, i) => at(i, t)).join(' ')} />
        ))}
        {Array.from({ length: n }, (_, i) => (
          <line key={`s${String(i)}`} x1={cx} y1={cy} x2={cx + r * Math.cos(spoke(i))} y2={cy + r * Math.sin(spoke(i))} />
        ))}
      </g>,
      <g key="cats" className="ui-chart__categories" aria-hidden="true">
        {categories.map((c, i) => {
          const a = spoke(i);
          const anchor = Math.abs(Math.cos(a)) < 0.2 ? 'middle' : Math.cos(a) > 0 ? 'start' : 'end';
          return (
            <text key={i} x={cx + (r + 6) * Math.cos(a)} y={cy + (r + 6) * Math.sin(a) + 4} textAnchor={anchor} fontSize={FONT - 1}>
              {clip(c, Math.max(40, (right - left) / 4))}
            </text>
          );
        })}
      </g>,
      <g key="lines">
        {series.map((s, k) => {
          const color = colorOf(series, k);
          const pts = Array.from({ length: n }, (_, i) => at(i, s.values[i] ?? lo));
          return chart.radarStyle === 'filled' ? (
            <polygon key={k} className="ui-chart__area" points={pts.join(' ')} fill={color} fillOpacity={0.5} stroke={color} />
          ) : (
            <g key={k} className="ui-chart__series">
              <polygon className="ui-chart__line" points={pts.join(' ')} fill="none" stroke={color} strokeWidth={2} />
              {pts.map((p, i) => {
                const [px, py] = p.split(',').map(Number);
                return <circle key={i} className="ui-chart__point" cx={px} cy={py} r={3} fill={color} />;
              })}
            </g>
          );
        })}
      </g>,
    );
  } else {
    parts.push(
      ...cartesianParts({
        kind,
        stacking,
        series: series.map((s, k) => ({ values: s.values, color: colorOf(series, k), ...(s.type ? { type: s.type } : {}), ...(s.secondaryAxis ? { secondaryAxis: true } : {}), ...(s.sizes ? { sizes: s.sizes } : {}), ...(s.showValues ? { showValues: true } : {}) })),
        ...(chart.stock ? { stock: chart.stock } : {}),
        ...(chart.bubbleScale !== undefined ? { bubbleScale: chart.bubbleScale } : {}),
        ...(chart.showNegativeBubbles ? { showNegativeBubbles: true } : {}),
        categories,
        ...(chart.valueAxisTitle ? { valueAxisTitle: chart.valueAxisTitle } : {}),
        ...(chart.categoryAxisTitle ? { categoryAxisTitle: chart.categoryAxisTitle } : {}),
        ...(chart.categoryAxisHidden ? { categoryAxisHidden: chart.categoryAxisHidden } : {}),
        ...(chart.valueAxisHidden ? { valueAxisHidden: chart.valueAxisHidden } : {}),
        box: { top, left, right, bottom },
        nf,
        pf,
        fontSize: FONT,
        charWidth: CHAR_W,
        clip,
      }),
    );
  }

  return (
    <figure className="ui-chart">
      <svg role="img" aria-label={label} width={width} height={height} viewBox={`0 0 ${String(width)} ${String(height)}`} fontFamily="inherit" fill="currentColor">
        <rect width={width} height={height} fill="#fff" stroke="#d0d0d0" />
        {parts}
      </svg>
      <table className="ui-visually-hidden">
        {chart.title ? <caption>{chart.title}</caption> : null}
        <thead>
          <tr>
            <th scope="col">{categoryHeader}</th>
            {series.map((s, k) => [
              <th key={k} scope="col">
                {s.name}
              </th>,
              bubble ? (
                <th key={`z${String(k)}`} scope="col">
                  {sizeHeader ? `${s.name} (${sizeHeader})` : s.name}
                </th>
              ) : null,
            ])}
          </tr>
        </thead>
        <tbody>
          {categories.slice(0, 200).map((c, i) => (
            <tr key={i}>
              <th scope="row">{c}</th>
              {series.map((s, k) => [
                <td key={k}>{s.values[i] === null || s.values[i] === undefined ? '' : nf.format(s.values[i])}</td>,
                bubble ? <td key={`z${String(k)}`}>{s.sizes?.[i] === null || s.sizes?.[i] === undefined ? '' : nf.format(s.sizes[i])}</td> : null,
              ])}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

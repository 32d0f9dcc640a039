/**
 * A chart of a slide drawn from its cached values (PPTX chart parts, ODP chart objects) instead
 * of its fallback picture. The SVG keeps the frame's proportions and fills it.
 */
import type { CSSProperties } from 'react';
import type { Chart } from '@ostal/model';
import { ChartView } from '../ui/index.js';
import type { ChartViewData } from '../ui/index.js';

export interface SlideChartProps {
  readonly chart: Chart;
  readonly box: CSSProperties;
  /** Frame size in EMU, for the proportions. */
  readonly cx: number;
  readonly cy: number;
  /** The frame's name or description from the file, for the accessible summary when the chart has no title. */
  readonly name?: string;
  readonly locale?: string;
}

function viewOf(chart: Chart): ChartViewData {
  const first = chart.series.find((s) => s.cachedCategories && s.cachedCategories.length > 0);
  return {
    type: chart.type,
    ...(chart.grouping ? { grouping: chart.grouping } : {}),
    ...(chart.title ? { title: chart.title } : {}),
    ...(chart.legend ? { legend: chart.legend } : {}),
    ...(chart.categoryAxisTitle ? { categoryAxisTitle: chart.categoryAxisTitle } : {}),
    ...(chart.valueAxisTitle ? { valueAxisTitle: chart.valueAxisTitle } : {}),
    ...(chart.radarStyle ? { radarStyle: chart.radarStyle } : {}),
    ...(chart.holeSize !== undefined ? { holeSize: chart.holeSize } : {}),
    ...(chart.stock ? { stock: chart.stock } : {}),
    ...(chart.bubbleScale !== undefined ? { bubbleScale: chart.bubbleScale } : {}),
    ...(chart.showNegativeBubbles ? { showNegativeBubbles: true } : {}),
    categories: first?.cachedCategories ?? [],
    series: chart.series.map((s, i) => ({ name: s.name ?? String(i + 1), values: s.cachedValues ?? [], ...(s.cachedBubbleSizes ? { sizes: s.cachedBubbleSizes } : {}), ...(s.color ? { color: s.color } : {}) })),
  };
}

export function SlideChart({ chart, box, cx, cy, name, locale }: SlideChartProps) {
  const width = 640;
  const height = Math.max(120, Math.min(1600, Math.round((width * cy) / Math.max(cx, 1))));
  return (
    <div className="slides-shape slides-chart" style={box}>
      <ChartView chart={viewOf(chart)} width={width} height={height} locale={locale ?? ((typeof document !== 'undefined' ? document.documentElement.lang : '') || 'fr')} label={chart.title ?? name ?? ''} categoryHeader="" />
    </div>
  );
}

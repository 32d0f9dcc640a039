/**
 * A chart of a slide drawn from its cached values (PPTX chart parts, ODP chart objects) instead
 * of its fallback picture. The SVG keeps the frame's proportions and fills it.
 */
import type { CSSProperties } from 'react';
import type { Chart } from '@ostal/model';
import { ChartView, chartViewData } from '../ui/index.js';

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

export function SlideChart({ chart, box, cx, cy, name, locale }: SlideChartProps) {
  const width = 640;
  const height = Math.max(120, Math.min(1600, Math.round((width * cy) / Math.max(cx, 1))));
  return (
    <div className="slides-shape slides-chart" style={box}>
      <ChartView chart={chartViewData(chart)} width={width} height={height} locale={locale ?? ((typeof document !== 'undefined' ? document.documentElement.lang : '') || 'fr')} label={chart.title ?? name ?? ''} categoryHeader="" />
    </div>
  );
}

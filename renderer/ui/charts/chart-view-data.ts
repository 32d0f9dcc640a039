/**
 * A model chart as the data ChartView draws: its cached values (what the file last computed),
 * the categories of its first series that has them. Slides and text documents draw their charts
 * from this; sheets build theirs from live cells (sheet-charts.ts).
 */
import type { Chart } from '@ostal/model';
import type { ChartViewData } from './ChartView.js';

export function chartViewData(chart: Chart): ChartViewData {
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

/**
 * A model chart as the data ChartView draws: its cached values (what the file last computed),
 * the categories of its first series that has them. Slides, text documents and sheets (whose
 * caches sheet-charts.ts refreshes from the cells) draw their charts from this.
 */
import type { ChartViewData, ChartViewSeries } from './ChartView.js';

/**
 * What is read of a model chart (`Chart` of @ostal/model, which this layer may not import: its
 * shape is matched structurally).
 */
export interface ChartSource extends Omit<ChartViewData, 'categories' | 'series' | 'title' | 'categoryAxisTitle' | 'valueAxisTitle'> {
  readonly title?: string | undefined;
  readonly categoryAxisTitle?: string | undefined;
  readonly valueAxisTitle?: string | undefined;
  readonly series: readonly {
    readonly name?: string | undefined;
    readonly cachedValues?: readonly (number | null)[] | undefined;
    readonly cachedCategories?: readonly string[] | undefined;
    readonly cachedBubbleSizes?: readonly (number | null)[] | undefined;
    readonly color?: string | undefined;
    readonly type?: ChartViewSeries['type'] | undefined;
    readonly secondaryAxis?: boolean | undefined;
    readonly dataLabels?: { readonly value?: boolean | undefined } | undefined;
  }[];
}

/** `seriesName(n)` names the n-th series (from 1) that has no name of its own (default: "n"). */
export function chartViewData(chart: ChartSource, seriesName: (n: number) => string = String): ChartViewData {
  const first = chart.series.find((s) => s.cachedCategories && s.cachedCategories.length > 0);
  return {
    type: chart.type,
    ...(chart.grouping ? { grouping: chart.grouping } : {}),
    ...(chart.title ? { title: chart.title } : {}),
    ...(chart.legend ? { legend: chart.legend } : {}),
    ...(chart.categoryAxisTitle ? { categoryAxisTitle: chart.categoryAxisTitle } : {}),
    ...(chart.valueAxisTitle ? { valueAxisTitle: chart.valueAxisTitle } : {}),
    ...(chart.categoryAxisHidden ? { categoryAxisHidden: chart.categoryAxisHidden } : {}),
    ...(chart.valueAxisHidden ? { valueAxisHidden: chart.valueAxisHidden } : {}),
    ...(chart.radarStyle ? { radarStyle: chart.radarStyle } : {}),
    ...(chart.holeSize !== undefined ? { holeSize: chart.holeSize } : {}),
    ...(chart.stock ? { stock: chart.stock } : {}),
    ...(chart.bubbleScale !== undefined ? { bubbleScale: chart.bubbleScale } : {}),
    ...(chart.showNegativeBubbles ? { showNegativeBubbles: true } : {}),
    categories: first?.cachedCategories ?? [],
    series: chart.series.map((s, i) => ({
      name: s.name ?? seriesName(i + 1),
      values: s.cachedValues ?? [],
      ...(s.cachedBubbleSizes ? { sizes: s.cachedBubbleSizes } : {}),
      ...(s.color ? { color: s.color } : {}),
      // Combined charts (a line among columns) and the secondary axis.
      ...(s.type ? { type: s.type } : {}),
      ...(s.secondaryAxis ? { secondaryAxis: true } : {}),
      ...(s.dataLabels?.value ? { showValues: true } : {}),
    })),
  };
}

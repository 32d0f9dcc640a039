/**
 * Editing a chart already on a sheet: the range its series read (the box around their
 * references), and the chart rebuilt from a new range, type, title and legend position with its
 * anchor, colours and grouping kept (and, while the type stays, a combined chart's series kinds). Pure.
 */
import type { Chart, ChartLegendPosition, ChartRef, ChartType } from '@ostal/model';
import type { CellReader } from './sheet-charts.js';
import { newChart } from './sheet-charts.js';

/** The rectangle around every reference of a chart's series (names, categories, values). */
export function chartSourceRange(chart: Chart): ChartRef | undefined {
  const refs = chart.series.flatMap((s) => [s.nameRef, s.categories, s.values, s.bubbleSizes].filter((r): r is ChartRef => r !== undefined));
  const first = refs[0];
  if (!first) return undefined;
  const same = refs.filter((r) => r.sheet === first.sheet);
  return {
    sheet: first.sheet,
    range: {
      top: Math.min(...same.map((r) => r.range.top)),
      left: Math.min(...same.map((r) => r.range.left)),
      bottom: Math.max(...same.map((r) => r.range.bottom)),
      right: Math.max(...same.map((r) => r.range.right)),
    },
  };
}

export interface ChartEdit {
  readonly ref: ChartRef;
  readonly type: ChartType;
  readonly title: string;
  readonly legend: ChartLegendPosition;
}

/** The chart with a new source, type, title and legend; anchor and series colours kept. */
export function editedChart(reader: CellReader, chart: Chart, edit: ChartEdit): Chart {
  const fresh = newChart(reader, edit.ref, edit.type, edit.title);
  // Colours stay; so do a combined chart's series kinds and secondary axis while its type does.
  const sameType = edit.type === chart.type;
  const series = fresh.series.map((s, i) => {
    const old = chart.series[i];
    return {
      ...s,
      ...(old?.color ? { color: old.color } : {}),
      ...(sameType && old?.type ? { type: old.type } : {}),
      ...(sameType && old?.secondaryAxis ? { secondaryAxis: true } : {}),
    };
  });
  const kept = sameType ? { ...(chart.grouping ? { grouping: chart.grouping } : {}), ...(chart.bubbleScale !== undefined ? { bubbleScale: chart.bubbleScale } : {}), ...(chart.stock && chart.series.length === series.length ? { stock: chart.stock } : {}) } : {};
  const { title: _title, legend: _legend, keptPart: _kept, ...rest } = { ...fresh, anchor: chart.anchor, series, ...kept };
  return { ...rest, ...(edit.title.trim() ? { title: edit.title.trim() } : {}), legend: edit.legend };
}

/** The sheets' chart strings (insert dialog, chart panel), translated. */
import type { SheetsLabels } from '../modules.js';
import type { Translator } from '../i18n/translator.js';

export function sheetsChartLabels({ t }: Translator): NonNullable<SheetsLabels['charts']> {
  return {
    insert: t('sheets.chart.insert'),
    panel: t('sheets.chart.panel'),
    range: t('sheets.chart.range'),
    rangeHint: t('sheets.chart.rangeHint'),
    invalidRange: t('sheets.chart.invalidRange'),
    roleHints: { stock: t('sheets.chart.stockHint'), bubble: t('sheets.chart.bubbleHint') },
    rangeProblems: { stockColumns: t('sheets.chart.stockColumns'), bubbleColumns: t('sheets.chart.bubbleColumns') },
    type: t('sheets.chart.type'),
    types: {
      column: t('sheets.chart.type.column'),
      bar: t('sheets.chart.type.bar'),
      line: t('sheets.chart.type.line'),
      pie: t('sheets.chart.type.pie'),
      area: t('sheets.chart.type.area'),
      scatter: t('sheets.chart.type.scatter'),
      doughnut: t('sheets.chart.type.doughnut'),
      radar: t('sheets.chart.type.radar'),
      stock: t('sheets.chart.type.stock'),
      bubble: t('sheets.chart.type.bubble'),
    },
    title: t('sheets.chart.title'),
    confirm: t('sheets.chart.confirm'),
    cancel: t('sheets.chart.cancel'),
    remove: t('sheets.chart.remove'),
    categoryHeader: t('sheets.chart.category'),
    sizeHeader: t('sheets.chart.bubbleSize'),
    seriesName: (n) => t('sheets.chart.series', { n }),
    untitled: t('sheets.chart.untitled'),
    summary: (type, title, series, points) => t('sheets.chart.summary', { type, title, series, points }),
  };
}

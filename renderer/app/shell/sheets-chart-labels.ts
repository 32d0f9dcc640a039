/** The sheets' chart strings (insert dialog, chart panel), translated. */
import type { SheetsLabels } from '../modules.js';
import type { Translator } from '../i18n/translator.js';
import { chartTypeNames } from './chart-type-labels.js';

export function sheetsChartLabels(translator: Translator): NonNullable<SheetsLabels['charts']> {
  const { t } = translator;
  return {
    insert: t('sheets.chart.insert'),
    panel: t('sheets.chart.panel'),
    range: t('sheets.chart.range'),
    rangeHint: t('sheets.chart.rangeHint'),
    invalidRange: t('sheets.chart.invalidRange'),
    roleHints: { stock: t('sheets.chart.stockHint'), bubble: t('sheets.chart.bubbleHint') },
    rangeProblems: { stockColumns: t('sheets.chart.stockColumns'), bubbleColumns: t('sheets.chart.bubbleColumns') },
    type: t('sheets.chart.type'),
    types: chartTypeNames(translator),
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

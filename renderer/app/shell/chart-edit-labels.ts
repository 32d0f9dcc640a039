/** The chart editing dialog's strings, translated, for the writer and the slides (the kinds' and legend's names are the sheets' own). */
import type { WriterLabels } from '../modules.js';
import type { Translator } from '../i18n/translator.js';
import { chartTypeNames } from './chart-type-labels.js';

export function chartEditLabels(translator: Translator): WriterLabels['charts'] {
  const { t } = translator;
  return {
    toolbar: t('writer.chart.toolbar'),
    edit: t('writer.chart.edit'),
    insert: t('writer.chart.insert'),
    insertTitle: t('writer.chart.insertTitle'),
    type: t('sheets.chart.type'),
    types: chartTypeNames(translator),
    title: t('sheets.chart.title'),
    legend: t('sheets.chart.legend'),
    legends: {
      right: t('sheets.chart.legend.right'),
      bottom: t('sheets.chart.legend.bottom'),
      top: t('sheets.chart.legend.top'),
      left: t('sheets.chart.legend.left'),
      none: t('sheets.chart.legend.none'),
    },
    data: t('writer.chart.data'),
    categories: t('writer.chart.categories'),
    seriesName: (n) => t('writer.chart.seriesName', { n }),
    category: (n) => t('writer.chart.category', { n }),
    value: (series, category) => t('writer.chart.value', { series, category }),
    newSeries: (n) => t('writer.chart.newSeries', { n }),
    seriesColor: (name) => t('sheets.chart.options.seriesColor', { name }),
    valueLabels: t('writer.chart.valueLabels'),
    categoryAxisTitle: t('sheets.chart.options.categoryAxisTitle'),
    valueAxisTitle: t('sheets.chart.options.valueAxisTitle'),
    addRow: t('writer.chart.addRow'),
    removeRow: t('writer.chart.removeRow'),
    addSeries: t('writer.chart.addSeries'),
    removeSeries: t('writer.chart.removeSeries'),
    notNumber: (text, where) => t('writer.chart.notNumber', { text, where }),
    ok: t('writer.ok'),
    cancel: t('writer.cancel'),
    selected: (type, count) => t('writer.chart.selected', { type, count }),
  };
}

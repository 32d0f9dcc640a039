/** The sheets' validation, autofilter, paste special and chart editing strings, translated. */
import type { Translator } from '../i18n/translator.js';
import type { SheetsToolsLabels } from '../../sheets/index.js';

export function sheetsToolsLabels({ t }: Translator): SheetsToolsLabels {
  return {
    validation: {
      title: t('sheets.valid.title'),
      rule: (type, operator, a, b, choices) => {
        if (type === 'list') return t('sheets.valid.list', { choices });
        if (type !== 'whole' && type !== 'decimal' && type !== 'date' && type !== 'time' && type !== 'textLength') return t('sheets.valid.fallback');
        return t(`sheets.valid.${type}`, { rule: t(`sheets.valid.op.${operator}`, { a, b }) });
      },
      custom: (formula) => t('sheets.valid.custom', { formula }),
      fallback: t('sheets.valid.fallback'),
      retry: t('sheets.valid.retry'),
      cancel: t('sheets.valid.cancel'),
      continueQuestion: t('sheets.valid.continue'),
      yes: t('sheets.valid.yes'),
      no: t('sheets.valid.no'),
      ok: t('sheets.valid.ok'),
      inputHelp: t('sheets.valid.inputHelp'),
    },
    filter: {
      toggle: t('sheets.filter.toggle'),
      button: (name) => t('sheets.filter.button', { name }),
      buttonActive: (name) => t('sheets.filter.buttonActive', { name }),
      dialog: (name) => t('sheets.filter.dialog', { name }),
      search: t('sheets.filter.search'),
      all: t('sheets.filter.all'),
      blanks: t('sheets.filter.blanks'),
      values: t('sheets.filter.values'),
      sortAscending: t('sheets.filter.sortAscending'),
      sortDescending: t('sheets.filter.sortDescending'),
      condition: t('sheets.filter.condition'),
      operators: {
        none: t('sheets.filter.op.none'),
        equal: t('sheets.filter.op.equal'),
        notEqual: t('sheets.filter.op.notEqual'),
        greaterThan: t('sheets.filter.op.greaterThan'),
        greaterThanOrEqual: t('sheets.filter.op.greaterThanOrEqual'),
        lessThan: t('sheets.filter.op.lessThan'),
        lessThanOrEqual: t('sheets.filter.op.lessThanOrEqual'),
        contains: t('sheets.filter.op.contains'),
        beginsWith: t('sheets.filter.op.beginsWith'),
      },
      value: t('sheets.filter.value'),
      apply: t('sheets.filter.apply'),
      clear: t('sheets.filter.clear'),
      cancel: t('sheets.filter.cancel'),
      status: (shown, total) => t('sheets.filter.status', { shown, total }),
    },
    paste: {
      menu: t('sheets.paste.menu'),
      title: t('sheets.paste.title'),
      what: t('sheets.paste.what'),
      all: t('sheets.paste.all'),
      values: t('sheets.paste.values'),
      formulas: t('sheets.paste.formulas'),
      formats: t('sheets.paste.formats'),
      operation: t('sheets.paste.operation'),
      operations: {
        none: t('sheets.paste.op.none'),
        add: t('sheets.paste.op.add'),
        subtract: t('sheets.paste.op.subtract'),
        multiply: t('sheets.paste.op.multiply'),
        divide: t('sheets.paste.op.divide'),
      },
      transpose: t('sheets.paste.transpose'),
      skipBlanks: t('sheets.paste.skipBlanks'),
      empty: t('sheets.paste.empty'),
      confirm: t('sheets.paste.confirm'),
      cancel: t('sheets.paste.cancel'),
    },
    chart: {
      edit: t('sheets.chart.edit'),
      editTitle: t('sheets.chart.editTitle'),
      legend: t('sheets.chart.legend'),
      legendPositions: {
        none: t('sheets.chart.legend.none'),
        right: t('sheets.chart.legend.right'),
        bottom: t('sheets.chart.legend.bottom'),
        top: t('sheets.chart.legend.top'),
        left: t('sheets.chart.legend.left'),
      },
      apply: t('sheets.chart.apply'),
      frame: (title) => t('sheets.chart.frame', { title }),
      moveHint: t('sheets.chart.moveHint'),
      picture: (name) => t('sheets.chart.picture', { name }),
      removePicture: t('sheets.chart.removePicture'),
      options: {
        legend: t('sheets.chart.options'),
        secondaryAxis: t('sheets.chart.options.secondaryAxis'),
        hiLowLines: t('sheets.chart.options.hiLowLines'),
        upDownBars: t('sheets.chart.options.upDownBars'),
        upDownBarsHint: t('sheets.chart.options.upDownBarsHint'),
        bubbleScale: t('sheets.chart.options.bubbleScale'),
        bubbleScaleHint: t('sheets.chart.options.bubbleScaleHint'),
        showNegativeBubbles: t('sheets.chart.options.showNegativeBubbles'),
      },
    },
  };
}

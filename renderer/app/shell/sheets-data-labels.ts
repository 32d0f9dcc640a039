/** The sheets module's data-tool strings, from the translator. */
import type { Translator } from '../i18n/translator.js';
import type { SheetsDataLabels } from '../../sheets/index.js';

export function sheetsDataLabels({ t }: Translator): SheetsDataLabels {
  return {
    errors: {
      divZero: t('sheets.error.divZero'),
      name: t('sheets.error.name'),
      value: t('sheets.error.value'),
      num: t('sheets.error.num'),
      na: t('sheets.error.na'),
      ref: t('sheets.error.ref'),
      null: t('sheets.error.null'),
      cycle: t('sheets.error.cycle'),
      spill: t('sheets.error.spill'),
      other: t('sheets.error.other'),
    },
    functions: t('sheets.functions'),
    functionHint: t('sheets.functionHint'),
    toolbar: t('sheets.data'),
    sort: t('sheets.sort'),
    sortTitle: t('sheets.sortTitle'),
    sortHeader: t('sheets.sortHeader'),
    sortBy: t('sheets.sortBy'),
    sortThenBy: t('sheets.sortThenBy'),
    sortNone: t('sheets.sortNone'),
    sortColumn: (name) => t('sheets.sortColumn', { name }),
    sortOrder: t('sheets.sortOrder'),
    sortAscending: t('sheets.sortAscending'),
    sortDescending: t('sheets.sortDescending'),
    ok: t('sheets.ok'),
    cancel: t('sheets.cancel'),
    find: t('sheets.find'),
    findWhat: t('sheets.findWhat'),
    replaceWith: t('sheets.replaceWith'),
    matchCase: t('sheets.matchCase'),
    wholeCell: t('sheets.wholeCell'),
    findNext: t('sheets.findNext'),
    findPrevious: t('sheets.findPrevious'),
    replaceOne: t('sheets.replaceOne'),
    replaceAll: t('sheets.replaceAll'),
    closeFind: t('sheets.closeFind'),
    matchPosition: (n, total) => t('sheets.matchPosition', { n, total }),
    noMatch: t('sheets.noMatch'),
    replaced: (count) => t('sheets.replaced', { count }),
    validationList: t('sheets.validationList'),
  };
}

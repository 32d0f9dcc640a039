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
  };
}

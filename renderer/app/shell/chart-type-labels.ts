/** The chart kinds' names ("Colonnes", "Secteurs"...), translated: the sheets' and the writer's chart dialogs share them. */
import type { ChartType } from '@ostal/model';
import type { Translator } from '../i18n/translator.js';

export function chartTypeNames({ t }: Translator): Readonly<Record<ChartType, string>> {
  return {
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
  };
}

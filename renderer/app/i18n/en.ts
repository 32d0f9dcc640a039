/** English messages, one file per module in ./en/. Must have exactly the keys of fr.ts (checked by a test and by the type). */
import type { MessageKey } from './fr.js';
import { enApp } from './en/app.js';
import { enWriter } from './en/writer.js';
import { enSheets } from './en/sheets.js';
import { enSlides } from './en/slides.js';
import { enSync } from './en/sync.js';
import { enSheetsObjects } from './en/sheets-objects.js';
import { enWriterFields } from './en/writer-fields.js';
import { enWriterCharts } from './en/writer-charts.js';

export const en: Readonly<Record<MessageKey, string>> = {
  ...enApp,
  ...enWriter,
  ...enSheets,
  ...enSlides,
  ...enSync,
  ...enSheetsObjects,
  ...enWriterFields,
  ...enWriterCharts,
};

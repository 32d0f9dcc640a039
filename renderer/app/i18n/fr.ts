/**
 * French messages (default language), one file per module in ./fr/. Keys are shared with en.ts;
 * `{name}` marks a parameter.
 */
import { frApp } from './fr/app.js';
import { frWriter } from './fr/writer.js';
import { frSheets } from './fr/sheets.js';
import { frSlides } from './fr/slides.js';
import { frSync } from './fr/sync.js';
import { frSheetsObjects } from './fr/sheets-objects.js';
import { frWriterFields } from './fr/writer-fields.js';
import { frWriterCharts } from './fr/writer-charts.js';

export const fr = {
  ...frApp,
  ...frWriter,
  ...frSheets,
  ...frSlides,
  ...frSync,
  ...frSheetsObjects,
  ...frWriterFields,
  ...frWriterCharts,
} as const;

/** A message key. */
export type MessageKey = keyof typeof fr;

/**
 * Codecs for the spreadsheet formats, by format id; the facade (api.ts) merges them.
 * xlsx: ECMA-376 SpreadsheetML; ods/fods: ODF 1.3 Part 3 tables with OpenFormula; csv: RFC 4180.
 */
import type { FormatId } from '@ostal/model';
import type { Codec } from '../codec.js';
import { FormatError } from '../errors.js';
import type { OstalDocument, Workbook } from '@ostal/model';
import { readCsv, writeCsv } from './csv.js';

import { readFods, readOds } from './ods-package-reader.js';
import { writeFods, writeOds } from './ods-writer.js';
import { readXlsx } from './xlsx-reader.js';
import { writeXlsx } from './xlsx-writer.js';

function workbookOf(document: OstalDocument): Workbook {
  if (document.kind !== 'workbook') throw new FormatError('wrong-kind', `A ${document.kind} document cannot be saved as a spreadsheet.`);
  return document;
}

export const sheetsCodecs: Partial<Record<FormatId, Codec>> = {
  xlsx: { kind: 'workbook', read: readXlsx, write: (d, options) => writeXlsx(workbookOf(d), options) },
  ods: { kind: 'workbook', read: readOds, write: (d) => writeOds(workbookOf(d)) },
  fods: { kind: 'workbook', read: readFods, write: (d) => writeFods(workbookOf(d)) },
  csv: { kind: 'workbook', read: readCsv, write: (d, options) => writeCsv(workbookOf(d), options?.csv) },
};

/**
 * The conversion loss of a document's macro project: kept only by a macro-enabled Office file of
 * the document's own kind (.docm, .xlsm, .pptm); every other target (the plain .docx/.xlsx/.pptx,
 * ODF, CSV) leaves it out, so the user is told before saving.
 */
import { hasMacros } from '@ostal/model';
import type { Diagnostic, FormatId, OstalDocument } from '@ostal/model';
import type { WriteOptions } from './codec.js';

const OOXML: readonly FormatId[] = ['docx', 'xlsx', 'pptx'];

/** The `macros-dropped` warning when writing `document` as `format` leaves its macros out; empty otherwise. */
export function macroConversionLosses(document: OstalDocument, format: FormatId, options: Pick<WriteOptions, 'macroEnabled'> = {}): Diagnostic[] {
  if (!hasMacros(document)) return [];
  if (OOXML.includes(format) && options.macroEnabled === true) return [];
  const target = OOXML.includes(format) ? `a ${format} file (only the macro-enabled .${format.slice(0, -1)}m keeps them)` : format;
  return [{ severity: 'warning', code: 'macros-dropped', message: `The document's macros are not written to ${target}: they are left out of the saved file.` }];
}

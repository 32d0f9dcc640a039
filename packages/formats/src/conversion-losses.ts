/** What writing a document in a format leaves out, for every kind of document (see each kind's own list). */
import type { Diagnostic, FormatId, OstalDocument } from '@ostal/model';
import { conversionLosses as workbookLosses } from './sheets/sheet-conversion-losses.js';
import { deckConversionLosses } from './slides/deck-conversion-losses.js';
import type { WriteOptions } from './codec.js';
import { macroConversionLosses } from './macro-losses.js';
import { textConversionLosses } from './text/text-conversion-losses.js';

/**
 * Losses of writing `document` as `format`: warnings with stable codes (empty when nothing is lost).
 * `options.macroEnabled`: the target is a macro-enabled file (.docm/.xlsm/.pptm), which keeps the macros.
 */
export function conversionLosses(document: OstalDocument, format: FormatId, options: Pick<WriteOptions, 'macroEnabled'> = {}): Diagnostic[] {
  const macros = macroConversionLosses(document, format, options);
  if (document.kind === 'deck') return [...deckConversionLosses(document, format), ...macros];
  if (document.kind === 'text') return [...textConversionLosses(document, format), ...macros];
  return [...workbookLosses(document, format), ...macros];
}

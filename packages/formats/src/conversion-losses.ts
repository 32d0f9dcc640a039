/** What writing a document in a format leaves out, for every kind of document (see each kind's own list). */
import type { Diagnostic, FormatId, OstalDocument } from '@ostal/model';
import { conversionLosses as workbookLosses } from './sheets/sheet-conversion-losses.js';
import { deckConversionLosses } from './slides/deck-conversion-losses.js';

/** Losses of writing `document` as `format`: warnings with stable codes (empty when nothing is lost). */
export function conversionLosses(document: OstalDocument, format: FormatId): Diagnostic[] {
  if (document.kind === 'deck') return deckConversionLosses(document, format);
  return workbookLosses(document, format);
}

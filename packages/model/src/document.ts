/** The three kinds of Ostal document and the file formats they map to. */
import type { Deck } from './deck.js';
import type { TextDocument } from './text-document.js';
import type { Workbook } from './workbook.js';
import { macroEnabledFormat } from './macro-project.js';

export type OstalDocument = TextDocument | Workbook | Deck;
export type DocumentKind = OstalDocument['kind'];

/** Every file format Ostal reads or writes, named by its usual extension. */
export type FormatId = 'odt' | 'fodt' | 'docx' | 'ods' | 'fods' | 'xlsx' | 'csv' | 'odp' | 'fodp' | 'pptx';

export const FORMAT_IDS: readonly FormatId[] = ['odt', 'fodt', 'docx', 'ods', 'fods', 'xlsx', 'csv', 'odp', 'fodp', 'pptx'];

/** The document kind each format holds. */
export const FORMAT_KIND: Readonly<Record<FormatId, DocumentKind>> = {
  odt: 'text',
  fodt: 'text',
  docx: 'text',
  ods: 'workbook',
  fods: 'workbook',
  xlsx: 'workbook',
  csv: 'workbook',
  odp: 'deck',
  fodp: 'deck',
  pptx: 'deck',
};

/** True when `value` names a known format. */
export function isFormatId(value: unknown): value is FormatId {
  return typeof value === 'string' && (FORMAT_IDS as readonly string[]).includes(value);
}

/**
 * The format id for a file name by its extension, or null. Macro-enabled Office files (.docm,
 * .xlsm, .pptm) are their format's (`docx`, `xlsx`, `pptx`): see `isMacroEnabledName`.
 */
export function formatFromFileName(name: string): FormatId | null {
  const ext = /\.([A-Za-z]+)$/.exec(name)?.[1]?.toLowerCase();
  if (ext === undefined) return null;
  return isFormatId(ext) ? ext : (macroEnabledFormat(ext) ?? null);
}

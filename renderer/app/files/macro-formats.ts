/**
 * Save as targets for a document with macros: each format Save as offers, and after DOCX, XLSX
 * and PPTX their macro-enabled file (.docm, .xlsm, .pptm), which is the same format written with
 * the macro project (the file name says which: see `writeOptionsFor`).
 */
import { formatFromFileName, isFormatId, isMacroEnabledName, macroEnabledExtension } from '@ostal/model';
import type { DocumentKind, FormatId } from '@ostal/model';
import type { MessageKey } from '../i18n/translator.js';
import { saveFormats, withExtension } from './save-formats.js';

export interface SaveTarget {
  /** The select's value: the format id, or the macro-enabled extension. */
  readonly value: string;
  readonly format: FormatId;
  readonly macroEnabled: boolean;
  /** Message key of its label (`format.xlsx`, `format.xlsm`). */
  readonly label: MessageKey;
}

/** The targets Save as offers for `kind`; `withMacros` adds the macro-enabled ones. */
export function saveTargets(kind: DocumentKind, withMacros: boolean): SaveTarget[] {
  return saveFormats(kind).flatMap((format) => {
    const plain: SaveTarget = { value: format, format, macroEnabled: false, label: `format.${format}` };
    const ext = withMacros ? macroEnabledExtension(format) : undefined;
    return ext ? [plain, { value: ext, format, macroEnabled: true, label: `format.${ext}` }] : [plain];
  });
}

/** The target a select value names (a format id or a macro-enabled extension), or null. */
export function targetOfValue(value: string): { readonly format: FormatId; readonly macroEnabled: boolean } | null {
  if (isFormatId(value)) return { format: value, macroEnabled: false };
  const format = formatFromFileName(`x.${value}`);
  return format && isMacroEnabledName(`x.${value}`) ? { format, macroEnabled: true } : null;
}

/** `name` with the extension of the target: `.xlsm` for a macro-enabled XLSX, `.xlsx` for a plain one. */
export function targetFileName(name: string, format: FormatId, macroEnabled: boolean): string {
  const named = withExtension(name, format);
  const ext = macroEnabledExtension(format);
  if (ext === undefined) return named;
  if (macroEnabled) return isMacroEnabledName(named) ? named : named.replace(/\.[A-Za-z]+$/, `.${ext}`);
  return isMacroEnabledName(named) ? named.replace(/\.[A-Za-z]+$/, `.${format}`) : named;
}

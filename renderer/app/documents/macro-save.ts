/**
 * Macros of a macro-enabled Office file (.docm, .xlsm, .pptm) through the app: never run, kept
 * as the formats read them (packages/model macro-project.ts), written back when the file is
 * saved in a macro-enabled format, which the file name says.
 */
import { hasMacros, isMacroEnabledName } from '@ostal/model';
import type { OstalDocument } from '@ostal/model';

/**
 * The document an editor gives for saving, with the macro project the tab was opened with: the
 * editors never change macros, and the text editor rebuilds its document without them.
 */
export function withOpenedMacros(written: OstalDocument, opened: OstalDocument): OstalDocument {
  if (hasMacros(written) || !hasMacros(opened) || written.kind !== opened.kind) return written;
  return { ...written, macros: opened.macros } as OstalDocument;
}

/** Write options for saving to `fileName`: macro-enabled for .docm/.xlsm/.pptm. */
export function writeOptionsFor(fileName: string): { readonly macroEnabled: boolean } {
  return { macroEnabled: isMacroEnabledName(fileName) };
}

/** Write options for a recovery copy: its macros kept whatever the file, so that restoring loses none. */
export function recoveryWriteOptions(document: OstalDocument): { readonly macroEnabled: boolean } {
  return { macroEnabled: hasMacros(document) };
}

/** What the Save as dialog needs to offer macro-enabled targets: the document has macros, and came from a macro-enabled file. */
export function macroSaveChoice(doc: { readonly initial: OstalDocument; readonly path: string | null }): { readonly macros?: true; readonly macroEnabled?: true } {
  return { ...(hasMacros(doc.initial) ? { macros: true } : {}), ...(doc.path !== null && isMacroEnabledName(doc.path) ? { macroEnabled: true } : {}) };
}

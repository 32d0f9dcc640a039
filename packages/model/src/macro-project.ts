/**
 * The macro project of a macro-enabled Office document (.docm, .xlsm, .pptm), kept as bytes and
 * never run nor interpreted: the VBA project part (`vbaProject.bin`), its own relationships part,
 * every part reachable from it (`vbaData.xml`, `vbaProjectSignature.bin`...) and the macro parts
 * the main part links beside it (Word's key bindings `customizations.xml`, attached toolbars).
 * Written back byte for byte when the document is saved in a macro-enabled format; dropped (with
 * a warning, the formats' conversion loss `macros-dropped`) in any other.
 *
 * Text documents and decks hold the bytes as `Uint8Array` (like their pictures); workbooks hold
 * them as base64 (like their pictures) so that a stored workbook stays JSON.
 */

/** One kept part: its name in the package, its content type and its bytes exactly as read. */
export interface MacroPart<Bytes> {
  /** Part name without leading slash (`xl/vbaProject.bin`, `word/_rels/vbaProject.bin.rels`). */
  readonly path: string;
  /** Content type (`application/vnd.ms-office.vbaProject`); relationships parts have the OPC one. */
  readonly contentType: string;
  readonly bytes: Bytes;
}

/** A relationship from the document's main part to a kept part. */
export interface MacroLink {
  /** Relationship type URI (`http://schemas.microsoft.com/office/2006/relationships/vbaProject`). */
  readonly type: string;
  /** The part it points to (one of the project's `parts`). */
  readonly path: string;
}

export interface MacroProject<Bytes = Uint8Array> {
  /** Relationships of the main part to the project, the VBA project first. */
  readonly links: readonly MacroLink[];
  /** Every kept part, relationships parts included, in reading order. */
  readonly parts: readonly MacroPart<Bytes>[];
  /**
   * Workbooks: the workbook's VBA code name (XLSX `workbookPr codeName`, `ThisWorkbook`), which
   * names its module in the project as each sheet's `codeName` names the sheet's.
   */
  readonly codeName?: string;
}

/** A workbook's macro project: the bytes in base64. */
export type StoredMacroProject = MacroProject<string>;

/** Relationship type of the VBA project from the main part. */
export const VBA_PROJECT_RELATIONSHIP = 'http://schemas.microsoft.com/office/2006/relationships/vbaProject';

/** The macro-enabled extensions and the format id whose writer writes them. */
const MACRO_EXTENSIONS: Readonly<Record<string, 'docx' | 'xlsx' | 'pptx'>> = { docm: 'docx', xlsm: 'xlsx', pptm: 'pptx' };

/** The format id a macro-enabled extension (`docm`) is written by (`docx`), or undefined. */
export function macroEnabledFormat(extension: string): 'docx' | 'xlsx' | 'pptx' | undefined {
  return Object.hasOwn(MACRO_EXTENSIONS, extension.toLowerCase()) ? MACRO_EXTENSIONS[extension.toLowerCase()] : undefined;
}

/** True when the file name has a macro-enabled Office extension (.docm, .xlsm, .pptm). */
export function isMacroEnabledName(name: string): boolean {
  const ext = /\.([A-Za-z]+)$/.exec(name.trim())?.[1];
  return ext !== undefined && macroEnabledFormat(ext) !== undefined;
}

/** The macro-enabled extension for a format (`docx` → `docm`), or undefined for formats without macros. */
export function macroEnabledExtension(format: string): 'docm' | 'xlsm' | 'pptm' | undefined {
  return format === 'docx' ? 'docm' : format === 'xlsx' ? 'xlsm' : format === 'pptx' ? 'pptm' : undefined;
}

/** True when the document carries a macro project (kept, never run). */
export function hasMacros(document: { readonly macros?: { readonly parts: readonly unknown[] } }): boolean {
  return (document.macros?.parts.length ?? 0) > 0;
}

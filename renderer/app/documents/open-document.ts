/** The app's record of one open document (a tab), and how new ones are made. */
import { emptyDeck, emptyTextDocument, emptyWorkbook } from '@ostal/model';
import type { Diagnostic, DocumentKind, FormatId, OstalDocument } from '@ostal/model';

export interface OpenDocument {
  /** Tab id, unique for the session. */
  readonly id: string;
  readonly kind: DocumentKind;
  /** Content at mount time; the editor owns the live content (read it through its handle). */
  readonly initial: OstalDocument;
  /** File name, or "Sans titre 1" for a new document. */
  readonly title: string;
  /** Path on disk once opened or saved. */
  readonly path: string | null;
  /** Format it was read from or last saved in. */
  readonly format: FormatId | null;
  /** Modification time on disk when read or saved (for the external-change check). */
  readonly modifiedMs: number | null;
  readonly dirty: boolean;
  /** Reader remarks of warning level or worse, shown once on open. */
  readonly diagnostics: readonly Diagnostic[];
  /** Someone else holds the file open: Save writes elsewhere (Save as), never over it. */
  readonly readOnly?: boolean;
  /** Restored from the recovery area: unsaved until saved, whatever the editor says. */
  readonly recovered?: boolean;
  /** The recovery copy it was restored from (replaced by its next autosave, removed on save). */
  readonly recoveryId?: string;
  /**
   * A long deck shown from its first slide (`initial`) while the rest is read: it cannot be saved
   * (nor autosaved) until `whole` arrives, so that no slide is left out of the file.
   */
  readonly loading?: boolean;
  /** The whole document, when the tab was first shown with a preview of it (`initial`); the editor takes the rest from it. */
  readonly whole?: OstalDocument;
}

/** The document as read from its file: the whole one once a preview's rest has arrived. */
export function readContent(doc: Pick<OpenDocument, 'initial' | 'whole'>): OstalDocument {
  return doc.whole ?? doc.initial;
}

let nextTab = 0;

function newTabId(): string {
  nextTab += 1;
  return `doc${String(nextTab)}`;
}

/** An empty document of `kind` with a fresh untitled name. */
export function newDocument(kind: DocumentKind, title: string, options: { firstSheetName: string; language: string }): OpenDocument {
  const meta = { language: options.language };
  const initial: OstalDocument =
    kind === 'text' ? emptyTextDocument(meta) : kind === 'workbook' ? emptyWorkbook(options.firstSheetName, meta) : emptyDeck(meta);
  return { id: newTabId(), kind, initial, title, path: null, format: null, modifiedMs: null, dirty: false, diagnostics: [] };
}

/** A document read from disk. */
export function openedDocument(input: {
  document: OstalDocument;
  name: string;
  path: string;
  format: FormatId;
  modifiedMs: number;
  diagnostics: readonly Diagnostic[];
}): OpenDocument {
  return {
    id: newTabId(),
    kind: input.document.kind,
    initial: input.document,
    title: input.name,
    path: input.path,
    format: input.format,
    modifiedMs: input.modifiedMs,
    dirty: false,
    diagnostics: input.diagnostics.filter((d) => d.severity !== 'info'),
  };
}

/** What every format module provides to the facade: a reader and a writer for one format. */
import type { DocumentKind, OstalDocument } from '@ostal/model';
import type { DiagnosticSink } from './diagnostics-sink.js';
import type { Limits } from './limits.js';
import type { InflatedParts } from './container/native-inflate.js';
import type { CsvWriteOptions } from './sheets/csv.js';

/** Format-specific choices for writing. */
export interface WriteOptions {
  /** CSV: separator, byte order mark, decimal separator, sheet. */
  readonly csv?: CsvWriteOptions;
  /**
   * DOCX/XLSX/PPTX: write a macro-enabled file (.docm/.xlsm/.pptm): the macroEnabled main content
   * type and the document's kept macro project (ooxml/macro-project.ts). Callers set it from the
   * file name (`isMacroEnabledName`); other formats ignore it.
   */
  readonly macroEnabled?: boolean;
}

export interface ReadContext {
  readonly limits: Limits;
  readonly diagnostics: DiagnosticSink;
  /** Called once by a deck reader that can, with the deck cut to its first slide, before the rest is read (see `ReadOptions.onFirstSlide`). */
  readonly onFirstSlide?: (preview: OstalDocument) => void;
  /** Called once by a workbook reader that can, with each sheet cut to its first rows, before the rest is read (see `ReadOptions.onFirstRows`). */
  readonly onFirstRows?: (preview: OstalDocument) => void;
  /** Called once by a text reader that can, with the document cut to its first blocks, before the rest is read (see `ReadOptions.onFirstBlocks`). */
  readonly onFirstBlocks?: (preview: OstalDocument) => void;
  /** The package's large XML parts, already inflated natively by the facade (see native-inflate.ts). */
  readonly inflated?: InflatedParts;
}

export interface Codec {
  readonly kind: DocumentKind;
  /** Maps what it understands, reports the rest; throws FormatError only for an unreadable container. */
  read(bytes: Uint8Array, ctx: ReadContext): OstalDocument | Promise<OstalDocument>;
  /** Writes a document of this codec's kind (the facade checks the kind first). */
  write(document: OstalDocument, options?: WriteOptions): Uint8Array | Promise<Uint8Array>;
}

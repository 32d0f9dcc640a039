/**
 * Messages between the app and the document worker. Plain data only: documents are model values
 * and bytes travel as transferred `Uint8Array`s; a workbook's cells travel packed, read or written.
 */
import type { FormatErrorReason } from '@ostal/formats';
import type { Diagnostic, FormatId, OstalDocument } from '@ostal/model';
import type { PackedRows } from './packed-cells.js';

export type DocumentWorkerRequest =
  /** `preview`: a deck also answers early with its first slide, a large workbook with its first rows, a long DOCX with its first blocks (a `preview` message), then whole. */
  | { readonly id: number; readonly op: 'read'; readonly bytes: Uint8Array; readonly fileName: string; readonly preview?: boolean }
  /** `macroEnabled`: writing a .docm/.xlsm/.pptm, which keeps the document's macro project. */
  | { readonly id: number; readonly op: 'write'; readonly document: OstalDocument; readonly packed?: readonly (PackedRows | undefined)[]; readonly format: FormatId; readonly macroEnabled?: boolean }
  /** A zip of files in the order given (an export of several pictures). */
  | { readonly id: number; readonly op: 'zip'; readonly files: readonly { readonly name: string; readonly data: Uint8Array }[] };

/** Why a request failed: a format problem with a machine-readable reason, or a bug. */
export type DocumentWorkerFailure =
  | { readonly kind: 'format'; readonly reason: FormatErrorReason; readonly message: string; readonly part?: string }
  | { readonly kind: 'internal'; readonly message: string };

export type DocumentWorkerResponse =
  | {
      readonly id: number;
      readonly ok: true;
      readonly op: 'read';
      /** A workbook's sheets come with empty `rows` where `packed` holds them (packed-cells.ts). */
      readonly document: OstalDocument;
      readonly packed?: readonly (PackedRows | undefined)[];
      readonly format: FormatId;
      readonly diagnostics: readonly Diagnostic[];
    }
  /** Before a `read` answer asked with `preview`: the deck cut to its first slide, or the workbook to its first rows (see `ReadOptions.onFirstSlide`, `onFirstRows`). */
  | { readonly id: number; readonly ok: true; readonly op: 'preview'; readonly document: OstalDocument }
  | { readonly id: number; readonly ok: true; readonly op: 'write'; readonly bytes: Uint8Array; readonly losses: readonly Diagnostic[] }
  | { readonly id: number; readonly ok: true; readonly op: 'zip'; readonly bytes: Uint8Array }
  | { readonly id: number; readonly ok: false; readonly failure: DocumentWorkerFailure };

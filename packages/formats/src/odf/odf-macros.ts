/**
 * Macros in an ODF package (LibreOffice Basic libraries under `Basic/`, scripts under `Scripts/`,
 * ODF 1.3 Part 2 §3.15 for the latter): Ostal never runs them and does not keep them yet, so the
 * reader says so instead of dropping them unseen (the VBA project of a .docm/.xlsm/.pptm is kept:
 * ooxml/macro-project.ts).
 */
import { ZipArchive } from '../container/zip-reader.js';
import type { DiagnosticSink } from '../diagnostics-sink.js';
import type { Limits } from '../limits.js';

const MACRO_FOLDERS = /^(Basic|Scripts)\/.+[^/]$/;

/** Adds the `odf-macros-dropped` warning when the ODF package `bytes` holds macros. Never throws. */
export function reportOdfMacros(bytes: Uint8Array, limits: Limits, diagnostics: DiagnosticSink): void {
  let names: string[];
  try {
    names = ZipArchive.open(bytes, limits).names();
  } catch {
    return; // the reader has reported the container already
  }
  const files = names.filter((n) => MACRO_FOLDERS.test(n));
  if (files.length === 0) return;
  diagnostics.warn('odf-macros-dropped', `The document holds macros (${files.join(', ')}): Ostal never runs them, and does not keep them when saving.`, files[0]);
}

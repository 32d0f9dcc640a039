/**
 * Ostal's side of a fidelity check for one file: read it, write each planned output, read every
 * output back and compare the structure census. Files go to a staging folder under short unique
 * names (`f007-orig.docx`, `f007-cross.odt`) so LibreOffice can convert them all in one batch
 * without two outputs colliding.
 */
import { copyFileSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { read, write } from '@ostal/formats';
import type { FormatId, OstalDocument } from '@ostal/model';
import type { KindScorer } from './kind-scorer.js';
import type { FileResult, OutputResult } from './results.js';
import { countDifferences } from './structure-counts.js';

/** A file staged for LibreOffice: the original or one output. */
export interface StagedFile {
  /** Index of the input file in the run. */
  readonly index: number;
  /** `orig` for the original, else the output's role. */
  readonly role: string;
  readonly path: string;
  /** Bytes of a written ODF output, kept for schema validation. */
  readonly odf?: { readonly bytes: Uint8Array; readonly flat: boolean };
  /** Volatile positions of the document as Ostal read it (original) or read it back (output). */
  readonly volatile?: ReadonlySet<string>;
}

const ODF: ReadonlySet<FormatId> = new Set(['odt', 'ods', 'odp']);
const FLAT_ODF: ReadonlySet<FormatId> = new Set(['fodt', 'fods', 'fodp']);

function message(err: unknown): string {
  if (err instanceof Error) {
    const reason = (err as { reason?: unknown }).reason;
    return `${err.name}${typeof reason === 'string' ? ` (${reason})` : ''}: ${err.message}`;
  }
  return String(err);
}

/** Short unique stem of input `index` in the staging folder. */
export function stem(index: number): string {
  return `f${String(index).padStart(4, '0')}`;
}

/**
 * Reads `file`, writes its outputs into `stageDir` and compares their structure with the
 * original's. Never throws for what Ostal does: a throw is recorded in the result.
 * @param shown  the name the reports use for this file.
 * @returns the file's result (scores still to come from LibreOffice) and the files staged.
 */
export async function roundTrip(file: string, shown: string, index: number, scorer: KindScorer, stageDir: string): Promise<{ result: FileResult; staged: StagedFile[] }> {
  const bytes = new Uint8Array(readFileSync(file));
  const result: FileResult = { file: shown, bytes: statSync(file).size, outputs: [] };
  const staged: StagedFile[] = [];
  const t0 = performance.now();
  let document: OstalDocument;
  try {
    const r = await read(bytes);
    document = r.document;
    result.format = r.format;
    result.diagnostics = r.diagnostics.length;
  } catch (err) {
    result.readError = message(err);
    return { result, staged };
  }
  result.readMs = Math.round(performance.now() - t0);
  result.counts = scorer.counts(document);
  const orig = path.join(stageDir, `${stem(index)}-orig.${result.format}`);
  copyFileSync(file, orig);
  const volatile = scorer.volatileCells?.(document);
  staged.push({ index, role: 'orig', path: orig, ...(volatile ? { volatile } : {}) });

  for (const plan of scorer.outputs(result.format)) {
    const out: OutputResult = { role: plan.role, format: plan.format };
    result.outputs.push(out);
    let written: Uint8Array;
    try {
      const w0 = performance.now();
      written = await write(document, plan.format);
      out.writeMs = Math.round(performance.now() - w0);
      out.bytes = written.length;
    } catch (err) {
      out.error = `write ${plan.format}: ${message(err)}`;
      continue;
    }
    let backVolatile: ReadonlySet<string> | undefined;
    try {
      const back = await read(written);
      backVolatile = scorer.volatileCells?.(back.document);
      const differences = countDifferences(result.counts, scorer.counts(back.document));
      out.structure = { identical: differences.length === 0, differences };
    } catch (err) {
      out.error = `read back ${plan.format}: ${message(err)}`;
    }
    const target = path.join(stageDir, `${stem(index)}-${plan.role}.${plan.format}`);
    writeFileSync(target, written);
    const odf = ODF.has(plan.format) || FLAT_ODF.has(plan.format) ? { bytes: written, flat: FLAT_ODF.has(plan.format) } : undefined;
    staged.push({ index, role: plan.role, path: target, ...(odf ? { odf } : {}), ...(backVolatile ? { volatile: backVolatile } : {}) });
  }
  return { result, staged };
}

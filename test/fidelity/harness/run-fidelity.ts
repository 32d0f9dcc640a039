/**
 * The fidelity harness: every input goes through Ostal (read, write each output, read back),
 * every ODF output through the schema, then originals and outputs through LibreOffice (content
 * export and PDF, in batches) and poppler (first pages as images), and each output is scored
 * against its original. LibreOffice is the judge on both sides, so its own quirks (text boxes
 * missing from its text export, say) cancel out.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { KindScorer } from './kind-scorer.js';
import { LibreOfficePool } from './libreoffice-batch.js';
import type { ConversionOutcome } from './libreoffice-batch.js';
import { validateOdfFiles } from './odf-validation.js';
import { comparePages } from './page-similarity.js';
import type { RenderedPages } from './page-similarity.js';
import { renderPdf } from './pdf-render.js';
import { RESULTS_VERSION } from './results.js';
import type { FidelityRun, FileResult } from './results.js';
import { roundTrip } from './round-trip.js';
import type { StagedFile } from './round-trip.js';

/** Options of {@link runFidelity}. */
export interface FidelityOptions {
  /** Input files (absolute paths), in report order. */
  readonly files: readonly string[];
  readonly scorer: KindScorer;
  /** Name shown for a file in reports (default: its path as given). */
  readonly shownName?: (file: string) => string;
  /** Folder holding the OASIS ODF 1.3 schemas (default: ../shared/schemas/odf-1.3 beside the repository). */
  readonly schemas?: string;
  /** LibreOffice processes at once (default 2). */
  readonly lanes?: number;
  /** Pages rendered and compared from the start of each document (default 3). */
  readonly pages?: number;
  /** Keep the working folder (staged files, LibreOffice exports) instead of deleting it. */
  readonly keepWorkDir?: boolean;
  /** Receives one progress line at a time. */
  readonly onProgress?: (line: string) => void;
}

/** Runs `work` on every item with at most `limit` at a time, keeping result order. */
async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

function libreofficeVersion(): string {
  try {
    return execFileSync('soffice', ['--version'], { encoding: 'utf8', timeout: 60_000 }).trim();
  } catch {
    return 'unknown';
  }
}

/**
 * Runs the harness over `options.files` and returns every score. Never throws for what a file
 * does to Ostal or LibreOffice (that is recorded per file); throws only when a tool is missing
 * (LibreOffice, jing, poppler).
 */
export async function runFidelity(options: FidelityOptions): Promise<FidelityRun> {
  const { scorer } = options;
  const pages = options.pages ?? 3;
  const say = options.onProgress ?? ((): void => undefined);
  const started = performance.now();
  const phases: Record<string, number> = {};
  let mark = performance.now();
  const phase = (name: string): void => {
    phases[name] = Math.round(performance.now() - mark);
    mark = performance.now();
  };
  const work = mkdtempSync(path.join(os.tmpdir(), 'ostal-fidelity-'));
  const stage = path.join(work, 'stage');
  mkdirSync(stage);
  const run: FidelityRun = {
    version: RESULTS_VERSION,
    kind: scorer.kind,
    startedAt: new Date().toISOString(),
    durationMs: 0,
    phases,
    environment: { node: process.version, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', libreoffice: libreofficeVersion() },
    files: [],
  };
  try {
    // 1. Ostal: read, write, read back. Schema validation starts per chunk and runs meanwhile.
    const staged: StagedFile[] = [];
    const validations: Promise<Map<string, string[]>>[] = [];
    let pendingOdf: StagedFile[] = [];
    const validate = (): void => {
      if (pendingOdf.length === 0) return;
      const chunk = pendingOdf;
      pendingOdf = [];
      const files = chunk.map((s) => ({ id: `${String(s.index)}:${s.role}`, bytes: s.odf!.bytes, flat: s.odf!.flat }));
      validations.push(validateOdfFiles(files, work, options.schemas));
    };
    for (const [index, file] of options.files.entries()) {
      const shown = options.shownName?.(file) ?? file;
      const { result, staged: mine } = await roundTrip(file, shown, index, scorer, stage);
      run.files.push(result);
      staged.push(...mine);
      pendingOdf.push(...mine.filter((s) => s.odf));
      if (pendingOdf.length >= 60) validate();
      const thrown = result.readError ?? result.outputs.find((o) => o.error)?.error;
      say(`[${String(index + 1)}/${String(options.files.length)}] ${shown}${thrown ? ` — OSTAL THREW: ${thrown}` : ` read ${String(result.readMs)} ms`}`);
    }
    validate();
    for (const verdicts of await Promise.all(validations)) {
      for (const [id, errors] of verdicts) {
        const [index, role] = id.split(':');
        const out = run.files[Number(index)]!.outputs.find((o) => o.role === role)!;
        out.odfErrors = errors;
      }
    }
    phase('ostal + schema');

    // 2. LibreOffice: content export, then PDF, in batches on parallel lanes.
    const pool = new LibreOfficePool({ workDir: work, ...(options.lanes ? { lanes: options.lanes } : {}) });
    const inputs = staged.map((s) => s.path);
    const progress = (what: string) => ({ onProgress: (done: number, total: number) => say(`LibreOffice ${what}: ${String(done)}/${String(total)}`) });
    const { target, extension, collect } = scorer.contentExport;
    const texts = await pool.convert(inputs, target, extension, path.join(work, 'content'), { ...progress(extension), ...(collect ? { collect } : {}) });
    phase('libreoffice content');
    if (scorer.pages === false) {
      score(run.files, staged, texts, null, null, scorer);
      phase('scoring');
    } else {
      // The whole document is exported, for its page count; a document too slow to export whole
      // (LibreOffice takes minutes on some 1,000-page files) is exported for its first pages only.
      const firstPages = `pdf:writer_pdf_Export:{"PageRange":{"type":"string","value":"1-${String(pages)}"}}`;
      const pdfs = await pool.convert(inputs, 'pdf', 'pdf', path.join(work, 'pdf'), { fallbackTarget: firstPages, ...progress('pdf') });
      phase('libreoffice pdf');

      // 3. Poppler: first pages of every PDF as ink grids.
      let rendered = 0;
      const renders = await mapLimit(staged, options.lanes ?? 2, async (s): Promise<RenderedPages | string> => {
        const pdf = pdfs.get(s.path);
        try {
          if (!pdf?.ok) return pdf?.error ?? 'no PDF';
          const r = await renderPdf(pdf.output, { workDir: work, pages });
          return pdf.fallback ? { ...r, pageCount: null } : r;
        } catch (err) {
          return `poppler could not render the PDF: ${(err as Error).message}`;
        } finally {
          if (++rendered % 50 === 0 || rendered === staged.length) say(`pages: ${String(rendered)}/${String(staged.length)}`);
        }
      });
      phase('render pages');

      // 4. Scores: each output against its original, both as LibreOffice saw them.
      score(run.files, staged, texts, pdfs, renders, scorer);
      phase('scoring');
    }
  } finally {
    if (options.keepWorkDir) say(`working folder kept: ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
  run.durationMs = Math.round(performance.now() - started);
  return run;
}

function score(
  files: FileResult[],
  staged: readonly StagedFile[],
  texts: ReadonlyMap<string, ConversionOutcome>,
  pdfs: ReadonlyMap<string, ConversionOutcome> | null,
  renders: readonly (RenderedPages | string)[] | null,
  scorer: KindScorer,
): void {
  const byFile = new Map<number, { s: StagedFile; pages: RenderedPages | string }[]>();
  staged.forEach((s, i) => {
    const list = byFile.get(s.index) ?? [];
    list.push({ s, pages: renders ? renders[i]! : 'pages not rendered' });
    byFile.set(s.index, list);
  });
  for (const [index, list] of byFile) {
    const file = files[index]!;
    const orig = list.find((x) => x.s.role === 'orig');
    if (!orig) continue;
    const origText = texts.get(orig.s.path);
    const origPdf = pdfs?.get(orig.s.path);
    const origError = [origText, origPdf].find((o) => o && !o.ok);
    if (origError && !origError.ok) file.originalLibreOfficeError = origError.error;
    for (const { s, pages } of list) {
      if (s.role === 'orig') continue;
      const out = file.outputs.find((o) => o.role === s.role)!;
      const text = texts.get(s.path);
      // LibreOffice opened the output when it printed it to PDF: a text export failing on the
      // original too (a flat ODF export LibreOffice cannot make of some media) is its own limit.
      const textAsOriginal = pdfs !== null && text !== undefined && !text.ok && origText !== undefined && !origText.ok;
      const checks = pdfs ? [...(textAsOriginal ? [] : [text]), pdfs.get(s.path)] : [text];
      const failed = checks.find((o) => !o?.ok);
      if (failed) out.libreofficeError = failed.ok ? 'not converted' : (failed?.error ?? 'not converted');
      // Positions volatile on both sides (RAND, NOW...) can never agree: left out.
      const skip = new Set([...(orig.s.volatile ?? [])].filter((key) => s.volatile?.has(key)));
      if (origText?.ok && text?.ok) out.content = scorer.compareContent(readFileSync(origText.output, 'utf8'), readFileSync(text.output, 'utf8'), skip);
      if (typeof orig.pages !== 'string' && typeof pages !== 'string') out.page = comparePages(orig.pages, pages);
    }
  }
}

/**
 * Benchmark section: every file of `../shared/corpus/hostile` opened by Ostal in a fresh process
 * (`hostile-child.ts`), against issue 3's target — refused with a specific error (or opened with
 * diagnostics) in under 2 s and 512 MiB — beside LibreOffice headless converting the same file to
 * PDF in the same run. A child that runs past {@link HANG_MS} is killed and reported as a hang.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { median, ms, table } from './bench-util.js';
import type { HostileChildReport } from './hostile-child.js';

/** Issue 3's limits for a hostile file. */
export const HOSTILE_LIMIT_MS = 2000;
export const HOSTILE_LIMIT_MB = 512;
/** A child running longer than this is killed: Ostal hung. */
const HANG_MS = 30_000;
/** LibreOffice gets longer: it is the reference, not the subject. */
const LIBREOFFICE_TIMEOUT_MS = 120_000;

export interface HostileTiming {
  readonly name: string;
  readonly bytes: number;
  /** Outcome of the first run ('hang' when killed). */
  readonly outcome: string;
  readonly message: string;
  /** Median read time inside the child. */
  readonly readMs: number;
  /** Median wall time of the whole child process (Node start-up included). */
  readonly processMs: number;
  /** Largest peak RSS of the process during the read over the runs, MiB. */
  readonly peakMb: number;
  /** Largest memory the read added over the process before it, MiB (undefined off Linux). */
  readonly documentMb: number | undefined;
  /** Median resident memory of the process before the read (Node + code + the file), MiB. */
  readonly baselineMb: number | undefined;
  readonly libreoffice: { readonly ms: number; readonly result: string };
}

function runChild(child: string, file: string): { report: HostileChildReport; wallMs: number } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--expose-gc', child, file], { encoding: 'utf8', timeout: HANG_MS, maxBuffer: 1 << 20 });
  const wallMs = performance.now() - t0;
  if (r.error || r.status !== 0) {
    const hung = r.signal === 'SIGTERM' || (r.error !== undefined && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT');
    return { report: { outcome: hung ? 'hang' : 'crash', message: (r.stderr || String(r.error ?? '')).split('\n')[0] ?? '', ms: wallMs, peakRssMb: 0 }, wallMs };
  }
  return { report: JSON.parse(r.stdout.trim().split('\n').pop()!) as HostileChildReport, wallMs };
}

function libreofficeToPdf(file: string, profile: string | undefined): { ms: number; result: string } {
  if (profile === undefined) return { ms: Number.NaN, result: 'not run' };
  const out = mkdtempSync(path.join(os.tmpdir(), 'ostal-bench-hostile-'));
  try {
    const t0 = performance.now();
    const r = spawnSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', out, file], { encoding: 'utf8', timeout: LIBREOFFICE_TIMEOUT_MS });
    const elapsed = performance.now() - t0;
    const produced = readdirSync(out).length > 0;
    const result = r.signal ? 'killed after timeout' : produced ? 'converted' : 'no output';
    return { ms: elapsed, result };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Measures every hostile file `runs` times (Ostal) and once (LibreOffice, unless `profile` is undefined). */
export function measureHostileFiles(dir: string, child: string, profile: string | undefined, runs: number): HostileTiming[] {
  const rows: HostileTiming[] = [];
  for (const name of readdirSync(dir).sort()) {
    const file = path.join(dir, name);
    const results = Array.from({ length: runs }, () => runChild(child, file));
    const first = results[0]!.report;
    const lo = libreofficeToPdf(file, profile);
    rows.push({
      name,
      bytes: statSync(file).size,
      outcome: first.outcome,
      message: first.message,
      readMs: median(results.map((r) => r.report.ms)),
      processMs: median(results.map((r) => r.wallMs)),
      peakMb: Math.max(...results.map((r) => r.report.peakRssMb)),
      documentMb: results.every((r) => r.report.documentMb !== undefined) ? Math.max(...results.map((r) => r.report.documentMb ?? 0)) : undefined,
      baselineMb: results.every((r) => r.report.baselineMb !== undefined) ? median(results.map((r) => r.report.baselineMb ?? 0)) : undefined,
      libreoffice: lo,
    });
    const row = rows[rows.length - 1]!;
    console.warn(`hostile ${name}: ${first.outcome} in ${ms(row.readMs)}, peak ${row.peakMb.toFixed(0)} MiB, document ${row.documentMb === undefined ? '?' : `${row.documentMb.toFixed(1)} MiB`}`);
  }
  return rows;
}

/** True when a row meets issue 3's target. */
export function withinHostileTarget(r: HostileTiming): boolean {
  return r.outcome !== 'hang' && r.outcome !== 'crash' && r.readMs < HOSTILE_LIMIT_MS && r.peakMb < HOSTILE_LIMIT_MB;
}

/** The markdown table of the hostile-file section. */
export function hostileTable(rows: readonly HostileTiming[]): string {
  return table(
    ['file', 'size', 'Ostal', 'read', 'process', 'peak RSS', 'document', `< ${String(HOSTILE_LIMIT_MS / 1000)} s and < ${String(HOSTILE_LIMIT_MB)} MiB`, 'LibreOffice → PDF', 'its time'],
    rows.map((r) => [
      r.name,
      `${(r.bytes / 1024).toFixed(0)} KiB`,
      r.outcome === 'opened' ? `opened (${r.message})` : r.outcome === 'hang' || r.outcome === 'crash' ? `**${r.outcome}**` : `refused: \`${r.outcome}\``,
      ms(r.readMs),
      ms(r.processMs),
      `${r.peakMb.toFixed(0)} MiB`,
      r.documentMb === undefined ? '–' : `${r.documentMb.toFixed(1)} MiB`,
      withinHostileTarget(r) ? '✓' : '✗',
      r.libreoffice.result,
      r.libreoffice.result === 'not run' ? '–' : ms(r.libreoffice.ms),
    ]),
  );
}

/**
 * Benchmark section: the large text documents one by one — read, write, read+write (each in a
 * fresh child process, with its peak memory), `ostal convert` end to end, and the ratio to
 * LibreOffice converting the same file (issue 3's target: read+write at most 0.35× LibreOffice).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { median, ms, table } from './bench-util.js';
import { ostalCliConvert } from './processes.js';
import type { ProcessRun } from './processes.js';
import type { ChildReport } from './read-write-child.js';

/** Issue 3: Ostal's read+write of a large text document within this share of LibreOffice's time. */
export const TARGET_RATIO = 0.35;

export interface TextDocumentTiming {
  readonly name: string;
  readonly bytes: number;
  readonly to: string;
  /** Medians over the child's runs (the first of which is cold). */
  readonly readMs: number;
  readonly writeMs: number;
  readonly readWriteMs: number;
  /** First run alone: what a one-shot conversion pays, JIT warm-up included. */
  readonly coldReadWriteMs: number;
  readonly childPeakMb: number;
  readonly cli: ProcessRun;
  readonly libreoffice: ProcessRun;
}

/** Runs the child (`childScript`) on `file` and returns what it measured. */
export function readWriteInChild(childScript: string, file: string, to: string, runs: number): ChildReport {
  const out = execFileSync(process.execPath, [childScript, file, to, String(runs)], { encoding: 'utf8', timeout: 600_000 });
  return JSON.parse(out.trim().split('\n').pop()!) as ChildReport;
}

/** Median of `runs` CLI conversions, with the highest peak memory seen. */
export function cliConvert(cli: string, file: string, to: string, runs: number): ProcessRun {
  const all = Array.from({ length: runs }, () => ostalCliConvert(cli, file, to));
  const peaks = all.map((r) => r.peakMb).filter((p): p is number => p !== undefined);
  return { ms: median(all.map((r) => r.ms)), peakMb: peaks.length > 0 ? Math.max(...peaks) : undefined };
}

/** Combines one file's measurements. */
export function textDocumentTiming(name: string, bytes: number, to: string, child: ChildReport, cli: ProcessRun, libreoffice: ProcessRun): TextDocumentTiming {
  const readWrite = child.readMs.map((r, i) => r + child.writeMs[i]!);
  return {
    name,
    bytes,
    to,
    readMs: median(child.readMs),
    writeMs: median(child.writeMs),
    readWriteMs: median(readWrite),
    coldReadWriteMs: readWrite[0]!,
    childPeakMb: child.peakRssMb,
    cli,
    libreoffice,
  };
}

const mb = (v: number | undefined): string => (v === undefined ? '—' : `${v.toFixed(0)} MiB`);
const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;

/** The markdown table of the text-document section. */
export function textDocumentsTable(rows: readonly TextDocumentTiming[]): string {
  return table(
    ['file', 'size', 'conversion', 'read', 'write', 'read+write', 'first read+write', 'peak RSS', '`ostal convert`', 'its peak RSS', 'LibreOffice', 'its peak RSS', 'first read+write ÷ LO', '`ostal convert` ÷ LO'],
    rows.map((r) => {
      const rw = r.coldReadWriteMs / r.libreoffice.ms;
      return [
        path.basename(r.name),
        `${(r.bytes / 1024).toFixed(0)} KiB`,
        `${path.extname(r.name).slice(1)} → ${r.to}`,
        ms(r.readMs),
        ms(r.writeMs),
        ms(r.readWriteMs),
        ms(r.coldReadWriteMs),
        mb(r.childPeakMb),
        ms(r.cli.ms),
        mb(r.cli.peakMb),
        ms(r.libreoffice.ms),
        mb(r.libreoffice.peakMb),
        `${ratio(r.coldReadWriteMs, r.libreoffice.ms)} ${rw <= TARGET_RATIO ? '✓' : '✗'}`,
        ratio(r.cli.ms, r.libreoffice.ms),
      ];
    }),
  );
}

/**
 * Benchmark section "spreadsheets at scale", its fresh-process part: a workbook opened into the
 * model, or converted (read + write), by `test/bench/read-write-child.ts` in a fresh Node process
 * per run — each run as cold as a one-shot opening or conversion, and its peak memory (the
 * kernel's `VmHWM`, see process-memory.ts) belonging to that run alone.
 */
import { median } from './bench-util.js';
import type { ProcessRun } from './processes.js';
import { readWriteInChild } from './text-documents.js';

/** Times and peak memory of `runs` fresh child processes, each doing one read (and write). */
export interface FreshProcessRuns extends ProcessRun {
  /** Median of the children's read times alone (the whole figure when only opening). */
  readonly readMs: number;
}

function inFreshChildren(child: string, file: string, to: string, runs: number): FreshProcessRuns {
  const reports = Array.from({ length: runs }, () => readWriteInChild(child, file, to, 1));
  const total = reports.map((r) => r.readMs[0]! + (r.writeMs[0] ?? 0));
  return {
    ms: median(total),
    readMs: median(reports.map((r) => r.readMs[0]!)),
    peakMb: Math.max(...reports.map((r) => r.peakRssMb)),
  };
}

/** `file` opened into the model (`formats.read`) in `runs` fresh processes: median time, highest peak RSS. */
export function openInFreshProcesses(child: string, file: string, runs: number): FreshProcessRuns {
  return inFreshChildren(child, file, 'model', runs);
}

/** `file` read and written as `to` in `runs` fresh processes: median read+write time, highest peak RSS. */
export function convertInFreshProcesses(child: string, file: string, to: string, runs: number): FreshProcessRuns {
  return inFreshChildren(child, file, to, runs);
}

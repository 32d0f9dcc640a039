/**
 * Child process of the hostile-file benchmark: reads one file with `formats.read`, as opening it
 * in Ostal does, and prints one JSON line: what happened (opened, or refused with the
 * FormatError reason), how long the read took and the memory the read cost. One process per file
 * so that each peak belongs to one document.
 *
 * Memory: not `maxRSS`, which on Linux keeps the RSS of the runner the child was forked from
 * (process-memory.ts): it said 159 MiB for every file. On Linux the kernel's peak of the child's
 * own memory (VmHWM) is reset to the current RSS just before the read (`/proc/self/clear_refs`
 * ← 5), after a garbage collection (`--expose-gc`), so that the peak read afterwards is the peak
 * *during the read*, and the document's cost is that peak minus the RSS before it. Elsewhere the
 * process's own lifetime peak is reported and `documentMb` is undefined.
 *
 * Usage: node --expose-gc hostile-child.mjs <file>
 */
import { readFileSync } from 'node:fs';
import { FormatError, read } from '@ostal/formats';
import { ownPeakRssMb, resetPeak, statusKb } from './process-memory.js';

/** What the child prints. */
export interface HostileChildReport {
  /** 'opened', or the FormatError reason of the refusal; 'crash' for any other exception. */
  readonly outcome: string;
  /** The message a user would see. */
  readonly message: string;
  readonly ms: number;
  /** Peak resident set size of the process during the read (Linux), else over its life; MiB. */
  readonly peakRssMb: number;
  /** What the read added to the process's resident memory at its peak, MiB (Linux only). */
  readonly documentMb?: number | undefined;
  /** Resident memory before the read (Node, the code, the file's bytes), MiB (Linux only). */
  readonly baselineMb?: number | undefined;
}

async function main(): Promise<void> {
  const [file] = process.argv.slice(2);
  if (!file) throw new RangeError('Usage: hostile-child <file>');
  const bytes = new Uint8Array(readFileSync(file));
  (globalThis as { gc?: () => void }).gc?.();
  const baselineKb = statusKb('VmRSS');
  const reset = baselineKb !== undefined && resetPeak();
  const t0 = performance.now();
  let outcome = 'opened';
  let message: string;
  try {
    const { diagnostics } = await read(bytes);
    message = `${String(diagnostics.length)} diagnostic(s)`;
  } catch (e) {
    outcome = e instanceof FormatError ? e.reason : 'crash';
    message = e instanceof Error ? e.message : String(e);
  }
  const elapsed = performance.now() - t0;
  const peakKb = reset ? statusKb('VmHWM') : undefined;
  const report: HostileChildReport =
    peakKb !== undefined && baselineKb !== undefined
      ? { outcome, message, ms: elapsed, peakRssMb: peakKb / 1024, documentMb: Math.max(0, peakKb - baselineKb) / 1024, baselineMb: baselineKb / 1024 }
      : { outcome, message, ms: elapsed, peakRssMb: ownPeakRssMb() };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

await main();

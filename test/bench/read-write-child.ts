/**
 * Child process of the benchmark: reads one file and writes it to another format `runs` times
 * with `formats.read` / `formats.write`, then prints one JSON line with the times and the
 * process's peak RSS. A process per file so that each peak belongs to one document, and so
 * that the first run is as cold as in `ostal convert`. The target `model` only reads (opening
 * the file into the model): no write, no write times.
 *
 * Usage: node read-write-child.mjs <file> <target format | model> <runs>
 */
import { readFileSync } from 'node:fs';
import { read, write } from '@ostal/formats';
import type { FormatId } from '@ostal/model';
import { ownPeakRssMb } from './process-memory.js';

/** What the child prints. */
export interface ChildReport {
  readonly readMs: readonly number[];
  readonly writeMs: readonly number[];
  /** Peak resident set size of the process's own memory, MiB (kernel's VmHWM; see process-memory.ts). */
  readonly peakRssMb: number;
}

async function main(): Promise<void> {
  const [file, to, runsArg] = process.argv.slice(2);
  if (!file || !to) throw new RangeError('Usage: read-write-child <file> <target format | model> <runs>');
  const bytes = new Uint8Array(readFileSync(file));
  const readMs: number[] = [];
  const writeMs: number[] = [];
  for (let i = 0; i < Number(runsArg ?? 1); i++) {
    const t0 = performance.now();
    const { document } = await read(bytes);
    const t1 = performance.now();
    readMs.push(t1 - t0);
    if (to === 'model') continue;
    await write(document, to as FormatId);
    writeMs.push(performance.now() - t1);
  }
  const report: ChildReport = { readMs, writeMs, peakRssMb: ownPeakRssMb() };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

await main();

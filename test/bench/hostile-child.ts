/**
 * Child process of the hostile-file benchmark: reads one file with `formats.read`, as opening it
 * in Ostal does, and prints one JSON line: what happened (opened, or refused with the
 * FormatError reason), how long the read took and the process's peak RSS. One process per file
 * so that each peak belongs to one document.
 *
 * Usage: node hostile-child.mjs <file>
 */
import { readFileSync } from 'node:fs';
import { FormatError, read } from '@ostal/formats';

/** What the child prints. */
export interface HostileChildReport {
  /** 'opened', or the FormatError reason of the refusal; 'crash' for any other exception. */
  readonly outcome: string;
  /** The message a user would see. */
  readonly message: string;
  readonly ms: number;
  /** Peak resident set size of the whole process, MiB (kernel's count). */
  readonly peakRssMb: number;
}

async function main(): Promise<void> {
  const [file] = process.argv.slice(2);
  if (!file) throw new RangeError('Usage: hostile-child <file>');
  const bytes = new Uint8Array(readFileSync(file));
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
  const report: HostileChildReport = { outcome, message, ms: performance.now() - t0, peakRssMb: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

await main();

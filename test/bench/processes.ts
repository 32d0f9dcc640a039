/**
 * Timing other programs: LibreOffice headless and the `ostal` CLI, each in its own process,
 * with wall time and peak resident memory. Peak memory comes from GNU time (`/usr/bin/time`,
 * Debian package `time`), which reads the kernel's count for the process tree it waited for;
 * without it only times are reported.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const GNU_TIME = '/usr/bin/time';

/** One run of a program: wall time and, when GNU time is there, peak RSS. */
export interface ProcessRun {
  readonly ms: number;
  /** Peak resident set size in MiB, or undefined without GNU time. */
  readonly peakMb: number | undefined;
}

/** True when peak memory of child processes can be measured here. */
export const canMeasurePeakMemory = existsSync(GNU_TIME);

/** Runs `command args` to completion (throws on a non-zero exit), timing it. */
export function timeProcess(command: string, args: readonly string[], env?: NodeJS.ProcessEnv): ProcessRun {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ostal-bench-time-'));
  const report = path.join(dir, 'rss');
  try {
    const t0 = performance.now();
    if (canMeasurePeakMemory) {
      execFileSync(GNU_TIME, ['-f', '%M', '-o', report, command, ...args], { stdio: 'ignore', timeout: 300_000, env: env ?? process.env });
    } else {
      execFileSync(command, args, { stdio: 'ignore', timeout: 300_000, env: env ?? process.env });
    }
    const ms = performance.now() - t0;
    // GNU time reports kilobytes (KiB).
    const peakMb = canMeasurePeakMemory ? Number(readFileSync(report, 'utf8').trim().split('\n').pop()) / 1024 : undefined;
    return { ms, peakMb };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `soffice --headless --convert-to <to>` of `file` with the given profile, into `keepIn` when
 * given (the output is kept there), else into a scratch folder removed afterwards.
 */
export function libreofficeConvert(file: string, to: string, profile: string, keepIn?: string): ProcessRun {
  const out = keepIn ?? mkdtempSync(path.join(os.tmpdir(), 'ostal-bench-'));
  try {
    return timeProcess('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', to, '--outdir', out, file]);
  } finally {
    if (!keepIn) rmSync(out, { recursive: true, force: true });
  }
}

/**
 * `node dist/cli.cjs convert <file> <scratch>.<to>`: what a person running `ostal convert` waits
 * for, from process start to the file saved. OSTAL_HOME points to a scratch folder so backups
 * of earlier outputs do not pile up in the user's.
 */
export function ostalCliConvert(cli: string, file: string, to: string): ProcessRun {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ostal-bench-cli-'));
  try {
    return timeProcess(process.execPath, [cli, 'convert', file, path.join(dir, `out.${to}`)], { ...process.env, OSTAL_HOME: path.join(dir, 'home') });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

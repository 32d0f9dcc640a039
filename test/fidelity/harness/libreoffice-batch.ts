/**
 * LibreOffice conversions in bulk. Starting `soffice` costs a second or more, so files are
 * converted in batches (one `soffice --convert-to` call for many inputs), on a few lanes running
 * side by side, each lane with its own private user profile (two LibreOffice processes must never
 * share one). A batch that stops making progress is killed, and the files it had not finished are
 * retried one by one so a single bad file is isolated and named.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * What became of one input: the converted file (made with the fallback target when the main one
 * took too long), or why there is none.
 */
export type ConversionOutcome = { readonly ok: true; readonly output: string; readonly fallback: boolean } | { readonly ok: false; readonly error: string };

/** Options of {@link LibreOfficePool.convert}. */
export interface ConvertOptions {
  /**
   * Target for a file on which the main target made no progress for the idle timeout, e.g. a PDF
   * export of the first pages only: LibreOffice needs minutes to export some 1,000-page documents.
   */
  readonly fallbackTarget?: string;
  /**
   * Called when the expected output is missing: may assemble it from pieces LibreOffice wrote
   * instead (one CSV per sheet), returning true when it did.
   */
  readonly collect?: (output: string) => boolean;
  /** Called after each batch and each retry with the number of inputs settled so far. */
  readonly onProgress?: (settled: number, total: number) => void;
}

/** Options of a {@link LibreOfficePool}. */
export interface LibreOfficePoolOptions {
  /** Folder for the lanes' profiles. */
  readonly workDir: string;
  /** LibreOffice processes running at once (default 2). */
  readonly lanes?: number;
  /** Most files per `soffice` call (default 30). */
  readonly batchFiles?: number;
  /** Most input bytes per call, so big documents do not all land in one lane (default 4 MiB). */
  readonly batchBytes?: number;
  /** A call printing nothing for this long is killed (default 60 s: one file's load and save). */
  readonly idleTimeoutMs?: number;
}

interface RunResult {
  readonly killed: boolean;
  /** Inputs LibreOffice announced (`convert X -> Y`), in order. */
  readonly announced: readonly string[];
  readonly stderr: string;
}

/** The file LibreOffice writes for `input` in `outDir`: same base name, the target's extension. */
export function outputPath(input: string, outDir: string, extension: string): string {
  const base = path.basename(input).replace(/\.[^.]*$/, '');
  return path.join(outDir, `${base}.${extension}`);
}

/**
 * Removes what a killed LibreOffice may have left for `out`: the half-written file and its lock
 * file (`.~lock.<name>#`). A lock left behind makes the next export to that path fail with an
 * I/O abort ("SfxBaseModel::impl_store … 0x11b").
 */
function removeLeftovers(out: string): void {
  rmSync(out, { force: true });
  rmSync(path.join(path.dirname(out), `.~lock.${path.basename(out)}#`), { force: true });
}

/** True when LibreOffice left a usable output (an empty text is a fine export of an empty document). */
function isConverted(out: string, extension: string): boolean {
  return existsSync(out) && (statSync(out).size > 0 || extension === 'txt');
}

/**
 * A set of LibreOffice lanes converting files.
 * @example
 * const pool = new LibreOfficePool({ workDir });
 * const outcomes = await pool.convert(files, 'txt:Text (encoded):UTF8', 'txt', outDir);
 */
export class LibreOfficePool {
  private readonly lanes: number;
  private readonly batchFiles: number;
  private readonly batchBytes: number;
  private readonly idleTimeoutMs: number;

  constructor(private readonly options: LibreOfficePoolOptions) {
    this.lanes = options.lanes ?? 2;
    this.batchFiles = options.batchFiles ?? 30;
    this.batchBytes = options.batchBytes ?? 4 * 1024 * 1024;
    this.idleTimeoutMs = options.idleTimeoutMs ?? 60_000;
  }

  /**
   * Converts every input to `target` (a `--convert-to` argument such as `pdf` or
   * `txt:Text (encoded):UTF8`) into `outDir`. Input base names must be unique. Never throws for
   * a file LibreOffice cannot open: that file's outcome says so.
   * @param extension  extension of the files LibreOffice writes for this target (`pdf`, `txt`).
   */
  async convert(inputs: readonly string[], target: string, extension: string, outDir: string, options: ConvertOptions = {}): Promise<Map<string, ConversionOutcome>> {
    mkdirSync(outDir, { recursive: true });
    const outcomes = new Map<string, ConversionOutcome>();
    const progress = (): void => options.onProgress?.(outcomes.size, inputs.length);
    const converted = (out: string): boolean => isConverted(out, extension) || (options.collect?.(out) ?? false);
    const retry: { input: string; slow: boolean }[] = [];
    await this.onLanes(this.batches(inputs), async (batch, lane) => {
      const run = await this.run(batch, target, outDir, lane);
      // LibreOffice announces a file once loaded, then saves it: when killed, the last file
      // announced is the slow one, and may be half written.
      const slow = run.killed ? run.announced[run.announced.length - 1] : undefined;
      if (slow !== undefined) removeLeftovers(outputPath(slow, outDir, extension));
      for (const input of batch) {
        const out = outputPath(input, outDir, extension);
        if (converted(out)) outcomes.set(input, { ok: true, output: out, fallback: false });
        else retry.push({ input, slow: input === slow });
      }
      progress();
    });
    // Every file left goes again alone, so one bad file is isolated and named.
    await this.onLanes(retry, async ({ input, slow }, lane) => {
      const out = outputPath(input, outDir, extension);
      removeLeftovers(out);
      // Alone, a file gets three times the patience: on a loaded machine a big file can take
      // LibreOffice more than the idle timeout without being stuck (a hung one is still killed).
      const alone = this.idleTimeoutMs * 3;
      let run = slow && options.fallbackTarget !== undefined ? undefined : await this.run([input], target, outDir, lane, alone);
      if (run && !run.killed && converted(out)) outcomes.set(input, { ok: true, output: out, fallback: false });
      else if ((run === undefined || run.killed) && options.fallbackTarget !== undefined) {
        removeLeftovers(out);
        run = await this.run([input], options.fallbackTarget, outDir, lane);
        if (!run.killed && converted(out)) outcomes.set(input, { ok: true, output: out, fallback: true });
      }
      if (!outcomes.has(input)) {
        const why = run === undefined || run.killed ? `no progress for ${String((run === undefined ? this.idleTimeoutMs : alone) / 1000)} s, killed` : run.stderr.trim().split('\n').pop() || 'no output';
        outcomes.set(input, { ok: false, error: `LibreOffice could not convert to ${extension}: ${why}` });
      }
      progress();
    });
    return outcomes;
  }

  /** Groups inputs into batches, biggest files first so the long ones start early. */
  private batches(inputs: readonly string[]): string[][] {
    const sized = inputs.map((f) => ({ f, size: statSync(f).size })).sort((a, b) => b.size - a.size);
    const batches: string[][] = [];
    let current: string[] = [];
    let bytes = 0;
    for (const { f, size } of sized) {
      if (current.length > 0 && (current.length >= this.batchFiles || bytes + size > this.batchBytes)) {
        batches.push(current);
        current = [];
        bytes = 0;
      }
      current.push(f);
      bytes += size;
    }
    if (current.length > 0) batches.push(current);
    return batches;
  }

  /** Runs `work` over `items`, at most one item per lane at a time. */
  private async onLanes<T>(items: readonly T[], work: (item: T, lane: number) => Promise<void>): Promise<void> {
    let next = 0;
    const lane = async (id: number): Promise<void> => {
      while (next < items.length) await work(items[next++]!, id);
    };
    await Promise.all(Array.from({ length: Math.min(this.lanes, items.length) }, (_, i) => lane(i)));
  }

  private run(inputs: readonly string[], target: string, outDir: string, lane: number, idleMs = this.idleTimeoutMs): Promise<RunResult> {
    const profile = pathToFileURL(path.join(this.options.workDir, `lo-profile-${String(lane)}`)).href;
    const args = [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--nologo', '--convert-to', target, '--outdir', outDir, ...inputs];
    return new Promise((resolve, reject) => {
      // Own process group, so a hung soffice.bin dies with the wrapper script that started it.
      const child = spawn('soffice', args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
      const announced: string[] = [];
      let stderr = '';
      let stdoutRest = '';
      let killed = false;
      let timer: NodeJS.Timeout | undefined;
      const arm = (): void => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          killed = true;
          try {
            if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
          } catch {
            // Already gone.
          }
        }, idleMs);
      };
      arm();
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        arm();
        const lines = (stdoutRest + chunk).split('\n');
        stdoutRest = lines.pop() ?? '';
        for (const line of lines) {
          const m = /^convert (.+) -> .+ using filter/.exec(line);
          if (m) announced.push(m[1]!);
        }
      });
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        arm();
        stderr += chunk;
      });
      child.on('error', (err) => {
        clearTimeout(timer);
        reject(new Error(`soffice could not be started (is LibreOffice installed?): ${err.message}`, { cause: err }));
      });
      child.on('close', () => {
        clearTimeout(timer);
        resolve({ killed, announced, stderr });
      });
    });
  }
}

/**
 * Command line of `npm run fidelity -- [--kind text] [--limit N] [--only <substring>]
 * [--lanes N] [--pages N] [--no-pages] [--gate] [--keep] [dirs...]`, and the input files it selects.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatFromFileName } from '@ostal/model';
import type { KindScorer } from './kind-scorer.js';

/** Parsed command line. */
export interface CliOptions {
  readonly kind: string;
  readonly limit?: number;
  readonly only?: string;
  readonly lanes?: number;
  readonly pages?: number;
  /** Pages are not rendered nor compared (`--no-pages`): the quick run CI makes. */
  readonly noPages: boolean;
  /** A target missed fails the run too (`--gate`), not only a file Ostal throws on or LibreOffice cannot open. */
  readonly gate: boolean;
  readonly keep: boolean;
  /** Folders (or single files) given on the command line; empty means the scorer's defaults. */
  readonly dirs: readonly string[];
}

function positive(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new RangeError(`${flag} needs a positive whole number, not ${JSON.stringify(value)}.`);
  return n;
}

/**
 * Parses the harness's arguments.
 * @throws RangeError on an unknown flag or a missing or invalid value.
 */
export function parseCliOptions(args: readonly string[]): CliOptions {
  let kind = 'text';
  let limit: number | undefined;
  let only: string | undefined;
  let lanes: number | undefined;
  let pages: number | undefined;
  let keep = false;
  let noPages = false;
  let gate = false;
  const dirs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = (): string => {
      const v = args[++i];
      if (v === undefined) throw new RangeError(`${arg} needs a value.`);
      return v;
    };
    if (arg === '--kind') kind = value();
    else if (arg === '--limit') limit = positive(arg, value());
    else if (arg === '--only') only = value();
    else if (arg === '--lanes') lanes = positive(arg, value());
    else if (arg === '--pages') pages = positive(arg, value());
    else if (arg === '--keep') keep = true;
    else if (arg === '--no-pages') noPages = true;
    else if (arg === '--gate') gate = true;
    else if (arg.startsWith('--')) throw new RangeError(`Unknown option ${arg}.`);
    else dirs.push(arg);
  }
  if (noPages && pages) throw new RangeError('--pages and --no-pages cannot go together.');
  return { kind, keep, noPages, gate, dirs, ...(limit ? { limit } : {}), ...(only !== undefined ? { only } : {}), ...(lanes ? { lanes } : {}), ...(pages ? { pages } : {}) };
}

/**
 * True when the options select the full default corpus with every measure (only then is
 * docs/fidelity.md rewritten: a run without pages would drop their scores from it).
 */
export function isFullRun(options: CliOptions): boolean {
  return options.dirs.length === 0 && options.limit === undefined && options.only === undefined && !options.noPages;
}

/**
 * Input files: every file of the folders (sorted by name) whose extension is one the scorer
 * reads, filtered by `only` (a substring of the path) and cut to `limit`.
 * @param corpus  the corpus root, for the scorer's default folders.
 */
export function selectFiles(options: CliOptions, scorer: KindScorer, corpus: string): string[] {
  const dirs = options.dirs.length > 0 ? options.dirs.map((d) => path.resolve(d)) : scorer.defaultDirs.map((d) => path.join(corpus, d));
  const files = dirs.flatMap((dir) => {
    if (statSync(dir).isFile()) return [dir];
    return readdirSync(dir)
      .sort()
      .map((name) => path.join(dir, name));
  });
  const chosen = files.filter((f) => {
    const format = formatFromFileName(f);
    return format !== null && scorer.inputFormats.includes(format) && (options.only === undefined || f.includes(options.only));
  });
  return options.limit === undefined ? chosen : chosen.slice(0, options.limit);
}

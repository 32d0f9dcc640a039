/**
 * Benchmark section: spreadsheets at scale. A generated workbook of 1,000,000 cells (50,000 rows
 * of 20 columns: numbers, text, dates as serials), as xlsx (Ostal's writer) and as ods
 * (LibreOffice's conversion of that xlsx), opened into the model and converted, in the
 * benchmark's process and in fresh processes with their peak memory (spreadsheet-scale-processes.ts)
 * and through `ostal convert`; and a workbook of 100,000 formulas recalculated by `@ostal/calc`
 * (stored results ignored). Each beside LibreOffice headless doing the comparable work on the same
 * file in the same run: converting the xlsx to ods and the ods to xlsx, and converting the formula
 * workbook (written without cached results, so LibreOffice must compute them) to CSV.
 * Run alone with `OSTAL_BENCH_ONLY=sheets npm run bench` (prints the section, writes no report).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCalc } from '@ostal/calc';
import { read, write } from '@ostal/formats';
import { WORKBOOK_VERSION } from '@ostal/model';
import type { Cell, Workbook } from '@ostal/model';
import { median, ms, table } from './bench-util.js';
import { canMeasurePeakMemory, libreofficeConvert } from './processes.js';
import type { ProcessRun } from './processes.js';
import { convertInFreshProcesses, openInFreshProcesses } from './spreadsheet-scale-processes.js';
import { cliConvert } from './text-documents.js';

const ROWS = 50_000;
const COLS = 20;
const FORMULAS = 100_000;
/** Issue 4: opening the 1M-cell file at most this share of LibreOffice's conversion time… */
const OPEN_RATIO = 0.5;
/** …and under 1 GB (decimal, in MiB); a full conversion at most LibreOffice's time. */
const OPEN_PEAK_MB = 1e9 / 1024 / 1024;
const CONVERT_RATIO = 1;

/** 50,000 x 20 cells: ids, amounts, labels, serial dates, ratios. */
function millionCells(): Workbook {
  const rows: Cell[][] = [];
  for (let r = 0; r < ROWS; r++) {
    const row: Cell[] = [];
    for (let c = 0; c < COLS; c++) {
      const kind = c % 5;
      row.push(
        kind === 0 ? { value: r + 1 } : kind === 1 ? { value: Math.round((r * 37.5 + c) % 10_000) / 100 } : kind === 2 ? { value: `Libellé ${String(r % 997)}-${String(c)}` } : kind === 3 ? { value: 45_000 + (r % 3650) } : { value: (r % 100) / 7 },
      );
    }
    rows.push(row);
  }
  return { kind: 'workbook', version: WORKBOOK_VERSION, meta: {}, sheets: [{ name: 'Données', rows }] };
}

/** 50,000 rows: a value and two formulas each (arithmetic, and a running IF over the row above). */
function formulaWorkbook(): Workbook {
  const rows: Cell[][] = [];
  for (let r = 0; r < FORMULAS / 2; r++) {
    const n = String(r + 1);
    rows.push([
      { value: (r % 1000) + 0.5 },
      { value: null, formula: `=A${n}*2+ROUND(A${n}/3,2)` },
      { value: null, formula: r === 0 ? `=B${n}` : `=IF(B${n}>1000,C${String(r)}+1,C${String(r)}-B${n}/100)` },
    ]);
  }
  return { kind: 'workbook', version: WORKBOOK_VERSION, meta: {}, sheets: [{ name: 'Calcul', rows }] };
}

export interface SpreadsheetScaleTiming {
  readonly what: string;
  readonly file: string;
  readonly ostalMs: number;
  /** Heap growth of a measurement in the benchmark's own process. */
  readonly ostalHeapMb?: number;
  /** Peak RSS of a measurement in its own process (fresh child or `ostal convert`). */
  readonly ostalPeakMb?: number;
  readonly reference: string;
  readonly libreoffice: ProcessRun;
  /** Issue 4's target for the row: a share of LibreOffice's time, and a peak memory. */
  readonly target?: { readonly ratio: number; readonly peakMb?: number };
}

/** Where the section's programs are: the bundled read/write child and the CLI. */
export interface SpreadsheetScalePrograms {
  readonly child: string;
  readonly cli: string;
}

function heapMb(): number {
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

function libreofficeRuns(file: string, to: string, profile: string, runs: number, keepIn?: string): ProcessRun {
  // The first run's output is kept when asked (the ods made from the generated xlsx).
  const all = Array.from({ length: runs }, (_, i) => libreofficeConvert(file, to, profile, i === 0 ? keepIn : undefined));
  const peaks = all.map((r) => r.peakMb).filter((p): p is number => p !== undefined);
  return { ms: median(all.map((r) => r.ms)), peakMb: peaks.length > 0 ? Math.max(...peaks) : undefined };
}

const mib = (bytes: number, ext: string): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB ${ext}`;

/**
 * The 1M-cell workbook in fresh processes: opened (target ≤ OPEN_RATIO× LibreOffice, < 1 GB),
 * converted to each of `targets` by read+write and by `ostal convert` (target ≤ 1×).
 */
function freshRows(programs: SpreadsheetScalePrograms, file: string, size: string, targets: readonly string[], reference: string, libreoffice: ProcessRun, runs: number): SpreadsheetScaleTiming[] {
  const ext = file.slice(file.lastIndexOf('.') + 1);
  const open = openInFreshProcesses(programs.child, file, runs);
  const rows: SpreadsheetScaleTiming[] = [
    { what: `open (${ext} → model), fresh process`, file: size, ostalMs: open.ms, ostalPeakMb: open.peakMb, reference, libreoffice, target: { ratio: OPEN_RATIO, peakMb: OPEN_PEAK_MB } },
  ];
  for (const to of targets) {
    const rw = convertInFreshProcesses(programs.child, file, to, runs);
    rows.push({ what: `convert ${ext} → ${to} (read + write), fresh process`, file: size, ostalMs: rw.ms, ostalPeakMb: rw.peakMb, reference, libreoffice, target: { ratio: CONVERT_RATIO } });
    const cli = cliConvert(programs.cli, file, to, runs);
    rows.push({ what: `\`ostal convert\` ${ext} → ${to}`, file: size, ostalMs: cli.ms, ostalPeakMb: cli.peakMb, reference, libreoffice, target: { ratio: CONVERT_RATIO } });
  }
  return rows;
}

/** Runs every measurement `runs` times (medians). */
export async function measureSpreadsheetScale(profile: string, runs: number, programs: SpreadsheetScalePrograms): Promise<SpreadsheetScaleTiming[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ostal-bench-sheets-'));
  try {
    const big = path.join(dir, 'million.xlsx');
    const bigBytes = await write(millionCells(), 'xlsx');
    writeFileSync(big, bigBytes);
    const formulas = path.join(dir, 'formulas.xlsx');
    const formulaBytes = await write(formulaWorkbook(), 'xlsx');
    writeFileSync(formulas, formulaBytes);
    const out: SpreadsheetScaleTiming[] = [];

    const openTimes: number[] = [];
    let openHeap = 0;
    for (let i = 0; i < runs; i++) {
      (globalThis as { gc?: () => void }).gc?.();
      const before = heapMb();
      const t0 = performance.now();
      const { document } = await read(bigBytes);
      openTimes.push(performance.now() - t0);
      openHeap = Math.max(openHeap, heapMb() - before);
      if (document.kind !== 'workbook' || document.sheets[0]!.rows.length !== ROWS) throw new Error('The 1M-cell workbook did not read back whole.');
    }
    // LibreOffice's first conversion is kept: the ods input below is LibreOffice's, not Ostal's.
    const loToOds = libreofficeRuns(big, 'ods', profile, runs, dir);
    const xlsxSize = mib(bigBytes.length, 'xlsx');
    out.push({
      what: `open ${String(ROWS * COLS)} cells (xlsx → model)`,
      file: xlsxSize,
      ostalMs: median(openTimes),
      ostalHeapMb: openHeap,
      reference: 'LibreOffice xlsx → ods',
      libreoffice: loToOds,
    });
    out.push(...freshRows(programs, big, xlsxSize, ['ods', 'xlsx'], 'LibreOffice xlsx → ods', loToOds, runs));

    const ods = path.join(dir, 'million.ods');
    const odsBytes = new Uint8Array(readFileSync(ods));
    const { document: fromOds } = await read(odsBytes);
    if (fromOds.kind !== 'workbook' || fromOds.sheets[0]!.rows.length !== ROWS) throw new Error('The 1M-cell ods did not read back whole.');
    const loToXlsx = libreofficeRuns(ods, 'xlsx', profile, runs);
    out.push(...freshRows(programs, ods, mib(odsBytes.length, 'ods'), ['xlsx'], 'LibreOffice ods → xlsx', loToXlsx, runs));

    const recalcTimes: number[] = [];
    let recalcHeap = 0;
    const { document: formulaBook } = await read(formulaBytes);
    for (let i = 0; i < runs; i++) {
      (globalThis as { gc?: () => void }).gc?.();
      const before = heapMb();
      const t0 = performance.now();
      const calc = createCalc(formulaBook as Workbook, {});
      const fresh = calc.recalculate();
      recalcTimes.push(performance.now() - t0);
      recalcHeap = Math.max(recalcHeap, heapMb() - before);
      const last = fresh.sheets[0]!.rows[FORMULAS / 2 - 1]![2];
      if (typeof last?.value !== 'number') throw new Error('The recalculation left the last formula without a number.');
    }
    out.push({
      what: `recalculate ${String(FORMULAS)} formulas (model, no cached results)`,
      file: mib(formulaBytes.length, 'xlsx'),
      ostalMs: median(recalcTimes),
      ostalHeapMb: recalcHeap,
      reference: 'LibreOffice xlsx → csv (computes them)',
      libreoffice: libreofficeRuns(formulas, 'csv', profile, runs),
    });
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const mb = (v: number | undefined): string => (v === undefined ? '—' : `${v.toFixed(0)} MiB`);

/** A row's target and whether it is met: `≤ 0.5× ✓, < 1 GB ✓`. */
function targetCell(r: SpreadsheetScaleTiming): string {
  if (!r.target) return '—';
  const ratio = r.ostalMs / r.libreoffice.ms;
  const parts = [`≤ ${String(r.target.ratio)}× ${ratio <= r.target.ratio ? '✓' : '✗'}`];
  if (r.target.peakMb !== undefined && r.ostalPeakMb !== undefined) parts.push(`< 1 GB ${r.ostalPeakMb < r.target.peakMb ? '✓' : '✗'}`);
  return parts.join(', ');
}

/** The section's table (Markdown). */
export function spreadsheetScaleTable(rows: readonly SpreadsheetScaleTiming[]): string {
  return table(
    ['task', 'file', 'Ostal', 'Ostal heap growth', 'Ostal peak RSS', 'reference', 'LibreOffice', 'LibreOffice peak RSS', 'Ostal / LibreOffice', 'target (issue 4)'],
    rows.map((r) => [
      r.what,
      r.file,
      ms(r.ostalMs),
      mb(r.ostalHeapMb),
      mb(r.ostalPeakMb),
      r.reference,
      ms(r.libreoffice.ms),
      mb(r.libreoffice.peakMb),
      `${(r.ostalMs / r.libreoffice.ms).toFixed(2)}×`,
      targetCell(r),
    ]),
  );
}

/** The whole section of docs/benchmarks.md: heading, what is measured, the table. */
export function spreadsheetScaleSection(rows: readonly SpreadsheetScaleTiming[], runs: number): string {
  return `## Spreadsheets at scale

\`test/bench/spreadsheet-scale.ts\`: a generated workbook of 1,000,000 cells (50,000 rows × 20 columns
of numbers, text and dates), written as xlsx by Ostal, and as ods by LibreOffice converting that xlsx
in this run (so the ods input is not Ostal's own output); and a workbook of 100,000 formulas (written
without cached results). Medians of ${String(runs)} runs.

- *open … (xlsx → model)* and *recalculate*: \`formats.read\` into the model, and \`@ostal/calc\` (engine
  built and every formula computed), in the benchmark's own process (warm; *heap growth* is that process's).
- *fresh process*: each run in a new Node process (\`test/bench/read-write-child.ts\`): *open* is
  \`formats.read\` alone, *convert* \`formats.read\` + \`formats.write\`, timed inside the process (Node's
  start-up excluded, the JIT cold as in a one-shot conversion); *peak RSS* is the highest of the runs'
  peaks (the kernel's count of the child's own memory, \`VmHWM\`, see \`test/bench/process-memory.ts\`;
  Node itself is about 50 MiB of it).
- \`ostal convert\`: the CLI (\`node dist/cli.cjs convert in out\`) from process start to the file saved${canMeasurePeakMemory ? ', peak RSS from GNU time (`/usr/bin/time -f %M`)' : ''}.

References in the same run: LibreOffice headless converting the same 1M-cell xlsx to ods, the ods to
xlsx, and the formula file to CSV (which makes it compute every formula); their times include
LibreOffice's start-up (about a second)${canMeasurePeakMemory ? ', peak RSS from GNU time' : ''}. Targets (issue 4): opening the 1M-cell file at most
${String(OPEN_RATIO)}× LibreOffice's conversion time and under 1 GB; a full conversion at most ${String(CONVERT_RATIO)}×. Run this
section alone with \`OSTAL_BENCH_ONLY=sheets npm run bench\`.

${spreadsheetScaleTable(rows)}
`;
}

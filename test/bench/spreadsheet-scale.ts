/**
 * Benchmark section: spreadsheets at scale. A generated workbook of 1,000,000 cells (50,000 rows
 * of 20 columns: numbers, text, dates as serials) opened into the model (`formats.read`), and a
 * workbook of 100,000 formulas recalculated by `@ostal/calc` (stored results ignored), each
 * beside LibreOffice headless doing the comparable work on the same file in the same run:
 * converting the 1M-cell xlsx to ods, and converting the formula workbook (written without
 * cached results, so LibreOffice must compute them) to CSV.
 * Run alone with `OSTAL_BENCH_ONLY=sheets npm run bench` (prints the table, writes no report).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCalc } from '@ostal/calc';
import { read, write } from '@ostal/formats';
import { WORKBOOK_VERSION } from '@ostal/model';
import type { Cell, Workbook } from '@ostal/model';
import { median, ms } from './bench-util.js';
import { libreofficeConvert } from './processes.js';
import type { ProcessRun } from './processes.js';

const ROWS = 50_000;
const COLS = 20;
const FORMULAS = 100_000;

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
  readonly ostalHeapMb: number;
  readonly reference: string;
  readonly libreoffice: ProcessRun;
}

function heapMb(): number {
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/** Runs both measurements `runs` times each (medians). */
export async function measureSpreadsheetScale(profile: string, runs: number): Promise<SpreadsheetScaleTiming[]> {
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
    const loOpen = Array.from({ length: runs }, () => libreofficeConvert(big, 'ods', profile));
    out.push({
      what: `open ${String(ROWS * COLS)} cells (xlsx → model)`,
      file: `${(bigBytes.length / 1024 / 1024).toFixed(1)} MiB xlsx`,
      ostalMs: median(openTimes),
      ostalHeapMb: openHeap,
      reference: 'LibreOffice xlsx → ods',
      libreoffice: { ms: median(loOpen.map((r) => r.ms)), peakMb: Math.max(...loOpen.map((r) => r.peakMb ?? 0)) || undefined },
    });

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
    const loCalc = Array.from({ length: runs }, () => libreofficeConvert(formulas, 'csv', profile));
    out.push({
      what: `recalculate ${String(FORMULAS)} formulas (model, no cached results)`,
      file: `${(formulaBytes.length / 1024 / 1024).toFixed(1)} MiB xlsx`,
      ostalMs: median(recalcTimes),
      ostalHeapMb: recalcHeap,
      reference: 'LibreOffice xlsx → csv (computes them)',
      libreoffice: { ms: median(loCalc.map((r) => r.ms)), peakMb: Math.max(...loCalc.map((r) => r.peakMb ?? 0)) || undefined },
    });
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The section's table (Markdown). */
export function spreadsheetScaleTable(rows: readonly SpreadsheetScaleTiming[]): string {
  const mb = (v: number | undefined): string => (v === undefined ? '—' : `${v.toFixed(0)} MiB`);
  return [
    '| task | file | Ostal | Ostal heap growth | reference | LibreOffice | LibreOffice peak RSS | Ostal / LibreOffice |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.what} | ${r.file} | ${ms(r.ostalMs)} | ${mb(r.ostalHeapMb)} | ${r.reference} | ${ms(r.libreoffice.ms)} | ${mb(r.libreoffice.peakMb)} | ${(r.ostalMs / r.libreoffice.ms).toFixed(2)}× |`),
  ].join('\n');
}

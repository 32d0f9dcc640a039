/** Every spreadsheet of the shared corpus opens (ECMA-376 / ODF 1.3 readers against real files). */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { cellAt } from '@ostal/model';
import type { Workbook } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { read } from '../api.js';
import { FormatError } from '../errors.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../../../shared/corpus');

function files(dir: string, exts: readonly string[]): string[] {
  return readdirSync(path.join(CORPUS, dir))
    .filter((f) => exts.some((e) => f.endsWith(e)))
    .map((f) => `${dir}/${f}`);
}

const ALL = [...files('xlsx', ['.xlsx']), ...files('ods', ['.ods']), ...files('large', ['.xlsx', '.ods'])];

/** Files that are genuinely broken, with the reason the reader refuses them. */
const BROKEN: Readonly<Record<string, string>> = {};

async function open(file: string): Promise<Workbook> {
  const { document } = await read(new Uint8Array(readFileSync(path.join(CORPUS, file))));
  expect(document.kind).toBe('workbook');
  return document as Workbook;
}

describe('spreadsheet corpus', () => {
  const timings: [string, number][] = [];
  it.each(ALL)('reads %s', async (file) => {
    const t0 = performance.now();
    try {
      const wb = await open(file);
      expect(wb.sheets.length).toBeGreaterThan(0);
      expect(BROKEN[file]).toBeUndefined();
    } catch (err) {
      if (!(err instanceof FormatError) || BROKEN[file] === undefined) throw err;
      expect(err.reason).toBe(BROKEN[file]);
    }
    timings.push([file, performance.now() - t0]);
  });

  it('reports the slowest file', () => {
    timings.sort((a, b) => b[1] - a[1]);
    console.warn(`slowest spreadsheets: ${timings.slice(0, 3).map(([f, ms]) => `${f} ${ms.toFixed(0)} ms`).join(', ')}`);
    expect(timings[0]![1]).toBeLessThan(10_000);
  });

  it('spot-checks exceljs-fibonacci.xlsx', async () => {
    const wb = await open('xlsx/exceljs-fibonacci.xlsx');
    const sheet = wb.sheets[0]!;
    console.warn(JSON.stringify(sheet.rows.slice(0, 6)));
    expect(cellAt(sheet, 0, 0)).not.toBeNull();
  });
});

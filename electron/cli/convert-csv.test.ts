/** `ostal convert … out.csv` with a separator and without BOM; French locales get `;` by default; losses are said. */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { write } from '@ostal/formats';
import { WORKBOOK_VERSION, sheetFromGrid } from '@ostal/model';
import type { Workbook } from '@ostal/model';
import type { CliIo } from './cli-io.js';
import { run } from './run.js';

let dir: string;
let err: string;
const io = (env: Record<string, string> = {}): CliIo => ({
  stdout: () => undefined,
  stderr: (text) => (err += text),
  cwd: dir,
  env: { OSTAL_HOME: path.join(dir, '.ostal-home'), HOME: dir, ...env },
});
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ostal-cli-csv-'));
  err = '';
  const book: Workbook = {
    kind: 'workbook',
    version: WORKBOOK_VERSION,
    meta: {},
    sheets: [sheetFromGrid('A', [[{ value: 'x' }, { value: 1.5 }]]), sheetFromGrid('B', [[{ value: 2 }]])],
  };
  await fs.writeFile(path.join(dir, 'in.xlsx'), await write(book, 'xlsx'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('ostal convert to CSV', () => {
  it('writes the separator asked for, without BOM when asked', async () => {
    expect(await run(['convert', 'in.xlsx', 'out.csv', '--separator=tab', '--no-bom'], io())).toBe(0);
    expect(await fs.readFile(path.join(dir, 'out.csv'), 'utf8')).toBe('x\t1.5\r\n');
    expect(err).toMatch(/CSV holds one sheet/);
  });

  it('uses ; and decimal commas for a French locale, , otherwise', async () => {
    expect(await run(['convert', 'in.xlsx', 'fr.csv'], io({ LANG: 'fr_FR.UTF-8' }))).toBe(0);
    expect(await fs.readFile(path.join(dir, 'fr.csv'), 'utf8')).toBe('\uFEFFx;1,5\r\n');
    expect(await run(['convert', 'in.xlsx', 'en.csv'], io({ LANG: 'en_GB.UTF-8' }))).toBe(0);
    expect(await fs.readFile(path.join(dir, 'en.csv'), 'utf8')).toBe('\uFEFFx,1.5\r\n');
  });

  it('refuses an unknown separator', async () => {
    expect(await run(['convert', 'in.xlsx', 'out.csv', '--separator=|'], io())).toBe(2);
    expect(err).toMatch(/--separator takes/);
  });
});

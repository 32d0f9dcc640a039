/** `ostal convert` keeps the macros of a macro-enabled file written as one, and says when it drops them. */
import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CliIo } from './cli-io.js';
import { run } from './run.js';

const corpus = path.resolve(import.meta.dirname, '../../../shared/corpus');
const xlsm = readFileSync(path.join(corpus, 'xlsx/poi-stress002.xlsx'));

let dir: string;
let err: string;
let io: CliIo;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ostal-cli-macros-'));
  err = '';
  io = { stdout: () => undefined, stderr: (text) => (err += text), cwd: dir, env: { OSTAL_HOME: path.join(dir, '.ostal-home'), HOME: dir } };
  await fs.writeFile(path.join(dir, 'budget.xlsm'), xlsm);
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('ostal convert with macros', () => {
  it('writes an .xlsm with the identical VBA project and the macro-enabled main part', async () => {
    expect(await run(['convert', 'budget.xlsm', 'copie.xlsm'], io)).toBe(0);
    const parts = unzipSync(new Uint8Array(await fs.readFile(path.join(dir, 'copie.xlsm'))));
    expect(parts['xl/vbaProject.bin']).toEqual(unzipSync(new Uint8Array(xlsm))['xl/vbaProject.bin']);
    expect(new TextDecoder().decode(parts['[Content_Types].xml'])).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
    expect(err).not.toMatch(/macro/);
  });

  it('drops them from an .xlsx or .ods, with a line saying so', async () => {
    for (const target of ['copie.xlsx', 'copie.ods']) {
      err = '';
      expect(await run(['convert', 'budget.xlsm', target], io)).toBe(0);
      expect(err).toContain(`ostal: ${target}: The document's macros are not written`);
    }
    expect(unzipSync(new Uint8Array(await fs.readFile(path.join(dir, 'copie.xlsx'))))['xl/vbaProject.bin']).toBeUndefined();
  });
});

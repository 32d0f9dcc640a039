/**
 * LAMBDA and its helpers through read -> compute -> write: an XLSX as Excel spells it
 * (`_xlfn.MAP`, `_xlpm.x`, a LAMBDA in a defined name) is recalculated by `ostal convert --recalc`
 * and written again with the same spelling and fresh results.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { read, write } from '@ostal/formats';
import type { Workbook } from '@ostal/model';
import { emptyWorkbook, sheetFromGrid } from '@ostal/model';
import type { CliIo } from './cli-io.js';
import { run } from './run.js';

let dir: string;
let err: string;
let io: CliIo;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ostal-cli-lambda-'));
  err = '';
  io = { stdout: () => undefined, stderr: (t) => (err += t), cwd: dir, env: { OSTAL_HOME: path.join(dir, '.home'), HOME: dir } };
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Formulas, their text in an XLSX file, and what they compute over A1:B3 = 1..6 (stale results 99). */
const CASES: readonly (readonly [string, string, unknown])[] = [
  ['=MAP(A1:A3,LAMBDA(x,x*2))', '_xlfn.MAP(A1:A3,_xlfn.LAMBDA(_xlpm.x,_xlpm.x*2))', 2],
  ['=REDUCE(0,A1:B3,LAMBDA(a,v,a+v))', '_xlfn.REDUCE(0,A1:B3,_xlfn.LAMBDA(_xlpm.a,_xlpm.v,_xlpm.a+_xlpm.v))', 21],
  ['=SUM(BYROW(A1:B3,LAMBDA(r,MAX(r))))', 'SUM(_xlfn.BYROW(A1:B3,_xlfn.LAMBDA(_xlpm.r,MAX(_xlpm.r))))', 15],
  ['=LET(k,10,SUM(MAKEARRAY(2,2,LAMBDA(r,c,r*c*k))))', '_xlfn.LET(_xlpm.k,10,SUM(_xlfn.MAKEARRAY(2,2,_xlfn.LAMBDA(_xlpm.r,_xlpm.c,_xlpm.r*_xlpm.c*_xlpm.k))))', 90],
  ['=ADDONE(B3)', 'ADDONE(B3)', 7],
];

function staleBook(): Workbook {
  const formulas = CASES.map(([formula]) => ({ formula, value: 99 }));
  const rows = [[{ value: 1 }, { value: 4 }, ...formulas], [{ value: 2 }, { value: 5 }], [{ value: 3 }, { value: 6 }]];
  return { ...emptyWorkbook(), sheets: [sheetFromGrid('S', rows)], names: [{ name: 'ADDONE', formula: 'LAMBDA(x,x+1)' }] };
}

function sheetFormulas(bytes: Uint8Array): string[] {
  const xml = new TextDecoder().decode(unzipSync(bytes)['xl/worksheets/sheet1.xml']);
  return [...xml.matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

describe('ostal convert --recalc with LAMBDA formulas', () => {
  it('computes them and writes them back as Excel spells them', async () => {
    const input = await write(staleBook(), 'xlsx');
    expect(sheetFormulas(input)).toEqual(CASES.map(([, stored]) => stored));
    await fs.writeFile(path.join(dir, 'in.xlsx'), input);
    expect(await run(['convert', '--recalc', 'in.xlsx', 'out.xlsx'], io)).toBe(0);
    expect(err).toBe('');
    const output = new Uint8Array(await fs.readFile(path.join(dir, 'out.xlsx')));
    const { document } = await read(output);
    const cells = (document as Workbook).sheets[0]!.rows[0]!.slice(2);
    expect(cells.map((c) => [c?.formula, c?.value])).toEqual(CASES.map(([formula, , value]) => [formula, value]));
    expect(sheetFormulas(output)).toEqual(sheetFormulas(input));
    const workbookXml = new TextDecoder().decode(unzipSync(output)['xl/workbook.xml']);
    expect(workbookXml).toContain('<definedName name="ADDONE">_xlfn.LAMBDA(_xlpm.x,_xlpm.x+1)</definedName>');
  });

  // LibreOffice has no LAMBDA (24.x); Ostal writes the formulas as typed and computes them again
  // when it reads the ODS.
  it('keeps them through ODS, computed again on the way back', async () => {
    await fs.writeFile(path.join(dir, 'in.xlsx'), await write(staleBook(), 'xlsx'));
    expect(await run(['convert', '--recalc', 'in.xlsx', 'mid.ods'], io)).toBe(0);
    expect(await run(['convert', '--recalc', 'mid.ods', 'out.xlsx'], io)).toBe(0);
    expect(err).toBe('');
    const output = new Uint8Array(await fs.readFile(path.join(dir, 'out.xlsx')));
    const cells = ((await read(output)).document as Workbook).sheets[0]!.rows[0]!.slice(2);
    expect(cells.map((c) => [c?.formula, c?.value])).toEqual(CASES.map(([formula, , value]) => [formula, value]));
    expect(sheetFormulas(output)).toEqual(CASES.map(([, stored]) => stored));
  });
});

import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { read, write } from '@ostal/formats';
import type { Workbook } from '@ostal/model';
import { emptyWorkbook, sheetFromGrid, textDocumentFromNode, textSchema } from '@ostal/model';
import type { CliIo } from './cli-io.js';
import { run } from './run.js';
import type { ValuesReport } from './values-report.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus');

let dir: string;
let out: string;
let err: string;
let io: CliIo;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ostal-cli-values-'));
  out = '';
  err = '';
  io = { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: dir, env: { OSTAL_HOME: path.join(dir, '.home'), HOME: dir } };
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** A workbook whose formula cells carry stale stored results (99), so recalculation shows. */
function staleWorkbook(): Workbook {
  return {
    ...emptyWorkbook(),
    sheets: [
      sheetFromGrid('Budget', [
        [{ value: 12 }, { value: 'label' }, { formula: '=A1*2', value: 99 }],
        [{ value: true }, null, { formula: '=1/0', value: 99 }],
        [{ value: 0 }, { value: '' }, { formula: '=AND(A1:A3)', value: 99 }],
        [null, null, { formula: '=Notes!A1&"!"', value: 99 }],
      ]),
      sheetFromGrid('Notes', [[{ value: 'hi' }]]),
    ],
  };
}

describe('ostal inspect --values', () => {
  it.each(['xlsx', 'ods'] as const)('recalculates a %s file and prints every non-empty cell', async (format) => {
    await fs.writeFile(path.join(dir, `book.${format}`), await write(staleWorkbook(), format));
    expect(await run(['inspect', `book.${format}`, '--values', '--json'], io)).toBe(0);
    expect(err).toBe('');
    const report = JSON.parse(out) as ValuesReport;
    expect(report).toEqual({
      format,
      sheets: [
        {
          name: 'Budget',
          cells: {
            A1: { value: 12 },
            B1: { value: 'label' },
            C1: { value: 24, formula: '=A1*2' },
            A2: { value: true },
            C2: { value: { error: '#DIV/0!' }, formula: '=1/0' },
            A3: { value: 0 },
            C3: { value: false, formula: '=AND(A1:A3)' },
            C4: { value: 'hi!', formula: '=Notes!A1&"!"' },
          },
        },
        { name: 'Notes', cells: { A1: { value: 'hi' } } },
      ],
    });
  });

  it('knows the values of a real file (exceljs fibonacci)', async () => {
    expect(await run(['inspect', path.join(CORPUS, 'xlsx/exceljs-fibonacci.xlsx'), '--json', '--values'], io)).toBe(0);
    const cells = (JSON.parse(out) as ValuesReport).sheets[0]!.cells;
    const fib = [1, 1];
    for (let i = 2; i < 10; i += 1) fib.push(fib[i - 1]! + fib[i - 2]!);
    fib.forEach((n, i) => expect(cells[`B${String(i + 1)}`]?.value).toBe(n));
    expect(cells.B3).toEqual({ value: 2, formula: '=B1+B2' });
    expect(cells.A5).toEqual({ value: 5, formula: '=A4+1' });
  });

  it('prints one line per cell without --json', async () => {
    await fs.writeFile(path.join(dir, 'book.xlsx'), await write(staleWorkbook(), 'xlsx'));
    expect(await run(['inspect', 'book.xlsx', '--values'], io)).toBe(0);
    expect(out).toContain('book.xlsx: xlsx, values recalculated\n');
    expect(out).toContain('  Budget!C1 = 24  =A1*2\n');
    expect(out).toContain('  Budget!B1 = "label"\n');
    expect(out).toContain('  Budget!C2 = #DIV/0!  =1/0\n');
  });

  it('reports an unsupported function in one stderr line and shows #NAME?', async () => {
    const book = { ...emptyWorkbook(), sheets: [sheetFromGrid('S', [[{ value: 1 }, { formula: '=NOSUCHFN(A1)', value: 7 }]])] };
    await fs.writeFile(path.join(dir, 'odd.xlsx'), await write(book, 'xlsx'));
    expect(await run(['inspect', 'odd.xlsx', '--values', '--json'], io)).toBe(0);
    expect(err).toBe('ostal: odd.xlsx: 1 formula could not be computed: S!B1 (function NOSUCHFN is not supported)\n');
    expect((JSON.parse(out) as ValuesReport).sheets[0]!.cells.B1).toEqual({ value: { error: '#NAME?' }, formula: '=NOSUCHFN(A1)' });
  });

  it('refuses a document that is no spreadsheet, in one line', async () => {
    const doc = textDocumentFromNode(textSchema.node('doc', null, [textSchema.node('paragraph', null, [textSchema.text('x')])]));
    await fs.writeFile(path.join(dir, 'a.docx'), await write(doc, 'docx'));
    expect(await run(['inspect', 'a.docx', '--values'], io)).toBe(1);
    expect(err).toBe('ostal: cannot calculate a.docx: it is a text document, not a spreadsheet\n');
    expect(out).toBe('');
  });
});

describe('ostal convert --recalc', () => {
  it.each([
    ['xlsx', 'ods'],
    ['ods', 'xlsx'],
    ['xlsx', 'xlsx'],
  ] as const)('%s -> %s stores fresh results', async (from, to) => {
    await fs.writeFile(path.join(dir, `in.${from}`), await write(staleWorkbook(), from));
    expect(await run(['convert', '--recalc', `in.${from}`, `out.${to}`], io)).toBe(0);
    expect(err).toBe('');
    const { document } = await read(await fs.readFile(path.join(dir, `out.${to}`)));
    const sheet = (document as Workbook).sheets[0]!;
    expect(sheet.rows.map((row) => row?.[2])).toEqual([
      { formula: '=A1*2', value: 24 },
      { formula: '=1/0', value: { error: '#DIV/0!' } },
      { formula: '=AND(A1:A3)', value: false },
      { formula: '=Notes!A1&"!"', value: 'hi!' },
    ]);
  });

  it('keeps stored results without --recalc', async () => {
    await fs.writeFile(path.join(dir, 'in.xlsx'), await write(staleWorkbook(), 'xlsx'));
    expect(await run(['convert', 'in.xlsx', 'out.xlsx'], io)).toBe(0);
    const { document } = await read(await fs.readFile(path.join(dir, 'out.xlsx')));
    expect((document as Workbook).sheets[0]!.rows[0]![2]).toEqual({ formula: '=A1*2', value: 99 });
  });

  it('refuses --recalc on a text document and unknown options', async () => {
    const doc = textDocumentFromNode(textSchema.node('doc', null, [textSchema.node('paragraph', null, [textSchema.text('x')])]));
    await fs.writeFile(path.join(dir, 'a.odt'), await write(doc, 'odt'));
    expect(await run(['convert', '--recalc', 'a.odt', 'b.docx'], io)).toBe(1);
    expect(err).toBe('ostal: cannot calculate a.odt: it is a text document, not a spreadsheet\n');
    await expect(fs.stat(path.join(dir, 'b.docx'))).rejects.toMatchObject({ code: 'ENOENT' });
    err = '';
    expect(await run(['inspect', 'a.odt', '--recalc'], io)).toBe(2);
    expect(err).toBe('ostal: inspect: unknown option --recalc\n');
  });
});

describe('the calculation licence key', () => {
  it('comes from the machine policy; a key the engine refuses is one clear error, never wrong values', async () => {
    const policy = path.join(dir, 'policy.json');
    await fs.writeFile(policy, JSON.stringify({ version: 1, values: { calcLicenseKey: 'not-a-valid-key' } }));
    await fs.writeFile(path.join(dir, 'book.xlsx'), await write(staleWorkbook(), 'xlsx'));
    const withPolicy = { ...io, env: { ...io.env, OSTAL_POLICY_FILE: policy } };
    expect(await run(['inspect', 'book.xlsx', '--values', '--json'], withPolicy)).toBe(1);
    expect(out).toBe('');
    expect(err).toBe('ostal: cannot calculate book.xlsx: the calculation engine refuses its licence key (setting calcLicenseKey, from your settings or the machine policy)\n');

    err = '';
    expect(await run(['inspect', 'book.xlsx', '--values', '--json'], io)).toBe(0);
    expect((JSON.parse(out) as ValuesReport).sheets[0]!.cells.C1!.value).toBe(24);
  });
});

import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { write } from '@ostal/formats';
import type { OstalDocument } from '@ostal/model';
import { emptyDeck, emptyWorkbook, makeSlide, sheetFromGrid, textDocumentFromNode, textSchema } from '@ostal/model';
import type { CliIo } from './cli-io.js';
import { OSTAL_VERSION, run } from './run.js';

let dir: string;
let out: string;
let err: string;
let io: CliIo;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ostal-cli-'));
  out = '';
  err = '';
  io = {
    stdout: (text) => (out += text),
    stderr: (text) => (err += text),
    cwd: dir,
    env: { OSTAL_HOME: path.join(dir, '.ostal-home'), HOME: dir },
  };
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** Exactly one line on stderr, no stack trace. */
function expectOneErrorLine(pattern: RegExp): void {
  expect(err).toMatch(/^ostal: [^\n]+\n$/);
  expect(err).toMatch(pattern);
  expect(err).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
}

describe('ostal: help, version and usage', () => {
  it('prints help and version', async () => {
    expect(await run(['--help'], io)).toBe(0);
    expect(out).toMatch(/^usage: ostal <command>/);
    expect(out).toContain('convert <input> <output>');
    out = '';
    expect(await run(['--version'], io)).toBe(0);
    expect(out).toBe(`ostal ${OSTAL_VERSION}\n`);
    expect(OSTAL_VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });

  it.each([
    [[], /missing command/],
    [['frobnicate'], /unknown command frobnicate/],
    [['convert', 'a.docx'], /convert: missing output/],
    [['convert', 'a', 'b', 'c'], /too many arguments/],
    [['inspect'], /inspect: missing file/],
    [['inspect', 'a.odt', '--yaml'], /unknown option --yaml/],
    [['convert', 'a.docx', 'b.pdf'], /cannot tell the format of b\.pdf/],
    [['convert', 'a.docx', 'noextension'], /cannot tell the format of noextension/],
  ])('%j is a usage error (exit 2)', async (argv, pattern) => {
    expect(await run(argv, io)).toBe(2);
    expectOneErrorLine(pattern);
    expect(out).toBe('');
  });
});

describe('ostal: unreadable input', () => {
  it('reports a missing file in one line, exit 1', async () => {
    expect(await run(['inspect', 'absent.docx'], io)).toBe(1);
    expectOneErrorLine(/^ostal: cannot read absent\.docx: no such file or folder\n$/);
    err = '';
    expect(await run(['convert', 'absent.docx', 'out.odt'], io)).toBe(1);
    expectOneErrorLine(/cannot read absent\.docx: no such file or folder/);
    await expect(fs.stat(path.join(dir, 'out.odt'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('reports a folder given as input', async () => {
    await fs.mkdir(path.join(dir, 'folder.odt'));
    expect(await run(['inspect', 'folder.odt'], io)).toBe(1);
    expectOneErrorLine(/cannot read folder\.odt: it is a folder/);
  });

  it('reports bytes that are not a document', async () => {
    await fs.writeFile(path.join(dir, 'notes.docx'), 'just some text, not a document\n');
    expect(await run(['inspect', 'notes.docx', '--json'], io)).toBe(1);
    expectOneErrorLine(/^ostal: cannot read notes\.docx: .+ \(unknown-format\)\n$/);
    expect(out).toBe('');
  });

  it('reports an empty file', async () => {
    await fs.writeFile(path.join(dir, 'empty.odt'), '');
    expect(await run(['convert', 'empty.odt', 'x.docx'], io)).toBe(1);
    expectOneErrorLine(/cannot read empty\.odt: .*\(unknown-format\)/);
  });

  it('reports a truncated zip container', async () => {
    // A local file header signature and then nothing: what a cut-off download looks like.
    await fs.writeFile(path.join(dir, 'cut.docx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]));
    expect(await run(['inspect', 'cut.docx'], io)).toBe(1);
    expectOneErrorLine(/^ostal: cannot read cut\.docx: .+ \((corrupt-container|unknown-format)\)\n$/);
  });

  it('accepts an absolute path and --', async () => {
    const file = path.join(dir, '-odd.odt');
    await fs.writeFile(file, 'x');
    expect(await run(['inspect', '--', '-odd.odt'], io)).toBe(1);
    expectOneErrorLine(/cannot read -odd\.odt: .*\(unknown-format\)/);
    err = '';
    expect(await run(['inspect', file], io)).toBe(1);
    expect(err).toContain(`cannot read ${file}:`);
  });
});


function sampleText(): OstalDocument {
  const s = textSchema;
  const doc = s.node('doc', null, [s.node('heading', { level: 1 }, [s.text('Rapport')]), s.node('paragraph', null, [s.text('Bonjour.')]), s.node('paragraph', null, [s.text('Au revoir.')])]);
  return textDocumentFromNode(doc, { title: 'Rapport' });
}

function sampleWorkbook(): OstalDocument {
  return { ...emptyWorkbook(), sheets: [sheetFromGrid('Budget', [[{ value: 1 }, { value: 2 }, { value: 3, formula: '=A1+B1' }]])] };
}

function sampleDeck(): OstalDocument {
  return { ...emptyDeck(), slides: [makeSlide('Un', ['a', 'b']), makeSlide('Deux', ['c'])] };
}

describe.each([
  ['docx', 'odt', sampleText, { paragraphs: 3 }],
  ['odt', 'docx', sampleText, { paragraphs: 3 }],
  ['xlsx', 'ods', sampleWorkbook, { sheets: 1, cells: 3, formulas: 1 }],
  ['ods', 'xlsx', sampleWorkbook, { sheets: 1, cells: 3, formulas: 1 }],
  ['pptx', 'odp', sampleDeck, { slides: 2 }],
  ['odp', 'pptx', sampleDeck, { slides: 2 }],
] as const)('ostal convert %s -> %s', (from, to, sample, counts) => {
  it('converts and keeps the content', async () => {
    await fs.writeFile(path.join(dir, `in.${from}`), await write(sample(), from));
    expect(await run(['convert', `in.${from}`, `out.${to}`], io)).toBe(0);
    expect(err).toBe('');
    expect(await run(['inspect', `out.${to}`, '--json'], io)).toBe(0);
    const report = JSON.parse(out);
    expect(report.format).toBe(to);
    expect(report.counts).toMatchObject(counts);
    expect(Array.isArray(report.diagnostics)).toBe(true);
  });
});

describe('ostal inspect and convert on real files', () => {
  it('prints the JSON report shape', async () => {
    await fs.writeFile(path.join(dir, 'a.odt'), await write(sampleText(), 'odt'));
    expect(await run(['inspect', 'a.odt', '--json'], io)).toBe(0);
    const report = JSON.parse(out) as { counts: object };
    expect(Object.keys(report).sort()).toEqual(['counts', 'diagnostics', 'format', 'kind']);
    expect(report).toMatchObject({ format: 'odt', kind: 'text' });
    expect(Object.keys(report.counts).sort()).toEqual(['cells', 'comments', 'definedNames', 'endnotes', 'fields', 'footnotes', 'formulas', 'headersFooters', 'images', 'merges', 'numberFormats', 'opaque', 'paragraphs', 'sections', 'sheets', 'slides', 'styledCells', 'tables', 'trackedChanges']);
    out = '';
    expect(await run(['inspect', 'a.odt'], io)).toBe(0);
    expect(out).toMatch(/^a\.odt: odt, text document\n {2}3 paragraphs/);
  });

  it('refuses a kind mismatch (docx -> xlsx) in one line', async () => {
    await fs.writeFile(path.join(dir, 'a.docx'), await write(sampleText(), 'docx'));
    expect(await run(['convert', 'a.docx', 'b.xlsx'], io)).toBe(1);
    expectOneErrorLine(/cannot convert a\.docx to xlsx: it is a text document and \.xlsx holds a spreadsheet/);
    await expect(fs.stat(path.join(dir, 'b.xlsx'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('reports an output folder that does not exist', async () => {
    await fs.writeFile(path.join(dir, 'a.odt'), await write(sampleText(), 'odt'));
    expect(await run(['convert', 'a.odt', 'missing/b.odt'], io)).toBe(1);
    expectOneErrorLine(/cannot write missing\/b\.odt: its folder is missing or unreachable/);
  });
});

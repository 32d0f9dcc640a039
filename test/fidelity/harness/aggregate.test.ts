import { describe, expect, it } from 'vitest';
import { aggregate, failures, worst } from './aggregate.js';
import type { OutputRole } from './kind-scorer.js';
import { renderMarkdown } from './report-markdown.js';
import type { FidelityRun, FileResult, OutputResult } from './results.js';
import { textScorer } from './text-scorer.js';

/** An output that met every target unless told otherwise. */
function out(role: OutputRole, over: Partial<OutputResult> = {}): OutputResult {
  const format = role === 'same' ? 'docx' : 'odt';
  return {
    role,
    format,
    structure: { identical: true, differences: [] },
    content: { similarity: 1, approximate: false },
    page: { similarity: 0.9, perPage: [0.9], pageCountRatio: 1, pagesA: 1, pagesB: 1 },
    ...(format === 'odt' ? { odfErrors: [] } : {}),
    ...over,
  };
}

function file(name: string, outputs: OutputResult[], over: Partial<FileResult> = {}): FileResult {
  return { file: name, bytes: 1000, format: 'docx', outputs, ...over };
}

function run(files: FileResult[]): FidelityRun {
  return {
    version: 1,
    kind: 'text',
    startedAt: '2026-01-01T00:00:00.000Z',
    durationMs: 1000,
    phases: { ostal: 1000 },
    environment: { node: 'v20', cpus: 2, cpuModel: 'test', libreoffice: 'LibreOffice test' },
    files,
  };
}

function good(name: string): FileResult {
  return file(name, [out('same'), out('cross')]);
}

const targetNamed = (r: FidelityRun, start: string) => aggregate(r, textScorer.targets).targets.find((t) => t.name.startsWith(start))!;

describe('aggregate', () => {
  it('passes every target when every file is perfect', () => {
    const r = run(Array.from({ length: 50 }, (_, i) => good(`f${String(i)}.docx`)));
    const agg = aggregate(r, textScorer.targets);
    expect(agg.targets.every((t) => t.ok)).toBe(true);
    expect(agg.roles.map((x) => x.role)).toEqual(['same', 'cross']);
    expect(failures(r)).toEqual([]);
  });

  it('holds same-format text to 0.99 on 98% of files: one miss in 50 passes, two fail', () => {
    const files = Array.from({ length: 50 }, (_, i) => good(`f${String(i)}.docx`));
    files[0] = file('a.docx', [out('same', { content: { similarity: 0.985, approximate: false } }), out('cross')]);
    expect(targetNamed(run(files), 'Same format: text').ok).toBe(true);
    files[1] = file('b.docx', [out('same', { content: { similarity: 0.5, approximate: false } }), out('cross')]);
    const t = targetNamed(run(files), 'Same format: text');
    expect([t.passed, t.total, t.ok]).toEqual([48, 50, false]);
    // The same 0.985 meets the cross-format threshold of 0.98.
    expect(targetNamed(run(files), 'Cross format').passed).toBe(50);
  });

  it('counts a file Ostal threw on as missing every target, and as a failure', () => {
    const r = run([good('ok.docx'), file('bad.docx', [], { readError: 'FormatError: boom' })]);
    expect(targetNamed(r, 'Same format: structure')).toMatchObject({ passed: 1, total: 2, ok: false });
    expect(targetNamed(r, 'Ostal reads')).toMatchObject({ passed: 1, total: 2, ok: false });
    expect(failures(r)).toEqual(['bad.docx: Ostal threw reading it: FormatError: boom']);
  });

  it('leaves out of the text targets a file LibreOffice itself cannot convert', () => {
    const r = run([good('ok.docx'), file('lo.docx', [out('same', { content: undefined }), out('cross', { content: undefined })], { originalLibreOfficeError: 'no' })]);
    expect(targetNamed(r, 'Same format: text')).toMatchObject({ passed: 1, total: 1, ok: true });
    expect(aggregate(r, textScorer.targets).originalsNotJudged).toBe(1);
    expect(failures(r)).toEqual([]);
  });

  it('fails the ODF target on one invalid file, and LibreOffice failures make the run fail', () => {
    const r = run([good('ok.docx'), file('x.docx', [out('same'), out('cross', { odfErrors: ['content.xml:1:2: error: bad'], libreofficeError: 'could not convert' })])]);
    expect(targetNamed(r, 'Every ODF')).toMatchObject({ passed: 1, total: 2, ok: false });
    expect(failures(r)).toEqual(['x.docx → odt: could not convert']);
  });

  it('ranks the worst outputs by page and by text similarity', () => {
    const r = run([
      good('a.docx'),
      file('b.docx', [out('same', { page: { similarity: 0.2, perPage: [0.2], pageCountRatio: 1, pagesA: 1, pagesB: 1 } }), out('cross', { content: { similarity: 0.7, approximate: false } })]),
    ]);
    expect(worst(r, 'page', 2).map((w) => [w.file, w.role, w.value])).toEqual([
      ['b.docx', 'same', 0.2],
      ['a.docx', 'same', 0.9],
    ]);
    expect(worst(r, 'content', 1).map((w) => [w.file, w.role, w.value])).toEqual([['b.docx', 'cross', 0.7]]);
  });
});

describe('renderMarkdown', () => {
  it('writes the targets, the worst lists and a row per file', () => {
    const md = renderMarkdown(run([good('a|b.docx'), file('bad.docx', [], { readError: 'boom' })]), textScorer);
    expect(md).toContain('| Same format: structure identical on ≥ 95% of files | 1 / 2 | 50.0% | 95% | **FAIL** |');
    expect(md).toContain('## Worst ten by page similarity');
    expect(md).toContain('| a\\|b.docx |');
    expect(md).toContain('- bad.docx: Ostal threw reading it: boom');
  });
});

/**
 * Entry point of `npm run fidelity` (bundled by build/fidelity.mjs, run from the repository
 * root): selects the files, runs the harness, writes dist/fidelity/results.json and the report
 * (docs/fidelity.md or docs/fidelity-sheets.md for a full run, the same name under dist/fidelity otherwise), prints a summary, and
 * exits 1 when Ostal threw on a file or LibreOffice could not open a file Ostal wrote — or, with
 * `--gate`, when any target is missed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { aggregate, failures } from './aggregate.js';
import { isFullRun, parseCliOptions, selectFiles } from './cli-options.js';
import { renderMarkdown } from './report-markdown.js';
import { runFidelity } from './run-fidelity.js';
import { scorerFor } from './scorers.js';

function print(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function main(): Promise<number> {
  const root = process.cwd();
  const corpus = path.resolve(root, '../shared/corpus');
  const options = parseCliOptions(process.argv.slice(2));
  const kindScorer = scorerFor(options.kind);
  const scorer = options.noPages ? { ...kindScorer, pages: false } : kindScorer;
  const files = selectFiles(options, scorer, corpus);
  if (files.length === 0) {
    print('fidelity: no input file selected.');
    return 1;
  }
  print(`fidelity: ${String(files.length)} ${scorer.kind} files`);
  const run = await runFidelity({
    files,
    scorer,
    shownName: (f) => (f.startsWith(corpus + path.sep) ? path.relative(corpus, f) : path.relative(root, f)),
    schemas: path.resolve(root, '../shared/schemas/odf-1.3'),
    keepWorkDir: options.keep,
    onProgress: print,
    ...(options.lanes ? { lanes: options.lanes } : {}),
    ...(options.pages ? { pages: options.pages } : {}),
  });

  const out = path.join(root, 'dist/fidelity');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'results.json'), `${JSON.stringify(run, null, 1)}\n`);
  const report = isFullRun(options) ? path.join(root, 'docs', scorer.report.file) : path.join(out, scorer.report.file);
  writeFileSync(report, renderMarkdown(run, scorer));

  print('');
  const targets = aggregate(run, scorer.targets, scorer.report.contentName).targets;
  for (const t of targets) {
    print(`${t.ok ? 'pass' : 'FAIL'}  ${t.name}: ${String(t.passed)}/${String(t.total)}`);
  }
  const missed = targets.filter((t) => !t.ok);
  const failed = [...failures(run), ...(options.gate ? missed.map((t) => `target missed: ${t.name}`) : [])];
  for (const line of failed) print(`failure: ${line}`);
  // Counted by build/test-summary.mjs with the unit and end-to-end tests.
  print(`fidelity targets: ${String(targets.length - missed.length)} met, ${String(missed.length)} missed`);
  print(`fidelity: ${String(files.length)} files in ${(run.durationMs / 1000).toFixed(1)} s; report ${path.relative(root, report)}, results dist/fidelity/results.json`);
  return failed.length === 0 ? 0 : 1;
}

process.exitCode = await main();

/**
 * Benchmark: converting the large corpus files (read + write to the other family), Ostal beside
 * LibreOffice headless doing the same conversion in the same run. Writes docs/benchmarks.md.
 * Run with `npm run bench` (bundled by build/bench.mjs). Measures; never gates.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { read, write } from '@ostal/formats';
import type { FormatId } from '@ostal/model';
import { CORPUS, loadCorpusFile } from '../fidelity/corpus.js';

const TARGET: Partial<Record<string, FormatId>> = { docx: 'odt', odt: 'docx', xlsx: 'ods', ods: 'xlsx', pptx: 'odp', odp: 'pptx' };
const RUNS = 3;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function ostalConvert(bytes: Uint8Array, to: FormatId): Promise<{ ms: number; heapMb: number }> {
  const times: number[] = [];
  let heap = 0;
  for (let i = 0; i < RUNS; i++) {
    const before = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const { document } = await read(bytes);
    await write(document, to);
    times.push(performance.now() - t0);
    heap = Math.max(heap, (process.memoryUsage().heapUsed - before) / 1024 / 1024);
  }
  return { ms: median(times), heapMb: heap };
}

function libreofficeConvert(file: string, to: FormatId, profile: string): number {
  const out = mkdtempSync(path.join(os.tmpdir(), 'ostal-bench-'));
  try {
    const t0 = performance.now();
    execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', to, '--outdir', out, file], {
      stdio: 'ignore',
      timeout: 300_000,
    });
    return performance.now() - t0;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'ostal-bench-profile-'));
  const rows: string[] = [];
  // Warm LibreOffice's profile once so the first file does not pay for its creation.
  const first = readdirSync(path.join(CORPUS, 'large'))[0]!;
  libreofficeConvert(path.join(CORPUS, 'large', first), 'pdf' as FormatId, profile);
  for (const name of readdirSync(path.join(CORPUS, 'large')).sort()) {
    const ext = name.slice(name.lastIndexOf('.') + 1);
    const to = TARGET[ext];
    if (!to) continue;
    const rel = `large/${name}`;
    const bytes = loadCorpusFile(rel);
    const ostal = await ostalConvert(bytes, to);
    const lo = median(Array.from({ length: RUNS }, () => libreofficeConvert(path.join(CORPUS, rel), to, profile)));
    rows.push(`| ${name} | ${(bytes.length / 1024).toFixed(0)} KiB | ${ext} → ${to} | ${ostal.ms.toFixed(0)} ms | ${ostal.heapMb.toFixed(0)} MiB | ${lo.toFixed(0)} ms |`);
    console.warn(rows[rows.length - 1]);
  }
  rmSync(profile, { recursive: true, force: true });
  const doc = `# Benchmarks

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}).
Each figure is the median of ${String(RUNS)} runs. These figures measure; they do not gate any test.

## Converting the large corpus files

Ostal: \`formats.read\` + \`formats.write\` in one Node process (what \`ostal convert\` does, minus
file I/O). Reference: LibreOffice headless \`soffice --convert-to\` of the same file in the same
run, with a warm profile — its time includes starting LibreOffice (about a second), so the
comparison flatters Ostal on small files. Ostal keeps less of each document than LibreOffice
does today (see the README's status), which also makes it faster.

| file | size | conversion | Ostal | Ostal heap growth | LibreOffice |
|---|---|---|---|---|---|
${rows.join('\n')}
`;
  writeFileSync(path.resolve(import.meta.dirname, '../../docs/benchmarks.md'), doc);
}

await main();

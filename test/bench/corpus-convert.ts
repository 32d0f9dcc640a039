/**
 * Benchmark: converting the large corpus files (read + write to the other family), Ostal beside
 * LibreOffice headless doing the same conversion in the same run; then the large text documents
 * in detail (child processes, `ostal convert`, peak memory), the XML layer's throughput and the
 * hostile files (time and memory to refuse or open each, beside LibreOffice).
 * Writes docs/benchmarks.md. Run with `npm run bench` (bundled by build/bench.mjs, which also
 * builds dist/cli.cjs). Measures; never gates.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { read, write } from '@ostal/formats';
import type { FormatId } from '@ostal/model';
import { CORPUS, loadCorpusFile } from '../fidelity/corpus.js';
import { BASELINE } from './baseline.js';
import { median, ms } from './bench-util.js';
import { editorOpenTable, measureEditorOpen } from './editor-open.js';
import type { EditorOpenTiming } from './editor-open.js';
import { HOSTILE_LIMIT_MB, HOSTILE_LIMIT_MS, hostileTable, measureHostileFiles, withinHostileTarget } from './hostile-files.js';
import type { HostileTiming } from './hostile-files.js';
import { canMeasurePeakMemory, libreofficeConvert } from './processes.js';
import type { ProcessRun } from './processes.js';
import { cliConvert, readWriteInChild, TARGET_RATIO, textDocumentsTable, textDocumentTiming } from './text-documents.js';
import type { TextDocumentTiming } from './text-documents.js';
import { measureXmlThroughput, xmlThroughputTable } from './xml-throughput.js';
import { measureSpreadsheetScale, spreadsheetScaleSection } from './spreadsheet-scale.js';
import { measureSheetsScreen, sheetsScreenSection } from './sheets-screen.js';
import { measureSlidesDeck, slidesDeckTable } from './slides-deck.js';
import { measureSpellingLoad, spellingLoadTable } from './spelling-load.js';
import { editorTypingTable, measureEditorTyping } from './editor-typing.js';
import { profileEditorTyping, typingProfileSection } from './editor-typing-profile.js';

const TARGET: Partial<Record<string, FormatId>> = { docx: 'odt', odt: 'docx', xlsx: 'ods', ods: 'xlsx', pptx: 'odp', odp: 'pptx' };
const TEXT = new Set(['docx', 'odt']);
const RUNS = Number(process.env.OSTAL_BENCH_RUNS ?? 3);
const XML_RUNS = 5;
const DIST = import.meta.dirname;
const CLI = path.resolve(DIST, '../cli.cjs');
const CHILD = path.join(DIST, 'read-write-child.mjs');
const HOSTILE_CHILD = path.join(DIST, 'hostile-child.mjs');
/** The long document opened in the writer (180 pages in LibreOffice). */
const LONG_DOCUMENT = 'large/poi-bug65649.docx';

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

function libreofficeMedian(file: string, to: string, profile: string): ProcessRun {
  const runs = Array.from({ length: RUNS }, () => libreofficeConvert(file, to, profile));
  const peaks = runs.map((r) => r.peakMb).filter((p): p is number => p !== undefined);
  return { ms: median(runs.map((r) => r.ms)), peakMb: peaks.length > 0 ? Math.max(...peaks) : undefined };
}

async function main(): Promise<void> {
  const started = performance.now();
  const profile = mkdtempSync(path.join(os.tmpdir(), 'ostal-bench-profile-'));
  if (process.env.OSTAL_BENCH_ONLY === 'sheets-ui') {
    console.warn(sheetsScreenSection(await measureSheetsScreen(profile, RUNS)));
    rmSync(profile, { recursive: true, force: true });
    return;
  }
  if (process.env.OSTAL_BENCH_ONLY === 'spelling') {
    // One section alone: printed, no report written.
    console.warn(spellingLoadTable(await measureSpellingLoad(path.resolve(DIST, '../..'), RUNS)));
    rmSync(profile, { recursive: true, force: true });
    return;
  }
  if (process.env.OSTAL_BENCH_ONLY === 'typing-profile') {
    // Printed, no report written: the CPU per keystroke and the functions it goes to.
    console.warn(typingProfileSection(await profileEditorTyping(path.join(CORPUS, LONG_DOCUMENT))));
    rmSync(profile, { recursive: true, force: true });
    return;
  }
  if (process.env.OSTAL_BENCH_ONLY === 'open') {
    // One section alone: printed, no report written; the same run's reference is LibreOffice
    // converting the file (as in the full report), and the load average is printed with it.
    // OSTAL_PROFILE_DUMP=<folder> also writes each opening's CPU profile and trace there.
    const file = path.join(CORPUS, LONG_DOCUMENT);
    const dump = process.env.OSTAL_PROFILE_DUMP;
    const runs: EditorOpenTiming[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measureEditorOpen(file, dump ? { folder: dump, run: i + 1 } : undefined));
    console.warn(editorOpenTable(runs));
    const load = os.loadavg().map((l) => l.toFixed(2)).join(', ');
    // OSTAL_BENCH_LIBREOFFICE=0 leaves LibreOffice out.
    const lo = process.env.OSTAL_BENCH_LIBREOFFICE === '0' ? '—' : ms(libreofficeMedian(file, 'odt', profile).ms);
    console.warn(`Reference: LibreOffice converts ${LONG_DOCUMENT} to odt in ${lo}; load average ${load}.`);
    rmSync(profile, { recursive: true, force: true });
    return;
  }
  if (process.env.OSTAL_BENCH_ONLY === 'typing') {
    // One section alone: printed, no report written.
    console.warn(editorTypingTable(await measureEditorTyping(path.join(CORPUS, LONG_DOCUMENT))));
    rmSync(profile, { recursive: true, force: true });
    return;
  }
  if (process.env.OSTAL_BENCH_ONLY === 'slides') {
    // One section alone: printed, no report written.
    console.warn(slidesDeckTable(await measureSlidesDeck(profile, RUNS)));
    rmSync(profile, { recursive: true, force: true });
    return;
  }
  if (process.env.OSTAL_BENCH_ONLY === 'hostile') {
    // One section alone: printed, no report written; OSTAL_BENCH_LIBREOFFICE=0 leaves LibreOffice out.
    const withLibreOffice = process.env.OSTAL_BENCH_LIBREOFFICE !== '0';
    console.warn(hostileTable(measureHostileFiles(path.join(CORPUS, 'hostile'), HOSTILE_CHILD, withLibreOffice ? profile : undefined, RUNS)));
    rmSync(profile, { recursive: true, force: true });
    return;
  }
  if (process.env.OSTAL_BENCH_ONLY === 'sheets') {
    // One section alone: printed, no report written.
    libreofficeConvert(path.join(CORPUS, 'large', readdirSync(path.join(CORPUS, 'large'))[0]!), 'pdf', profile);
    console.warn(spreadsheetScaleSection(await measureSpreadsheetScale(profile, RUNS, { child: CHILD, cli: CLI }), RUNS));
    rmSync(profile, { recursive: true, force: true });
    return;
  }
  const rows: string[] = [];
  const texts: TextDocumentTiming[] = [];
  // Warm LibreOffice's profile once so the first file does not pay for its creation.
  const first = readdirSync(path.join(CORPUS, 'large'))[0]!;
  libreofficeConvert(path.join(CORPUS, 'large', first), 'pdf', profile);
  for (const name of readdirSync(path.join(CORPUS, 'large')).sort()) {
    const ext = name.slice(name.lastIndexOf('.') + 1);
    const to = TARGET[ext];
    if (!to) continue;
    const rel = `large/${name}`;
    const file = path.join(CORPUS, rel);
    const bytes = loadCorpusFile(rel);
    const ostal = await ostalConvert(bytes, to);
    const lo = libreofficeMedian(file, to, profile);
    rows.push(`| ${name} | ${(bytes.length / 1024).toFixed(0)} KiB | ${ext} → ${to} | ${ostal.ms.toFixed(0)} ms | ${ostal.heapMb.toFixed(0)} MiB | ${lo.ms.toFixed(0)} ms |`);
    console.warn(rows[rows.length - 1]);
    if (TEXT.has(ext)) {
      const child = readWriteInChild(CHILD, file, to, RUNS);
      texts.push(textDocumentTiming(rel, bytes.length, to, child, cliConvert(CLI, file, to, RUNS), lo));
      console.warn(`  text: read+write ${ms(texts[texts.length - 1]!.readWriteMs)}, ostal convert ${ms(texts[texts.length - 1]!.cli.ms)}`);
    }
  }
  const sheets = spreadsheetScaleSection(await measureSpreadsheetScale(profile, RUNS, { child: CHILD, cli: CLI }), RUNS);
  console.warn(sheets);
  const hostile = measureHostileFiles(path.join(CORPUS, 'hostile'), HOSTILE_CHILD, profile, RUNS);
  const editor: EditorOpenTiming[] = [];
  for (let i = 0; i < RUNS; i++) editor.push(await measureEditorOpen(path.join(CORPUS, LONG_DOCUMENT)));
  const slides = slidesDeckTable(await measureSlidesDeck(profile, RUNS));
  console.warn(slides);
  console.warn(`editor: ${editor.map((e) => `${ms(e.loadedMs)}, longest task ${ms(e.longestTaskMs)}`).join('; ')}`);
  const sheetsScreen = sheetsScreenSection(await measureSheetsScreen(profile, RUNS));
  console.warn(sheetsScreen);
  const spelling = spellingLoadTable(await measureSpellingLoad(path.resolve(DIST, '../..'), RUNS));
  console.warn(spelling);
  const typing = editorTypingTable(await measureEditorTyping(path.join(CORPUS, LONG_DOCUMENT)));
  console.warn(typing);
  rmSync(profile, { recursive: true, force: true });
  const xml = measureXmlThroughput(XML_RUNS);
  const minutes = ((performance.now() - started) / 60_000).toFixed(1);
  writeFileSync(path.resolve(DIST, '../../docs/benchmarks.md'), `${report(rows, texts, xmlThroughputTable(xml), hostile, editor, minutes, sheets, slides)}\n${sheetsScreen}\n${spelling}\n${typing}`);
}

function report(
  rows: readonly string[],
  texts: readonly TextDocumentTiming[],
  xmlTable: string,
  hostile: readonly HostileTiming[],
  editor: readonly EditorOpenTiming[],
  minutes: string,
  sheetsSection: string,
  slidesTable: string,
): string {
  const lo = texts.find((t) => t.name === LONG_DOCUMENT);
  const hostileOk = hostile.filter(withinHostileTarget).length;
  const cpu = `${String(os.cpus().length)} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}`;
  return `# Benchmarks

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (${cpu}, Node ${process.version}, load average
${os.loadavg()[0]!.toFixed(1)} at the end; the whole run took ${minutes} min). Each figure is the median of ${String(RUNS)} runs unless
said otherwise. These figures measure; they do not gate any test. Other work may have been running
on the machine during the run (builds, browser tests), which slows Ostal and LibreOffice alike:
compare figures within one run, not across runs.

## Converting the large corpus files

Ostal: \`formats.read\` + \`formats.write\` in one Node process (what \`ostal convert\` does, minus
file I/O). Reference: LibreOffice headless \`soffice --convert-to\` of the same file in the same
run, with a warm profile — its time includes starting LibreOffice (about a second), so the
comparison flatters Ostal on small files. Ostal keeps less of each document than LibreOffice
does today (see the README's status), which also makes it faster.

| file | size | conversion | Ostal | Ostal heap growth | LibreOffice |
|---|---|---|---|---|---|
${rows.join('\n')}

## Large text documents

Each document in a fresh Node process (\`test/bench/read-write-child.ts\`) read and written
${String(RUNS)} times: *read*, *write* and *read+write* are medians, *first read+write* is the first run
alone (cold: the JIT has not warmed up, as in a one-shot conversion), *peak RSS* is that process's
peak resident memory (kernel's count of the child's own memory, \`VmHWM\`: its \`maxRSS\` would keep the runner's, see \`test/bench/process-memory.ts\`). \`ostal convert\` is the
CLI (\`node dist/cli.cjs convert in out\`) from process start to the file saved. LibreOffice is
the median from the table above${canMeasurePeakMemory ? '; peak RSS of the CLI and of LibreOffice from GNU time (`/usr/bin/time -f %M`)' : ' (install GNU time for the peak RSS of child processes)'}.
Target (issue 3): the first read+write at most ${String(TARGET_RATIO)}× LibreOffice's time.

${textDocumentsTable(texts)}

${sheetsSection}
## XML layer throughput

The biggest XML parts (at least 1 MB) of the large corpus files: inflating the part from the zip
(\`ZipArchive.read\`, CRC-32 included), building the tree (\`parseXml\`) and tokenizing alone
(\`streamXml\` without handlers). Median of ${String(XML_RUNS)} runs after one warm-up run; MB/s of UTF-8 XML.

${xmlTable}

### Before the XML tuning

${BASELINE}

## Opening a long document in the writer

\`${LONG_DOCUMENT}\` (180 pages in LibreOffice) opened in the writer, in Debian's Chromium through the
browser-mode host (\`test/bench/editor-open.ts\`), ${String(RUNS)} times: from double-clicking the file in the Open
dialog to the first pages on screen, and to the whole document in the editor (the word count replaces the
loading percentage). Parsing runs in the document worker; the editor then takes the document in slices of
about 12 ms of work (\`renderer/writer/progressive-load.ts\`), so the interface keeps responding. *Long tasks*
are the main thread's tasks over 50 ms meanwhile (the browser's \`longtask\` entries): the longest one is
how long the interface could not respond at worst. Reference: LibreOffice converts the same file in
${lo ? ms(lo.libreoffice.ms) : '—'} in this run (table above).

${editorOpenTable(editor)}

## A 200-slide deck in the slides editor

\`test/bench/slides-deck.ts\`: a generated PPTX of 200 slides (title, bullets, a picture each) opened in the
slides editor in Debian's Chromium through the browser-mode host, ${String(RUNS)} times: from double-clicking the file
to the first slide on the canvas (target 1.5 s) and to every thumbnail drawn with its picture; switching slides
from the panel (Down arrow until the canvas shows the next one); dragging a picture on the canvas (the frames'
intervals, target 16.7 ms for 60 fps, and long tasks over 50 ms meanwhile); starting the show (F5). Run alone
with \`OSTAL_BENCH_ONLY=slides npm run bench\`.

${slidesTable}

## Hostile files

Each file of \`../shared/corpus/hostile\` opened in a fresh Node process (\`test/bench/hostile-child.ts\`:
\`formats.read\`, what opening a file in Ostal runs in its worker) ${String(RUNS)} times: *read* is the median time of
the read itself, *process* the median wall time of the whole process (Node start-up included), *peak RSS* the
largest peak resident memory of the process during the read (the kernel's peak, reset just before the read;
about 55 MiB of it is Node, the loaded code and the file's bytes, the same for every file; not \`maxRSS\`, which
keeps the runner's memory, see \`test/bench/process-memory.ts\`), *document* the largest part of that
peak the read added to the process as it was before it: what the document itself costs. A process still
running after 30 s would be killed and reported as a hang. Target (issue 3): refused with a specific error,
or opened with diagnostics, in under ${String(HOSTILE_LIMIT_MS / 1000)} s and ${String(HOSTILE_LIMIT_MB)} MiB. Reference: LibreOffice headless converting the
same file to PDF in the same run (its time includes its start-up, about a second). The refusal reasons
are also pinned by \`test/fidelity/corpus.test.ts\`.

**${String(hostileOk)} of ${String(hostile.length)} files within the target.**

${hostileTable(hostile)}
`;
}

await main();

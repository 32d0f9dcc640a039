/**
 * Benchmark section: raw speed of the container and XML layers on the biggest XML parts of the
 * large corpus files — inflating (`ZipArchive.read`), tree building (`parseXml`) and streaming
 * (`streamXml` with no handlers, i.e. the tokenizer alone). Figures in MB/s of UTF-8 XML, so a
 * change in the parser shows here before it is diluted by the readers in the conversion table.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_LIMITS } from '@ostal/formats';
// Internal layers on purpose: the public API has no way to time the parser alone.
import { ZipArchive } from '../../packages/formats/src/container/zip-reader.js';
import { parseXml, streamXml } from '../../packages/formats/src/xml/xml-parser.js';
import { CORPUS, loadCorpusFile } from '../fidelity/corpus.js';
import { median, table } from './bench-util.js';

/** Parts smaller than this say little about throughput (timer resolution, JIT warm-up). */
const MIN_PART_BYTES = 1024 * 1024;
/** Parts measured per corpus file: its largest XML parts above {@link MIN_PART_BYTES}. */
const PARTS_PER_FILE = 2;

interface PartTiming {
  readonly file: string;
  readonly part: string;
  readonly bytes: number;
  readonly inflateMs: number;
  readonly parseMs: number;
  readonly streamMs: number;
}

/** Median time of `runs` calls of `fn`, after one untimed call that warms the JIT. */
function time(fn: () => void, runs: number): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

function measurePart(zip: ZipArchive, file: string, part: string, runs: number): PartTiming {
  const raw = zip.read(part);
  const text = new TextDecoder().decode(raw);
  const options = { part, maxDepth: DEFAULT_LIMITS.maxXmlDepth };
  // A fresh archive per inflate, or the running total would hit maxTotalInflated.
  const bytesOfFile = loadCorpusFile(file);
  return {
    file,
    part,
    bytes: raw.length,
    inflateMs: time(() => ZipArchive.open(bytesOfFile, DEFAULT_LIMITS).read(part), runs),
    parseMs: time(() => parseXml(text, options), runs),
    streamMs: time(() => streamXml(text, {}, options), runs),
  };
}

/** Times the largest XML parts of every large corpus file. */
export function measureXmlThroughput(runs: number): PartTiming[] {
  const out: PartTiming[] = [];
  for (const name of readdirSync(path.join(CORPUS, 'large')).sort()) {
    const file = `large/${name}`;
    const zip = ZipArchive.open(loadCorpusFile(file), DEFAULT_LIMITS);
    const parts = zip.entries
      .filter((e) => e.name.endsWith('.xml') && e.size >= MIN_PART_BYTES)
      .sort((a, b) => b.size - a.size)
      .slice(0, PARTS_PER_FILE);
    for (const e of parts) {
      const t = measurePart(zip, file, e.name, runs);
      out.push(t);
      console.warn(`xml ${name} ${e.name}: parse ${t.parseMs.toFixed(0)} ms, stream ${t.streamMs.toFixed(0)} ms`);
    }
  }
  return out;
}

const mbps = (bytes: number, ms: number): string => (bytes / 1e6 / (ms / 1000)).toFixed(1);

/** The markdown table for {@link measureXmlThroughput}'s results. */
export function xmlThroughputTable(rows: readonly PartTiming[]): string {
  return table(
    ['file', 'part', 'size', 'inflate', 'parseXml (tree)', 'streamXml (tokens only)'],
    rows.map((r) => [
      path.basename(r.file),
      r.part,
      `${(r.bytes / 1e6).toFixed(1)} MB`,
      `${r.inflateMs.toFixed(0)} ms (${mbps(r.bytes, r.inflateMs)} MB/s)`,
      `${r.parseMs.toFixed(0)} ms (${mbps(r.bytes, r.parseMs)} MB/s)`,
      `${r.streamMs.toFixed(0)} ms (${mbps(r.bytes, r.streamMs)} MB/s)`,
    ]),
  );
}

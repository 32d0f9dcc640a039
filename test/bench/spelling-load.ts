/**
 * Benchmark section: loading the French spelling dictionary, as each writer window's spelling
 * worker does, in the compact precomputed form the application ships
 * (`dist/renderer/dictionaries/fr/words.gz`, `renderer/writer/spell-lexicon.ts`) beside the
 * reference measured in the same run: nspell expanding the Hunspell files (`dictionary-fr`), as
 * the worker did before. Time to load, memory held (JS heap and array buffers, after a garbage
 * collection), and time to check a paragraph's worth of words and to suggest fixes.
 * `OSTAL_BENCH_ONLY=spelling npm run bench` runs it alone.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import nspell from 'nspell';
import { loadLexicon } from '../../renderer/writer/spell-lexicon.js';
import { median, ms, table } from './bench-util.js';

export interface SpellingLoadTiming {
  readonly what: string;
  readonly loadMs: number;
  readonly heldMb: number;
  /** Checking WORDS words, suggesting for MISSPELT ones. */
  readonly checkMs: number;
  readonly suggestMs: number;
}

const TEXT =
  'Le conseil municipal a approuvé le budget de la médiathèque ; l’administration publiera les délibérations après leur transmission à la préfecture. Les agents qui souhaitent participer aux formations doivent s’inscrire avant la fin du mois, et leurs responsables valideront les demandes. Peut-être faudra-t-il prévoir des sessions supplémentaires en septembre.';
const MISSPELT = ['rapporrt', 'letre', 'adminstration', 'préfécture', 'ecrire', 'bugdet'];

function held(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

interface Checker {
  correct(word: string): boolean;
  suggest(word: string): string[];
}

async function measure(what: string, load: () => Promise<Checker>): Promise<SpellingLoadTiming> {
  const words = TEXT.match(/\p{L}[\p{L}’'-]*/gu) ?? [];
  const before = held();
  const t0 = performance.now();
  const checker = await load();
  const loadMs = performance.now() - t0;
  const heldMb = (held() - before) / 1024 / 1024;
  const t1 = performance.now();
  let wrong = 0;
  for (let i = 0; i < 10; i++) for (const w of words) if (!checker.correct(w.replace(/’/g, "'"))) wrong++;
  const checkMs = (performance.now() - t1) / 10;
  if (wrong > 0) console.warn(`  ${what}: ${String(wrong / 10)} word(s) of the sample not in the dictionary`);
  const t2 = performance.now();
  for (const w of MISSPELT) checker.suggest(w);
  const suggestMs = (performance.now() - t2) / MISSPELT.length;
  return { what, loadMs, heldMb, checkMs, suggestMs };
}

/** Loads the French dictionary both ways, `runs` times each; the median run of each. */
export async function measureSpellingLoad(root: string, runs: number): Promise<SpellingLoadTiming[]> {
  const compactFile = path.join(root, 'dist/renderer/dictionaries/fr/words.gz');
  const hunspell = path.join(root, 'node_modules/dictionary-fr');
  const compact: SpellingLoadTiming[] = [];
  const reference: SpellingLoadTiming[] = [];
  for (let i = 0; i < runs; i++) {
    compact.push(await measure('Ostal: compact dictionary (words.gz)', () => loadLexicon(new Blob([readFileSync(compactFile)]))));
    reference.push(
      await measure('Reference: nspell on the Hunspell files', () =>
        Promise.resolve(nspell(readFileSync(path.join(hunspell, 'index.aff'), 'utf8'), readFileSync(path.join(hunspell, 'index.dic'), 'utf8'))),
      ),
    );
  }
  const pick = (xs: SpellingLoadTiming[]): SpellingLoadTiming => {
    const m = median(xs.map((x) => x.loadMs));
    return xs.find((x) => x.loadMs === m) ?? xs[0]!;
  };
  return [pick(compact), pick(reference)];
}

export function spellingLoadTable(rows: readonly SpellingLoadTiming[]): string {
  return `## French spelling dictionary

What each writer window's spelling worker loads on first use (Node, the same code as the worker;
median of the runs), beside the reference in the same run. \`OSTAL_BENCH_ONLY=spelling npm run bench\`.

${table(
  ['Dictionary', 'Load', 'Memory held', `Check ${String((TEXT.match(/\p{L}[\p{L}’'-]*/gu) ?? []).length)} words`, 'One suggestion'],
  rows.map((r) => [r.what, ms(r.loadMs), `${r.heldMb.toFixed(0)} MiB`, `${r.checkMs.toFixed(2)} ms`, ms(r.suggestMs)]),
)}
`;
}

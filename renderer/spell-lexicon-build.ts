// Build side of the compact spelling dictionaries (`writer/spell-lexicon.ts`): expands a Hunspell
// dictionary with nspell once, at build time, and writes every form it accepts with what checking
// needs besides, gzip-compressed. The result is cached under node_modules/.cache by the hash of
// the dictionary files, so only the first build pays for the expansion.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import nspell from 'nspell';
import { encodeLexicon } from './writer/spell-lexicon.js';

/** Changes when the file's layout or what goes in it changes (a new cache entry then). */
const GENERATOR = 'ostal-lexicon-1';

interface NspellInternals {
  readonly data: Record<string, readonly string[]>;
  readonly flags: Record<string, unknown>;
  readonly replacementTable: readonly (readonly [string, string])[];
  readonly conversion: { readonly in: readonly (readonly [RegExp, string])[] };
}

/** The compact dictionary (uncompressed bytes) of the Hunspell files `aff` and `dic`. */
export function lexiconFromHunspell(aff: string, dic: string): Uint8Array {
  const spell = nspell(aff, dic) as unknown as NspellInternals;
  const flag = (name: string): string | undefined => (typeof spell.flags[name] === 'string' ? spell.flags[name] : undefined);
  const excluded = ['FORBIDDENWORD', 'ONLYINCOMPOUND', 'NEEDAFFIX'].map(flag).filter((f): f is string => f !== undefined);
  const keep = flag('KEEPCASE');
  const words: string[] = [];
  const keepCase: string[] = [];
  for (const [word, codes] of Object.entries(spell.data)) {
    if (excluded.some((f) => codes.includes(f))) continue;
    words.push(word);
    if (keep !== undefined && codes.includes(keep)) keepCase.push(word);
  }
  const tryChars = Array.isArray(spell.flags.TRY) ? (spell.flags.TRY as string[]).join('') : '';
  return encodeLexicon(words, {
    version: 1,
    iconv: spell.conversion.in.map(([from, to]) => [from.source, to] as const),
    keepCase: keepCase.sort(),
    rep: spell.replacementTable.map(([from, to]) => [from, to] as const),
    tryChars,
  });
}

/** The gzip-compressed compact dictionary of the Hunspell files in `dir` (built once, then cached in `cacheDir`). */
export function compressedLexicon(dir: string, cacheDir: string): Uint8Array {
  const aff = readFileSync(path.join(dir, 'index.aff'), 'utf8');
  const dic = readFileSync(path.join(dir, 'index.dic'), 'utf8');
  const key = createHash('sha256').update(GENERATOR).update(aff).update('\0').update(dic).digest('hex').slice(0, 24);
  const cached = path.join(cacheDir, `${key}.gz`);
  if (existsSync(cached)) return readFileSync(cached);
  const bytes = gzipSync(lexiconFromHunspell(aff, dic), { level: 9 });
  mkdirSync(cacheDir, { recursive: true });
  // Written whole then renamed: parallel builds never read half a file.
  const partial = `${cached}.${String(process.pid)}.tmp`;
  writeFileSync(partial, bytes);
  renameSync(partial, cached);
  return bytes;
}

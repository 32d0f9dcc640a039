/**
 * A spelling dictionary in a compact precomputed form: every word form a Hunspell dictionary
 * accepts (its affixes applied once, at build time, by `renderer/vite-dictionaries.ts`), sorted
 * by their UTF-8 bytes, one per line, after a JSON header with what checking needs besides
 * (input conversions, words kept in their case, the replacement table and the letters to try
 * for suggestions). Shipped gzip-compressed.
 *
 * Loading it is decompressing and indexing one byte array (a few tenths of a second and tens of
 * megabytes for French, where expanding the Hunspell affixes in the browser took about 11 s and
 * 450 MB in each window); a word is found by binary search over every 32nd line, then a short
 * scan. Case is handled as Hunspell does (a word in capitals or with a capital first letter is
 * correct when its lower-case or capitalised form is, unless the dictionary keeps its case).
 * Suggestions: the replacement table, then forms one edit away (a letter deleted, swapped with
 * the next, replaced or inserted), known ones only, the likeliest first.
 */

/** What the file says besides its words. */
export interface LexiconHeader {
  readonly version: 1;
  /** Input conversions (ICONV): typographic apostrophe, ligatures... */
  readonly iconv: readonly (readonly [string, string])[];
  /** Words only correct as written (KEEPCASE). */
  readonly keepCase: readonly string[];
  /** The replacement table (REP): common misspellings and their fix. */
  readonly rep: readonly (readonly [string, string])[];
  /** Letters tried for suggestions, most frequent first (TRY). */
  readonly tryChars: string;
}

const NEWLINE = 10;
/** Lines between two indexed ones. */
const BLOCK = 32;
/** Most suggestions given. */
const MAX_SUGGESTIONS = 6;
/** Words longer than this get no one-edit suggestions (they would cost more than they help). */
const MAX_SUGGEST_LENGTH = 40;

const encoder = new TextEncoder();

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** The file's bytes (before compression) for `words` and `header`; duplicates dropped. */
export function encodeLexicon(words: Iterable<string>, header: LexiconHeader): Uint8Array {
  const unique = [...new Set(words)].filter((w) => w !== '' && !w.includes('\n')).map((w) => encoder.encode(w));
  unique.sort(compareBytes);
  const head = encoder.encode(`${JSON.stringify(header)}\n`);
  let size = head.length;
  for (const w of unique) size += w.length + 1;
  const out = new Uint8Array(size);
  out.set(head, 0);
  let at = head.length;
  for (const w of unique) {
    out.set(w, at);
    at += w.length;
    out[at++] = NEWLINE;
  }
  return out;
}

/** A loaded dictionary: checks words and suggests fixes. */
export class Lexicon {
  private readonly bytes: Uint8Array;
  /** Offsets of every BLOCK-th line. */
  private readonly index: Uint32Array;
  private readonly end: number;
  private readonly header: LexiconHeader;
  private readonly keepCase: ReadonlySet<string>;

  /** Reads the (decompressed) bytes of a lexicon file. */
  constructor(bytes: Uint8Array) {
    const headEnd = bytes.indexOf(NEWLINE);
    if (headEnd < 0) throw new Error('A spelling dictionary starts with its header line.');
    this.header = JSON.parse(new TextDecoder().decode(bytes.subarray(0, headEnd))) as LexiconHeader;
    if (this.header.version !== 1) throw new Error('Unknown spelling dictionary version.');
    this.bytes = bytes;
    this.end = bytes.length;
    this.keepCase = new Set(this.header.keepCase);
    const starts: number[] = [];
    let line = 0;
    let i = headEnd + 1;
    while (i < bytes.length) {
      if (line % BLOCK === 0) starts.push(i);
      line++;
      const next = bytes.indexOf(NEWLINE, i);
      if (next < 0) break;
      i = next + 1;
    }
    this.index = Uint32Array.from(starts);
  }

  /** How many bytes the dictionary holds in memory. */
  get byteSize(): number {
    return this.bytes.byteLength + this.index.byteLength;
  }

  /** Compares the line at `at` with `word`. */
  private compareAt(at: number, word: Uint8Array): number {
    const b = this.bytes;
    let i = 0;
    for (; i < word.length; i++) {
      const c = at + i < this.end ? b[at + i]! : NEWLINE;
      if (c === NEWLINE) return -1;
      if (c !== word[i]) return c - word[i]!;
    }
    return at + i < this.end && b[at + i] !== NEWLINE ? 1 : 0;
  }

  /** True when `word` is one of the dictionary's forms, exactly. */
  has(word: string): boolean {
    if (word === '') return false;
    const w = encoder.encode(word);
    let lo = 0;
    let hi = this.index.length - 1;
    // The last indexed line at or before the word.
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.compareAt(this.index[mid]!, w) <= 0) lo = mid;
      else hi = mid - 1;
    }
    let at = this.index[lo];
    if (at === undefined) return false;
    for (let k = 0; k < BLOCK && at < this.end; k++) {
      const c = this.compareAt(at, w);
      if (c === 0) return true;
      if (c > 0) return false;
      at = this.bytes.indexOf(NEWLINE, at) + 1;
      if (at === 0) return false;
    }
    return false;
  }

  /** `word` after the dictionary's input conversions (the typographic apostrophe becomes '). */
  normalize(word: string): string {
    let out = word.trim();
    for (const [from, to] of this.header.iconv) if (out.includes(from)) out = out.split(from).join(to);
    return out;
  }

  /** The form of `word` the dictionary knows (its case may differ, as Hunspell allows), or null. */
  private known(word: string): string | null {
    if (this.has(word)) return word;
    const lower = word.toLowerCase();
    if (word === word.toUpperCase()) {
      const capital = word.charAt(0) + word.slice(1).toLowerCase();
      if (capital !== word && this.has(capital)) return this.keepCase.has(capital) ? null : capital;
    }
    if (lower !== word && this.has(lower)) return this.keepCase.has(lower) ? null : lower;
    return null;
  }

  /** True for a correctly spelt word. */
  correct(word: string): boolean {
    const w = this.normalize(word);
    return w !== '' && this.known(w) !== null;
  }

  /** Up to six known words close to `word`, likeliest first (none for a correct word). */
  suggest(word: string): string[] {
    const w = this.normalize(word);
    if (w === '' || this.known(w) !== null || [...w].length > MAX_SUGGEST_LENGTH) return [];
    const capitalised = w.charAt(0) !== w.charAt(0).toLowerCase() && w.slice(1) === w.slice(1).toLowerCase();
    const upper = w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();
    const base = capitalised || upper ? w.toLowerCase() : w;
    const scored = new Map<string, number>();
    const offer = (candidate: string, score: number) => {
      if (candidate === base || candidate === '' || (scored.get(candidate) ?? Infinity) <= score) return;
      const form = this.known(candidate);
      if (form !== null) scored.set(form, Math.min(score, scored.get(form) ?? Infinity));
    };
    // The replacement table: common misspellings.
    for (const [from, to] of this.header.rep) {
      for (let i = base.indexOf(from); i >= 0; i = base.indexOf(from, i + 1)) offer(base.slice(0, i) + to + base.slice(i + from.length), 0);
    }
    const chars = [...base];
    const letters = [...this.header.tryChars];
    const join = (parts: readonly string[]) => parts.join('');
    for (let i = 0; i <= chars.length; i++) {
      if (i < chars.length) {
        const c = chars[i]!;
        // A letter replaced: by the same letter with another accent first.
        for (const t of letters) {
          if (t === c) continue;
          const replaced = [...chars];
          replaced[i] = t;
          offer(join(replaced), sameBase(c, t) ? 1 : 3);
        }
        // Swapped with the next, deleted.
        if (i + 1 < chars.length) {
          const swapped = [...chars];
          swapped[i] = chars[i + 1]!;
          swapped[i + 1] = c;
          offer(join(swapped), 2);
        }
        offer(join([...chars.slice(0, i), ...chars.slice(i + 1)]), 3);
      }
      // A letter inserted.
      for (const t of letters) offer(join([...chars.slice(0, i), t, ...chars.slice(i)]), 3);
    }
    const best = [...scored].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, MAX_SUGGESTIONS).map(([s]) => s);
    return best.map((s) => (upper ? s.toUpperCase() : capitalised ? s.charAt(0).toUpperCase() + s.slice(1) : s));
  }
}

/** True when two letters differ only by their accents (e, é, è, ê). */
function sameBase(a: string, b: string): boolean {
  const strip = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
  return strip(a) === strip(b);
}

/** A lexicon from its gzip-compressed file. */
export async function loadLexicon(compressed: Blob | Response): Promise<Lexicon> {
  const stream = (compressed instanceof Response ? compressed.body : compressed.stream())?.pipeThrough(new DecompressionStream('gzip'));
  if (!stream) throw new Error('The spelling dictionary is empty.');
  return new Lexicon(new Uint8Array(await new Response(stream).arrayBuffer()));
}

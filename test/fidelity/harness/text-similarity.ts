/**
 * Similarity of two plain texts (what LibreOffice extracted from an original and from Ostal's
 * output), in [0, 1]: whitespace normalised, split into words, then
 * `1 - (insertions + deletions) / (words in a + words in b)` — that is `2·LCS / (|a| + |b|)` on
 * word tokens, computed with {@link editDistance}.
 */
import { DEFAULT_EDIT_BUDGET, editDistance } from './edit-distance.js';

/** Outcome of {@link textSimilarity}. */
export interface TextSimilarity {
  /** 1 for the same words in the same order, 0 for no word in common. */
  readonly similarity: number;
  readonly wordsA: number;
  readonly wordsB: number;
  /**
   * True when the texts differed so much that the exact search was cut short: the similarity is
   * then an upper estimate (bag-of-words overlap, capped by the distance already proven).
   */
  readonly approximate: boolean;
}

/**
 * Normalises text for comparison: Unicode NFC, byte-order mark dropped, every kind of space
 * (no-break, thin, tabs, line and paragraph separators) and line break folded to one space.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .replace(/[\s\u00A0\u2000-\u200B\u2028\u2029\u202F\u205F\u3000]+/gu, ' ')
    .trim();
}

/** Words of a normalised text (split on spaces only: punctuation stays with its word). */
export function words(text: string): string[] {
  const t = normalizeText(text);
  return t === '' ? [] : t.split(' ');
}

function hashTokens(a: readonly string[], b: readonly string[]): [Int32Array, Int32Array] {
  const ids = new Map<string, number>();
  const encode = (tokens: readonly string[]): Int32Array => {
    const out = new Int32Array(tokens.length);
    tokens.forEach((t, i) => {
      let id = ids.get(t);
      if (id === undefined) {
        id = ids.size;
        ids.set(t, id);
      }
      out[i] = id;
    });
    return out;
  };
  return [encode(a), encode(b)];
}

/** Multiset intersection size of two token id arrays. */
function commonTokens(a: Int32Array, b: Int32Array): number {
  const counts = new Map<number, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of b) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      common++;
      counts.set(t, c - 1);
    }
  }
  return common;
}

/**
 * Word-level similarity of two texts. Fast on long texts: linear when they are nearly the same,
 * and bounded by `budget` steps of diff search when they are not (see {@link TextSimilarity.approximate}).
 * @example textSimilarity('le chat dort', 'le chat dort bien').similarity // 6/7 ≈ 0.857
 */
export function textSimilarity(a: string, b: string, budget = DEFAULT_EDIT_BUDGET): TextSimilarity {
  const [ta, tb] = hashTokens(words(a), words(b));
  const total = ta.length + tb.length;
  if (total === 0) return { similarity: 1, wordsA: 0, wordsB: 0, approximate: false };
  const { distance, exact } = editDistance(ta, tb, budget);
  if (exact) return { similarity: 1 - distance / total, wordsA: ta.length, wordsB: tb.length, approximate: false };
  // LCS can be no longer than the multiset overlap, and no longer than the distance already proven allows.
  const bag = (2 * commonTokens(ta, tb)) / total;
  return { similarity: Math.min(bag, 1 - distance / total), wordsA: ta.length, wordsB: tb.length, approximate: true };
}

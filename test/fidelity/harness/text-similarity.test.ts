import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance.js';
import { normalizeText, textSimilarity, words } from './text-similarity.js';

/** Deterministic pseudo-random words, so the long-text cases are the same on every run. */
function lorem(count: number, seed = 1): string[] {
  let x = seed;
  const next = (): number => (x = (x * 1103515245 + 12345) % 2147483648);
  return Array.from({ length: count }, () => `w${String(next() % 5000)}`);
}

describe('editDistance', () => {
  it('counts insertions plus deletions', () => {
    expect(editDistance(Int32Array.of(1, 2, 3), Int32Array.of(1, 3))).toEqual({ distance: 1, exact: true });
    expect(editDistance(Int32Array.of(1, 2, 3), Int32Array.of(1, 4, 3))).toEqual({ distance: 2, exact: true });
    expect(editDistance(Int32Array.of(), Int32Array.of(7, 8))).toEqual({ distance: 2, exact: true });
    expect(editDistance(Int32Array.of(1, 2, 3, 4), Int32Array.of(5, 6))).toEqual({ distance: 6, exact: true });
  });

  it('matches a plain LCS on small random sequences', () => {
    const lcs = (a: Int32Array, b: Int32Array): number => {
      const t = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
      for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) t[i]![j] = a[i - 1] === b[j - 1] ? t[i - 1]![j - 1]! + 1 : Math.max(t[i - 1]![j]!, t[i]![j - 1]!);
      return t[a.length]![b.length]!;
    };
    let seed = 7;
    const rnd = (n: number): number => (seed = (seed * 48271) % 2147483647) % n;
    for (let round = 0; round < 200; round++) {
      const a = Int32Array.from({ length: rnd(20) }, () => rnd(4));
      const b = Int32Array.from({ length: rnd(20) }, () => rnd(4));
      expect(editDistance(a, b).distance).toBe(a.length + b.length - 2 * lcs(a, b));
    }
  });

  it('gives up with a lower bound when the budget runs out', () => {
    const a = Int32Array.from({ length: 1000 }, (_, i) => i);
    const b = Int32Array.from({ length: 1000 }, (_, i) => i + 5000);
    const r = editDistance(a, b, 10_000);
    expect(r.exact).toBe(false);
    expect(r.distance).toBeGreaterThan(0);
    expect(r.distance).toBeLessThan(2000);
  });
});

describe('textSimilarity', () => {
  it('normalises every kind of space and line break', () => {
    expect(normalizeText('\uFEFF  Le\u00A0chat\r\n\tdort\u202F!  ')).toBe('Le chat dort !');
    expect(words('')).toEqual([]);
    expect(words(' a  b\nc ')).toEqual(['a', 'b', 'c']);
  });

  it('is 1 for the same words, whatever the spacing', () => {
    expect(textSimilarity('Le chat dort.\nIl rêve.', 'Le  chat dort. Il\trêve.').similarity).toBe(1);
    expect(textSimilarity('', '  ').similarity).toBe(1);
  });

  it('is 0 for texts with no word in common', () => {
    expect(textSimilarity('un deux trois', 'quatre cinq').similarity).toBe(0);
    expect(textSimilarity('', 'quelque chose').similarity).toBe(0);
  });

  it('stays close to 1 for a small edit', () => {
    const base = lorem(1000);
    const edited = [...base];
    edited[500] = 'changé';
    const { similarity, approximate } = textSimilarity(base.join(' '), edited.join(' '));
    expect(similarity).toBeCloseTo(1 - 2 / 2000, 6);
    expect(approximate).toBe(false);
    expect(textSimilarity('le chat dort', 'le chat dort bien').similarity).toBeCloseTo(6 / 7, 6);
  });

  it('is fast on 50,000-word texts, nearly equal or unrelated', () => {
    const base = lorem(50_000);
    const edited = base.filter((_, i) => i % 97 !== 0).map((w, i) => (i % 389 === 0 ? `${w}x` : w));
    let t0 = performance.now();
    const near = textSimilarity(base.join(' '), edited.join(' '));
    const nearMs = performance.now() - t0;
    expect(near.approximate).toBe(false);
    expect(near.similarity).toBeGreaterThan(0.98);
    expect(near.similarity).toBeLessThan(1);

    t0 = performance.now();
    const far = textSimilarity(base.join(' '), lorem(50_000, 99).map((w) => `${w}z`).join(' '));
    const farMs = performance.now() - t0;
    expect(far.approximate).toBe(true);
    expect(far.similarity).toBe(0);
    // Generous bounds: this guards against quadratic blow-ups, not against a slow machine.
    expect(nearMs).toBeLessThan(5_000);
    expect(farMs).toBeLessThan(10_000);
  });
});

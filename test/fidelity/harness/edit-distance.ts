/**
 * Insert/delete edit distance between two token sequences: Myers' greedy O(ND) algorithm
 * ("An O(ND) Difference Algorithm and Its Variations", 1986, section 3), keeping only the
 * furthest-reaching frontier so memory stays linear. Only the distance is needed to score
 * similarity, never the edit script, so no trace is kept.
 *
 * The cost grows with the distance D, so two unrelated 100k-token texts would take billions of
 * steps: a work budget stops the search early, and the caller gets a lower bound on D instead.
 */

/** Outcome of {@link editDistance}. */
export interface EditDistance {
  /** Insertions plus deletions turning `a` into `b`; a lower bound when `exact` is false. */
  readonly distance: number;
  /** False when the work budget ran out before the end of the search. */
  readonly exact: boolean;
}

/** Default work budget: enough for texts of 100k tokens differing by a few thousand edits (well under a second). */
export const DEFAULT_EDIT_BUDGET = 60_000_000;

/**
 * Shortest insert/delete edit distance between `a` and `b` (tokens compared with `===`; hash
 * words to integers first). Common prefix and suffix are skipped before the search, so nearly
 * identical sequences cost about their length.
 * @param budget  maximum inner-loop steps before giving up with a lower bound.
 * @example editDistance(Int32Array.of(1, 2, 3), Int32Array.of(1, 3)) // { distance: 1, exact: true }
 */
export function editDistance(a: Int32Array, b: Int32Array, budget = DEFAULT_EDIT_BUDGET): EditDistance {
  let start = 0;
  let endA = a.length;
  let endB = b.length;
  while (start < endA && start < endB && a[start] === b[start]) start++;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const n = endA - start;
  const m = endB - start;
  if (n === 0 || m === 0) return { distance: n + m, exact: true };

  const max = n + m;
  // v[k + offset] = furthest x reached on diagonal k (y = x - k) with the current number of edits.
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  let work = 0;
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x: number;
      if (k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)) x = v[offset + k + 1]!;
      else x = v[offset + k - 1]! + 1;
      let y = x - k;
      const x0 = x;
      while (x < n && y < m && a[start + x] === b[start + y]) {
        x++;
        y++;
      }
      work += 1 + x - x0;
      v[offset + k] = x;
      if (x >= n && y >= m) return { distance: d, exact: true };
    }
    if (work > budget) return { distance: d + 1, exact: false };
  }
  return { distance: max, exact: true };
}

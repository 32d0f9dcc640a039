/**
 * Figures recorded before the XML tuning of this round, for comparison with the live tables.
 * Kept as text: the old code is gone, so they cannot be re-measured by `npm run bench`.
 */
export const BASELINE = `(to be recorded)`;

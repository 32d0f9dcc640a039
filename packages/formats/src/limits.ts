/** Safety limits applied while reading any package. Each error names the limit it hit. */
export interface Limits {
  /** Most zip entries a package may have. */
  readonly maxEntries: number;
  /** Most bytes all entries may inflate to, together. */
  readonly maxTotalInflated: number;
  /** Most bytes one entry may inflate to. */
  readonly maxEntryInflated: number;
  /** Highest inflated/compressed ratio for an entry larger than 1 MiB inflated. */
  readonly maxCompressionRatio: number;
  /** Deepest XML element nesting. */
  readonly maxXmlDepth: number;
  /** Most cells a workbook may materialise (repeated rows/columns count). */
  readonly maxCells: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxEntries: 10_000,
  maxTotalInflated: 1024 * 1024 * 1024,
  maxEntryInflated: 512 * 1024 * 1024,
  maxCompressionRatio: 200,
  maxXmlDepth: 256,
  maxCells: 5_000_000,
};

/**
 * The check both kinds of table style links share (a Word table style, `text-table-word-style.ts`;
 * an ODF table template, `text-table-template.ts`): a non-empty name of bounded length, boolean
 * flags saying which regions apply, and the kept definition as strings of bounded total length.
 */
export interface StyleLinkShape {
  /** The field naming the style (`styleId`, `name`). */
  readonly nameKey: string;
  readonly maxName: number;
  readonly flags: readonly string[];
  readonly maxSource: number;
  /** Whether the definition may be empty (unknown). */
  readonly emptySource: boolean;
}

/** True when `v` is a style link of that shape. */
export function isStyleLink(v: unknown, shape: StyleLinkShape): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const t = v as Record<string, unknown>;
  const name = t[shape.nameKey];
  if (typeof name !== 'string' || name === '' || name.length > shape.maxName) return false;
  if (!shape.flags.every((k) => typeof t[k] === 'boolean')) return false;
  if (!Array.isArray(t.source) || (!shape.emptySource && t.source.length === 0) || !t.source.every((s) => typeof s === 'string')) return false;
  return (t.source).reduce((n, s) => n + s.length, 0) <= shape.maxSource;
}

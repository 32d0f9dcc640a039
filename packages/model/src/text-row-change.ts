/**
 * A table row inserted or deleted while changes were tracked: the `change` attribute of
 * `table_row` (DOCX `w:trPr/w:ins` and `w:trPr/w:del`, ECMA-376 Part 1, 17.13.5.19 / 17.13.5.13).
 *
 * A deleted row stays in the document until the change is accepted; its text also carries the
 * `deletion` mark of the same change, as Word writes it. Accepting a row deletion (or rejecting
 * an insertion) removes the row; the other way round only drops the attribute.
 */

/** A row change: kind, and the change's id, author and date as for change marks. */
export interface RowChange {
  readonly kind: 'insertion' | 'deletion';
  readonly id: string | null;
  readonly author: string | null;
  readonly date: string | null;
}

const nullableString = (v: unknown): boolean => v === null || typeof v === 'string';

export function isRowChange(v: unknown): v is RowChange {
  if (typeof v !== 'object' || v === null) return false;
  const c = v as Record<string, unknown>;
  return (c.kind === 'insertion' || c.kind === 'deletion') && nullableString(c.id) && nullableString(c.author) && nullableString(c.date);
}

/** A row change with its fields checked (missing ones null). */
export function rowChange(kind: RowChange['kind'], info: { readonly id?: string | null; readonly author?: string | null; readonly date?: string | null }): RowChange {
  return { kind, id: info.id ?? null, author: info.author ?? null, date: info.date ?? null };
}

/** The `data-` attributes and class of a changed row's `tr`. */
export function rowChangeDOM(change: unknown): Record<string, string> {
  if (!isRowChange(change)) return {};
  const out: Record<string, string> = { 'data-row-change': change.kind, class: `tracked-row tracked-row-${change.kind}` };
  if (change.id !== null) out['data-change-id'] = change.id;
  if (change.author !== null) out['data-author'] = change.author;
  if (change.date !== null) out['data-date'] = change.date;
  return out;
}

/** The row change a `tr` says it has (pasted HTML), or null. */
export function rowChangeFromDOM(dom: HTMLElement): RowChange | null {
  const kind = dom.getAttribute('data-row-change');
  if (kind !== 'insertion' && kind !== 'deletion') return null;
  return rowChange(kind, { id: dom.getAttribute('data-change-id'), author: dom.getAttribute('data-author'), date: dom.getAttribute('data-date') });
}

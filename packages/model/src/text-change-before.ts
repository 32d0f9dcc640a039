/**
 * The former format a tracked format change keeps in its `before` attribute (the `format_change`
 * mark and the `paragraph_change` node of kind `format`, see `text-change-schema.ts`).
 *
 * `before` is JSON text, or null when the former format is not known (rejecting then keeps the
 * current format):
 *
 * - text: `{"family":…,"marks":[…]}`, the former character marks as ProseMirror JSON;
 * - paragraphs: `{"family":…,"type":"paragraph"|"heading","attrs":{…}}`, the block's former type
 *   and attributes.
 *
 * `family` says where it comes from: `ostal` (recorded by the editor), `ooxml` (read from a DOCX
 * `w:rPrChange`/`w:pPrChange`, whose source XML `xml` is kept too so that a DOCX round trip
 * writes it back as it was), `odf` (read from an ODF file). Writers build their own former
 * properties from `marks` / `type` + `attrs` when there is no source XML of their family.
 */
import type { Mark, Schema } from 'prosemirror-model';

/** Where a kept former format comes from. */
export type FormerFamily = 'ostal' | 'ooxml' | 'odf';

/** A paragraph's former type and attributes. */
export interface FormerBlock {
  readonly type: string;
  readonly attrs: Readonly<Record<string, unknown>>;
}

interface BeforeJson {
  family?: unknown;
  xml?: unknown;
  marks?: unknown;
  type?: unknown;
  attrs?: unknown;
}

function parse(before: unknown): BeforeJson | null {
  if (typeof before !== 'string' || before.length > 1_000_000) return null;
  try {
    const parsed = JSON.parse(before) as unknown;
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** The `before` of a text format change whose former marks were `marks` (source XML optional). */
export function runFormerFormat(family: FormerFamily, marks: readonly Mark[], xml?: string): string {
  return JSON.stringify({ family, ...(xml !== undefined ? { xml } : {}), marks: marks.map((m) => m.toJSON() as unknown) });
}

/** The `before` of a paragraph format change whose block was of `type` with `attrs` (source XML optional). */
export function blockFormerFormat(family: FormerFamily, type: string, attrs: Readonly<Record<string, unknown>>, xml?: string): string {
  return JSON.stringify({ family, ...(xml !== undefined ? { xml } : {}), type, attrs });
}

/** The family a `before` comes from, or null when it cannot be read. */
export function formerFamily(before: unknown): FormerFamily | null {
  const family = parse(before)?.family;
  return family === 'ostal' || family === 'ooxml' || family === 'odf' ? family : null;
}

/** The source XML a `before` keeps when it comes from `family`, or null. */
export function formerXml(before: unknown, family: FormerFamily): string | null {
  const parsed = parse(before);
  return parsed?.family === family && typeof parsed.xml === 'string' ? parsed.xml : null;
}

/** The former marks a text format change's `before` holds (marks of `schema` it knows), or null when it holds none. */
export function formerMarks(before: unknown, schema: Schema): Mark[] | null {
  const marks = parse(before)?.marks;
  if (!Array.isArray(marks)) return null;
  const out: Mark[] = [];
  for (const json of marks.slice(0, 200)) {
    try {
      out.push(schema.markFromJSON(json));
    } catch {
      // A mark this schema does not know (or with bad attributes) is left out.
    }
  }
  return out;
}

/** The former block a paragraph format change's `before` holds, or null. */
export function formerBlock(before: unknown): FormerBlock | null {
  const parsed = parse(before);
  if (!parsed || typeof parsed.type !== 'string' || typeof parsed.attrs !== 'object' || parsed.attrs === null || Array.isArray(parsed.attrs)) return null;
  return { type: parsed.type, attrs: parsed.attrs as Record<string, unknown> };
}

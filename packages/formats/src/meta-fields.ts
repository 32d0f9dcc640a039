/**
 * Document metadata fields as both families store them: Dublin Core title, creator and
 * language, and xsd:dateTime dates (ODF 1.3 Part 3, 4.3; ECMA-376 Part 2, 11).
 */
import type { DocumentMeta } from '@ostal/model';

const DATE_TIME = /^-?\d{4,}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?$/;
const LANGUAGE = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/;

/** `meta` without its undefined fields. */
export function compactMeta(meta: Record<keyof DocumentMeta, string | undefined>): DocumentMeta {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(meta)) if (v !== undefined) out[k] = v;
  return out;
}

/**
 * The fields of `meta` that the schemas accept (xsd:dateTime dates, xsd:language tags); a value
 * read from a careless producer is left out rather than making the written file invalid.
 */
export function writableMeta(meta: DocumentMeta): DocumentMeta {
  return compactMeta({
    title: meta.title,
    creator: meta.creator,
    created: meta.created !== undefined && DATE_TIME.test(meta.created) ? meta.created : undefined,
    modified: meta.modified !== undefined && DATE_TIME.test(meta.modified) ? meta.modified : undefined,
    language: meta.language !== undefined && LANGUAGE.test(meta.language) ? meta.language : undefined,
  });
}

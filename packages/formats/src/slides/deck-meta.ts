/**
 * Document metadata for decks, both families: OPC core properties (ECMA-376 Part 2, 11: Dublin
 * Core in docProps/core.xml) and ODF metadata (ODF 1.3 Part 3, 4.3: office:meta with dc:* and
 * meta:* elements), read into and written from the model's DocumentMeta.
 */
import type { DocumentMeta } from '@ostal/model';
import { NS } from '../xml/namespaces.js';
import { childElement, textContent } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';

function text(parent: XmlElement, ns: string, local: string): string | undefined {
  const el = childElement(parent, ns, local);
  const t = el ? textContent(el).trim() : '';
  return t === '' ? undefined : t;
}

function compact(meta: Record<keyof DocumentMeta, string | undefined>): DocumentMeta {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(meta)) if (v !== undefined) out[k] = v;
  return out;
}

/** Metadata from an OPC `cp:coreProperties` root element. */
export function readCoreProperties(root: XmlElement): DocumentMeta {
  return compact({
    title: text(root, NS.dc, 'title'),
    creator: text(root, NS.dc, 'creator'),
    created: text(root, NS.dcterms, 'created'),
    modified: text(root, NS.dcterms, 'modified'),
    language: text(root, NS.dc, 'language'),
  });
}

/** Metadata from an ODF `office:meta` element (the initial creator is the model's creator). */
export function readOdfMeta(meta: XmlElement | undefined): DocumentMeta {
  if (!meta) return {};
  return compact({
    title: text(meta, NS.dc, 'title'),
    creator: text(meta, NS.meta, 'initial-creator') ?? text(meta, NS.dc, 'creator'),
    created: text(meta, NS.meta, 'creation-date'),
    modified: text(meta, NS.dc, 'date'),
    language: text(meta, NS.dc, 'language'),
  });
}

const DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?$/;
const LANGUAGE = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/;

/**
 * The fields of `meta` that the schemas accept (xsd:dateTime dates, xsd:language tags); a value
 * read from a careless producer is left out rather than making the written file invalid.
 */
export function writableMeta(meta: DocumentMeta): DocumentMeta {
  return compact({
    title: meta.title,
    creator: meta.creator,
    created: meta.created !== undefined && DATE_TIME.test(meta.created) ? meta.created : undefined,
    modified: meta.modified !== undefined && DATE_TIME.test(meta.modified) ? meta.modified : undefined,
    language: meta.language !== undefined && LANGUAGE.test(meta.language) ? meta.language : undefined,
  });
}

/** The `office:meta` element for a deck (prefixes office, meta, dc must be declared by the caller). */
export function writeOdfMeta(documentMeta: DocumentMeta): XmlOut {
  const meta = writableMeta(documentMeta);
  return x(
    'office:meta',
    {},
    x('meta:generator', {}, 'Ostal'),
    meta.title !== undefined ? x('dc:title', {}, meta.title) : null,
    meta.creator !== undefined ? x('meta:initial-creator', {}, meta.creator) : null,
    meta.creator !== undefined ? x('dc:creator', {}, meta.creator) : null,
    meta.created !== undefined ? x('meta:creation-date', {}, meta.created) : null,
    meta.modified !== undefined ? x('dc:date', {}, meta.modified) : null,
    meta.language !== undefined ? x('dc:language', {}, meta.language) : null,
  );
}

/**
 * Document metadata in ODF (ODF 1.3 Part 3, 3.1.3 `office:meta`; 4.3 meta elements:
 * `dc:title`, `meta:initial-creator`, `dc:creator`,
 * `meta:creation-date`, `dc:date`, `dc:language`), read and written the
 * same way for packages (meta.xml) and flat documents.
 */
import type { DocumentMeta } from '@ostal/model';
import { NS } from '../xml/namespaces.js';
import { childElement, textContent } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';

const DATE_TIME = /^-?\d{4,}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?$/;
const LANGUAGE = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/;

function text(meta: XmlElement, ns: string, local: string): string | undefined {
  const el = childElement(meta, ns, local);
  const t = el ? textContent(el).trim() : '';
  return t === '' ? undefined : t;
}

/**
 * Reads `office:meta` from the root of meta.xml or of a flat document. The creator is the
 * initial creator when known (ODF's `dc:creator` names who saved last).
 */
export function readOdfMeta(root: XmlElement | undefined): DocumentMeta {
  const meta = root && childElement(root, NS.office, 'meta');
  if (!meta) return {};
  const out: { -readonly [K in keyof DocumentMeta]: DocumentMeta[K] } = {
    title: text(meta, NS.dc, 'title'),
    creator: text(meta, NS.meta, 'initial-creator') ?? text(meta, NS.dc, 'creator'),
    created: text(meta, NS.meta, 'creation-date'),
    modified: text(meta, NS.dc, 'date'),
    language: text(meta, NS.dc, 'language'),
  };
  for (const k of Object.keys(out) as (keyof DocumentMeta)[]) if (out[k] === undefined) delete out[k];
  return out;
}

/** The `office:meta` element for `meta`; dates and language that are not valid for the schema are left out. */
export function odfMetaElement(meta: DocumentMeta): XmlOut {
  const date = (v: string | undefined): string | undefined => (v !== undefined && DATE_TIME.test(v) ? v : undefined);
  const created = date(meta.created);
  const modified = date(meta.modified);
  const language = meta.language !== undefined && LANGUAGE.test(meta.language) ? meta.language : undefined;
  return x(
    'office:meta',
    {},
    x('meta:generator', {}, 'Ostal'),
    meta.title !== undefined ? x('dc:title', {}, meta.title) : null,
    meta.creator !== undefined ? x('meta:initial-creator', {}, meta.creator) : null,
    meta.creator !== undefined ? x('dc:creator', {}, meta.creator) : null,
    created !== undefined ? x('meta:creation-date', {}, created) : null,
    modified !== undefined ? x('dc:date', {}, modified) : null,
    language !== undefined ? x('dc:language', {}, language) : null,
  );
}

/**
 * Document metadata in ODF (ODF 1.3 Part 3, 3.1.3 `office:meta`; 4.3 meta elements:
 * `dc:title`, `meta:initial-creator`, `dc:creator`, `meta:creation-date`, `dc:date`,
 * `dc:language`), read and written the same way for every kind, for packages (meta.xml) and flat
 * documents alike.
 */
import type { DocumentMeta } from '@ostal/model';
import { NS } from '../xml/namespaces.js';
import { compactMeta, writableMeta } from '../meta-fields.js';
import { childElement, childText } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';

/**
 * Reads `office:meta`, given either that element or the root that holds it (meta.xml's
 * `office:document-meta`, a flat document's `office:document`). The creator is the initial
 * creator when known (ODF's `dc:creator` names who saved last).
 */
export function readOdfMeta(el: XmlElement | undefined): DocumentMeta {
  const meta = el && (el.ns === NS.office && el.local === 'meta' ? el : childElement(el, NS.office, 'meta'));
  if (!meta) return {};
  return compactMeta({
    title: childText(meta, NS.dc, 'title'),
    creator: childText(meta, NS.meta, 'initial-creator') ?? childText(meta, NS.dc, 'creator'),
    created: childText(meta, NS.meta, 'creation-date'),
    modified: childText(meta, NS.dc, 'date'),
    language: childText(meta, NS.dc, 'language'),
  });
}

/** The `office:meta` element (prefixes office, meta and dc must be declared by the caller). */
export function odfMetaElement(documentMeta: DocumentMeta): XmlOut {
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

/**
 * Core properties (ECMA-376 Part 2, 11: Dublin Core in `docProps/core.xml`), read into the
 * model's DocumentMeta; every OOXML reader uses this one.
 */
import type { DocumentMeta } from '@ostal/model';
import type { ReadContext } from '../codec.js';
import { FormatError } from '../errors.js';
import { compactMeta } from '../meta-fields.js';
import { NS } from '../xml/namespaces.js';
import { childText } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import type { OpcPackage } from './opc-package.js';

/** Metadata from an OPC `cp:coreProperties` root element. */
export function readCoreProperties(root: XmlElement): DocumentMeta {
  return compactMeta({
    title: childText(root, NS.dc, 'title'),
    creator: childText(root, NS.dc, 'creator'),
    created: childText(root, NS.dcterms, 'created'),
    modified: childText(root, NS.dcterms, 'modified'),
    language: childText(root, NS.dc, 'language'),
  });
}

/**
 * The package's core properties, when it has them. An unreadable core part costs only the
 * metadata (a warning), never the document; safety limits still stop the read.
 */
export function packageCoreProperties(pkg: OpcPackage, ctx: ReadContext): DocumentMeta {
  const rel = pkg.relationshipOfType('', 'core-properties');
  if (!rel || rel.external || !pkg.has(rel.target)) return {};
  try {
    return readCoreProperties(pkg.xml(rel.target));
  } catch (err) {
    if (err instanceof FormatError && err.reason === 'limit-exceeded') throw err;
    ctx.diagnostics.warn('unreadable-part', 'The document properties could not be read.', rel.target);
    return {};
  }
}

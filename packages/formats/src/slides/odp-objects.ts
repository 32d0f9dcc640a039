/**
 * Embedded objects of ODF presentation packages kept as they are (ODF 1.3 Part 3, 10.4.6
 * draw:object, 10.4.7 draw:object-ole; Part 2, 3.16 sub-documents): the object element and the
 * files of its sub-document folder (`Object 1/content.xml`, `styles.xml`...) or OLE file, written
 * back under new names to packages. Charts the model understands are also read into it; the
 * kept source goes first, so a same-format save changes nothing of what LibreOffice shows.
 */
import type { KeptPart, OpaqueSource } from '@ostal/model';
import { decodeText } from '../container/zip-reader.js';
import { NS } from '../xml/namespaces.js';
import { parseXml } from '../xml/xml-parser.js';
import { attr } from '../xml/xml-tree.js';
import type { XmlElement, XmlNode } from '../xml/xml-tree.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { elementToXmlOut } from './xml-fragment.js';

/** Namespaces of ODF 1.3 elements and attributes (Part 3, 1.5); markup in others is foreign. */
const ODF_NAMESPACES: ReadonlySet<string> = new Set([
  NS.office,
  NS.style,
  NS.text,
  NS.table,
  NS.draw,
  NS.fo,
  NS.xlink,
  NS.dc,
  NS.meta,
  NS.number,
  NS.presentation,
  NS.svg,
  NS.smil,
  NS.anim,
  'urn:oasis:names:tc:opendocument:xmlns:chart:1.0',
  'urn:oasis:names:tc:opendocument:xmlns:dr3d:1.0',
  'urn:oasis:names:tc:opendocument:xmlns:form:1.0',
  'urn:oasis:names:tc:opendocument:xmlns:script:1.0',
  'urn:oasis:names:tc:opendocument:xmlns:config:1.0',
  'urn:oasis:names:tc:opendocument:xmlns:database:1.0',
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/2002/xforms',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/2003/g/data-view#',
  'http://www.w3.org/XML/1998/namespace',
]);

/** Limits on what one object may keep. */
const MAX_OBJECT_FILES = 256;
const MAX_OBJECT_BYTES = 32 * 1024 * 1024;

/** A file of a package with its manifest media type. */
export interface PackageFile {
  readonly path: string;
  readonly mediaType?: string;
  readonly data: Uint8Array;
}

/** The files of a package under `path` (a sub-document folder) or at it (an OLE file). */
export type FolderReader = (path: string) => { readonly mediaType?: string; readonly files: readonly PackageFile[] } | undefined;

/** The package path an object's `xlink:href` names (`./Object 1` -> `Object 1`), or undefined when it leaves the package. */
function objectPath(href: string): string | undefined {
  const path = href.replace(/^\.\//, '').replace(/\/+$/, '');
  if (path === '' || path.includes('..') || path.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(path)) return undefined;
  return path;
}

/** The source to keep for a `draw:object` / `draw:object-ole`, or undefined when it cannot be kept whole. */
export function keptObjectSource(obj: XmlElement, folder: FolderReader | undefined, xml: (el: XmlElement) => string): OpaqueSource | undefined {
  const href = attr(obj, NS.xlink, 'href');
  // An object inline in a flat file (office:document, office:binary-data) is not kept.
  if (href === undefined) return undefined;
  const path = objectPath(href);
  const found = path && folder ? folder(path) : undefined;
  if (!path || !found || found.files.length === 0 || found.files.length > MAX_OBJECT_FILES) return undefined;
  if (found.files.reduce((n, f) => n + f.data.length, 0) > MAX_OBJECT_BYTES) return undefined;
  const parts: KeptPart[] = found.files.map((f) => ({ path: f.path, type: f.mediaType ?? '', data: f.data }));
  return { format: 'odp', xml: xml(obj), rels: { [href]: { type: found.mediaType ?? '', path } }, parts };
}

/** A copy of `el` without foreign elements and attributes, so what is inlined stays valid ODF. */
export function withoutForeign(el: XmlElement): XmlElement {
  const attrs = new Map<string, string>();
  for (const [key, value] of el.attrs) {
    const m = /^\{([^}]*)\}/.exec(key);
    if (!m || ODF_NAMESPACES.has(m[1] ?? '') || m[1] === 'http://www.w3.org/2000/xmlns/') attrs.set(key, value);
  }
  const children: XmlNode[] = [];
  for (const c of el.children) {
    if (typeof c === 'string') children.push(c);
    else if (ODF_NAMESPACES.has(c.ns)) children.push(withoutForeign(c));
  }
  return { ns: el.ns, local: el.local, qname: el.qname, attrs, nsDecls: el.nsDecls, children };
}

/** How a writer places kept object files: the new href of each folder or file. */
export interface ObjectFiles {
  /** A fresh object name (`Object 3`), unique in the package. */
  readonly name: () => string;
  readonly add: (file: { name: string; data: Uint8Array; mediaType: string }) => void;
  /** A sub-document folder, with the `office:version` of its content (null when it states none). */
  readonly folder: (path: string, mediaType: string, version: string | null) => void;
}

/**
 * The object element to write for a kept ODP source, its files copied under a new name into
 * the package; undefined when it cannot be (a flat file, which shows the replacement picture:
 * inlining an older sub-document would not always be valid ODF 1.3).
 */
export function keptObjectXml(source: OpaqueSource, files: ObjectFiles | undefined): XmlOut | undefined {
  const rel = Object.values(source.rels ?? {})[0];
  if (source.format !== 'odp' || !rel || !files) return undefined;
  let el: XmlElement;
  try {
    el = withoutForeign(parseXml(source.xml, { part: 'kept object', maxDepth: 256 }));
  } catch {
    return undefined;
  }
  const parts = source.parts ?? [];
  const name = files.name();
  for (const p of parts) {
    files.add({ name: `${name}${p.path.slice(rel.path.length)}`, data: p.data, mediaType: p.type || (p.path.endsWith('.xml') ? 'text/xml' : 'application/octet-stream') });
  }
  if (!parts.some((p) => p.path === rel.path)) {
    const content = parts.find((p) => p.path === `${rel.path}/content.xml`);
    const version = content ? /<[\w.-]*:?document-content\b[^>]*\boffice:version="([^"]{1,16})"/.exec(decodeText(content.data.subarray(0, 8192)))?.[1] : undefined;
    files.folder(`${name}/`, rel.type, version ?? null);
  }
  return elementToXmlOut(el, (uri, local, value) => (uri === NS.xlink && local === 'href' ? (value.startsWith('./') ? `./${name}` : name) : value));
}

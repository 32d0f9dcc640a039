/**
 * Embedded documents of flat presentations (ODF 1.3 Part 3, 10.4.6.2: a `draw:object` holding an
 * `office:document` instead of naming a sub-document folder). Writing .fodp, a kept sub-document
 * (`Object 1/content.xml`, `styles.xml`, `Pictures/`) is inlined: its styles, automatic styles,
 * master styles and body in one `office:document`, its pictures as `office:binary-data`.
 * Reading .fodp, an inline document becomes a kept sub-document folder again, so an .odp save
 * writes it as a package object and PPTX embeds it (`pptx-embedded-office.ts`).
 */
import type { KeptPart, OpaqueSource } from '@ostal/model';
import { decodeText } from '../container/zip-reader.js';
import { NS } from '../xml/namespaces.js';
import { parseXml } from '../xml/xml-parser.js';
import { attr, childElement, childElements } from '../xml/xml-tree.js';
import type { XmlElement, XmlNode } from '../xml/xml-tree.js';
import { serializeXmlFragment } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { decodeBase64, encodeBase64 } from '../text/text-media.js';
import { withoutForeign } from './odp-objects.js';
import { elementToXmlOut } from './xml-fragment.js';

const CHART = 'urn:oasis:names:tc:opendocument:xmlns:chart:1.0';

/**
 * Sub-documents of these ODF versions are inlined; older ones (1.0, 1.1: outline styles without
 * names, hyphenation in paragraph properties...) stay their picture in flat files.
 */
const INLINE_VERSIONS = new Set(['1.2', '1.3', '1.4']);

function element(ns: string, local: string, prefix: string, attrs: ReadonlyMap<string, string>, children: readonly XmlNode[], nsDecls: ReadonlyMap<string, string> = new Map()): XmlElement {
  return { ns, local, qname: `${prefix}:${local}`, attrs, nsDecls, children };
}

/** A copy of `el` with some fields changed (parsed elements hold their fields as getters, which a spread does not copy). */
function copy(el: XmlElement, changes: Partial<XmlElement>): XmlElement {
  return { ns: el.ns, local: el.local, qname: el.qname, attrs: el.attrs, nsDecls: el.nsDecls, children: el.children, ...changes };
}

function parsed(part: KeptPart | undefined): XmlElement | undefined {
  if (!part) return undefined;
  try {
    return parseXml(decodeText(part.data), { part: part.path, maxDepth: 256 });
  } catch {
    return undefined;
  }
}

/** `el` with its pictures (`draw:image xlink:href="Pictures/…"`) as inline base64 data. */
function withInlinePictures(el: XmlElement, file: (href: string) => Uint8Array | undefined): XmlElement {
  const children = el.children.map((c) => (typeof c === 'string' ? c : withInlinePictures(c, file)));
  if (el.ns !== NS.draw || el.local !== 'image') return copy(el, { children });
  const href = attr(el, NS.xlink, 'href');
  const data = href ? file(href.replace(/^\.\//, '')) : undefined;
  if (!data) return copy(el, { children });
  const attrs = new Map([...el.attrs].filter(([k]) => !k.startsWith(`{${NS.xlink}}`)));
  return copy(el, { attrs, children: [element(NS.office, 'binary-data', 'office', new Map(), [encodeBase64(data)]), ...children.filter((c) => typeof c !== 'string')] });
}

/** Hyphenation counts ODF 1.3 wants positive; OpenOffice wrote 0 for "no minimum". */
const POSITIVE_COUNTS = new Set([`{${NS.fo}}hyphenation-remain-char-count`, `{${NS.fo}}hyphenation-push-char-count`]);

/** Values OpenOffice wrote before ODF 1.2 named them, with their ODF 1.3 names. */
const RENAMED_VALUES: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  [
    `{${CHART}}axis-label-position`,
    new Map([
      ['outside-minimum', 'outside-start'],
      ['outside-maximum', 'outside-end'],
    ]),
  ],
]);

/** `el` without values ODF 1.3 refuses that older writers used: a count of 0, values renamed since. */
function withValidValues(el: XmlElement): XmlElement {
  const children = el.children.map((c) => (typeof c === 'string' ? c : withValidValues(c)));
  const fixed = new Map<string, string>();
  let changed = false;
  for (const [k, v] of el.attrs) {
    const renamed = RENAMED_VALUES.get(k)?.get(v);
    if (POSITIVE_COUNTS.has(k) && !(Number(v) >= 1)) changed = true;
    else if (renamed) {
      fixed.set(k, renamed);
      changed = true;
    } else fixed.set(k, v);
  }
  return copy(el, { children, ...(changed ? { attrs: fixed } : {}) });
}

/**
 * The `draw:object` of a flat file for a kept ODP sub-document, its document inline; undefined
 * when it cannot be (not a sub-document folder, unreadable, or older than ODF 1.2).
 */
export function inlineObjectXml(source: OpaqueSource): XmlOut | undefined {
  const rel = Object.values(source.rels ?? {})[0];
  if (source.format !== 'odp' || !rel) return undefined;
  const parts = source.parts ?? [];
  const at = (name: string): KeptPart | undefined => parts.find((p) => p.path === `${rel.path}/${name}`);
  const content = parsed(at('content.xml'));
  const styles = parsed(at('styles.xml'));
  const object = parsed({ path: 'kept object', type: '', data: new TextEncoder().encode(source.xml) });
  if (!content || !object || !INLINE_VERSIONS.has(attr(content, NS.office, 'version') ?? '')) return undefined;
  const body = childElement(content, NS.office, 'body');
  if (!body) return undefined;
  const pick = (root: XmlElement | undefined, local: string): XmlElement[] => (root ? childElements(root, NS.office, local) : []);
  // Automatic styles of both files in one list; a styles.xml one whose name content.xml uses is left out.
  const contentAuto = pick(content, 'automatic-styles').flatMap((a) => a.children);
  const names = new Set(contentAuto.filter((c): c is XmlElement => typeof c !== 'string').map((c) => attr(c, NS.style, 'name')));
  const stylesAuto = pick(styles, 'automatic-styles').flatMap((a) => a.children).filter((c) => typeof c === 'string' || !names.has(attr(c, NS.style, 'name')));
  const fontNames = new Set<string>();
  const fonts = [...pick(content, 'font-face-decls'), ...pick(styles, 'font-face-decls')].flatMap((d) => childElements(d, NS.style, 'font-face')).filter((f) => {
    const name = attr(f, NS.style, 'name') ?? '';
    if (fontNames.has(name)) return false;
    fontNames.add(name);
    return true;
  });
  const section = (local: string, children: readonly XmlNode[]): XmlElement[] => (children.length > 0 ? [element(NS.office, local, 'office', new Map(), children)] : []);
  const document = element(
    NS.office,
    'document',
    'office',
    new Map([
      [`{${NS.office}}mimetype`, rel.type],
      [`{${NS.office}}version`, '1.3'],
    ]),
    [
      ...section('font-face-decls', fonts),
      ...pick(styles, 'styles'),
      ...section('automatic-styles', [...contentAuto, ...stylesAuto]),
      ...pick(styles, 'master-styles'),
      body,
    ],
    new Map([...(styles?.nsDecls ?? []), ...content.nsDecls]),
  );
  const file = (href: string): Uint8Array | undefined => at(href)?.data;
  const inline = withInlinePictures(withValidValues(withoutForeign(document)), file);
  const attrs = new Map([...object.attrs].filter(([k]) => !k.startsWith(`{${NS.xlink}}`)));
  return elementToXmlOut(withoutForeign(copy(object, { attrs, children: [inline] })));
}

const PICTURE_TYPES: readonly (readonly [number[], string, string])[] = [
  [[0x89, 0x50, 0x4e, 0x47], 'png', 'image/png'],
  [[0xff, 0xd8, 0xff], 'jpg', 'image/jpeg'],
  [[0x47, 0x49, 0x46, 0x38], 'gif', 'image/gif'],
];

function pictureKind(data: Uint8Array): { ext: string; type: string } {
  const found = PICTURE_TYPES.find(([magic]) => magic.every((b, i) => data[i] === b));
  return found ? { ext: found[1], type: found[2] } : { ext: 'bin', type: 'application/octet-stream' };
}

/** `el` with inline pictures as files of the folder, added to `files`. */
function withPictureFiles(el: XmlElement, folder: string, files: KeptPart[]): XmlElement {
  const children = el.children.map((c) => (typeof c === 'string' ? c : withPictureFiles(c, folder, files)));
  if (el.ns !== NS.draw || el.local !== 'image') return copy(el, { children });
  const bin = childElement(el, NS.office, 'binary-data');
  const data = bin ? decodeBase64(bin.children.filter((c): c is string => typeof c === 'string').join('')) : undefined;
  if (!bin || !data) return copy(el, { children });
  const kind = pictureKind(data);
  const href = `Pictures/image${String(files.length + 1)}.${kind.ext}`;
  files.push({ path: `${folder}/${href}`, type: kind.type, data });
  const attrs = new Map([...el.attrs, [`{${NS.xlink}}href`, href], [`{${NS.xlink}}type`, 'simple'], [`{${NS.xlink}}show`, 'embed'], [`{${NS.xlink}}actuate`, 'onLoad']]);
  return copy(el, { attrs, children: children.filter((c) => typeof c === 'string' || c.ns !== NS.office || c.local !== 'binary-data') });
}

function partOf(path: string, root: XmlElement): KeptPart {
  return { path, type: 'text/xml', data: new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>\n${serializeXmlFragment(elementToXmlOut(root))}`) };
}

/**
 * The kept source of a flat file's `draw:object` holding its document inline, as the sub-document
 * folder `folder` (`Object 1`) a package would hold; undefined when it holds none.
 */
export function inlineObjectSource(obj: XmlElement, folder: string, xml: (el: XmlElement) => string): OpaqueSource | undefined {
  const doc = childElement(obj, NS.office, 'document');
  const mimetype = doc ? attr(doc, NS.office, 'mimetype') : undefined;
  const body = doc ? childElement(doc, NS.office, 'body') : undefined;
  if (!doc || !mimetype || !body) return undefined;
  const pictures: KeptPart[] = [];
  const withFiles = withPictureFiles(doc, folder, pictures);
  const pick = (...locals: string[]): XmlElement[] => locals.flatMap((l) => childElements(withFiles, NS.office, l));
  const version = new Map([[`{${NS.office}}version`, attr(doc, NS.office, 'version') ?? '1.3']]);
  const content = element(NS.office, 'document-content', 'office', version, pick('scripts', 'font-face-decls', 'automatic-styles', 'body'), doc.nsDecls);
  const styles = element(NS.office, 'document-styles', 'office', version, pick('font-face-decls', 'styles', 'automatic-styles', 'master-styles'), doc.nsDecls);
  const href = `./${folder}`;
  const attrs = new Map([...obj.attrs, [`{${NS.xlink}}href`, href], [`{${NS.xlink}}type`, 'simple'], [`{${NS.xlink}}show`, 'embed'], [`{${NS.xlink}}actuate`, 'onLoad']]);
  return {
    format: 'odp',
    xml: xml(copy(obj, { attrs, children: [] })),
    rels: { [href]: { type: mimetype, path: folder } },
    parts: [partOf(`${folder}/content.xml`, content), partOf(`${folder}/styles.xml`, styles), ...pictures],
  };
}

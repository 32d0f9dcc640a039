/**
 * The kept chart object of ODF text (a `chart` node's `source` of family `odf`, see
 * `text-chart-schema.ts` in the model): what LibreOffice wrote of the chart — its sub-document's
 * files (`Object 1/content.xml`, `styles.xml`, `meta.xml`) or, in a flat file, the object's
 * inline `office:document` — and its replacement picture. While the chart is unchanged the ODF
 * writer puts it back as it was (colours, fonts, axis formats, 3D, data labels: all the model
 * lacks); once edited, its object patched (`odf-chart-patch.ts`) or the chart written from its
 * values, the stale picture dropped either way.
 *
 * Written back, the object's XML loses markup in foreign namespaces (LibreOffice's `loext:`
 * extensions) and says ODF 1.3, so the file stays valid ODF 1.3 (`slides/odp-objects.ts`
 * `withoutForeign`); an older chart document is otherwise valid 1.3 chart markup, once the
 * ODF 1.0 properties 1.3 dropped (`chart:stock-with-volume`, `chart:lines-used`) are left out and
 * an ODF 1.2 draft's `chart:axis-label-position` values renamed (`asOdf13`).
 * Across the two forms the object's files are merged into one document or split back
 * (`odf-chart-forms.ts`).
 */
import { chartSig } from '@ostal/model';
import type { Chart, ChartSource, ChartSourcePart } from '@ostal/model';
import { NS } from '../xml/namespaces.js';
import { parseXml } from '../xml/xml-parser.js';
import { attr, childElement, textContent } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { serializeXml, x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { withoutForeign } from '../slides/odp-objects.js';
import { CHART_MEDIA_TYPE } from '../sheets/ods-charts.js';
import { xmlOutOf } from './opaque-xml.js';
import { inlineDocument, packagedFiles } from './odf-chart-forms.js';
import { decodeBase64, encodeBase64, pictureMime } from './text-media.js';
import type { OdfObjectWriter } from './odf-opaque.js';

/** The one part of a source read from a flat file: the object's `office:document`. */
export const INLINE_DOCUMENT = 'office:document';
const REPLACEMENTS = 'ObjectReplacements/';
/** Limits on what one chart keeps (beyond: written from its values). */
const MAX_FILES = 32;
const MAX_BYTES = 8 * 1024 * 1024;
const MAX_DEPTH = 256;
const LINK = { 'xlink:type': 'simple', 'xlink:show': 'embed', 'xlink:actuate': 'onLoad' } as const;

/** What the package gives: a file's bytes, the names of all files; absent for flat files. */
export interface ChartPackage {
  file(path: string): Uint8Array | undefined;
  names(): readonly string[];
}

/** The package path an href names (`./Object 1` → `Object 1`), or undefined when it leaves the package. */
function localPath(href: string | undefined): string | undefined {
  const path = href?.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
  if (!path || path.startsWith('/') || path.split('/').includes('..') || /^[a-z][a-z0-9+.-]*:/i.test(path)) return undefined;
  return path;
}

/** The replacement picture of a chart frame (`draw:image` after the object), or undefined. */
function replacement(frame: XmlElement, pkg: ChartPackage | undefined): ChartSourcePart | undefined {
  const image = childElement(frame, NS.draw, 'image');
  if (!image) return undefined;
  const inline = childElement(image, NS.office, 'binary-data');
  const path = localPath(attr(image, NS.xlink, 'href'));
  const bytes = inline ? decodeBase64(textContent(inline)) : path && pkg ? pkg.file(path) : undefined;
  if (!bytes || bytes.length === 0) return undefined;
  const name = path?.split('/').pop() ?? 'Object';
  return { path: `${REPLACEMENTS}${name}`, type: pictureMime(bytes, name), data: encodeBase64(bytes) };
}

/** The source to keep for chart `chart` read from `object` of `frame`, or null when it cannot be kept whole. */
export function odfChartSource(frame: XmlElement, object: XmlElement, pkg: ChartPackage | undefined, chart: Chart): ChartSource | null {
  const inline = childElement(object, NS.office, 'document');
  const parts: ChartSourcePart[] = [];
  if (inline) {
    parts.push({ path: INLINE_DOCUMENT, type: CHART_MEDIA_TYPE, data: encodeBase64(new TextEncoder().encode(serializeXml(xmlOutOf(inline)))) });
  } else {
    const dir = localPath(attr(object, NS.xlink, 'href'));
    if (!dir || !pkg) return null;
    const names = pkg.names().filter((n) => n.startsWith(`${dir}/`) && !n.endsWith('/'));
    if (names.length === 0 || names.length > MAX_FILES || !names.includes(`${dir}/content.xml`)) return null;
    // content.xml first: the part the chart was read from.
    for (const n of [`${dir}/content.xml`, ...names.filter((n) => n !== `${dir}/content.xml`)]) {
      const bytes = pkg.file(n);
      if (!bytes) return null;
      parts.push({ path: n, type: n.endsWith('.xml') ? 'text/xml' : 'application/octet-stream', data: encodeBase64(bytes) });
    }
  }
  const picture = replacement(frame, pkg);
  if (picture) parts.push(picture);
  // base64 is 4/3 of the bytes.
  if (parts.reduce((n, p) => n + p.data.length, 0) > (MAX_BYTES * 4) / 3) return null;
  return { family: 'odf', parts, sig: chartSig(chart) };
}

const NS_CHART = 'urn:oasis:names:tc:opendocument:xmlns:chart:1.0';
/** Chart properties of ODF 1.0/1.1 that ODF 1.3 no longer has (OpenOffice.org 1.x and 2.x charts write them, always at their defaults). */
const DROPPED_CHART_ATTRS = new Set([`{${NS_CHART}}stock-with-volume`, `{${NS_CHART}}lines-used`]);
/** `chart:axis-label-position` values of ODF 1.2 drafts, as ODF 1.3 says them (19.12). */
const AXIS_LABEL_POSITIONS: Readonly<Record<string, string>> = { 'outside-minimum': 'outside-start', 'outside-maximum': 'outside-end' };

/** Older chart markup said the ODF 1.3 way: attributes 1.3 dropped left out, renamed values renamed. */
function asOdf13(el: XmlElement): XmlElement {
  const attrs = new Map<string, string>();
  for (const [key, value] of el.attrs) {
    if (DROPPED_CHART_ATTRS.has(key)) continue;
    attrs.set(key, key === `{${NS_CHART}}axis-label-position` ? (AXIS_LABEL_POSITIONS[value] ?? value) : value);
  }
  return { ...el, attrs, children: el.children.map((c) => (typeof c === 'string' ? c : asOdf13(c))) };
}

/** `xml` without foreign markup, saying ODF 1.3; undefined when it does not parse. */
function cleaned(xml: string, part: string): XmlElement | undefined {
  try {
    const el = asOdf13(withoutForeign(parseXml(xml, { part, maxDepth: MAX_DEPTH })));
    const version = `{${NS.office}}version`;
    return el.attrs.has(version) ? { ...el, attrs: new Map([...el.attrs, [version, '1.3']]) } : el;
  } catch {
    return undefined;
  }
}

const text = (p: ChartSourcePart): string => new TextDecoder().decode(decodeBase64(p.data) ?? new Uint8Array());

/** The XML files (`content.xml`...) and other files of a packaged source, or undefined when one does not parse. */
function packagedParts(parts: readonly ChartSourcePart[], dir: string): { xml: Record<string, XmlElement>; other: Record<string, Uint8Array> } | undefined {
  const xml: Record<string, XmlElement> = {};
  const other: Record<string, Uint8Array> = {};
  for (const p of parts) {
    if (!p.path.startsWith(dir)) continue;
    const name = p.path.slice(dir.length);
    if (name.endsWith('.xml')) {
      const el = cleaned(text(p), p.path);
      if (!el) return undefined;
      xml[name] = el;
    } else {
      const data = decodeBase64(p.data);
      if (data) other[name] = data;
    }
  }
  return { xml, other };
}

/**
 * The `draw:object` and replacement `draw:image` of a kept chart object written back (a packaged
 * object merged into one document for a flat file, an inline one split into files for a
 * package), or undefined when its XML does not parse.
 */
export function keptChartObject(parts: readonly ChartSourcePart[], flat: boolean, objects: OdfObjectWriter): { object: XmlOut; image: XmlOut | null } | undefined {
  const picture = parts.find((p) => p.path.startsWith(REPLACEMENTS));
  const bytes = picture ? decodeBase64(picture.data) : undefined;
  const first = parts[0];
  if (!first) return undefined;
  const inline = first.path === INLINE_DOCUMENT;
  if (!inline && !first.path.endsWith('/content.xml')) return undefined;
  const packaged = inline ? undefined : packagedParts(parts, first.path.slice(0, -'content.xml'.length));
  const document = inline ? cleaned(text(first), 'chart') : undefined;
  if (flat) {
    const doc = document ?? (packaged ? inlineDocument(packaged.xml) : undefined);
    if (!doc) return undefined;
    const image = bytes ? x('draw:image', {}, x('office:binary-data', {}, encodeBase64(bytes))) : null;
    return { object: x('draw:object', {}, xmlOutOf(doc)), image };
  }
  const xml = packaged?.xml ?? (document ? packagedFiles(document) : undefined);
  if (!xml) return undefined;
  const files: Record<string, string | Uint8Array> = { ...packaged?.other };
  for (const [name, el] of Object.entries(xml)) files[name] = serializeXml(xmlOutOf(el));
  const href = objects.subDocument(files, CHART_MEDIA_TYPE, '1.3');
  const image = bytes && picture ? x('draw:image', { 'xlink:href': objects.replacement(href, bytes, picture.type), ...LINK }) : null;
  return { object: x('draw:object', { 'xlink:href': href, ...LINK }), image };
}

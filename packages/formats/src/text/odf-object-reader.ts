/**
 * Embedded objects of ODF text (ODF 1.3 Part 3, 10.4.2 `draw:frame` holding 10.4.6.2
 * `draw:object` — a sub-document, Part 2, 3 "Packages": a folder `Object 1/` with its own
 * manifest media type — or 10.4.7 `draw:object-ole`, an object that only has a binary
 * representation, `xlink:href` into the package or 10.4.5 `office:binary-data`; 10.4.4 `draw:image`
 * its replacement picture).
 *
 * The object is kept opaque beside the frame's picture (`odf-frame-reader.ts` reads the
 * picture): an OLE binary as it is (an OLE compound file, or an Office package such as an .xlsx,
 * kind from its first bytes), a packaged sub-document as a zip of its folder's files whose media
 * type is the folder's (`odf-object-writer.ts` puts both back). Charts and formulas are read by
 * `odf-chart-reader.ts` and `odf-opaque.ts` before this; a sub-document inside a flat file
 * (`office:document`) stays its picture, and so does a sub-document older than ODF 1.3 (it would
 * not validate against ODF 1.3 as it is).
 */
import type { EmbeddedObject } from '@ostal/model';
import { writeZip } from '../container/zip-writer.js';
import { detect } from '../detect.js';
import { NS } from '../xml/namespaces.js';
import { attr, childElement, textContent } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import type { MediaCollector } from './text-media.js';
import { decodeBase64 } from './text-media.js';
import { embeddedKindOf } from './wml-object-reader.js';

/** Media type LibreOffice gives OLE binaries in its manifests. */
export const OLE_MEDIA_TYPE = 'application/vnd.sun.star.oleobject';

/** Content types of the Office packages an OLE binary may be, by format. */
const PACKAGE_TYPES: Readonly<Record<string, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

/** What the package gives the object reader; absent in the flat form. */
export interface OdfObjectParts {
  /** Bytes of package file `path`, or undefined. */
  file(path: string): Uint8Array | undefined;
  /** Names of the package's files (entries), for a sub-document's folder. */
  names(): readonly string[];
  /** The manifest media type of `path` (folders end with `/`), or undefined. */
  type(path: string): string | undefined;
}

/** Reads the embedded objects of one document's frames into `media`. */
export class OdfObjectBytes {
  private readonly byPath = new Map<string, EmbeddedObject | null>();

  constructor(
    private readonly parts: OdfObjectParts | undefined,
    private readonly media: MediaCollector,
  ) {}

  /** The embedded object of `frame`'s `draw:object-ole` or packaged `draw:object`, or null. */
  of(frame: XmlElement): EmbeddedObject | null {
    const ole = childElement(frame, NS.draw, 'object-ole');
    if (ole) return this.ole(ole);
    const object = childElement(frame, NS.draw, 'object');
    return object ? this.subDocument(object) : null;
  }

  private ole(el: XmlElement): EmbeddedObject | null {
    const data = childElement(el, NS.office, 'binary-data');
    if (data) {
      const bytes = decodeBase64(textContent(data));
      return bytes && bytes.length > 0 ? this.binary(bytes, undefined, 'object.bin') : null;
    }
    const path = this.localPath(el);
    if (path === undefined) return null;
    return this.once(path, () => {
      const bytes = this.parts?.file(path);
      return bytes && bytes.length > 0 ? this.binary(bytes, this.parts?.type(path), path) : null;
    });
  }

  /** An OLE binary: an OLE compound file, or an Office package (its type found from its parts). */
  private binary(bytes: Uint8Array, declared: string | undefined, name: string): EmbeddedObject {
    const kind = embeddedKindOf(bytes) === 'package' ? 'package' : 'ole';
    const format = kind === 'package' ? detect(bytes) : null;
    const mime = (format !== null ? PACKAGE_TYPES[format] : undefined) ?? (declared !== undefined && declared !== '' ? declared : OLE_MEDIA_TYPE);
    const ext = format !== null && PACKAGE_TYPES[format] !== undefined ? `.${format}` : '.bin';
    return { kind, data: this.media.addObject(bytes, mime, `${name}${ext}`), progId: null, icon: false };
  }

  /** A packaged sub-document: the files of its folder, zipped, with the folder's media type. */
  private subDocument(el: XmlElement): EmbeddedObject | null {
    if (!this.parts) return null;
    const path = this.localPath(el);
    if (path === undefined) return null;
    const dir = path.endsWith('/') ? path : `${path}/`;
    return this.once(dir, () => {
      const parts = this.parts!;
      const files = parts.names().filter((n) => n.startsWith(dir) && !n.endsWith('/') && n.length > dir.length);
      const content = parts.file(`${dir}content.xml`);
      // Only ODF 1.3 sub-documents: Ostal's files must validate against ODF 1.3, and an older one kept as it is would not.
      if (!content || !/office:version="1\.3"/.test(new TextDecoder().decode(content.subarray(0, 4096)))) return null;
      const zip = writeZip(files.map((n) => ({ name: n.slice(dir.length), data: parts.file(n) ?? new Uint8Array() })));
      const mime = parts.type(dir) ?? parts.type(dir.slice(0, -1)) ?? 'application/vnd.oasis.opendocument.base';
      return { kind: 'odf', data: this.media.addObject(zip, mime, 'object.zip'), progId: null, icon: false };
    });
  }

  /** The package path `xlink:href` names (`./Object 1` → `Object 1`), or undefined for outside links. */
  private localPath(el: XmlElement): string | undefined {
    const href = attr(el, NS.xlink, 'href');
    if (href === undefined || href === '' || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('/') || href.startsWith('../') || href.startsWith('#')) return undefined;
    const path = href.replace(/^(\.\/)+/, '');
    return path === '' || path.split('/').includes('..') ? undefined : path;
  }

  private once(key: string, read: () => EmbeddedObject | null): EmbeddedObject | null {
    let object = this.byPath.get(key);
    if (object === undefined) {
      object = read();
      this.byPath.set(key, object);
    }
    return object;
  }
}

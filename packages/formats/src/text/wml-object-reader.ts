/**
 * Embedded OLE objects of WordprocessingML (ECMA-376 Part 1, 17.3.3.19 `w:object`; Part 4
 * (VML), 19.2.2.3 `o:OLEObject` with `Type`, `ProgID`, `DrawAspect` and `r:id`; Part 1, 15.2.12
 * "Embedded Object Part" (relationship `oleObject`, an OLE compound file) and 15.2.11 "Embedded
 * Package Part" (relationship `package`, an Office Open XML package such as an .xlsx)).
 *
 * The object is kept opaque: its part's bytes go into the document's media as an object entry,
 * with the part's content type, and the `image` node showing its picture carries an
 * {@link EmbeddedObject} naming them (`wml-object-writer.ts` writes it back). Linked objects
 * (`Type="Link"`) have no bytes in the file: they stay the picture alone.
 */
import type { EmbeddedObject, EmbeddedObjectKind } from '@ostal/model';
import type { OpcPackage } from '../ooxml/opc-package.js';
import { attr } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import type { MediaCollector } from './text-media.js';

/** The media source and kind of an embedded object's bytes. */
export interface WmlObjectTarget {
  readonly data: string;
  readonly kind: EmbeddedObjectKind;
}

/** Resolves an embedded object's relationship id (of the part being read). */
export type WmlObjects = (relId: string) => WmlObjectTarget | undefined;

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The kind of embedded bytes: an OLE compound file, a zip package, or neither (undefined). */
export function embeddedKindOf(bytes: Uint8Array): 'ole' | 'package' | undefined {
  if (OLE_SIGNATURE.every((b, i) => bytes[i] === b)) return 'ole';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'package';
  return undefined;
}

/**
 * Object targets of `part`: its `oleObject` and `package` relationships, each part's bytes read
 * once into `media` (with its content type). Unknown bytes are kept as an OLE object when the
 * relationship says so, since Word only needs them back as they were.
 */
export function wmlObjectTargets(pkg: OpcPackage, part: string, media: MediaCollector): WmlObjects {
  const rels = new Map(pkg.relationships(part).filter((r) => !r.external && (r.type.endsWith('/oleObject') || r.type.endsWith('/package'))).map((r) => [r.id, r]));
  const read = new Map<string, WmlObjectTarget | null>();
  return (id) => {
    const rel = rels.get(id);
    if (!rel) return undefined;
    let target = read.get(rel.target);
    if (target === undefined) {
      const bytes = pkg.has(rel.target) ? pkg.zip.read(rel.target) : undefined;
      const kind = bytes ? (embeddedKindOf(bytes) ?? (rel.type.endsWith('/package') ? 'package' : 'ole')) : undefined;
      target = bytes && kind ? { kind, data: media.addObject(bytes, pkg.contentType(rel.target) ?? 'application/octet-stream', rel.target) } : null;
      read.set(rel.target, target);
    }
    return target ?? undefined;
  };
}

/** The embedded object of a `w:object`'s `o:OLEObject`, or null (none, linked, or its part is missing). */
export function wmlEmbeddedObject(ole: XmlElement | undefined, objects: WmlObjects | undefined, relId: (el: XmlElement) => string | undefined): EmbeddedObject | null {
  if (!ole || !objects || attr(ole, '', 'Type') === 'Link') return null;
  const id = relId(ole);
  const target = id ? objects(id) : undefined;
  if (!target) return null;
  const progId = attr(ole, '', 'ProgID');
  return { kind: target.kind, data: target.data, progId: progId === undefined || progId === '' ? null : progId.slice(0, 255), icon: attr(ole, '', 'DrawAspect') === 'Icon' };
}

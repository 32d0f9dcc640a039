/**
 * Writes embedded objects of ODF text (ODF 1.3 Part 3, 10.4.6.2 `draw:object` naming a
 * sub-document folder, 10.4.7 `draw:object-ole` naming a binary file or holding 10.4.5
 * `office:binary-data`; Part 2, 3.2 manifest entries). Mirrors `odf-object-reader.ts`.
 *
 * What goes where:
 * - an OLE compound file or an Office package (Word's embeddings) → `draw:object-ole`, its bytes
 *   the file `Object N` (packaged) or base64 inside it (flat): ODF's element for an object that
 *   only has a binary representation, which is what LibreOffice writes for OLE objects it cannot
 *   turn into its own;
 * - an ODF sub-document (kept zipped) → `draw:object` and the folder `Object N/` with its files
 *   (packaged form only: the flat form would need the sub-document merged into one
 *   `office:document`, which is not done — the picture is written alone, `text-conversion-losses.ts`).
 *
 * The frame's `draw:image` stays the replacement picture.
 */
import type { EmbeddedObject, TextMediaItem } from '@ostal/model';
import { ZipArchive } from '../container/zip-reader.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import type { OdfObjectWriter } from './odf-opaque.js';
import { OLE_MEDIA_TYPE } from './odf-object-reader.js';
import { encodeBase64 } from './text-media.js';
import { OLE_OBJECT_TYPE } from './wml-object-writer.js';

const LINK = { 'xlink:type': 'simple', 'xlink:show': 'embed', 'xlink:actuate': 'onLoad' } as const;

/** True when `object` can be written to ODF in the given form (flat or packaged). */
export function odfCanWriteObject(object: EmbeddedObject, flat: boolean): boolean {
  return object.kind !== 'odf' || !flat;
}

/**
 * The `draw:object` or `draw:object-ole` of `object` whose bytes are `item`, its bytes stored
 * through `objects` (packaged) or inline (flat); null when it cannot be written in this form.
 */
export function odfObjectElement(object: EmbeddedObject, item: TextMediaItem, flat: boolean, objects: OdfObjectWriter | undefined): XmlOut | null {
  if (!odfCanWriteObject(object, flat)) return null;
  if (object.kind !== 'odf') {
    if (flat) return x('draw:object-ole', {}, x('office:binary-data', {}, encodeBase64(item.bytes)));
    if (!objects) return null;
    const type = object.kind === 'ole' && (item.mime === OLE_OBJECT_TYPE || item.mime === 'application/octet-stream') ? OLE_MEDIA_TYPE : item.mime;
    return x('draw:object-ole', { 'xlink:href': objects.binary(item.bytes, type), ...LINK });
  }
  if (!objects) return null;
  const files = subDocumentFiles(item.bytes);
  if (!files) return null;
  const content = files['content.xml'];
  const version = content ? (/office:version="([^"]{1,10})"/.exec(new TextDecoder().decode(content.subarray(0, 4096)))?.[1] ?? null) : null;
  return x('draw:object', { 'xlink:href': objects.subDocument(files, item.mime, version), ...LINK });
}

/** The files of a kept sub-document (a zip of its folder), or null when it does not open. */
function subDocumentFiles(bytes: Uint8Array): Record<string, Uint8Array> | null {
  try {
    const zip = ZipArchive.open(bytes, DEFAULT_LIMITS);
    const files: Record<string, Uint8Array> = {};
    for (const name of zip.names()) if (!name.endsWith('/')) files[name] = zip.read(name);
    return files['content.xml'] ? files : null;
  } catch {
    return null;
  }
}

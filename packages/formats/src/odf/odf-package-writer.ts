/**
 * Writes ODF packages (ODF 1.3 Part 2, 3): `mimetype` first and stored, then the parts, then
 * `META-INF/manifest.xml` listing every part with its media type.
 */
import { writeZip } from '../container/zip-writer.js';
import type { ZipFileEntry } from '../container/zip-writer.js';
import { NS } from '../xml/namespaces.js';
import { serializeXml, x } from '../xml/xml-writer.js';

export interface OdfPart {
  readonly name: string;
  readonly data: string | Uint8Array;
  /** Defaults to `text/xml` for .xml parts. */
  readonly mediaType?: string;
}

/**
 * Builds an ODF package of the given media type from parts (content.xml, styles.xml, meta.xml...).
 * `folders` are manifest entries without data of their own: sub-document folders (`Object 1/`),
 * their media type and ODF version (1.3 unless given).
 */
export function writeOdfPackage(mimeType: string, parts: readonly OdfPart[], folders: readonly { readonly path: string; readonly mediaType: string; readonly version?: string | null }[] = []): Uint8Array {
  const manifest = x(
    'manifest:manifest',
    { 'xmlns:manifest': NS.manifest, 'manifest:version': '1.3' },
    x('manifest:file-entry', { 'manifest:full-path': '/', 'manifest:version': '1.3', 'manifest:media-type': mimeType }),
    // A folder's version is its sub-document's (LibreOffice does not load an object whose versions disagree); null leaves it out.
    folders.map((f) => x('manifest:file-entry', { 'manifest:full-path': f.path, 'manifest:version': f.version === null ? undefined : (f.version ?? '1.3'), 'manifest:media-type': f.mediaType })),
    parts.map((p) =>
      x('manifest:file-entry', {
        'manifest:full-path': p.name,
        'manifest:media-type': p.mediaType ?? (p.name.endsWith('.xml') ? 'text/xml' : 'application/octet-stream'),
      }),
    ),
  );
  const entries: ZipFileEntry[] = [
    { name: 'mimetype', data: mimeType, store: true },
    ...parts.map((p) => ({ name: p.name, data: p.data })),
    { name: 'META-INF/manifest.xml', data: serializeXml(manifest) },
  ];
  return writeZip(entries);
}

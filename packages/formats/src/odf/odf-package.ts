/**
 * ODF packages (ODF 1.3 Part 2): the `mimetype` entry, the manifest, and encryption refusal.
 */
import { ZipArchive } from '../container/zip-reader.js';
import type { InflatedParts } from '../container/native-inflate.js';
import { ZipXmlPackage } from '../container/zip-xml-package.js';
import type { DamageHandler } from '../container/zip-reader.js';
import { FormatError } from '../errors.js';
import type { Limits } from '../limits.js';
import { NS } from '../xml/namespaces.js';
import { parseXml } from '../xml/xml-parser.js';
import { attr, findElement, findElements } from '../xml/xml-tree.js';

/** The external-id-only DOCTYPE of OpenOffice.org 2 manifests (no internal subset, so no entities). */
const LEGACY_MANIFEST_DOCTYPE = /^(\s*<\?xml[^>]*\?>)?\s*<!DOCTYPE\s+manifest:manifest\s+PUBLIC\s+"[^"<>[\]]*"\s+"[^"<>[\]]*"\s*>/;

/** An ODF package opened for reading. */
export class OdfPackage extends ZipXmlPackage {
  private constructor(
    zip: ZipArchive,
    /** Media type from the `mimetype` entry or, failing that, the manifest root entry. */
    readonly mimeType: string,
    limits: Limits,
    private readonly manifestTypes: ReadonlyMap<string, string>,
  ) {
    super(zip, limits);
  }

  /** The media type the manifest gives `path` (a folder ends with `/`), or undefined. */
  manifestType(path: string): string | undefined {
    return this.manifestTypes.get(path);
  }

  /** @throws FormatError for an unreadable zip, a missing `content.xml`, or an encrypted document. */
  static open(bytes: Uint8Array, limits: Limits, onDamage?: DamageHandler, ahead?: InflatedParts): OdfPackage {
    const zip = ZipArchive.open(bytes, limits, onDamage, ahead);
    let mime = zip.has('mimetype') ? new TextDecoder().decode(zip.read('mimetype')).trim() : '';
    const types = new Map<string, string>();
    if (zip.has('META-INF/manifest.xml')) {
      // OpenOffice.org 2 wrote a DOCTYPE naming its manifest DTD by public id; without an internal
      // subset it declares nothing, so it is dropped here rather than refusing the whole file.
      const manifestText = zip.readText('META-INF/manifest.xml').replace(LEGACY_MANIFEST_DOCTYPE, (_m, decl?: string) => decl ?? '');
      const manifest = parseXml(manifestText, { part: 'META-INF/manifest.xml', maxDepth: limits.maxXmlDepth });
      if (findElement(manifest, NS.manifest, 'encryption-data')) {
        throw new FormatError('encrypted', 'The document is password-protected; Ostal cannot open encrypted ODF files yet.', 'META-INF/manifest.xml');
      }
      for (const e of findElements(manifest, NS.manifest, 'file-entry')) {
        const path = attr(e, NS.manifest, 'full-path');
        const type = attr(e, NS.manifest, 'media-type');
        if (path !== undefined && type !== undefined) types.set(path, type);
      }
      if (!mime) {
        const rootEntry = findElements(manifest, NS.manifest, 'file-entry').find((e) => attr(e, NS.manifest, 'full-path') === '/');
        mime = (rootEntry && attr(rootEntry, NS.manifest, 'media-type')) ?? '';
      }
    }
    if (!zip.has('content.xml')) throw new FormatError('missing-part', 'The ODF package has no content.xml.', 'content.xml');
    return new OdfPackage(zip, mime, limits, types);
  }
}

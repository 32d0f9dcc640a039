/**
 * What OPC and ODF packages share: parts of a hardened zip archive, read as text or parsed as
 * hardened XML under the read's limits. Each family adds its own directory (content types and
 * relationships; mimetype and manifest).
 */
import type { Limits } from '../limits.js';
import type { PartSource } from '../optional-part.js';
import { parseXml } from '../xml/xml-parser.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { decodeText } from './zip-reader.js';
import type { ZipArchive } from './zip-reader.js';

export abstract class ZipXmlPackage implements PartSource {
  protected constructor(
    readonly zip: ZipArchive,
    protected readonly limits: Limits,
  ) {}

  has(part: string): boolean {
    return this.zip.has(part);
  }

  /** Parses a part as XML. @throws FormatError for a missing or hostile part. */
  xml(part: string): XmlElement {
    return parseXml(this.zip.readText(part), { part, maxDepth: this.limits.maxXmlDepth });
  }

  /** Text of a part (UTF-8 or UTF-16 by BOM), for streaming large parts. */
  text(part: string): string {
    return this.zip.readText(part);
  }

  /** The start of a part's text, at least `minBytes` of it when it is that long, for a preview (see `ZipArchive.readPrefix`). */
  textPrefix(part: string, minBytes: number): string | undefined {
    const bytes = this.zip.readPrefix(part, minBytes);
    return bytes ? decodeText(bytes) : undefined;
  }
}

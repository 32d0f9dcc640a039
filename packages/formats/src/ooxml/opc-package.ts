/**
 * Open Packaging Conventions reading (ECMA-376 Part 2, clauses 9-10): content types and
 * relationships over a hardened zip archive.
 */
import { ZipArchive } from '../container/zip-reader.js';
import type { InflatedParts } from '../container/native-inflate.js';
import { ZipXmlPackage } from '../container/zip-xml-package.js';
import type { DamageHandler } from '../container/zip-reader.js';
import { FormatError } from '../errors.js';
import type { Limits } from '../limits.js';
import { NS } from '../xml/namespaces.js';
import { attr, childElements } from '../xml/xml-tree.js';

export interface Relationship {
  readonly id: string;
  /** Relationship type URI (Transitional or Strict). */
  readonly type: string;
  /** Resolved part name without leading slash (`word/document.xml`), or the raw URI when external. */
  readonly target: string;
  readonly external: boolean;
}

/** An OOXML package opened for reading. */
export class OpcPackage extends ZipXmlPackage {
  private readonly overrides = new Map<string, string>();
  private readonly defaults = new Map<string, string>();
  private readonly relsCache = new Map<string, readonly Relationship[]>();

  private constructor(zip: ZipArchive, limits: Limits) {
    super(zip, limits);
  }

  /** @throws FormatError when the zip is unreadable or `[Content_Types].xml` is missing. */
  static open(bytes: Uint8Array, limits: Limits, onDamage?: DamageHandler, ahead?: InflatedParts): OpcPackage {
    const pkg = new OpcPackage(ZipArchive.open(bytes, limits, onDamage, ahead), limits);
    if (!pkg.zip.has('[Content_Types].xml')) {
      throw new FormatError('missing-part', 'The package has no [Content_Types].xml: it is not an Office Open XML document.', '[Content_Types].xml');
    }
    const types = pkg.xml('[Content_Types].xml');
    for (const el of childElements(types)) {
      if (el.local === 'Override') {
        const name = attr(el, '', 'PartName');
        const type = attr(el, '', 'ContentType');
        if (name && type) pkg.overrides.set(name.replace(/^\//, '').toLowerCase(), type);
      } else if (el.local === 'Default') {
        const ext = attr(el, '', 'Extension');
        const type = attr(el, '', 'ContentType');
        if (ext && type) pkg.defaults.set(ext.toLowerCase(), type);
      }
    }
    return pkg;
  }

  /** Content type of a part, from its override or its extension's default. */
  contentType(part: string): string | undefined {
    const p = part.replace(/^\//, '').toLowerCase();
    return this.overrides.get(p) ?? this.defaults.get(p.slice(p.lastIndexOf('.') + 1));
  }

  /** Parts whose content type is `type`. */
  partsOfType(type: string): string[] {
    return [...this.overrides].filter(([, t]) => t === type).map(([p]) => p);
  }

  /**
   * Relationships of a part (`''` for the package). Malformed targets are skipped, not fatal;
   * a missing rels part means no relationships.
   */
  relationships(part: string): Relationship[] {
    // Readers ask for one part's relationships several times (layout, notes, pictures…): parse once.
    let known = this.relsCache.get(part);
    if (!known) {
      known = this.readRelationships(part);
      this.relsCache.set(part, known);
    }
    return [...known];
  }

  private readRelationships(part: string): Relationship[] {
    const slash = part.lastIndexOf('/');
    const dir = slash >= 0 ? part.slice(0, slash) : '';
    const relsPart = part === '' ? '_rels/.rels' : `${dir ? dir + '/' : ''}_rels/${part.slice(slash + 1)}.rels`;
    if (!this.zip.has(relsPart)) return [];
    const root = this.xml(relsPart);
    const out: Relationship[] = [];
    for (const el of childElements(root, undefined, 'Relationship')) {
      const id = attr(el, '', 'Id') ?? '';
      const type = attr(el, '', 'Type') ?? '';
      const rawTarget = attr(el, '', 'Target') ?? '';
      const external = attr(el, '', 'TargetMode') === 'External';
      const target = external ? rawTarget : resolvePartName(dir, rawTarget);
      if (target === null) continue;
      out.push({ id, type, target, external });
    }
    return out;
  }

  /** The first relationship of `part` whose type ends with `/typeSuffix` (matches Transitional and Strict). */
  relationshipOfType(part: string, typeSuffix: string): Relationship | undefined {
    return this.relationships(part).find((r) => r.type.endsWith('/' + typeSuffix));
  }
}

/** Resolves a relationship target against the source part's folder; null when it escapes or is not a path. */
export function resolvePartName(baseDir: string, target: string): string | null {
  let t: string;
  try {
    t = decodeURIComponent(target.split('#')[0] ?? '');
  } catch {
    return null;
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(t)) return null;
  const segs = t.startsWith('/') ? [] : baseDir.split('/').filter(Boolean);
  for (const s of t.split('/')) {
    if (s === '' || s === '.') continue;
    if (s === '..') {
      if (segs.length === 0) return null;
      segs.pop();
    } else segs.push(s);
  }
  return segs.join('/');
}

export { NS };

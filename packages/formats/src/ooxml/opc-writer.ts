/**
 * Writes OPC packages (ECMA-376 Part 2, 10.1): `[Content_Types].xml`, the parts, and a rels part
 * for every part (or the package) that has relationships.
 */
import { writeZip } from '../container/zip-writer.js';
import type { ZipFileEntry } from '../container/zip-writer.js';
import { NS } from '../xml/namespaces.js';
import { serializeXml, x } from '../xml/xml-writer.js';

export interface OpcRelOut {
  readonly id: string;
  readonly type: string;
  /** Relative to the source part's folder, as written in the rels part. */
  readonly target: string;
  readonly external?: boolean;
}

export interface OpcPartOut {
  /** Part name without leading slash, e.g. `word/document.xml`. */
  readonly name: string;
  readonly contentType: string;
  readonly data: string | Uint8Array;
  readonly rels?: readonly OpcRelOut[];
}

/** Relationship type URIs (Transitional). */
export const REL = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  coreProperties: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  numbering: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  sharedStrings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
  slide: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide',
  slideLayout: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout',
  slideMaster: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideMaster',
  theme: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme',
  notesSlide: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesSlide',
  notesMaster: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesMaster',
} as const;

const RELS_TYPE = 'application/vnd.openxmlformats-package.relationships+xml';

function relsPartName(part: string): string {
  if (part === '') return '_rels/.rels';
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function relsXml(rels: readonly OpcRelOut[]): string {
  return serializeXml(
    x(
      'Relationships',
      { xmlns: NS.packageRels },
      rels.map((r) => x('Relationship', { Id: r.id, Type: r.type, Target: r.target, TargetMode: r.external ? 'External' : undefined })),
    ),
  );
}

/**
 * Builds the package; `packageRels` are the relationships of the package itself (`_rels/.rels`).
 * `defaults` maps file extensions to content types (`Default` entries, e.g. `png` for media):
 * parts they cover get no `Override`.
 */
export function writeOpcPackage(parts: readonly OpcPartOut[], packageRels: readonly OpcRelOut[], defaults: Readonly<Record<string, string>> = {}): Uint8Array {
  const extension = (name: string): string => name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  const types = x(
    'Types',
    { xmlns: NS.contentTypes },
    x('Default', { Extension: 'rels', ContentType: RELS_TYPE }),
    x('Default', { Extension: 'xml', ContentType: 'application/xml' }),
    Object.entries(defaults).filter(([ext]) => ext !== 'rels' && ext !== 'xml').map(([ext, type]) => x('Default', { Extension: ext, ContentType: type })),
    // A relationships part given as a part (kept bytes, e.g. a macro project's) is covered by the rels Default.
    parts.filter((p) => defaults[extension(p.name)] !== p.contentType && !(extension(p.name) === 'rels' && p.contentType === RELS_TYPE)).map((p) => x('Override', { PartName: '/' + p.name, ContentType: p.contentType })),
  );
  const entries: ZipFileEntry[] = [
    { name: '[Content_Types].xml', data: serializeXml(types) },
    { name: '_rels/.rels', data: relsXml(packageRels) },
  ];
  for (const p of parts) {
    entries.push({ name: p.name, data: p.data });
    if (p.rels && p.rels.length > 0) entries.push({ name: relsPartName(p.name), data: relsXml(p.rels) });
  }
  return writeZip(entries);
}

/** Core properties part (ECMA-376 Part 2, 11) for title/creator/dates. */
export function corePropertiesXml(meta: { title?: string; creator?: string; created?: string; modified?: string; language?: string }): string {
  return serializeXml(
    x(
      'cp:coreProperties',
      { 'xmlns:cp': NS.coreProps, 'xmlns:dc': NS.dc, 'xmlns:dcterms': NS.dcterms, 'xmlns:xsi': NS.xsi },
      meta.title !== undefined ? x('dc:title', {}, meta.title) : null,
      meta.creator !== undefined ? x('dc:creator', {}, meta.creator) : null,
      meta.created !== undefined ? x('dcterms:created', { 'xsi:type': 'dcterms:W3CDTF' }, meta.created) : null,
      meta.modified !== undefined ? x('dcterms:modified', { 'xsi:type': 'dcterms:W3CDTF' }, meta.modified) : null,
      meta.language !== undefined ? x('dc:language', {}, meta.language) : null,
    ),
  );
}

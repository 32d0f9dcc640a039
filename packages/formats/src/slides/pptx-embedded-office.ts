/**
 * Documents embedded in ODF slides (a Writer text or a Calc table placed on a slide, ODF 1.3
 * Part 3, 10.4.6 draw:object over a Part 2, 3.16 sub-document) written to PPTX as PowerPoint
 * embeds them: an OLE object (ECMA-376 Part 1, 19.3.2.4 p:oleObj) holding a Word or Excel
 * package, converted from the sub-document by Ostal's own readers and writers, shown by its
 * picture until opened. PowerPoint opens it in Word or Excel, LibreOffice in Writer or Calc.
 */
import type { KeptPart, OpaqueSource } from '@ostal/model';
import { crc32 } from '../container/crc32.js';
import { DiagnosticSink } from '../diagnostics-sink.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { writeOdfPackage } from '../odf/odf-package-writer.js';
import { readOds } from '../sheets/ods-package-reader.js';
import { writeXlsx } from '../sheets/xlsx-writer.js';
import { readOdt } from '../text/odf-text-reader.js';
import { writeDocx } from '../text/docx-writer.js';

/** ECMA-376 Part 1, 15.2.11: the relationship to an embedded package. */
export const REL_PACKAGE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/package';

const ODF_TEXT = 'application/vnd.oasis.opendocument.text';
const ODF_SPREADSHEET = 'application/vnd.oasis.opendocument.spreadsheet';

/** An Office package to embed, with the OLE program that opens it. */
export interface EmbeddedOffice {
  readonly data: Uint8Array;
  /** `Word.Document.12` or `Excel.Sheet.12`. */
  readonly progId: string;
  /** The package's content type in `[Content_Types].xml`. */
  readonly contentType: string;
  /** Part name without its number and extension, as PowerPoint names it (`Microsoft_Word_Document`). */
  readonly stem: string;
  readonly extension: 'docx' | 'xlsx';
}

/** The sub-document's files as a package of its own: paths relative to its folder. */
function subPackage(source: OpaqueSource, mediaType: string, folder: string): Uint8Array | undefined {
  const prefix = `${folder}/`;
  const files = (source.parts ?? []).filter((p: KeptPart) => p.path.startsWith(prefix) && p.path.length > prefix.length && !p.path.endsWith('/'));
  if (!files.some((p) => p.path === `${prefix}content.xml`)) return undefined;
  return writeOdfPackage(
    mediaType,
    files.map((p) => ({ name: p.path.slice(prefix.length), data: p.data, ...(p.type ? { mediaType: p.type } : {}) })),
  );
}

/**
 * Conversions already made, by the sub-document's content: decks repeat one embedded document on
 * many slides (a template's logo text), and a save converts it once. Small results only, few.
 */
const converted = new Map<string, EmbeddedOffice | null>();
const CACHE_ENTRIES = 32;
const CACHE_MAX_BYTES = 1024 * 1024;

function contentKey(type: string, parts: readonly KeptPart[], folder: string): string {
  return [type, ...parts.filter((p) => p.path.startsWith(`${folder}/`)).map((p) => `${p.path.slice(folder.length)}:${String(p.data.length)}:${String(crc32(p.data) >>> 0)}`)].join('|');
}

/**
 * The Word or Excel package for an ODF text or spreadsheet object kept from ODP; undefined for
 * other objects (charts, formulas, drawings, OLE files) and for a sub-document Ostal cannot read.
 */
export function embeddedOfficeOf(source: OpaqueSource | undefined): EmbeddedOffice | undefined {
  if (source?.format !== 'odp') return undefined;
  const rel = Object.values(source.rels ?? {})[0];
  if (!rel || (rel.type !== ODF_TEXT && rel.type !== ODF_SPREADSHEET)) return undefined;
  const key = contentKey(rel.type, source.parts ?? [], rel.path);
  const known = converted.get(key);
  if (known !== undefined) return known ?? undefined;
  const result = convert(source, rel.type, rel.path);
  if (!result || result.data.length <= CACHE_MAX_BYTES) {
    if (converted.size >= CACHE_ENTRIES) converted.delete(converted.keys().next().value ?? '');
    converted.set(key, result ?? null);
  }
  return result;
}

function convert(source: OpaqueSource, type: string, folder: string): EmbeddedOffice | undefined {
  const bytes = subPackage(source, type, folder);
  if (!bytes) return undefined;
  const ctx = { limits: DEFAULT_LIMITS, diagnostics: new DiagnosticSink() };
  try {
    if (type === ODF_TEXT) {
      return { data: writeDocx(readOdt(bytes, ctx)), progId: 'Word.Document.12', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', stem: 'Microsoft_Word_Document', extension: 'docx' };
    }
    return { data: writeXlsx(readOds(bytes, ctx)), progId: 'Excel.Sheet.12', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', stem: 'Microsoft_Excel_Worksheet', extension: 'xlsx' };
  } catch {
    // A sub-document the readers refuse stays its picture.
    return undefined;
  }
}

/** The formats facade: detect, read, write. Dispatches to one codec per format. */
import { FORMAT_KIND } from '@ostal/model';
import type { Diagnostic, FormatId, OstalDocument } from '@ostal/model';
import type { Codec, WriteOptions } from './codec.js';
import { inflateAhead } from './container/native-inflate.js';
import { ZipArchive, looksLikeZip } from './container/zip-reader.js';
import { detect, isCompoundFile } from './detect.js';
import { DiagnosticSink } from './diagnostics-sink.js';
import { FormatError } from './errors.js';
import { DEFAULT_LIMITS } from './limits.js';
import { reportOdfMacros } from './odf/odf-macros.js';
import type { Limits } from './limits.js';
import { sheetsCodecs } from './sheets/index.js';
import { slidesCodecs } from './slides/index.js';
import { textCodecs } from './text/index.js';

export { detect };

export interface ReadOptions {
  /** Skip detection (CSV, which has no signature, or a caller that knows better). */
  readonly format?: FormatId;
  readonly limits?: Partial<Limits>;
  /**
   * Called once, while a presentation (PPTX, ODP, FODP) is read, with the deck cut to its first
   * slide: the presentation's size, theme, masters and layouts, and only the pictures that slide
   * (and its layout and master) uses. The caller can show it while the rest is read; the promise
   * still resolves with the whole deck. The preview's pictures are not shared with the whole deck,
   * so a caller may hand them on (copy them to another thread). An ODF presentation's content.xml
   * is parsed whole first: only the building of the slides and the reading of their pictures come
   * after. Not called for other formats, nor for a deck without slides.
   */
  readonly onFirstSlide?: (preview: OstalDocument) => void;
  /**
   * Called once, while a large XLSX (or XLSM) workbook is read, with each worksheet cut to its
   * first rows (about its first 256 KB of XML: a thousand rows or so), its column widths, frozen
   * panes and the workbook's styles, but no merges, charts, pictures, comments or formulas made
   * live. The caller can show it, read-only, while the rest is read; the promise still resolves
   * with the whole workbook. Not called for small workbooks (their worksheets together under a few
   * megabytes of XML) nor for other formats.
   */
  readonly onFirstRows?: (preview: OstalDocument) => void;
  /**
   * Called once, while a long DOCX (or DOCM, DOTX) is read, with the document cut to its first
   * blocks (about its first forty top-level paragraphs and tables): the last section's page, the
   * styles those blocks use, their pictures. The caller can show it, read-only, while the rest is
   * read; the promise still resolves with the whole document, whose first blocks are those of the
   * preview. Not called for short documents (under two hundred top-level elements) nor for other
   * formats.
   */
  readonly onFirstBlocks?: (preview: OstalDocument) => void;
}

export interface ReadResult {
  readonly document: OstalDocument;
  readonly format: FormatId;
  readonly diagnostics: readonly Diagnostic[];
}

const CODECS: Partial<Record<FormatId, Codec>> = { ...textCodecs, ...sheetsCodecs, ...slidesCodecs };

function codecFor(format: FormatId): Codec {
  const codec = CODECS[format];
  if (!codec) throw new FormatError('unknown-format', `Ostal cannot handle ${format} files yet.`);
  return codec;
}

/** Explains why `bytes` could not be detected, as the most specific FormatError. */
function undetected(bytes: Uint8Array): FormatError {
  if (bytes.length === 0) return new FormatError('unknown-format', 'The file is empty.');
  if (isCompoundFile(bytes)) {
    const marker = new TextDecoder('utf-16le').decode(bytes);
    if (marker.includes('EncryptedPackage')) return new FormatError('encrypted', 'The document is password-protected; Ostal cannot open encrypted files yet.');
    return new FormatError('unknown-format', 'This is a legacy binary Office file (.doc, .xls or .ppt), which Ostal does not read; save it as ODF or OOXML first.');
  }
  if (looksLikeZip(bytes)) {
    ZipArchive.open(bytes, DEFAULT_LIMITS); // throws the specific container error, if any
    return new FormatError('unknown-format', 'The file is a zip archive but not an ODF or Office Open XML document.');
  }
  return new FormatError('unknown-format', 'The file is not a document Ostal knows (ODF, Office Open XML or CSV).');
}

/**
 * Reads a document from its bytes.
 * @throws FormatError when the file is unreadable or hostile; content problems are diagnostics.
 */
export async function read(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadResult> {
  const format = options.format ?? detect(bytes);
  if (!format) throw undetected(bytes);
  const codec = codecFor(format);
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  // Large XML parts inflated natively first: the readers are synchronous, the platform's decoder is not.
  const inflated = looksLikeZip(bytes) ? await inflateAhead(bytes, limits) : undefined;
  const ctx = {
    limits,
    diagnostics: new DiagnosticSink(),
    ...(options.onFirstSlide ? { onFirstSlide: options.onFirstSlide } : {}),
    ...(options.onFirstRows ? { onFirstRows: options.onFirstRows } : {}),
    ...(options.onFirstBlocks ? { onFirstBlocks: options.onFirstBlocks } : {}),
    ...(inflated && inflated.size > 0 ? { inflated } : {}),
  };
  try {
    const document = await codec.read(bytes, ctx);
    if (format === 'odt' || format === 'ods' || format === 'odp') reportOdfMacros(bytes, ctx.limits, ctx.diagnostics);
    return { document, format, diagnostics: ctx.diagnostics.result() };
  } catch (err) {
    if (err instanceof FormatError) throw err;
    if (err instanceof RangeError && /call stack/i.test(err.message)) {
      throw new FormatError('limit-exceeded', 'The document nests content too deeply to read safely.');
    }
    throw new FormatError('unreadable', `The ${format} reader failed on this file: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/**
 * Writes a document in `format`.
 * @throws FormatError `wrong-kind` when the document kind does not fit the format.
 */
export async function write(document: OstalDocument, format: FormatId, options: WriteOptions = {}): Promise<Uint8Array> {
  if (FORMAT_KIND[format] !== document.kind) {
    throw new FormatError('wrong-kind', `A ${document.kind} document cannot be saved as ${format}.`);
  }
  return codecFor(format).write(document, options);
}

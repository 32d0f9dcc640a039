/**
 * ODS and flat FODS reading (ODF 1.3 Part 2, 3 for the package; Part 3, 2.2.1 `office:document`
 * for the flat form, 3.1.3 `office:meta`, 9 tables): both feed the same streaming body reader.
 */
import { WORKBOOK_VERSION } from '@ostal/model';
import type { DocumentMeta, Workbook } from '@ostal/model';
import type { ReadContext } from '../codec.js';
import { decodeText } from '../container/zip-reader.js';
import { FormatError } from '../errors.js';
import { OdfPackage } from '../odf/odf-package.js';
import { OdsBodyReader } from './ods-body-reader.js';
import { CellBudget } from './sheet-grid.js';

function finish(reader: OdsBodyReader, ctx: ReadContext, part: string): Workbook {
  const sheets = [...reader.sheets];
  if (sheets.length === 0) {
    ctx.diagnostics.warn('no-sheets', 'The document has no table; an empty sheet was added.', part);
    sheets.push({ name: 'Sheet1', rows: [] });
  }
  const meta: DocumentMeta = { ...reader.meta };
  return { kind: 'workbook', version: WORKBOOK_VERSION, meta, sheets };
}

/**
 * Reads an ODS package (spreadsheet or spreadsheet template).
 * @throws FormatError for an unreadable, encrypted or hostile package, or past maxCells.
 */
export function readOds(bytes: Uint8Array, ctx: ReadContext): Workbook {
  const pkg = OdfPackage.open(bytes, ctx.limits);
  if (pkg.mimeType && !pkg.mimeType.includes('spreadsheet')) {
    ctx.diagnostics.warn('unexpected-media-type', `The package says it is ${pkg.mimeType}; reading its tables anyway.`, 'mimetype');
  }
  const reader = new OdsBodyReader(ctx, new CellBudget(ctx.limits.maxCells));
  reader.read(pkg.text('content.xml'), 'content.xml');
  if (pkg.has('meta.xml')) {
    try {
      reader.read(pkg.text('meta.xml'), 'meta.xml');
    } catch (err) {
      if (err instanceof FormatError && err.reason !== 'malformed-xml') throw err;
      ctx.diagnostics.warn('unreadable-part', 'The document properties (meta.xml) could not be read.', 'meta.xml');
    }
  }
  return finish(reader, ctx, 'content.xml');
}

/**
 * Reads a flat ODF spreadsheet (`.fods`: one XML document).
 * @throws FormatError `malformed-xml`, `forbidden-dtd`, `limit-exceeded`.
 */
export function readFods(bytes: Uint8Array, ctx: ReadContext): Workbook {
  if (bytes.length > ctx.limits.maxEntryInflated) {
    throw new FormatError('limit-exceeded', `The file is larger than ${String(ctx.limits.maxEntryInflated)} bytes (maxEntryInflated).`);
  }
  const reader = new OdsBodyReader(ctx, new CellBudget(ctx.limits.maxCells));
  reader.read(decodeText(bytes), 'document.fods');
  return finish(reader, ctx, 'document.fods');
}

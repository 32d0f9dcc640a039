/**
 * @ostal/formats — files <-> model. Headless: no DOM, no node:*, no electron.
 *
 *   detect(bytes)                 -> FormatId | null        by content, never by file name
 *   read(bytes, options?)         -> Promise<ReadResult>    throws FormatError only for unreadable/hostile containers
 *   write(document, format, opts) -> Promise<Uint8Array>    throws FormatError('wrong-kind') on a kind mismatch
 *   conversionLosses(doc, format, opts) -> Diagnostic[]     what writing `doc` as `format` leaves out (opts.macroEnabled: .docm/.xlsm/.pptm)
 *   writeZip(entries)             -> Uint8Array             a zip of files (pictures stored, text deflated), e.g. an export
 */
export { FormatError } from './errors.js';
export type { FormatErrorReason } from './errors.js';
export type { ReadOptions, ReadResult } from './api.js';
export { detect, read, write } from './api.js';
export { DEFAULT_LIMITS } from './limits.js';
export type { WriteOptions } from './codec.js';
export type { CsvSeparator, CsvWriteOptions } from './sheets/csv.js';
export { csvSeparatorForLocale } from './sheets/csv.js';
export { conversionLosses } from './conversion-losses.js';
export type { Limits } from './limits.js';
export { writeZip } from './container/zip-writer.js';
export type { ZipFileEntry } from './container/zip-writer.js';

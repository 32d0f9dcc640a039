/**
 * Reading a document from disk for the CLI: the files service for the bytes, `formats.read` for
 * the model (format detected by content; CSV, which has no signature, by its extension).
 */
import path from 'node:path';
import type { ReadResult } from '@ostal/formats';
import { detect, read } from '@ostal/formats';
import { formatFromFileName } from '@ostal/model';
import type { NodeFilesService } from '../services/files-service.js';
import { readFailure } from './cli-error.js';

/** A document read from a file. */
export interface LoadedDocument extends ReadResult {
  /** Absolute path. */
  readonly path: string;
  /** The path as the user typed it, for messages. */
  readonly shown: string;
}

/**
 * Reads and parses `file` (relative to `cwd`).
 * @throws CliError (exit 1) when the file cannot be read or is not a readable document.
 */
export async function loadDocument(files: NodeFilesService, file: string, cwd: string): Promise<LoadedDocument> {
  const absolute = path.resolve(cwd, file);
  try {
    const { bytes } = await files.read(absolute);
    const csv = detect(bytes) === null && formatFromFileName(absolute) === 'csv';
    const result = await read(bytes, csv ? { format: 'csv' } : {});
    return { ...result, path: absolute, shown: file };
  } catch (error) {
    throw readFailure(file, error);
  }
}

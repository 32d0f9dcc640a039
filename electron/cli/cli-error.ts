/**
 * How the CLI fails: a {@link CliError} carries the exit code and the one line printed on stderr.
 * User errors are never shown as stack traces; the helpers here turn format and file-system
 * errors into plain sentences.
 */
import type { FormatErrorReason } from '@ostal/formats';
import { FormatError } from '@ostal/formats';
import type { HostErrorCode } from '../shared/ipc-result.js';
import { toHostError } from '../services/service-error.js';

/** Exit codes: 0 success, 1 the input or output could not be processed, 2 the command line is wrong. */
export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

/** A failure the CLI reports as one line (`ostal: <message>`) and an exit code. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    readonly exitCode: typeof EXIT_INPUT | typeof EXIT_USAGE,
    message: string,
  ) {
    super(message);
  }
}

/** A command-line mistake (exit 2). */
export function usageError(message: string): CliError {
  return new CliError(EXIT_USAGE, message);
}

/**
 * What each format error reason means, for a person. Partial on purpose: the formats layer may
 * add reasons, which then show with the error's own message until a phrase is added here.
 */
const FORMAT_REASONS: Readonly<Partial<Record<FormatErrorReason, string>>> = {
  'unknown-format': 'it is not a document Ostal knows',
  'corrupt-container': 'the zip container is corrupt',
  'missing-part': 'a required part of the document is missing',
  'limit-exceeded': 'it exceeds a safety limit',
  'forbidden-dtd': 'it declares a DTD or entities, which Ostal refuses for safety',
  'path-traversal': 'an entry of the package points outside it',
  'malformed-xml': 'a part of the document is not well-formed XML',
  encrypted: 'it is encrypted or password-protected',
  'wrong-kind': 'the document kind does not fit the format',
  unreadable: 'Ostal failed to read it (please report this file)',
};

/** What each host error code means for a file, for a person. */
const FILE_REASONS: Readonly<Record<HostErrorCode, string>> = {
  'not-found': 'no such file or folder',
  'access-denied': 'permission denied',
  'already-exists': 'it already exists',
  'is-directory': 'it is a folder',
  'not-a-directory': 'a part of the path is not a folder',
  'file-changed': 'it was changed by someone else meanwhile',
  'setting-locked': 'a setting is locked by policy',
  'invalid-argument': 'the path is not valid',
  'unknown-channel': 'internal error',
  'io-error': 'input/output error',
  'remote-bad-url': 'the server address is wrong',
  'remote-credentials': 'the server refused the user name or password',
  'remote-tls-untrusted': "the server's certificate is not trusted",
  'remote-unreachable': 'the server cannot be reached',
  'remote-not-webdav': 'the address is not a WebDAV folder',
  'remote-not-found': 'no such remote file',
  'remote-locked': 'it is locked by someone else',
  'remote-error': 'the server refused the request',
  'disk-full': 'the disk is full',
  'read-only': 'the file system is read-only',
  'folder-unavailable': 'its folder is missing or unreachable',
  'print-unavailable': 'no browser is installed to print with',
};

/** `The file is empty` -> `the file is empty`, to read on after a colon. */
function lowerFirst(text: string): string {
  return text.length > 1 && /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** One clause for a {@link FormatError}: `the zip container is corrupt (corrupt-container)`. */
export function describeFormatError(error: FormatError): string {
  const phrase = FORMAT_REASONS[error.reason];
  // For these reasons the formats layer's own sentence says more than a generic phrase could.
  if (phrase === undefined || error.reason === 'unknown-format' || error.reason === 'unreadable') {
    return `${lowerFirst(error.message.replace(/\.$/, ''))} (${error.reason})`;
  }
  const detail =
    error.reason === 'limit-exceeded' || error.reason === 'missing-part' || error.reason === 'malformed-xml'
      ? `: ${error.message.replace(/\.$/, '')}`
      : error.part !== undefined
        ? ` in ${error.part}`
        : '';
  return `${phrase}${detail} (${error.reason})`;
}

/** One clause for a file-system failure: `no such file or folder`. */
export function describeFileError(error: unknown): string {
  const { code, message } = toHostError(error);
  return code === 'io-error' ? message : FILE_REASONS[code];
}

/**
 * A failure to read `file` as a CLI error: format errors and file errors become one line, exit 1.
 * Anything else (a bug) is returned unchanged so that it is reported as an internal error.
 */
export function readFailure(file: string, error: unknown): unknown {
  if (error instanceof FormatError) return new CliError(EXIT_INPUT, `cannot read ${file}: ${describeFormatError(error)}`);
  if (error instanceof Error && 'code' in error) return new CliError(EXIT_INPUT, `cannot read ${file}: ${describeFileError(error)}`);
  return error;
}

/** A failure to write `file`, like {@link readFailure}. */
export function writeFailure(file: string, error: unknown): unknown {
  if (error instanceof FormatError) return new CliError(EXIT_INPUT, `cannot write ${file}: ${describeFormatError(error)}`);
  if (error instanceof Error && 'code' in error) return new CliError(EXIT_INPUT, `cannot write ${file}: ${describeFileError(error)}`);
  return error;
}

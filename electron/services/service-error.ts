/**
 * The error the host services throw for a failure the caller must see as a specific
 * {@link HostErrorCode} (a stale save, a locked setting, a bad argument). Node's own errors
 * (`ENOENT`, `EACCES`, ...) are left as they are and mapped by {@link toHostError}.
 */
import type { HostError, HostErrorCode } from '../shared/ipc-result.js';

/** A service failure with a machine-readable `code`; the dispatcher turns it into an `IpcResult`. */
export class ServiceError extends Error {
  override readonly name = 'ServiceError';
  constructor(
    readonly code: HostErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Node `errno` codes and the host error each one means. Anything else is an `io-error`. */
const NODE_CODES: Readonly<Record<string, HostErrorCode>> = {
  ENOENT: 'not-found',
  EACCES: 'access-denied',
  EPERM: 'access-denied',
  EROFS: 'read-only',
  EBUSY: 'access-denied',
  EEXIST: 'already-exists',
  EISDIR: 'is-directory',
  ENOTDIR: 'not-a-directory',
  ENAMETOOLONG: 'invalid-argument',
  EINVAL: 'invalid-argument',
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  EFBIG: 'disk-full',
  ESTALE: 'folder-unavailable',
  ENOTCONN: 'folder-unavailable',
  EHOSTDOWN: 'folder-unavailable',
  EHOSTUNREACH: 'folder-unavailable',
  ENETDOWN: 'folder-unavailable',
  ENETUNREACH: 'folder-unavailable',
  ENXIO: 'folder-unavailable',
};

/** The `code` property of a Node system error, if `error` is one. */
export function nodeErrorCode(error: unknown): string | undefined {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}

/**
 * Any thrown value as a {@link HostError}: a {@link ServiceError} keeps its code, a Node system
 * error is mapped by its `errno` code, anything else becomes `io-error`. Never throws.
 */
export function toHostError(error: unknown): HostError {
  if (error instanceof ServiceError) return { code: error.code, message: error.message };
  const nodeCode = nodeErrorCode(error);
  const message = error instanceof Error ? error.message : String(error);
  if (nodeCode !== undefined) return { code: NODE_CODES[nodeCode] ?? 'io-error', message };
  return { code: 'io-error', message };
}

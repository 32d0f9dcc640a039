/**
 * What crosses IPC (Electron or the browser-mode WebSocket): never an exception, always a result.
 */

/** Machine-readable error codes the renderer turns into messages in the user's language. */
export type HostErrorCode =
  | 'not-found'
  | 'access-denied'
  | 'already-exists'
  | 'is-directory'
  | 'not-a-directory'
  | 'file-changed'
  | 'setting-locked'
  | 'invalid-argument'
  | 'unknown-channel'
  | 'io-error'
  // Sync with a WebDAV platform (electron/shared/sync.ts).
  | 'remote-bad-url'
  | 'remote-credentials'
  | 'remote-tls-untrusted'
  | 'remote-unreachable'
  | 'remote-not-webdav'
  | 'remote-not-found'
  | 'remote-locked'
  | 'remote-error'
  /** The disk or the user's quota is full (ENOSPC, EDQUOT). */
  | 'disk-full'
  /** The file system is mounted read-only (EROFS). */
  | 'read-only'
  /** The folder is gone or unreachable (removed folder, disconnected network share). */
  | 'folder-unavailable'
  /** No Chromium to print a PDF with (`exports.pdf` in browser mode without a browser installed). */
  | 'print-unavailable';

export interface HostError {
  readonly code: HostErrorCode;
  /** Plain English detail for logs; the UI shows its own translated text for `code`. */
  readonly message: string;
}

export type IpcResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: HostError };

export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: HostErrorCode, message: string): IpcResult<T> {
  return { ok: false, error: { code, message } };
}

/** A host call that failed: the host's machine-readable code, or `host-unavailable` when no host answers. */
import type { HostErrorCode } from '../../../electron/shared/index.js';

export type HostCallErrorCode = HostErrorCode | 'host-unavailable';

export class HostCallError extends Error {
  override readonly name = 'HostCallError';
  constructor(
    readonly code: HostCallErrorCode,
    message: string,
  ) {
    super(message);
  }
}

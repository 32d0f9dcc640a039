/**
 * Why a save failed, in the user's language, and whether "Save as" is the way out. A full disk,
 * a read-only folder, a vanished network share or a refused write leave the file on disk as it
 * was (the host saves atomically) and the document open and dirty: the user saves elsewhere.
 */
import { HostCallError } from '../host/host-call-error.js';
import type { HostCallErrorCode } from '../host/host-call-error.js';
import { errorMessage } from './error-message.js';
import { isMessageKey } from './translator.js';
import type { Translator } from './translator.js';

/** Failures of the place rather than of the document: saving elsewhere is the remedy. */
const SAVE_ELSEWHERE: ReadonlySet<HostCallErrorCode> = new Set(['disk-full', 'read-only', 'folder-unavailable', 'access-denied', 'not-found', 'io-error']);

/** True when `error` is a failure of the place the document was being saved to. */
export function offersSaveAs(error: unknown): boolean {
  return error instanceof HostCallError && SAVE_ELSEWHERE.has(error.code);
}

/** The reason for a failed save: a save-specific sentence when there is one, else the generic one. */
export function saveErrorMessage(translator: Translator, error: unknown): string {
  if (error instanceof HostCallError) {
    const key = `error.save.${error.code}`;
    if (isMessageKey(key)) return translator.t(key);
  }
  return errorMessage(translator, error);
}

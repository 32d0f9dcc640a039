/** Turns any error the app meets into a sentence in the user's language, from its code. */
import { HostCallError } from '../host/host-call-error.js';
import { FormatFailure } from '../documents/format-failure.js';
import { isMessageKey } from './translator.js';
import type { Translator } from './translator.js';

/** The translated reason for `error` (host code, format reason, or a generic message). */
export function errorMessage(translator: Translator, error: unknown): string {
  const { t } = translator;
  if (error instanceof HostCallError) {
    const key = `error.host.${error.code}`;
    if (isMessageKey(key)) return t(key);
  }
  if (error instanceof FormatFailure && error.failure.kind === 'format') {
    const key = `error.format.${error.failure.reason}`;
    if (isMessageKey(key)) return t(key);
  }
  const message = error instanceof Error ? error.message : String(error);
  return t('error.internal', { message });
}

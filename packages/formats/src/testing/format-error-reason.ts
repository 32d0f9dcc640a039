/** Test support: the `reason` of the FormatError `fn` throws, `'no error'` when it returns. */
import { FormatError } from '../errors.js';

export function formatErrorReason(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof FormatError) return e.reason;
    throw e;
  }
  return 'no error';
}

/**
 * Retry delays for uploads that failed for a reason that may pass (network, 423, 429, 5xx):
 * exponential from 2 s, capped at 5 min, with ±20 % jitter so that many clients coming back
 * online do not hit the server in step. A server's Retry-After wins when it asks for longer.
 */

export interface BackoffOptions {
  readonly baseMs: number;
  readonly maxMs: number;
  /** Returns a number in [0, 1); `Math.random` by default. */
  readonly random: () => number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 2_000, maxMs: 5 * 60_000, random: Math.random };

/** Delay before attempt number `attempts + 1`, after `attempts` failures (≥ 1). */
export function backoffDelay(attempts: number, retryAfterMs: number | undefined, options: BackoffOptions = DEFAULT_BACKOFF): number {
  const exponential = Math.min(options.maxMs, options.baseMs * 2 ** Math.max(0, Math.min(attempts - 1, 30)));
  const jittered = exponential * (0.8 + 0.4 * options.random());
  return Math.round(Math.max(jittered, Math.min(retryAfterMs ?? 0, 60 * 60_000)));
}

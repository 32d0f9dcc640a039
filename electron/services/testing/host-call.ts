/**
 * For the host's integration tests: a channel called through the dispatcher as the window calls
 * it over IPC, the value returned, or the service's error thrown with its code.
 */
import type { HostDispatcher } from '../host-dispatcher.js';

/** `call(channel, ...args)` over the dispatcher `current()` returns at the time of the call. */
export function hostCaller(current: () => HostDispatcher): <T>(channel: string, ...args: unknown[]) => Promise<T> {
  return async <T>(channel: string, ...args: unknown[]): Promise<T> => {
    const result = await current()(channel, args);
    if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
    return result.value as T;
  };
}

/**
 * What the preload exposes to the page as `window.ostalHost`: one `invoke(channel, ...args)` that
 * forwards only known channels to the main process. Unknown channels never reach IPC; they get an
 * `unknown-channel` result, like every other failure (the page never sees an exception).
 */
import type { IpcRenderer } from 'electron';
import type { Channel } from '../shared/host-api.js';
import { isChannel } from '../shared/host-api.js';
import type { IpcResult } from '../shared/ipc-result.js';
import { fail } from '../shared/ipc-result.js';

/** Name of the global the page sees. */
export const HOST_GLOBAL = 'ostalHost';

/** The bridge object, as the renderer types it. */
export interface OstalHostBridge {
  invoke(channel: Channel, ...args: unknown[]): Promise<IpcResult<unknown>>;
}

/** Builds the bridge over `ipcRenderer` (passed in so that tests can fake it). */
export function createHostBridge(ipcRenderer: Pick<IpcRenderer, 'invoke'>): OstalHostBridge {
  return {
    invoke(channel: unknown, ...args: unknown[]): Promise<IpcResult<unknown>> {
      if (!isChannel(channel)) return Promise.resolve(fail('unknown-channel', `Unknown channel ${String(channel)}.`));
      return (ipcRenderer.invoke(channel, ...args) as Promise<IpcResult<unknown>>).catch((error: unknown) =>
        fail('io-error', error instanceof Error ? error.message : String(error)),
      );
    },
  };
}

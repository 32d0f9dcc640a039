/**
 * Binds every host channel to Electron IPC through the shared dispatcher. Only the app's own
 * pages may call; arguments are validated by the dispatcher; replies are always an `IpcResult`.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { HostDispatcher } from '../services/host-dispatcher.js';
import { CHANNELS } from '../shared/host-api.js';
import { fail } from '../shared/ipc-result.js';
import type { IpcResult } from '../shared/ipc-result.js';
import { isAppUrl } from './app-url.js';

/** True when the call comes from a frame showing one of the app's pages. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  return isAppUrl(event.senderFrame?.url);
}

/**
 * Registers one `ipcMain.handle` per channel in CHANNELS. `dispatch` is one dispatcher for every
 * window, or a function giving the dispatcher of the calling window (its web contents id).
 */
export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle'>, dispatch: HostDispatcher | { readonly forSender: (senderId: number) => HostDispatcher }): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, ...args: unknown[]): Promise<IpcResult<unknown>> => {
      if (!isTrustedSender(event)) return Promise.resolve(fail('access-denied', `${channel}: caller is not an Ostal page.`));
      const dispatcher = typeof dispatch === 'function' ? dispatch : dispatch.forSender(event.sender.id);
      return dispatcher(channel, args);
    });
  }
}

/**
 * What the preload exposes to the page as `window.ostalMenu`: `onMenuCommand(listener)`, called
 * with each command the native menus send to this window. Only known commands pass (anything
 * else on the channel is dropped); the listener never sees the IPC event. Returns a function
 * that stops listening.
 */
import type { IpcRenderer, IpcRendererEvent } from 'electron';
import { isMenuCommand, MENU_CHANNEL } from '../shared/menu-commands.js';
import type { MenuCommand } from '../shared/menu-commands.js';

/** Name of the global the page sees. */
export const MENU_GLOBAL = 'ostalMenu';

export interface OstalMenuBridge {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** Builds the bridge over `ipcRenderer` (passed in so that tests can fake it). */
export function createMenuBridge(ipcRenderer: Pick<IpcRenderer, 'on' | 'removeListener'>): OstalMenuBridge {
  return {
    onMenuCommand(listener: unknown): () => void {
      if (typeof listener !== 'function') return () => undefined;
      const relay = (_event: IpcRendererEvent, command: unknown): void => {
        if (isMenuCommand(command)) (listener as (command: MenuCommand) => void)(command);
      };
      ipcRenderer.on(MENU_CHANNEL, relay);
      return () => {
        ipcRenderer.removeListener(MENU_CHANNEL, relay);
      };
    },
  };
}

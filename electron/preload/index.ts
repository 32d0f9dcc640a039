/**
 * Preload of every Ostal window (bundled to dist/electron/preload.cjs): exposes `window.ostalHost`
 * (host calls) and `window.ostalMenu` (commands from the native menus).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createHostBridge, HOST_GLOBAL } from './host-bridge.js';
import { createMenuBridge, MENU_GLOBAL } from './menu-bridge.js';

contextBridge.exposeInMainWorld(HOST_GLOBAL, createHostBridge(ipcRenderer));
contextBridge.exposeInMainWorld(MENU_GLOBAL, createMenuBridge(ipcRenderer));

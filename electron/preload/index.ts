/** Preload of every Ostal window (bundled to dist/electron/preload.cjs): exposes `window.ostalHost`. */
import { contextBridge, ipcRenderer } from 'electron';
import { createHostBridge, HOST_GLOBAL } from './host-bridge.js';

contextBridge.exposeInMainWorld(HOST_GLOBAL, createHostBridge(ipcRenderer));

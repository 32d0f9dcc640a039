/** How calls reach the host: Electron's preload bridge, the browser-mode WebSocket, or nothing. */
import type { Channel, IpcResult } from '../../../electron/shared/index.js';

export interface HostTransport {
  /** Sends one call; resolves with the host's result (never rejects for host-side errors). */
  invoke(channel: Channel, args: readonly unknown[]): Promise<IpcResult<unknown>>;
}

/** The bridge the Electron preload exposes as `window.ostalHost`. */
export interface OstalHostBridge {
  invoke(channel: Channel, ...args: unknown[]): Promise<IpcResult<unknown>>;
}

declare global {
  interface Window {
    ostalHost?: OstalHostBridge;
  }
}

/** Transport over the preload bridge. */
export function bridgeTransport(bridge: OstalHostBridge): HostTransport {
  return { invoke: (channel, args) => bridge.invoke(channel, ...args) };
}

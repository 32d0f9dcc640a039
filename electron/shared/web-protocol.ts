/**
 * The browser-mode host protocol: what the renderer and `electron/web` exchange over the WebSocket.
 *
 * Connect to `ws://127.0.0.1:<port>/ws?token=<token>` (the token is the one in the page URL the
 * host printed; the socket is refused without it, or from another origin). Send one
 * {@link WireRequest} per call, encoded with `encodeWire`; the host answers each with one
 * {@link WireResponse} carrying the same `id`, in any order.
 */
import type { Channel } from './host-api.js';
import type { IpcResult } from './ipc-result.js';

/** Path of the WebSocket endpoint on the browser-mode host. */
export const WEB_SOCKET_PATH = '/ws';

/** Name of the query parameter carrying the session token (page URL and socket URL alike). */
export const WEB_TOKEN_PARAM = 'token';

/** One call from the renderer. `id` is chosen by the caller and echoed back. */
export interface WireRequest {
  readonly id: number | string;
  readonly channel: Channel;
  readonly args: readonly unknown[];
}

/** The answer to one {@link WireRequest}; `id` is null when the request could not be parsed at all. */
export interface WireResponse {
  readonly id: number | string | null;
  readonly result: IpcResult<unknown>;
}

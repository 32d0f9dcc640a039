/**
 * Browser-mode transport: one WebSocket to the local host, messages `{id, channel, args}` /
 * `{id, result}` as JSON text, or as binary frames when they carry file bytes (the shared wire
 * codec, `electron/shared/wire-frames.ts`: the bytes cross as they are). Connects lazily,
 * answers may come in any order, and a lost connection fails the pending calls (the next call
 * reconnects).
 */
import { decodeFrame, encodeFrame, WEB_SOCKET_PATH, WEB_TOKEN_PARAM } from '../../../electron/shared/index.js';
import type { Channel, IpcResult, WireRequest, WireResponse } from '../../../electron/shared/index.js';
import { HostCallError } from './host-call-error.js';
import type { HostTransport } from './host-transport.js';

/** The socket URL for a page served at `location` (token taken from the page's query string). */
export function socketUrl(location: { host: string; search: string; protocol: string }): string {
  const token = new URLSearchParams(location.search).get(WEB_TOKEN_PARAM) ?? '';
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${location.host}${WEB_SOCKET_PATH}?${WEB_TOKEN_PARAM}=${encodeURIComponent(token)}`;
}

/** The message sent for one call: JSON text, or a binary frame when `args` hold bytes. */
export function encodeRequest(id: number, channel: Channel, args: readonly unknown[]): string | Uint8Array<ArrayBuffer> {
  const request: WireRequest = { id, channel, args };
  return encodeFrame(request);
}

/** Parses one answer (text or binary frame); null when it is not a well-formed response. */
export function decodeResponse(data: string | ArrayBuffer): WireResponse | null {
  let value: unknown;
  try {
    value = decodeFrame(data);
  } catch {
    return null;
  }
  if (value === null || typeof value !== 'object' || !('id' in value) || !('result' in value)) return null;
  const result = (value as { result: unknown }).result;
  if (result === null || typeof result !== 'object' || typeof (result as { ok?: unknown }).ok !== 'boolean') return null;
  return value as WireResponse;
}

interface Pending {
  resolve(result: IpcResult<unknown>): void;
  reject(error: Error): void;
}

/** A transport over a WebSocket to `url`. `createSocket` is injectable for tests. */
export function webSocketTransport(url: string, createSocket: (url: string) => WebSocket = (u) => new WebSocket(u)): HostTransport {
  let socket: WebSocket | null = null;
  let opened: Promise<WebSocket> | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const failAll = (reason: string) => {
    for (const p of pending.values()) p.reject(new HostCallError('host-unavailable', reason));
    pending.clear();
  };

  const connect = (): Promise<WebSocket> => {
    if (opened && socket && socket.readyState <= WebSocket.OPEN) return opened;
    opened = new Promise<WebSocket>((resolve, reject) => {
      const ws = createSocket(url);
      ws.binaryType = 'arraybuffer';
      socket = ws;
      ws.addEventListener('open', () => resolve(ws));
      ws.addEventListener('message', (event: MessageEvent<string | ArrayBuffer>) => {
        const response = decodeResponse(typeof event.data === 'string' || event.data instanceof ArrayBuffer ? event.data : String(event.data));
        if (!response || typeof response.id !== 'number') return;
        const waiting = pending.get(response.id);
        if (!waiting) return;
        pending.delete(response.id);
        waiting.resolve(response.result);
      });
      ws.addEventListener('error', () => reject(new HostCallError('host-unavailable', `Cannot reach the host at ${url}.`)));
      ws.addEventListener('close', () => {
        socket = null;
        opened = null;
        failAll('The connection to the host was closed.');
      });
    });
    return opened;
  };

  return {
    async invoke(channel, args) {
      const ws = await connect();
      const id = nextId;
      nextId += 1;
      return new Promise<IpcResult<unknown>>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        ws.send(encodeRequest(id, channel, args));
      });
    },
  };
}

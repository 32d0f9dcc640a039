/**
 * One WebSocket connection of the browser-mode host: each message is a {@link WireRequest}, as
 * JSON text or, when it carries file bytes, as a binary frame (`wire-frames.ts`); each gets exactly
 * one {@link WireResponse} with the same id, sent the same two ways. Malformed messages get an
 * `invalid-argument` answer; nothing a client sends can throw in the host.
 */
import type { WebSocket } from 'ws';
import type { HostDispatcher } from '../services/host-dispatcher.js';
import { fail } from '../shared/ipc-result.js';
import type { WireResponse } from '../shared/web-protocol.js';
import { encodeWire } from '../shared/wire-codec.js';
import { decodeFrame, encodeFrame } from '../shared/wire-frames.js';

/** The request id, when the message has a usable one. */
function idOf(message: unknown): number | string | null {
  if (message === null || typeof message !== 'object') return null;
  const { id } = message as { id?: unknown };
  return (typeof id === 'number' && Number.isFinite(id)) || (typeof id === 'string' && id.length <= 200) ? id : null;
}

/**
 * Answers one raw message. Exported for tests; {@link attachSocketSession} calls it per message.
 * Never rejects.
 */
export async function answerMessage(raw: string | Uint8Array, dispatch: HostDispatcher): Promise<WireResponse> {
  let message: unknown;
  try {
    message = decodeFrame(raw);
  } catch {
    return { id: null, result: fail('invalid-argument', typeof raw === 'string' ? 'The message is not valid wire JSON.' : 'The message is not a valid binary frame.') };
  }
  const id = idOf(message);
  if (id === null) return { id: null, result: fail('invalid-argument', 'The message needs a number or string id.') };
  const { channel, args } = message as { channel?: unknown; args?: unknown };
  return { id, result: await dispatch(channel, args ?? []) };
}

/** Serves host calls on `socket` until it closes. */
export function attachSocketSession(socket: WebSocket, dispatch: HostDispatcher): void {
  socket.on('message', (data, isBinary) => {
    const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data);
    const raw = isBinary ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) : bytes.toString('utf8');
    void answerMessage(raw, dispatch).then((response) => {
      if (socket.readyState !== socket.OPEN) return;
      try {
        socket.send(encodeFrame(response));
      } catch (error) {
        // A value that cannot be encoded is a host bug; answer rather than leave the caller waiting.
        socket.send(encodeWire({ id: response.id, result: fail('io-error', String(error)) }));
      }
    });
  });
}

import { describe, expect, it } from 'vitest';
import type { Channel, IpcResult } from '../../../electron/shared/index.js';
import { createHostClient } from './host-client.js';
import { HostCallError } from './host-call-error.js';
import { decodeResponse, encodeRequest, socketUrl } from './ws-transport.js';

describe('host client', () => {
  it('sends file bytes in a binary frame, calls without bytes as JSON text', () => {
    const frame = encodeRequest(7, 'files.save', ['/tmp/a.odt', new Uint8Array([80, 75, 3, 4])]);
    expect(frame).toBeInstanceOf(Uint8Array);
    // The bytes themselves end the frame, not their base64.
    expect(Array.from((frame as Uint8Array).slice(-4))).toEqual([80, 75, 3, 4]);
    expect(JSON.parse(encodeRequest(8, 'files.read', ['/tmp/a.odt']) as string)).toEqual({ id: 8, channel: 'files.read', args: ['/tmp/a.odt'] });
  });

  it('reads answers with bytes from a binary frame or as $bytes in JSON', () => {
    const bytes = new Uint8Array([80, 75, 3, 4]);
    const binary = encodeRequest(7, 'files.save', [bytes]) as Uint8Array;
    const asAnswer = decodeResponse(binary.slice().buffer);
    expect(asAnswer).toBeNull(); // a request is not a response
    const response = decodeResponse(JSON.stringify({ id: 7, result: { ok: true, value: { bytes: { $bytes: 'UEsDBA==' } } } }));
    expect(response?.id).toBe(7);
    const value = (response?.result as { ok: true; value: { bytes: Uint8Array } }).value;
    expect(value.bytes).toBeInstanceOf(Uint8Array);
    expect(Array.from(value.bytes)).toEqual([80, 75, 3, 4]);
    expect(decodeResponse('not json')).toBeNull();
    expect(decodeResponse('{"id":1}')).toBeNull();
  });

  it('builds the socket URL from the page token', () => {
    expect(socketUrl({ host: '127.0.0.1:8123', search: '?token=a b', protocol: 'http:' })).toBe('ws://127.0.0.1:8123/ws?token=a%20b');
  });

  it('returns values and throws HostCallError with the host code', async () => {
    const calls: [Channel, readonly unknown[]][] = [];
    const host = createHostClient({
      invoke(channel, args) {
        calls.push([channel, args]);
        const result: IpcResult<unknown> =
          channel === 'files.read' ? { ok: false, error: { code: 'not-found', message: 'gone' } } : { ok: true, value: '/home/agent/Documents' };
        return Promise.resolve(result);
      },
    });
    await expect(host.files.documentsFolder()).resolves.toBe('/home/agent/Documents');
    const failure = await host.files.read('/nope').catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(HostCallError);
    expect((failure as HostCallError).code).toBe('not-found');
    await host.files.save('/a.odt', new Uint8Array([1]), { expectedModifiedMs: 5 });
    expect(calls.at(-1)).toEqual(['files.save', ['/a.odt', new Uint8Array([1]), { expectedModifiedMs: 5 }]]);
  });

  it('turns a transport failure into host-unavailable', async () => {
    const host = createHostClient({ invoke: () => Promise.reject(new Error('socket closed')) });
    await expect(host.recent.list()).rejects.toMatchObject({ code: 'host-unavailable' });
  });
});

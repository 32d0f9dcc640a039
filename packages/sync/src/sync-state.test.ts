import { describe, expect, it } from 'vitest';
import { readState, SYNC_STATE_VERSION, writeState } from './sync-state.js';

describe('readState', () => {
  it('round-trips and turns an interrupted upload back into a pending one', () => {
    const state = {
      nextId: 4,
      documents: [
        { url: 'https://h/a.odt', blob: 'doc-1', etag: '"e"', lastModifiedMs: 1, remoteHash: 'r', localHash: 'l', contentType: undefined, conflict: undefined, lock: undefined, discardedBlob: undefined },
      ],
      queue: [{ id: 2, url: 'https://h/a.odt', documentUrl: 'https://h/a.odt', blob: undefined, createOnly: false, state: 'uploading' as const, attempts: 3, nextAttemptMs: 99, lastError: undefined }],
    };
    const back = readState(JSON.parse(JSON.stringify(writeState(state))));
    expect(back.documents[0]?.etag).toBe('"e"');
    expect(back.queue[0]).toMatchObject({ id: 2, state: 'pending', attempts: 3, nextAttemptMs: 0 });
    expect(back.nextId).toBe(4);
  });

  it('starts empty from garbage or another version, and drops broken entries only', () => {
    expect(readState('nonsense')).toEqual({ nextId: 1, documents: [], queue: [] });
    expect(readState({ version: 99, documents: [{}] }).documents).toEqual([]);
    const partial = readState({ version: SYNC_STATE_VERSION, documents: [{ url: 'u' }, { url: 'v', blob: 'doc-1', localHash: 'h' }], queue: [{ id: 7, url: 'x', state: 'weird' }] });
    expect(partial.documents.map((d) => d.url)).toEqual(['v']);
    expect(partial.queue).toEqual([]);
  });
});

/**
 * Autosave to the recovery area: once a document has unsaved changes, a copy of it goes to the
 * host's recovery area every `autosaveSeconds` (0 turns it off) for as long as it stays unsaved.
 * When it is saved, or closed without saving, its copy is removed. What is left at the next start
 * was lost in a crash or a kill, and the start page offers it back.
 */
import { useEffect, useRef } from 'react';
import type { FormatId } from '@ostal/model';
import { FAMILY_FORMATS } from '../../../electron/shared/index.js';
import type { HostServices, RecoveryInput } from '../../../electron/shared/index.js';
import type { OpenDocument } from '../documents/open-document.js';
import type { EditorHandle } from './editor-handle.js';

/** One id per page load: its own copies are never offered back to it. */
export const RECOVERY_SESSION = newSessionId();

function newSessionId(): string {
  const bytes = new Uint8Array(9);
  crypto.getRandomValues(bytes);
  return `s${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** The recovery id of a document: the one it was restored from, else one for this session. */
export function recoveryIdOf(doc: Pick<OpenDocument, 'id' | 'recoveryId'>): string {
  return doc.recoveryId ?? `${RECOVERY_SESSION}-${doc.id}`;
}

/**
 * The format the copy is written in: the document's own (what Save writes, so nothing more is
 * lost than a save would lose), ODF for a new document or a sheet from CSV (which keeps one sheet).
 */
export function recoveryFormat(doc: Pick<OpenDocument, 'kind' | 'format'>): FormatId {
  if (doc.format !== null && doc.format !== 'csv') return doc.format;
  return FAMILY_FORMATS.odf[doc.kind];
}

export interface AutosaveOptions {
  readonly host: HostServices;
  readonly docs: readonly OpenDocument[];
  readonly handles: { readonly current: ReadonlyMap<string, EditorHandle> };
  /** 0 turns autosave off. */
  readonly intervalSeconds: number;
  /** Writes the document in a format (the document worker). */
  readonly write: (doc: OpenDocument, handle: EditorHandle, format: FormatId) => Promise<Uint8Array>;
  /** Called once per document when a copy fails (full disk...), with the error. */
  readonly onError: (doc: OpenDocument, error: unknown) => void;
}

export function useAutosave({ host, docs, handles, intervalSeconds, write, onError }: AutosaveOptions): void {
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  /** Recovery ids with a copy in the area that this page is responsible for. */
  const stored = useRef(new Map<string, string>());
  const failed = useRef(new Set<string>());
  const latest = useRef({ docs, write, onError, host });
  latest.current = { docs, write, onError, host };

  useEffect(() => {
    const current = (id: string) => latest.current.docs.find((d) => d.id === id);
    const forget = (docId: string) => {
      const recoveryId = stored.current.get(docId);
      stored.current.delete(docId);
      failed.current.delete(docId);
      if (recoveryId !== undefined) void latest.current.host.recovery.remove(recoveryId).catch(() => undefined);
    };
    const copy = async (docId: string) => {
      timers.current.delete(docId);
      const doc = current(docId);
      const handle = handles.current.get(docId);
      if (!doc?.dirty || !handle) return;
      if (doc.loading === true) {
        // A deck still being read holds only its first slides: its copy waits for the rest.
        schedule(docId);
        return;
      }
      const format = recoveryFormat(doc);
      const input: RecoveryInput = {
        id: recoveryIdOf(doc),
        session: RECOVERY_SESSION,
        title: doc.title,
        kind: doc.kind,
        format,
        originalPath: doc.path,
        originalFormat: doc.format,
        originalModifiedMs: doc.modifiedMs,
      };
      try {
        const bytes = await latest.current.write(doc, handle, format);
        await latest.current.host.recovery.store(input, bytes);
        stored.current.set(docId, input.id);
        failed.current.delete(docId);
        // Saved or closed while the copy was being written: the copy must not outlive it.
        if (!current(docId)?.dirty) forget(docId);
      } catch (error) {
        if (!failed.current.has(docId)) {
          failed.current.add(docId);
          latest.current.onError(doc, error);
        }
      }
      schedule(docId);
    };
    const schedule = (docId: string) => {
      if (intervalSeconds <= 0 || timers.current.has(docId) || !current(docId)?.dirty) return;
      timers.current.set(
        docId,
        setTimeout(() => void copy(docId), intervalSeconds * 1000),
      );
    };

    const live = new Set(docs.map((d) => d.id));
    for (const doc of docs) {
      // A restored document answers for the copy it came from.
      if (doc.recoveryId !== undefined && !stored.current.has(doc.id)) stored.current.set(doc.id, doc.recoveryId);
      if (doc.dirty) schedule(doc.id);
      else {
        const timer = timers.current.get(doc.id);
        if (timer !== undefined) clearTimeout(timer);
        timers.current.delete(doc.id);
        forget(doc.id);
      }
    }
    for (const docId of [...stored.current.keys(), ...timers.current.keys()]) {
      if (live.has(docId)) continue;
      const timer = timers.current.get(docId);
      if (timer !== undefined) clearTimeout(timer);
      timers.current.delete(docId);
      forget(docId);
    }
  }, [docs, handles, intervalSeconds]);

  // A changed interval applies from the next copy; leaving the page stops the timers.
  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending.values()) clearTimeout(timer);
      pending.clear();
    };
  }, [intervalSeconds]);
}

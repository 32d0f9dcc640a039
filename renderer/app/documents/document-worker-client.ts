/**
 * Typed client of the document worker: `read(bytes, fileName)` and `write(document, format)` as
 * promises. Failures reject with {@link FormatFailure}. The worker is started on first use.
 */
import type { Diagnostic, FormatId, OstalDocument } from '@ostal/model';
import type { DocumentWorkerRequest, DocumentWorkerResponse } from '../../workers/document-protocol.js';
import { packDocument, packedBuffers, unpackDocument } from '../../workers/packed-cells.js';
import { FormatFailure } from './format-failure.js';

export interface ReadDocument {
  readonly document: OstalDocument;
  readonly format: FormatId;
  readonly diagnostics: readonly Diagnostic[];
}

/** Bytes written, and what the format left out. */
export interface WrittenDocument {
  readonly bytes: Uint8Array;
  readonly losses: readonly Diagnostic[];
}

type Waiter = (response: DocumentWorkerResponse) => void;

/** Distributive Omit, so each request variant keeps its own fields. */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

export class DocumentWorkerClient {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, Waiter>();
  /** Reads asked with a preview, by request id, until their answer. */
  private readonly previews = new Map<number, (preview: OstalDocument) => void>();

  constructor(private readonly start: () => Worker = defaultWorker) {}

  /**
   * Reads a file's bytes into a document (format detected by content; CSV by name). With
   * `onPreview`, a deck the reader can stream calls it first with the deck cut to its first slide
   * (layout, master, theme and the pictures it uses), before the promise resolves with the whole deck.
   */
  async read(bytes: Uint8Array, fileName: string, onPreview?: (preview: OstalDocument) => void): Promise<ReadDocument> {
    if (onPreview) this.previews.set(this.nextId, onPreview);
    const response = await this.send({ op: 'read', bytes, fileName, ...(onPreview ? { preview: true } : {}) }, [bytes.buffer as ArrayBuffer]);
    if (!response.ok) throw new FormatFailure(response.failure);
    if (response.op !== 'read') throw new FormatFailure({ kind: 'internal', message: 'Unexpected worker answer.' });
    return { document: unpackDocument(response.document, response.packed), format: response.format, diagnostics: response.diagnostics };
  }

  /** Writes a document in `format` (`macroEnabled`: a .docm/.xlsm/.pptm, which keeps the macros). */
  async write(document: OstalDocument, format: FormatId, options: { readonly macroEnabled?: boolean } = {}): Promise<Uint8Array> {
    return (await this.writeWithLosses(document, format, options)).bytes;
  }

  /** As `write`, with what the format could not hold (`conversionLosses`: warnings with stable codes). */
  async writeWithLosses(document: OstalDocument, format: FormatId, options: { readonly macroEnabled?: boolean } = {}): Promise<WrittenDocument> {
    // A workbook's cells go packed (a tight loop here and transferred buffers, not a clone of every cell object).
    const { document: lean, packed } = packDocument(document);
    const response = await this.send({ op: 'write', document: lean, ...(packed ? { packed } : {}), format, ...(options.macroEnabled === true ? { macroEnabled: true } : {}) }, packedBuffers(packed ?? []));
    if (!response.ok) throw new FormatFailure(response.failure);
    if (response.op !== 'write') throw new FormatFailure({ kind: 'internal', message: 'Unexpected worker answer.' });
    return { bytes: response.bytes, losses: response.losses };
  }

  /** A zip of `files`, in order (pictures stored as they are). */
  async zip(files: readonly { readonly name: string; readonly data: Uint8Array }[]): Promise<Uint8Array> {
    const response = await this.send({ op: 'zip', files }, []);
    if (!response.ok) throw new FormatFailure(response.failure);
    if (response.op !== 'zip') throw new FormatFailure({ kind: 'internal', message: 'Unexpected worker answer.' });
    return response.bytes;
  }

  /** Starts the worker now (loading its code takes a while), so that a read coming later does not wait for it. */
  warm(): void {
    this.ensureWorker();
  }

  /** Stops the worker; pending calls fail. */
  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    this.failAll('The document worker was stopped.');
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = this.start();
    worker.onmessage = (event: MessageEvent<DocumentWorkerResponse>) => {
      const data = event.data;
      if (data.ok && data.op === 'preview') {
        this.previews.get(data.id)?.(data.document);
        return;
      }
      this.previews.delete(data.id);
      const waiter = this.waiting.get(data.id);
      if (!waiter) return;
      this.waiting.delete(data.id);
      waiter(data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.worker?.terminate();
      this.worker = null;
      this.failAll(event.message || 'The document worker stopped.');
    };
    this.worker = worker;
    return worker;
  }

  private failAll(message: string): void {
    for (const [id, waiter] of this.waiting) waiter({ id, ok: false, failure: { kind: 'internal', message } });
    this.waiting.clear();
    this.previews.clear();
  }

  private send(request: WithoutId<DocumentWorkerRequest>, transfer: Transferable[]): Promise<DocumentWorkerResponse> {
    const worker = this.ensureWorker();
    const id = this.nextId;
    this.nextId += 1;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      const message: DocumentWorkerRequest = { ...request, id };
      worker.postMessage(message, transfer);
    });
  }
}

function defaultWorker(): Worker {
  return new Worker(new URL('../../workers/document-worker.ts', import.meta.url), { type: 'module', name: 'ostal-documents' });
}

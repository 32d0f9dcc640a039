/**
 * Web Worker entry: reads and writes documents with @ostal/formats off the UI thread.
 * One request at a time per message; answers carry the request id.
 */
import { FormatError, conversionLosses, read, write, writeZip } from '@ostal/formats';
import { formatFromFileName } from '@ostal/model';
import type { OstalDocument } from '@ostal/model';
import type { DocumentWorkerFailure, DocumentWorkerRequest, DocumentWorkerResponse } from './document-protocol.js';
import { packDocument, packedBuffers, unpackDocument } from './packed-cells.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<DocumentWorkerRequest>) => void) | null;
  postMessage(message: DocumentWorkerResponse, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

function failureOf(error: unknown): DocumentWorkerFailure {
  if (error instanceof FormatError) {
    return error.part === undefined
      ? { kind: 'format', reason: error.reason, message: error.message }
      : { kind: 'format', reason: error.reason, message: error.message, part: error.part };
  }
  return { kind: 'internal', message: error instanceof Error ? error.message : String(error) };
}

/**
 * The buffers under a deck's pictures, handed over rather than copied (a deck of photos is mostly
 * pictures); the worker keeps nothing of a document it has read.
 */
function mediaBuffers(document: OstalDocument): ArrayBuffer[] {
  if (document.kind !== 'deck') return [];
  const buffers = new Set<ArrayBuffer>();
  for (const m of Object.values(document.media ?? {})) if (m.data.buffer instanceof ArrayBuffer) buffers.add(m.data.buffer);
  return [...buffers];
}

async function handle(request: DocumentWorkerRequest): Promise<void> {
  try {
    if (request.op === 'read') {
      // CSV has no signature: trust the extension for it alone; everything else is detected by content.
      const hinted = formatFromFileName(request.fileName);
      // The preview (a deck's first slide, a large workbook's first rows) is copied: its pictures
      // are its own small buffers; the whole deck's are handed over below.
      const onPreview = (preview: OstalDocument) => scope.postMessage({ id: request.id, ok: true, op: 'preview', document: preview });
      const previews = request.preview === true ? { onFirstSlide: onPreview, onFirstRows: onPreview, onFirstBlocks: onPreview } : {};
      const result = await read(request.bytes, { ...(hinted === 'csv' ? { format: 'csv' } : {}), ...previews });
      // A workbook's cells go packed: cloning them one object at a time cost as much as reading the file.
      const { document, packed } = packDocument(result.document);
      scope.postMessage(
        { id: request.id, ok: true, op: 'read', document, ...(packed ? { packed } : {}), format: result.format, diagnostics: result.diagnostics },
        [...mediaBuffers(result.document), ...packedBuffers(packed ?? [])],
      );
      return;
    }
    if (request.op === 'zip') {
      const zipped = writeZip(request.files);
      scope.postMessage({ id: request.id, ok: true, op: 'zip', bytes: zipped }, [zipped.buffer as ArrayBuffer]);
      return;
    }
    const options = { macroEnabled: request.macroEnabled === true };
    // A workbook's cells come packed, as they go on reading (the page's side of the clone is the cost).
    const toWrite = unpackDocument(request.document, request.packed);
    const bytes = await write(toWrite, request.format, options);
    const losses = conversionLosses(toWrite, request.format, options);
    scope.postMessage({ id: request.id, ok: true, op: 'write', bytes, losses }, [bytes.buffer]);
  } catch (error) {
    scope.postMessage({ id: request.id, ok: false, failure: failureOf(error) });
  }
}

scope.onmessage = (event) => {
  void handle(event.data);
};

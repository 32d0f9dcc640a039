/**
 * Large files to Nextcloud in chunks (Nextcloud's chunked upload, version 2), so that a cut
 * connection costs one chunk, not the whole file:
 *
 * 1. `MKCOL <server>/remote.php/dav/uploads/<user>/<upload id>` with `Destination: <file URL>`;
 * 2. `PUT <upload folder>/00001`, `00002`, … (numbers 1 to 10000, chunks of 5 MB to 5 GB but the
 *    last), each with `Destination` and `OC-Total-Length`;
 * 3. `MOVE <upload folder>/.file` with `Destination` and `OC-Total-Length`: the server assembles
 *    the chunks in number order into the destination.
 *
 * The upload id is derived from the bytes (and the queue item), so an upload cut by a network
 * failure, a quit or a crash resumes on the next attempt with the same id: a depth-1 PROPFIND of
 * the upload folder lists the chunks already there (right size), and only the others are sent.
 * Different bytes make a new id. The assembly is conditional like a plain save: `Overwrite: F` for
 * a new file, else an RFC 4918 `If` header naming the destination with the ETag our version is
 * based on (and our lock token), so a colleague's version is never replaced unseen (412).
 *
 * Only servers that say they can (`dav.chunking` in Nextcloud's capabilities) get chunks; any
 * other server gets the one conditional PUT.
 */
import { DavError } from './dav-error.js';
import type { WebDavClient } from './webdav-client.js';

/** Smallest chunk Nextcloud's version 2 accepts (all but the last chunk). */
export const MIN_CHUNK_BYTES = 5 * 1024 * 1024;
/** Default chunk size. */
export const DEFAULT_CHUNK_BYTES = 10 * 1024 * 1024;
/** Most chunks one upload may have. */
export const MAX_CHUNKS = 10_000;

/** The chunked-upload endpoint of a Nextcloud / ownCloud account, from its files root. */
export function nextcloudUploadsRoot(filesRootUrl: string): string | undefined {
  const match = /^(.*\/remote\.php\/dav\/)files\/([^/]+)\/$/.exec(filesRootUrl);
  return match ? `${match[1] ?? ''}uploads/${match[2] ?? ''}/` : undefined;
}

/**
 * Whether the account's server takes chunked uploads: a Nextcloud / ownCloud files root whose
 * OCS capabilities (`/ocs/v2.php/cloud/capabilities`) name `dav.chunking`. Returns the uploads
 * root, or undefined for any other server (and when the capabilities cannot be read: a plain
 * PUT always works).
 * @throws DavError when the server cannot be reached (so that the caller asks again later).
 */
export async function detectChunkedUploads(client: WebDavClient): Promise<string | undefined> {
  const uploadsRoot = nextcloudUploadsRoot(client.rootUrl);
  if (!uploadsRoot) return undefined;
  const base = client.rootUrl.slice(0, client.rootUrl.indexOf('/remote.php/dav/'));
  let text: string;
  try {
    const answer = await client.get(`${base}/ocs/v2.php/cloud/capabilities?format=json`, { 'OCS-APIRequest': 'true', Accept: 'application/json' });
    if (answer.bytes.length > 1024 * 1024) return undefined;
    text = new TextDecoder().decode(answer.bytes);
  } catch (error) {
    if (error instanceof DavError && error.offline) throw error;
    return undefined;
  }
  try {
    const parsed = JSON.parse(text) as { ocs?: { data?: { capabilities?: { dav?: { chunking?: unknown } } } } };
    const chunking = parsed.ocs?.data?.capabilities?.dav?.chunking;
    return typeof chunking === 'string' && chunking !== '' ? uploadsRoot : undefined;
  } catch {
    return undefined;
  }
}

export interface ChunkedUploadOptions {
  /** Stable for the same bytes and the same queue item: the resume key. */
  readonly uploadId: string;
  readonly chunkBytes?: number;
  /** Replace the destination only if its ETag is still this one. */
  readonly ifMatch?: string;
  /** Create only: fail if something appeared at the destination. */
  readonly ifNoneMatch?: boolean;
  readonly lockToken?: string;
  /** Told after each chunk sent (not those skipped). */
  readonly onChunkSent?: (number: number) => void;
}

/** What {@link chunkedUpload} did. */
export interface ChunkedUploadResult {
  readonly etag: string | undefined;
  /** Chunk numbers sent by this call. */
  readonly sent: readonly number[];
  /** Chunk numbers found already on the server (a resumed upload). */
  readonly skipped: readonly number[];
}

/** The chunk name for number `n` (1-based): `00001`. */
export function chunkName(n: number): string {
  return String(n).padStart(5, '0');
}

/**
 * Uploads `bytes` to `destination` through the chunked-upload endpoint `uploadsRoot`, resuming
 * an earlier attempt with the same `uploadId`.
 * @throws DavError as the requests fail (`precondition-failed` at the assembly when the
 *   destination changed); the chunks stay on the server for the next attempt.
 * @throws RangeError for a chunk size below {@link MIN_CHUNK_BYTES} or too many chunks.
 */
export async function chunkedUpload(client: WebDavClient, uploadsRoot: string, destination: string, bytes: Uint8Array, options: ChunkedUploadOptions): Promise<ChunkedUploadResult> {
  const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  if (chunkBytes < MIN_CHUNK_BYTES) throw new RangeError(`Chunks must be at least ${String(MIN_CHUNK_BYTES)} bytes.`);
  const count = Math.max(1, Math.ceil(bytes.length / chunkBytes));
  if (count > MAX_CHUNKS) throw new RangeError(`${String(count)} chunks: at most ${String(MAX_CHUNKS)}.`);
  if (!/^[A-Za-z0-9._-]{1,100}$/.test(options.uploadId)) throw new RangeError(`Not an upload id: ${options.uploadId}`);
  const target = client.resolve(destination);
  const folder = client.resolve(`${uploadsRoot}${options.uploadId}/`);
  const common = { Destination: target, 'OC-Total-Length': String(bytes.length) };

  // Chunks already there from an interrupted attempt (name → size).
  const present = new Map<string, number | undefined>();
  try {
    const [, ...chunks] = await client.propfind(folder, 1, 'changes', { Destination: target });
    for (const chunk of chunks) if (!chunk.isCollection) present.set(chunk.name, chunk.size);
  } catch (error) {
    if (!(error instanceof DavError && error.reason === 'not-found')) throw error;
    await client.mkcol(folder, { Destination: target });
  }

  const sent: number[] = [];
  const skipped: number[] = [];
  for (let n = 1; n <= count; n++) {
    const part = bytes.subarray((n - 1) * chunkBytes, Math.min(bytes.length, n * chunkBytes));
    if (present.get(chunkName(n)) === part.length) {
      skipped.push(n);
      continue;
    }
    await client.putPart(`${folder}${chunkName(n)}`, part, common);
    sent.push(n);
    options.onChunkSent?.(n);
  }

  const headers: Record<string, string> = { ...common };
  if (options.ifNoneMatch) headers['Overwrite'] = 'F';
  else {
    headers['Overwrite'] = 'T';
    const conditions = [options.lockToken ? `<${options.lockToken}>` : '', options.ifMatch !== undefined ? `[${options.ifMatch.replace(/^W\//, '')}]` : ''].filter(Boolean);
    if (conditions.length > 0) headers['If'] = `<${target}> (${conditions.join(' ')})`;
  }
  const { etag } = await client.moveWith(`${folder}.file`, headers);
  return { etag, sent, skipped };
}

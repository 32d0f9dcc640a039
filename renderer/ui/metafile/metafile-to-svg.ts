/**
 * Windows metafiles (EMF, WMF) as SVG, so that pictures Chromium cannot draw (OLE previews, clip
 * art, equations in Office documents) are shown. Pure and dependency-free: bytes in, SVG text out.
 */
import { MetafileError } from './byte-reader.js';
import { playEmf } from './emf-player.js';
import { playWmf } from './wmf-player.js';

/** Metafiles larger than this are not translated. */
export const MAX_METAFILE_BYTES = 32 * 1024 * 1024;

/** Which metafile the bytes hold, by their signature. */
export function metafileKind(bytes: Uint8Array): 'emf' | 'wmf' | null {
  if (bytes.length < 18) return null;
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length >= 88 && v.getUint32(0, true) === 1 && v.getUint32(40, true) === 0x464d4520) return 'emf';
  if (v.getUint32(0, true) === 0x9ac6cdd7) return 'wmf';
  const type = v.getUint16(0, true);
  if ((type === 1 || type === 2) && v.getUint16(2, true) === 9) return 'wmf';
  return null;
}

/**
 * The SVG of an EMF or WMF picture, or null when the bytes are not a metafile, are malformed or
 * hostile (reads past the end, too many records, output too large), or draw nothing (EMF+ only
 * files). Never throws.
 *
 * @example
 * const drawn = metafileToSvg(bytes);
 * if (drawn) img.src = URL.createObjectURL(new Blob([drawn.svg], { type: 'image/svg+xml' }));
 */
export function metafileToSvg(bytes: Uint8Array): { svg: string } | null {
  try {
    if (bytes.length > MAX_METAFILE_BYTES) return null;
    const kind = metafileKind(bytes);
    const svg = kind === 'emf' ? playEmf(bytes) : kind === 'wmf' ? playWmf(bytes) : null;
    return svg ? { svg } : null;
  } catch (e) {
    if (e instanceof MetafileError || e instanceof RangeError || e instanceof TypeError) return null;
    return null;
  }
}

/** Media types and file names of metafiles. */
export function isMetafile(mediaType: string, name = ''): boolean {
  return /^image\/(x-)?(emf|wmf|x-msmetafile)$|^application\/x-msmetafile$/i.test(mediaType) || /\.(emf|wmf)$/i.test(name);
}

const translated = new WeakMap<Uint8Array, { svg: string } | null>();

/** {@link metafileToSvg}, remembered per bytes object: a picture is translated once. */
export function cachedMetafileSvg(bytes: Uint8Array): { svg: string } | null {
  if (translated.has(bytes)) return translated.get(bytes) ?? null;
  const result = metafileToSvg(bytes);
  translated.set(bytes, result);
  return result;
}

/** A `data:` URL of the picture's SVG (for self-contained exports), or null when it cannot be drawn. */
export function metafileDataUrl(bytes: Uint8Array): string | null {
  const drawn = cachedMetafileSvg(bytes);
  return drawn ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(drawn.svg)}` : null;
}

/** The picture's SVG as a Blob for `URL.createObjectURL`, or null when it cannot be drawn. */
export function metafileBlob(bytes: Uint8Array): Blob | null {
  const drawn = cachedMetafileSvg(bytes);
  return drawn ? new Blob([drawn.svg], { type: 'image/svg+xml' }) : null;
}

const fromBase64 = new Map<string, string | null>();

/**
 * {@link metafileDataUrl} of base64 bytes (how workbooks keep pictures), remembered for the last
 * few pictures so that redrawing a sheet does not translate them again.
 */
export function metafileDataUrlFromBase64(data: string): string | null {
  const known = fromBase64.get(data);
  if (known !== undefined) return known;
  let url: string | null;
  try {
    const binary = atob(data);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    url = metafileDataUrl(bytes);
  } catch {
    url = null;
  }
  if (fromBase64.size >= 64) fromBase64.clear();
  fromBase64.set(data, url);
  return url;
}

/**
 * Pictures of text documents on their way in and out of packages: the media type of picture
 * bytes, unique media names for readers, and the pictures a document's `image` nodes use, for
 * writers (DOCX `word/media/`, ODT `Pictures/`, FODT `office:binary-data`).
 */
import { MEDIA_SRC_PREFIX } from '@ostal/model';
import type { SectionProps, TextMedia, TextMediaItem } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';

const BY_EXTENSION: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  jpe: 'image/jpeg',
  gif: 'image/gif',
  bmp: 'image/bmp',
  dib: 'image/bmp',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  svg: 'image/svg+xml',
  webp: 'image/webp',
  emf: 'image/x-emf',
  wmf: 'image/x-wmf',
  ico: 'image/x-icon',
};

const EXTENSION_OF: Readonly<Record<string, string>> = {
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'image/gif': 'gif',
  'image/bmp': 'bmp',
  'image/tiff': 'tiff',
  'image/svg+xml': 'svg',
  'image/webp': 'webp',
  'image/x-emf': 'emf',
  'image/x-wmf': 'wmf',
  'image/x-icon': 'ico',
};

/** The media type the first bytes announce, or undefined. */
function sniff(b: Uint8Array): string | undefined {
  const at = (i: number, ...v: number[]): boolean => v.every((n, k) => b[i + k] === n);
  if (at(0, 0x89, 0x50, 0x4e, 0x47)) return 'image/png';
  if (at(0, 0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (at(0, 0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  if (at(0, 0x42, 0x4d)) return 'image/bmp';
  if (at(0, 0x49, 0x49, 0x2a, 0x00) || at(0, 0x4d, 0x4d, 0x00, 0x2a)) return 'image/tiff';
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'image/webp';
  if (at(0, 0x01, 0x00, 0x00, 0x00) && at(40, 0x20, 0x45, 0x4d, 0x46)) return 'image/x-emf';
  if (at(0, 0xd7, 0xcd, 0xc6, 0x9a) || at(0, 0x01, 0x00, 0x09, 0x00) || at(0, 0x02, 0x00, 0x09, 0x00)) return 'image/x-wmf';
  const head = new TextDecoder().decode(b.subarray(0, 256)).trimStart();
  if (head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg'))) return 'image/svg+xml';
  return undefined;
}

/** The media type of picture bytes: from the bytes, else the name's extension, else `application/octet-stream`. */
export function pictureMime(bytes: Uint8Array, name: string): string {
  const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  return sniff(bytes) ?? BY_EXTENSION[ext] ?? 'application/octet-stream';
}

/** The file extension for a media type (`png`...), or `bin`. */
export function extensionOfMime(mime: string): string {
  return EXTENSION_OF[mime] ?? 'bin';
}

/** A media name safe in a package path and a `media:` source: letters, digits, `._-`. */
function safeName(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1).replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '');
  return base === '' ? 'image' : base.slice(-100);
}

/**
 * Collects the pictures a reader finds. Names are canonical, whatever the file called them:
 * `image<n>.<ext>` in order of first use, the extension from the media type, so that every
 * format (the flat ODF form keeps no names) reads the same document back the same way.
 */
export class MediaCollector {
  private readonly items: Record<string, TextMediaItem> = {};
  private readonly byPart = new Map<string, string>();
  private objects = 0;

  /**
   * The `src` of the picture stored in package part `part`, reading its bytes on first use.
   * Returns undefined when `read` finds nothing.
   */
  add(part: string, read: () => Uint8Array | undefined): string | undefined {
    const known = this.byPart.get(part);
    if (known !== undefined) return known;
    const bytes = read();
    if (!bytes) return undefined;
    const src = this.store(bytes, part);
    this.byPart.set(part, src);
    return src;
  }

  /** The `src` of picture bytes given inline (ODF `office:binary-data`). */
  addBytes(bytes: Uint8Array): string {
    return this.store(bytes, '');
  }

  /** Equal bytes share one entry, wherever they come from: every format then reads the same media. */
  private store(bytes: Uint8Array, original: string): string {
    for (const [known, item] of Object.entries(this.items)) {
      if (known.startsWith('object')) continue;
      if (item.bytes.length === bytes.length && item.bytes.every((b, i) => b === bytes[i])) return MEDIA_SRC_PREFIX + known;
    }
    // A view into the package's bytes would carry the whole package wherever the document goes.
    if (bytes.byteOffset !== 0 || bytes.byteLength !== bytes.buffer.byteLength) bytes = bytes.slice();
    const mime = pictureMime(bytes, original);
    let ext = extensionOfMime(mime);
    const own = /\.([A-Za-z0-9]{1,8})$/.exec(original);
    if (ext === 'bin' && own) ext = own[1]!.toLowerCase();
    const name = `image${String(Object.keys(this.items).length - this.objects + 1)}.${ext}`;
    this.items[name] = { mime, bytes };
    return MEDIA_SRC_PREFIX + name;
  }

  /**
   * The `src` of an embedded object's bytes (text-embedded-object.ts), stored as `object<n>.<ext>`
   * with media type `mime` (the extension from `original`, a part or file name, else `bin`).
   * Objects have their own numbering, so pictures are named the same whether objects are kept or not.
   */
  addObject(bytes: Uint8Array, mime: string, original: string): string {
    if (bytes.byteOffset !== 0 || bytes.byteLength !== bytes.buffer.byteLength) bytes = bytes.slice();
    const ext = /\.([A-Za-z0-9]{1,8})$/.exec(original)?.[1]?.toLowerCase() ?? 'bin';
    const name = `object${String(++this.objects)}.${ext}`;
    this.items[name] = { mime, bytes };
    return MEDIA_SRC_PREFIX + name;
  }

  /** The media collected, or undefined when there is none. */
  media(): TextMedia | undefined {
    return Object.keys(this.items).length > 0 ? { ...this.items } : undefined;
  }
}

/** A picture a writer stores: its media name (the part's file name) and content. */
export interface UsedPicture {
  readonly name: string;
  readonly item: TextMediaItem;
}

/**
 * The pictures `doc`'s images use that `media` holds, in order of first use, by `src`. The
 * file name keeps the media name, with an extension that matches its media type.
 */
export function usedPictures(doc: PMNode, media: TextMedia | undefined): Map<string, UsedPicture> {
  const used = new Map<string, UsedPicture>();
  const names = new Set<string>();
  const use = (src: string): void => {
    if (used.has(src) || !src.startsWith(MEDIA_SRC_PREFIX)) return;
    const key = src.slice(MEDIA_SRC_PREFIX.length);
    const item = media && Object.prototype.hasOwnProperty.call(media, key) ? media[key] : undefined;
    if (!item) return;
    let name = safeName(key);
    const ext = extensionOfMime(item.mime);
    const own = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
    if (!name.includes('.') || (BY_EXTENSION[own] ?? 'application/octet-stream') !== item.mime) {
      if (ext !== 'bin' || !name.includes('.')) name = `${name}.${ext}`;
    }
    for (let i = 2; names.has(name.toLowerCase()); i++) name = name.replace(/(_\d+)?(\.[^.]*)?$/, `_${String(i)}$2`);
    names.add(name.toLowerCase());
    used.set(src, { name, item });
  };
  doc.descendants((node) => {
    if (node.type.name !== 'image') return true;
    use(node.attrs.src as string);
    return false;
  });
  // Headers and footers (logos, mostly) are stories kept as JSON in the sections.
  for (const src of storyPictureSources(doc)) use(src);
  return used;
}

/** `src` of every picture in the headers and footers of `doc`'s sections, in order. */
function storyPictureSources(doc: PMNode): string[] {
  const out: string[] = [];
  const walk = (json: unknown, depth: number): void => {
    if (typeof json !== 'object' || json === null || depth > 200) return;
    const node = json as { type?: unknown; attrs?: { src?: unknown }; content?: unknown };
    if (node.type === 'image' && typeof node.attrs?.src === 'string') out.push(node.attrs.src);
    if (Array.isArray(node.content)) for (const child of node.content) walk(child, depth + 1);
  };
  const section = (props: unknown): void => {
    if (typeof props !== 'object' || props === null) return;
    const { headers, footers } = props as SectionProps;
    for (const set of [headers, footers]) for (const story of [set?.default, set?.first, set?.even]) walk(story, 0);
  };
  doc.descendants((node) => {
    if (node.type.name === 'section_break') section(node.attrs.section);
    return node.isBlock && node.type.name !== 'paragraph' && node.type.name !== 'heading';
  });
  section(doc.attrs.section);
  return out;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_CODES = Uint8Array.from(B64, (c) => c.charCodeAt(0));
const B64_VALUE = new Int16Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_VALUE[B64.charCodeAt(i)] = i;

/** Base64 of `bytes` (standard alphabet, padded; ODF `office:binary-data`, XML Schema base64Binary). */
export function encodeBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = B64_CODES[n >>> 18]!;
    out[o++] = B64_CODES[(n >>> 12) & 63]!;
    out[o++] = B64_CODES[(n >>> 6) & 63]!;
    out[o++] = B64_CODES[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const n = (bytes[i]! << 16) | (rest === 2 ? bytes[i + 1]! << 8 : 0);
    out[o] = B64_CODES[n >>> 18]!;
    out[o + 1] = B64_CODES[(n >>> 12) & 63]!;
    out[o + 2] = rest === 2 ? B64_CODES[(n >>> 6) & 63]! : 61;
    out[o + 3] = 61;
  }
  return new TextDecoder().decode(out);
}

/** Bytes of base64 text; white space is ignored. Undefined when the text is not base64. */
export function decodeBase64(text: string): Uint8Array | undefined {
  const out = new Uint8Array(Math.floor((text.length * 3) / 4) + 3);
  let o = 0;
  let acc = 0;
  let bits = 0;
  let ended = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) continue;
    if (c === 61) {
      ended = true;
      continue;
    }
    const v = c < 128 ? B64_VALUE[c]! : -1;
    if (v < 0 || ended) return undefined;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >>> bits) & 0xff;
    }
  }
  return out.slice(0, o);
}

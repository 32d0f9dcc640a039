/**
 * How the writer shows pictures: from the document's media through `blob:` URLs (the content
 * security policy allows `img-src blob:`), at their size, with their alternative text. Windows
 * metafiles (EMF, WMF) are translated to SVG once per picture. Formats a browser cannot draw
 * (TIFF..., metafiles that cannot be translated) and linked pictures (never fetched) are a box of
 * the same size showing a label and the alternative text. Anchored pictures are shown inline at
 * their anchor for now.
 */
import { EMU_PER_PX, MEDIA_SRC_PREFIX } from '@ostal/model';
import type { TextMedia } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import type { NodeView } from 'prosemirror-view';
import { isMetafile, metafileBlob } from '../ui/index.js';

/** Media types `<img>` draws in Chromium. */
const SHOWN = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/bmp', 'image/webp', 'image/svg+xml', 'image/x-icon']);

/** Labels of the picture placeholders. */
export interface ImageViewLabels {
  /** A picture in a format that cannot be shown, e.g. "Image non affichable". */
  readonly unavailable: string;
  /** A linked picture, not loaded, e.g. "Image liée non chargée". */
  readonly linked: string;
}

/** `blob:` URLs of a document's pictures, made on first use; {@link revokeAll} when the document closes. */
export class MediaUrls {
  private readonly urls = new Map<string, string>();

  constructor(private readonly media: TextMedia | undefined) {}

  /** The URL to show `src` from, or undefined when there is no such picture or it cannot be shown. */
  url(src: string): string | undefined {
    const known = this.urls.get(src);
    if (known) return known;
    if (!src.startsWith(MEDIA_SRC_PREFIX) || !this.media) return undefined;
    const key = src.slice(MEDIA_SRC_PREFIX.length);
    const item = Object.prototype.hasOwnProperty.call(this.media, key) ? this.media[key] : undefined;
    if (!item) return undefined;
    const blob = SHOWN.has(item.mime) ? new Blob([item.bytes as Uint8Array<ArrayBuffer>], { type: item.mime }) : isMetafile(item.mime, key) ? metafileBlob(item.bytes) : null;
    if (!blob) return undefined;
    const url = URL.createObjectURL(blob);
    this.urls.set(src, url);
    return url;
  }

  revokeAll(): void {
    for (const url of this.urls.values()) URL.revokeObjectURL(url);
    this.urls.clear();
  }
}

/** The view of an `image` node. */
export function imageView(node: PMNode, urls: MediaUrls, labels: ImageViewLabels): NodeView {
  const a = node.attrs;
  const dom = document.createElement('span');
  dom.className = a.placement === 'anchored' ? 'writer-image writer-image--anchored' : 'writer-image';
  dom.contentEditable = 'false';
  const width = Math.max(1, Math.round(Number(a.width) / EMU_PER_PX));
  const height = Math.max(1, Math.round(Number(a.height) / EMU_PER_PX));
  dom.style.width = `${String(width)}px`;
  dom.style.height = `${String(height)}px`;
  const alt = (a.alt as string | null) ?? '';
  if (a.title) dom.title = String(a.title);
  const url = urls.url(String(a.src));
  if (url) {
    const img = document.createElement('img');
    img.src = url;
    // What the picture is in the document (the print layout inlines it from there).
    img.setAttribute('data-src', String(a.src));
    img.alt = alt;
    img.width = width;
    img.height = height;
    img.draggable = false;
    dom.append(img);
  } else {
    dom.classList.add('writer-image--placeholder');
    dom.setAttribute('role', 'img');
    const label = a.src === '' && a.link ? labels.linked : labels.unavailable;
    dom.setAttribute('aria-label', alt === '' ? label : `${label} — ${alt}`);
    const text = document.createElement('span');
    text.className = 'writer-image__label';
    text.textContent = alt === '' ? label : alt;
    dom.append(text);
  }
  return { dom, ignoreMutation: () => true };
}

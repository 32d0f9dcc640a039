/**
 * Exports of a deck: a print document for PDF (one page per shown slide at the slide's size,
 * drawn by the same `SlideView` as the canvas, so text stays text), and pictures of slides (PNG)
 * drawn by the browser from that same markup (SVG `foreignObject` onto a canvas), one slide or
 * all of them in a zip (written by the app's zip writer: the formats package's, in the document
 * worker). Pictures of the deck go inline as `data:` addresses: the print document
 * and the picture fetch nothing.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import type { Deck, Slide } from '@ostal/model';
import { SlideView } from './SlideView.js';
import { isMetafile, metafileDataUrl } from '../ui/index.js';

/** EMU per CSS pixel (96 per inch). */
const EMU_PER_PX = 9525;

/** What the editor needs from the app to export: where to write, the host's PDF printer, the write itself. */
export interface SlidesExportHost {
  /** Asks the user where to write a file with this extension; null when cancelled. */
  chooseFile(extension: 'pdf' | 'png' | 'zip'): Promise<string | null>;
  /**
   * Prints a self-contained HTML document to PDF (the host's `exports.pdf`); null when the host
   * has no browser to print with (the editor then writes a PDF of slide pictures itself).
   */
  printPdf(html: string): Promise<Uint8Array | null>;
  /** Writes the exported file. */
  save(path: string, bytes: Uint8Array): Promise<void>;
  /** A zip of `files` in the order given, pictures stored as they are. */
  zip(files: readonly { readonly name: string; readonly data: Uint8Array }[]): Promise<Uint8Array>;
}

/** The slide's size in CSS pixels at 96 dpi (1280 x 720 for 16:9). */
export function slidePixelSize(deck: Deck): { width: number; height: number } {
  return { width: Math.round(deck.size.cx / EMU_PER_PX), height: Math.round(deck.size.cy / EMU_PER_PX) };
}

function base64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

/** The deck's drawable pictures as `data:` addresses (what `useMediaUrls` gives as object URLs). */
export function mediaDataUrls(deck: Deck): Map<string, string> {
  const urls = new Map<string, string>();
  for (const [name, m] of Object.entries(deck.media ?? {})) {
    if (isMetafile(m.type, name)) {
      const url = metafileDataUrl(m.data);
      if (url) urls.set(name, url);
    } else if (m.type.startsWith('image/') && !/tiff/.test(m.type)) urls.set(name, `data:${m.type};base64,${base64(m.data)}`);
  }
  return urls;
}

/** The slides an export shows: those not hidden, as the presentation does. */
export function exportedSlides(deck: Deck): Slide[] {
  return deck.slides.filter((s) => !s.hidden);
}

/** The app's style rules for the slide drawing (print-only rules of other modules left out). */
export function documentCss(doc: Document = document): string {
  const parts: string[] = [];
  for (const sheet of Array.from(doc.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSMediaRule && /print/.test(rule.media.mediaText)) continue;
      parts.push(rule.cssText);
    }
  }
  return parts.join('\n');
}

function pageCss(width: number, height: number): string {
  return `@page{size:${String(width)}px ${String(height)}px;margin:0}
html,body{margin:0;padding:0;background:#fff;overflow:visible;height:auto;width:auto}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.ostal-export-page{position:relative;width:${String(width)}px;height:${String(height)}px;overflow:hidden;container-type:inline-size;break-after:page;page-break-after:always;background:#fff}
.ostal-export-page:last-child{break-after:auto;page-break-after:auto}`;
}

/** One slide's markup as a page of the export. */
export function slidePageMarkup(deck: Deck, slide: Slide, urls: ReadonlyMap<string, string>, label: string): string {
  return `<section class="ostal-export-page" aria-label="${label.replace(/[&"<]/g, (c) => (c === '&' ? '&amp;' : c === '"' ? '&quot;' : '&lt;'))}">${renderToStaticMarkup(<SlideView deck={deck} slide={slide} urls={urls} />)}</section>`;
}

/**
 * The print document of the deck: every shown slide a page of the slide's size. `css` is the
 * app's style rules (`documentCss()`); `title` names the PDF.
 */
export function deckPrintHtml(deck: Deck, css: string, title: string, slideLabel: (n: number) => string): string {
  const urls = mediaDataUrls(deck);
  const { width, height } = slidePixelSize(deck);
  const pages = exportedSlides(deck).map((s, i) => slidePageMarkup(deck, s, urls, slideLabel(i + 1)));
  const escapedTitle = title.replace(/[&<]/g, (c) => (c === '&' ? '&amp;' : '&lt;'));
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapedTitle}</title><style>${css.replace(/<\/style/gi, '<\\/style')}\n${pageCss(width, height)}</style></head><body>${pages.join('')}</body></html>`;
}

/** An SVG image of one slide (XHTML in a `foreignObject`), for drawing onto a canvas. */
export function slideSvg(deck: Deck, slide: Slide, css: string, urls: ReadonlyMap<string, string>): string {
  const { width, height } = slidePixelSize(deck);
  const parsed = new DOMParser().parseFromString(`<div>${slidePageMarkup(deck, slide, urls, '')}</div>`, 'text/html');
  const page = parsed.body.firstElementChild?.firstElementChild;
  const xhtml = page ? new XMLSerializer().serializeToString(page) : '';
  const style = `${css}\n${pageCss(width, height)}`.replace(/]]>/g, ']] >');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${String(width)}" height="${String(height)}"><foreignObject x="0" y="0" width="${String(width)}" height="${String(height)}"><div xmlns="http://www.w3.org/1999/xhtml"><style><![CDATA[${style}]]></style>${xhtml}</div></foreignObject></svg>`;
}

/** A PNG of one slide at its size in pixels (`scale` 2 for a sharper picture). */
export async function slidePng(deck: Deck, slide: Slide, css: string, urls: ReadonlyMap<string, string> = mediaDataUrls(deck), scale = 1): Promise<Uint8Array> {
  return slidePicture(deck, slide, css, urls, scale, 'image/png');
}

/** One slide drawn by the browser onto a canvas (white behind), encoded as `type` (PNG, or JPEG at `quality`). */
export async function slidePicture(deck: Deck, slide: Slide, css: string, urls: ReadonlyMap<string, string>, scale: number, type: 'image/png' | 'image/jpeg', quality?: number): Promise<Uint8Array> {
  const { width, height } = slidePixelSize(deck);
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(slideSvg(deck, slide, css, urls))}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas to draw the slide on.');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type, quality));
  if (!blob) throw new Error('The slide could not be turned into a picture.');
  return new Uint8Array(await blob.arrayBuffer());
}

/** File name of slide `n` of `count` in the zip: `diapositive-01.png`, sorting in slide order. */
export function slidePngName(prefix: string, n: number, count: number): string {
  return `${prefix}-${String(n).padStart(Math.max(2, String(count).length), '0')}.png`;
}

/** A zip of every shown slide as PNG (stored: PNG is compressed already), made by `zip`. */
export async function deckPngZip(deck: Deck, css: string, prefix: string, zip: SlidesExportHost['zip'], onProgress?: (done: number, total: number) => void): Promise<Uint8Array> {
  const urls = mediaDataUrls(deck);
  const slides = exportedSlides(deck);
  const files: { name: string; data: Uint8Array }[] = [];
  for (const [i, slide] of slides.entries()) {
    files.push({ name: slidePngName(prefix, i + 1, slides.length), data: await slidePng(deck, slide, css, urls) });
    onProgress?.(i + 1, slides.length);
  }
  return zip(files);
}

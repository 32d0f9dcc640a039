/**
 * The deck as a PDF of slide pictures, for when the host has no browser to print with: every
 * shown slide drawn by the browser (as for PNG, at twice its pixel size), encoded as JPEG, one
 * page each at the slide's size. Text is not selectable in it; the status line says so.
 */
import type { Deck } from '@ostal/model';
import { picturePdf } from './picture-pdf.js';
import type { PdfPicturePage } from './picture-pdf.js';
import { exportedSlides, mediaDataUrls, slidePicture, slidePixelSize } from './slide-export.js';

/** Points (1/72 inch) per CSS pixel (1/96 inch). */
const PT_PER_PX = 0.75;
const SCALE = 2;

export async function deckPicturePdf(deck: Deck, css: string, title: string, onProgress?: (done: number, total: number) => void): Promise<Uint8Array> {
  const urls = mediaDataUrls(deck);
  const slides = exportedSlides(deck);
  const { width, height } = slidePixelSize(deck);
  const pages: PdfPicturePage[] = [];
  for (const [i, slide] of slides.entries()) {
    const jpeg = await slidePicture(deck, slide, css, urls, SCALE, 'image/jpeg', 0.92);
    pages.push({ jpeg, width: Math.round(width * SCALE), height: Math.round(height * SCALE) });
    onProgress?.(i + 1, slides.length);
  }
  return picturePdf(pages, width * PT_PER_PX, height * PT_PER_PX, title);
}

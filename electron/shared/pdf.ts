/**
 * Exporting the page a window shows as PDF (the writer's "Exporter en PDF"): Electron renders it
 * with Chromium's `printToPDF`; a host without windows (browser mode) answers null and the
 * renderer falls back to the print dialog, whose PDF printer does the same.
 */

/** The paper to lay the PDF on and its margins, in millimetres (the document's first section). */
export interface PdfPage {
  readonly widthMm: number;
  readonly heightMm: number;
  readonly marginsMm: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
}

export interface PdfService {
  /** The PDF bytes of the calling window's page, or null when this host cannot make PDFs. */
  render(page: PdfPage): Promise<Uint8Array | null>;
}

/** Smallest and largest paper side accepted, in millimetres (a business card to A0's long side and more). */
export const PDF_PAGE_MM = { min: 50, max: 2000 } as const;

function hasKeys(value: unknown, keys: readonly string[]): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const own = Object.keys(value).sort();
  return own.length === keys.length && own.every((k, i) => k === [...keys].sort()[i]);
}

/**
 * True for a {@link PdfPage}: exactly its keys, sides within {@link PDF_PAGE_MM}, margins from 0
 * and leaving at least a quarter of each side to the text.
 */
export function isPdfPage(value: unknown): value is PdfPage {
  if (!hasKeys(value, ['widthMm', 'heightMm', 'marginsMm'])) return false;
  const { widthMm, heightMm, marginsMm } = value;
  const side = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= PDF_PAGE_MM.min && n <= PDF_PAGE_MM.max;
  if (!side(widthMm) || !side(heightMm) || !hasKeys(marginsMm, ['top', 'right', 'bottom', 'left'])) return false;
  const m = marginsMm;
  const margin = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;
  if (!margin(m.top) || !margin(m.right) || !margin(m.bottom) || !margin(m.left)) return false;
  return m.left + m.right <= widthMm * 0.75 && m.top + m.bottom <= heightMm * 0.75;
}

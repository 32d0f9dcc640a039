/**
 * The paper a PDF export lays the document on: the first section's size and margins (A4 with
 * the default margins when the document declares none), in millimetres.
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { PdfPage } from '../../electron/shared/pdf.js';
import { DEFAULT_MARGINS, firstSectionOf, PAPER_SIZES } from './page-setup.js';

const MM_PER_TWIP = 25.4 / 1440;
const mm = (twips: number) => Math.round(twips * MM_PER_TWIP * 100) / 100;

/** The first section's page of `doc`, as {@link PdfPage}. */
export function pdfPageOf(doc: PMNode): PdfPage {
  const section = firstSectionOf(doc);
  const page = section?.page ?? PAPER_SIZES.A4;
  const m = section?.margins ?? DEFAULT_MARGINS;
  return { widthMm: mm(page.width), heightMm: mm(page.height), marginsMm: { top: mm(Math.max(0, m.top)), right: mm(m.right), bottom: mm(Math.max(0, m.bottom)), left: mm(m.left) } };
}

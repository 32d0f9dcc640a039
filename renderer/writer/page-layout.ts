/**
 * The writer's page follows the first section of the document (`SectionProps`, lengths in
 * twips): its width, height and margins become CSS variables of `.writer-page` (96 px per inch,
 * so 15 twips per pixel). Documents without page layout keep the stylesheet's A4 page.
 */
import type { PMNodeJSON, SectionProps, TextDocument } from '@ostal/model';
import { TWIPS_PER_PX } from '@ostal/model';

/** The properties of the first section: the first section break's, else the document's. */
export function firstSection(content: PMNodeJSON): SectionProps | null {
  const first = (content.content ?? []).find((b) => b.type === 'section_break');
  const section = (first ? first.attrs?.section : content.attrs?.section) as SectionProps | null | undefined;
  return section ?? null;
}

const px = (twips: number): string => `${String(Math.round(twips / TWIPS_PER_PX))}px`;

/** CSS variables for the page of `doc` (empty when it declares no page). */
export function pageStyle(doc: TextDocument): Record<string, string> {
  const section = firstSection(doc.content);
  const style: Record<string, string> = {};
  const page = section?.page;
  if (page && page.width > 0 && page.height > 0) {
    style['--page-width'] = px(page.width);
    style['--page-height'] = px(page.height);
  }
  const m = section?.margins;
  if (m) style['--page-padding'] = `${px(m.top)} ${px(m.right)} ${px(m.bottom)} ${px(m.left)}`;
  return style;
}

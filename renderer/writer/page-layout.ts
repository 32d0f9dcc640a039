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

/** Text of a header or footer story: one line per paragraph, fields as their last result. */
export function storyText(story: PMNodeJSON | undefined): string {
  if (!story) return '';
  const lines: string[] = [];
  const inline = (n: PMNodeJSON): string =>
    n.type === 'text' ? (n.text ?? '') : n.type === 'field' ? (typeof n.attrs?.result === 'string' ? n.attrs.result : '') : n.type === 'hard_break' ? ' ' : (n.content ?? []).map(inline).join('');
  const walk = (n: PMNodeJSON, depth: number): void => {
    if (depth > 32) return;
    if (n.type === 'paragraph' || n.type === 'heading') lines.push(inline(n).replace(/\t/g, ' ').trim());
    else for (const c of n.content ?? []) walk(c, depth + 1);
  };
  walk(story, 0);
  return lines.filter((l) => l !== '').join('\n');
}

/** The first section's default header and footer text ('' when none). */
export function headerFooterText(doc: TextDocument): { readonly header: string; readonly footer: string } {
  const section = firstSection(doc.content);
  return { header: storyText(section?.headers?.default), footer: storyText(section?.footers?.default) };
}

/** CSS variables for the page of `doc` (empty when it declares no page). */
export function pageStyle(doc: TextDocument): Record<string, string> {
  return sectionPageStyle(firstSection(doc.content));
}

/** CSS variables for the page of a section (empty when it declares no page). */
export function sectionPageStyle(section: SectionProps | null): Record<string, string> {
  const style: Record<string, string> = {};
  const page = section?.page;
  if (page && page.width > 0 && page.height > 0) {
    style['--page-width'] = px(page.width);
    style['--page-height'] = px(page.height);
  }
  const m = section?.margins;
  if (m) {
    style['--page-padding'] = `${px(m.top)} ${px(m.right)} ${px(m.bottom)} ${px(m.left)}`;
    style['--page-padding-inline'] = `${px(m.left)} ${px(m.right)}`;
  }
  return style;
}

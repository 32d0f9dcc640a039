/**
 * Which section's headers and footers a sheet of the page view shows and edits, by the
 * section's number in the document (0: the first). Numbers, not positions: they stay right while
 * the body's text changes around a story being edited. Pure.
 *
 * The model holds a section's properties on the `section_break` that ends it, the last
 * section's on the `doc` node. Its headers and footers are the section's own: a DOCX header
 * "linked to previous" is resolved into a copy when the file is read (formats/src/text/CONTEXT.md),
 * and a continuous section carries a copy of the stories of the section before it, so a change
 * to a section's story goes to the continuous sections that follow it too (they share its
 * sheets).
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { SectionProps } from '@ostal/model';

/** Where a section's properties are: a `section_break`'s position, or `'doc'` for the last section. */
export type SectionHolder = number | 'doc';

/** Positions of the document's top-level section breaks, in order. */
function breakPositions(doc: PMNode): number[] {
  const out: number[] = [];
  doc.forEach((node, offset) => {
    if (node.type.name === 'section_break') out.push(offset);
  });
  return out;
}

/** Where every section's properties are, in order: its `section_break`, `'doc'` for the last one. */
export function sectionHolders(doc: PMNode): SectionHolder[] {
  return [...breakPositions(doc), 'doc'];
}

/** The number of the section holding document position `pos` (the section breaks before it). */
export function sectionIndexAt(doc: PMNode, pos: number): number {
  return breakPositions(doc).filter((at) => at < pos).length;
}

const propsAt = (doc: PMNode, holder: SectionHolder): SectionProps | null =>
  ((holder === 'doc' ? doc.attrs.section : doc.nodeAt(holder)?.attrs.section) as SectionProps | null | undefined) ?? null;

/** The properties of section `index` (past the last one: the last one's). */
export function sectionAt(doc: PMNode, index: number): SectionProps | null {
  const breaks = breakPositions(doc);
  return propsAt(doc, index < breaks.length ? (breaks[Math.max(0, index)] ?? 'doc') : 'doc');
}

/**
 * Where the stories of section `index` are held: its own holder, then those of the continuous
 * sections right after it (they show its headers and footers).
 */
export function storyHolders(doc: PMNode, index: number): SectionHolder[] {
  const breaks = breakPositions(doc);
  const holders: SectionHolder[] = [...breaks, 'doc'];
  const first = Math.min(Math.max(0, index), holders.length - 1);
  const out: SectionHolder[] = [holders[first]!];
  for (let k = first + 1; k < holders.length; k++) {
    const holder = holders[k]!;
    if (propsAt(doc, holder)?.start !== 'continuous') break;
    out.push(holder);
  }
  return out;
}

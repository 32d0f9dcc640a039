/**
 * The look of a document's headings (`@ostal/model` `text-heading-looks.ts`) on its way through
 * the codecs: readers make it from each level's heading style (resolved along its parents, less
 * the baseline), writers write their heading styles with it.
 */
import { OSTAL_HEADING_LOOKS, headingLookOf, safeFontSize, storedHeadingLooks } from '@ostal/model';
import type { HeadingLook } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import type { BlockProps } from './block-props.js';
import { runFormat } from './text-marks.js';
import type { CharProps, RunFormat } from './text-marks.js';

const spacing = (v: number | null | undefined): number | null => (typeof v === 'number' ? Math.max(0, v) : null);

/** The look a heading style gives: its resolved run and paragraph properties. */
export function headingLookFrom(run: CharProps, block: BlockProps): HeadingLook {
  return {
    font: run.font ?? null,
    size: run.size ? safeFontSize(run.size) : null,
    color: run.color ?? null,
    bold: run.bold === true,
    italic: run.italic === true,
    spaceBefore: spacing(block.spaceBefore),
    spaceAfter: spacing(block.spaceAfter),
  };
}

/** `doc` with the heading looks read (index 0 = level 1), stored as what differs from Ostal's. */
export function withHeadingLooks(doc: PMNode, looks: readonly (HeadingLook | undefined)[]): PMNode {
  const stored = storedHeadingLooks(looks);
  if (stored === null && (doc.attrs.headings ?? null) === null) return doc;
  return doc.type.create({ ...doc.attrs, headings: stored }, doc.content);
}

/** The looks of heading levels 1-10 of a document node. */
export function documentHeadingLooks(doc: PMNode, levels = OSTAL_HEADING_LOOKS.length): HeadingLook[] {
  return Array.from({ length: levels }, (_, i) => headingLookOf(doc.attrs, i + 1));
}

/** The run format of a heading look (null values left to the base). */
export function headingRunFormat(look: HeadingLook): RunFormat {
  return runFormat({ font: look.font, size: look.size, color: look.color, bold: look.bold, italic: look.italic });
}

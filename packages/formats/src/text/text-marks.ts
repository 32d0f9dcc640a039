/**
 * Character formatting shared by the text readers and writers: bold, italic and underline as a
 * three-bit mask (ECMA-376 Part 1, 17.3.2 run properties; ODF 1.3 Part 3, 16.27.28 text
 * properties), turned into ProseMirror marks once per combination; hyperlinks (ECMA-376 Part 1,
 * 17.16.22 `w:hyperlink`; ODF 1.3 Part 3, 6.1.8 `text:a`) as a link mark carried beside the mask.
 */
import { safeLinkHref, textSchema } from '@ostal/model';
import type { Mark, Node as PMNode } from 'prosemirror-model';

/** Bit of the bold mark in a {@link MarkMask}. */
export const BOLD = 1;
/** Bit of the italic mark in a {@link MarkMask}. */
export const ITALIC = 2;
/** Bit of the underline mark in a {@link MarkMask}. */
export const UNDERLINE = 4;

/** Bold, italic and underline as bits: 0 (plain) to 7 (all three). */
export type MarkMask = number;

/**
 * Tri-state character properties as a style or a run declares them: `undefined` inherits,
 * `true`/`false` switch the property on or off.
 */
export interface CharProps {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

const MARK_SETS: readonly (readonly Mark[])[] = Array.from({ length: 8 }, (_, mask) => {
  const marks: Mark[] = [];
  if (mask & BOLD) marks.push(textSchema.marks.bold!.create());
  if (mask & ITALIC) marks.push(textSchema.marks.italic!.create());
  if (mask & UNDERLINE) marks.push(textSchema.marks.underline!.create());
  return marks;
});

/** Applies `props` over `mask`: declared properties win, undeclared ones are inherited. */
export function applyCharProps(mask: MarkMask, props: CharProps | undefined): MarkMask {
  if (!props) return mask;
  let m = mask;
  if (props.bold !== undefined) m = props.bold ? m | BOLD : m & ~BOLD;
  if (props.italic !== undefined) m = props.italic ? m | ITALIC : m & ~ITALIC;
  if (props.underline !== undefined) m = props.underline ? m | UNDERLINE : m & ~UNDERLINE;
  return m;
}

/** Merges `over` onto `base` (declared properties of `over` win); returns a new object. */
export function mergeCharProps(base: CharProps, over: CharProps): CharProps {
  return {
    bold: over.bold ?? base.bold,
    italic: over.italic ?? base.italic,
    underline: over.underline ?? base.underline,
  };
}

/** A text node with the marks of `mask` (and `link`), or null for an empty string (the schema forbids empty text). */
export function markedText(text: string, mask: MarkMask, link: Mark | null = null): PMNode | null {
  if (text === '') return null;
  const marks = MARK_SETS[mask & 7]!;
  return textSchema.text(text, link ? link.addToSet(marks) : marks);
}

/**
 * A link mark for a target found in a file, or null when the target is not one the model keeps
 * (see `safeLinkHref`): the text then stays, unlinked.
 */
export function linkMark(href: string | undefined, title?: string): Mark | null {
  const safe = safeLinkHref(href);
  if (safe === null) return null;
  const t = title?.trim();
  return textSchema.marks.link!.create({ href: safe, title: t ? t : null });
}

/** The link mark of an inline node, or null. */
export function linkOfNode(node: PMNode): Mark | null {
  return node.marks.find((m) => m.type.name === 'link') ?? null;
}

/** The mask of a text node's marks (unknown marks are ignored). */
export function maskOfNode(node: PMNode): MarkMask {
  let mask = 0;
  for (const mark of node.marks) {
    if (mark.type.name === 'bold') mask |= BOLD;
    else if (mark.type.name === 'italic') mask |= ITALIC;
    else if (mark.type.name === 'underline') mask |= UNDERLINE;
  }
  return mask;
}

/** A hard line break node, inside `link` when given (other marks are not kept on breaks). */
export function hardBreak(link: Mark | null = null): PMNode {
  return textSchema.nodes.hard_break!.create(null, null, link ? [link] : []);
}

/** Word count of a ProseMirror document, the way word processors count: runs of letters/digits. */
import type { Node as PMNode } from 'prosemirror-model';

/** Counts words in the text blocks of `doc` (apostrophes and hyphens join words: "aujourd'hui", "peut-être"). */
export function countWords(doc: PMNode): number {
  let count = 0;
  doc.descendants((node) => {
    if (!node.isTextblock) return true;
    const matches = node.textContent.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu);
    count += matches ? matches.length : 0;
    return false;
  });
  return count;
}

/** Word count of a ProseMirror document, the way word processors count: runs of letters/digits. */
import type { Node as PMNode } from 'prosemirror-model';

/**
 * The text of a text block as words are counted: a note's text counts, apart from the word it
 * follows (as Word counts footnotes and endnotes); a comment's does not.
 */
function countedText(block: PMNode): string {
  let s = '';
  block.forEach((child) => {
    if (child.isText) s += child.text ?? '';
    else if (child.type.name === 'note') child.descendants((n) => (n.isTextblock ? ((s += ` ${countedText(n)} `), false) : true));
    else if (child.type.name !== 'comment') s += ' '; // a comment may start inside a word
  });
  return s;
}

/** Counts words in the text blocks of `doc` (apostrophes and hyphens join words: "aujourd'hui", "peut-être"). */
export function countWords(doc: PMNode): number {
  let count = 0;
  doc.descendants((node) => {
    if (!node.isTextblock) return true;
    const matches = countedText(node).match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu);
    count += matches ? matches.length : 0;
    return false;
  });
  return count;
}

/** Word count of a ProseMirror document, the way word processors count: runs of letters/digits. */
import type { Node as PMNode } from 'prosemirror-model';

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

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

/**
 * Word counts of top-level blocks. ProseMirror shares unchanged nodes between states, so after a
 * keystroke only the block typed in is counted again: the status line stays cheap in a
 * 300-page document.
 */
const blockCounts = new WeakMap<PMNode, number>();

function countIn(node: PMNode): number {
  let count = 0;
  const add = (block: PMNode): void => {
    const matches = countedText(block).match(WORD);
    count += matches ? matches.length : 0;
  };
  if (node.isTextblock) add(node);
  else
    node.descendants((child) => {
      if (!child.isTextblock) return true;
      add(child);
      return false;
    });
  return count;
}

/** Counts words in the text blocks of `doc` (apostrophes and hyphens join words: "aujourd'hui", "peut-être"). */
export function countWords(doc: PMNode): number {
  let count = 0;
  doc.forEach((block) => {
    let n = blockCounts.get(block);
    if (n === undefined) {
      n = countIn(block);
      blockCounts.set(block, n);
    }
    count += n;
  });
  return count;
}

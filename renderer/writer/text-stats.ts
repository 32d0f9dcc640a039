/** Statistics of the "Statistiques" dialog: words, characters with and without spaces, paragraphs. */
import type { Node as PMNode } from 'prosemirror-model';
import { countWords } from './word-count.js';

export interface TextStats {
  readonly words: number;
  /** Characters of the text, spaces included (a line break counts as one). */
  readonly characters: number;
  /** Characters that are not white space. */
  readonly charactersNoSpaces: number;
  /** Non-empty paragraphs and headings. */
  readonly paragraphs: number;
}

const SPACE = /\s/u;

/** Counts `doc`'s text the way word processors do (notes' text counts, comments' does not). */
export function textStats(doc: PMNode): TextStats {
  let characters = 0;
  let charactersNoSpaces = 0;
  let paragraphs = 0;
  const visit = (node: PMNode): void => {
    node.forEach((child) => {
      if (child.type.name === 'comment') return;
      if (child.isText) {
        for (const ch of child.text ?? '') {
          characters += 1;
          if (!SPACE.test(ch)) charactersNoSpaces += 1;
        }
      } else if (child.type.name === 'hard_break') characters += 1;
      else {
        if (child.isTextblock && child.textContent.trim() !== '') paragraphs += 1;
        visit(child);
      }
    });
  };
  visit(doc);
  return { words: countWords(doc), characters, charactersNoSpaces, paragraphs };
}

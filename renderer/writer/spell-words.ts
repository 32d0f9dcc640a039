/**
 * What the spelling checker looks at: the words of a text block and the dictionary language of
 * each (the text's `language` mark, else the document's language).
 */
import type { Node as PMNode } from 'prosemirror-model';

/** Languages a dictionary ships for. */
export type SpellLanguage = 'fr' | 'en';

/** One word of a text block, at document positions `from`–`to`. */
export interface SpellWord {
  readonly word: string;
  readonly from: number;
  readonly to: number;
  readonly lang: SpellLanguage;
}

/** The dictionary for a BCP 47 tag (`fr-FR`, `en-GB`...), or null when none ships for it. */
export function spellLanguage(tag: string | null | undefined): SpellLanguage | null {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return primary === 'fr' || primary === 'en' ? primary : null;
}

// Letters, with apostrophes and hyphens inside a word (l’État, peut-être, don't).
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu;

/** True for words a spelling dictionary has no say on: one letter, all capitals (acronyms). */
function skipped(word: string): boolean {
  return [...word].length < 2 || (word === word.toUpperCase() && word !== word.toLowerCase());
}

/**
 * The words of `block` (a text block starting at document position `pos`) in a language a
 * dictionary ships for. Inline objects (pictures, notes, fields) end a word; words touching a
 * digit, an `@`, a `/` or a dot between letters (addresses, file names) are left out.
 */
export function blockWords(block: PMNode, pos: number, documentLang: string | null): SpellWord[] {
  let text = '';
  const langs: (SpellLanguage | null)[] = [];
  block.forEach((child) => {
    if (child.isText) {
      const mark = child.marks.find((m) => m.type.name === 'language');
      const tag = (mark?.attrs.lang as string | null | undefined) ?? documentLang;
      const lang = spellLanguage(tag);
      text += child.text ?? '';
      for (let i = 0; i < (child.text ?? '').length; i++) langs.push(lang);
    } else {
      // Keeps offsets equal to positions: one blank per position the inline node takes.
      text += ' '.repeat(child.nodeSize);
      for (let i = 0; i < child.nodeSize; i++) langs.push(null);
    }
  });
  const words: SpellWord[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text[start - 1] ?? ' ';
    const after = text[end] ?? ' ';
    const dotted = (after === '.' && /\p{L}/u.test(text[end + 1] ?? '')) || (before === '.' && /[\p{L}\d]/u.test(text[start - 2] ?? ''));
    if (/[\d@/\\_]/.test(before) || /[\d@/\\_]/.test(after) || dotted) continue;
    const word = m[0].replace(/-+$/, '');
    const lang = langs[start];
    if (!lang || skipped(word)) continue;
    words.push({ word, from: pos + 1 + start, to: pos + 1 + start + word.length, lang });
  }
  return words;
}

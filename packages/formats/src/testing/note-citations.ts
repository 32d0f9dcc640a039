/** Test support: the citation every footnote and endnote of a text document shows, in document order. */
import { noteCitation, noteNumbers, textDocumentToNode } from '@ostal/model';
import type { TextDocument } from '@ostal/model';

export function noteCitations(document: TextDocument): string[] {
  const doc = textDocumentToNode(document);
  const numbers = noteNumbers(doc);
  const out: string[] = [];
  doc.descendants((n) => {
    if (n.type.name === 'note') out.push(noteCitation(doc, n, numbers.get(n)));
    return n.type.name !== 'note';
  });
  return out;
}

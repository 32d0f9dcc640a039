/** Test support: the attributes of every field node of a text document, in document order. */
import { textDocumentToNode } from '@ostal/model';
import type { TextDocument } from '@ostal/model';

export function fieldAttrs(doc: TextDocument): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  textDocumentToNode(doc).descendants((n) => {
    if (n.type.name === 'field') out.push({ ...n.attrs });
    return true;
  });
  return out;
}

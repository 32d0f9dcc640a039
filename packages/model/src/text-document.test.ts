import { describe, expect, it } from 'vitest';
import { textSchema } from './text-schema.js';
import { emptyTextDocument, textDocumentFromNode, textDocumentPlainText, textDocumentToNode } from './text-document.js';

const s = textSchema;

describe('text documents', () => {
  it('survive a JSON round trip with marks and lists', () => {
    const doc = s.node('doc', null, [
      s.node('heading', { level: 2 }, [s.text('Titre')]),
      s.node('paragraph', null, [s.text('Bonjour '), s.text('monde', [s.mark('bold')])]),
      s.node('bullet_list', null, [s.node('list_item', null, [s.node('paragraph', null, [s.text('un')])])]),
    ]);
    const stored = JSON.parse(JSON.stringify(textDocumentFromNode(doc))) as ReturnType<typeof textDocumentFromNode>;
    expect(textDocumentToNode(stored).eq(doc)).toBe(true);
    expect(textDocumentPlainText(stored)).toBe('Titre\nBonjour monde\nun');
  });
  it('refuses JSON that breaks the schema', () => {
    const bad = { ...emptyTextDocument(), content: { type: 'doc', content: [{ type: 'text', text: 'loose' }] } };
    expect(() => textDocumentToNode(bad)).toThrow(RangeError);
  });
});

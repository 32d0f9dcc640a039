import { describe, expect, it } from 'vitest';
import { TableMap } from 'prosemirror-tables';
import { textSchema } from './text-schema.js';
import { TEXT_DOCUMENT_VERSION, emptyTextDocument, migrateTextDocument, textDocumentFromNode, textDocumentPlainText, textDocumentToNode } from './text-document.js';

const s = textSchema;
const p = (text: string) => s.node('paragraph', null, text ? [s.text(text)] : []);
const cell = (text: string, attrs: Record<string, unknown> = {}) => s.node('table_cell', attrs, [p(text)]);

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

  it('holds tables, links and page breaks, and reads tables as tab-separated lines', () => {
    const link = s.mark('link', { href: 'https://exemple.fr', title: null });
    const table = s.node('table', { columnWidths: [1440, 2880] }, [
      s.node('table_row', { header: true }, [s.node('table_header', null, [p('Nom')]), s.node('table_header', null, [p('Valeur')])]),
      s.node('table_row', null, [cell('a', { rowspan: 2 }), cell('1')]),
      s.node('table_row', null, [cell('2')]),
      s.node('table_row', null, [cell('fusion', { colspan: 2, background: '#ffff00' })]),
    ]);
    const doc = s.node('doc', null, [s.node('paragraph', null, [s.text('voir ', []), s.text('ici', [link])]), s.node('page_break'), table]);
    const stored = JSON.parse(JSON.stringify(textDocumentFromNode(doc))) as ReturnType<typeof textDocumentFromNode>;
    expect(textDocumentToNode(stored).eq(doc)).toBe(true);
    expect(TableMap.get(table).problems ?? null).toBeNull();
    expect(textDocumentPlainText(stored)).toBe('voir ici\nNom\tValeur\na\t1\n2\nfusion');
  });

  it('refuses unsafe link targets', () => {
    expect(() => s.mark('link', { href: 'javascript:alert(1)' })).toThrow(RangeError);
    expect(() => s.mark('link', { href: 'file:///etc/passwd' })).toThrow(RangeError);
    expect(s.mark('link', { href: 'mailto:zoe@exemple.fr' }).attrs.href).toBe('mailto:zoe@exemple.fr');
  });
});

describe('migrateTextDocument', () => {
  it('brings a version 1 document to the current version, content unchanged', () => {
    const v1 = { kind: 'text', version: 1, meta: { title: 'Ancien' }, content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Bonjour' }] }] } };
    const doc = migrateTextDocument(v1);
    expect(doc.version).toBe(TEXT_DOCUMENT_VERSION);
    expect(doc.meta).toEqual({ title: 'Ancien' });
    expect(textDocumentPlainText(doc)).toBe('Bonjour');
  });

  it('returns current documents as they are', () => {
    const current = emptyTextDocument({ title: 'x' });
    expect(migrateTextDocument(JSON.parse(JSON.stringify(current)))).toEqual(current);
  });

  it('refuses unknown, future or foreign values', () => {
    expect(() => migrateTextDocument({ kind: 'text', version: 99, content: { type: 'doc' } })).toThrow(RangeError);
    expect(() => migrateTextDocument({ kind: 'text', version: 0, content: { type: 'doc' } })).toThrow(RangeError);
    expect(() => migrateTextDocument({ kind: 'workbook', version: 1 })).toThrow(RangeError);
    expect(() => migrateTextDocument(null)).toThrow(RangeError);
  });
});

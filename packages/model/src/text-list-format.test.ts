import { describe, expect, it } from 'vitest';
import { safeLanguageTag, safeLetterSpacing } from './text-char-property-schema.js';
import { orderedListDom } from './text-list-format.js';
import { textDocumentFromNode, textDocumentToNode } from './text-document.js';
import { textSchema } from './text-schema.js';

describe('list formats and character properties in the model', () => {
  it('renders an ordered list format as CSS the editor shows', () => {
    expect(orderedListDom({ order: 3, format: 'lower-roman' })).toEqual({ start: '3', 'data-format': 'lower-roman', style: 'list-style-type: lower-roman' });
    const custom = orderedListDom({ order: 1, format: 'upper-letter', prefix: '(', suffix: ')' });
    expect(custom['data-label']).toBe('custom');
    expect(custom.style).toContain('--list-prefix: "("');
    expect(orderedListDom({ order: 1 })).toEqual({});
  });

  it('keeps stored JSON of plain lists as before, and reads version-3 lists as plain decimal lists', () => {
    const li = textSchema.nodes.list_item!.create(null, [textSchema.nodes.paragraph!.create()]);
    const doc = textSchema.nodes.doc!.create(null, [textSchema.nodes.ordered_list!.create({ order: 2 }, [li]), textSchema.nodes.bullet_list!.create(null, [li])]);
    const stored = textDocumentFromNode(doc);
    expect(stored.content.content?.map((b) => b.attrs)).toEqual([{ order: 2 }, undefined]);
    const node = textDocumentToNode({ ...stored, content: { type: 'doc', content: [{ type: 'ordered_list', attrs: { order: 1 }, content: [{ type: 'list_item', content: [{ type: 'paragraph' }] }] }] } });
    expect(node.firstChild!.attrs).toMatchObject({ format: 'decimal', suffix: '.', levels: 1, continues: false });
    expect(() => textSchema.nodes.ordered_list!.create({ format: 'klingon' }, [li]).check()).toThrow(RangeError);
  });

  it('normalises language tags and letter spacing, and refuses anything else', () => {
    expect(safeLanguageTag('EN-us')).toBe('en-US');
    expect(safeLanguageTag('zh-hans-cn')).toBe('zh-Hans-CN');
    expect(safeLanguageTag('x-none')).toBeNull();
    expect(safeLanguageTag('en US; drop')).toBeNull();
    expect(safeLetterSpacing(1.234)).toBe(1.25);
    expect(safeLetterSpacing(0)).toBeNull();
    expect(safeLetterSpacing(1000)).toBeNull();
  });
});

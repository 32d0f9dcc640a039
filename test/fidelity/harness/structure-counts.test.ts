import { emptyTextDocument } from '@ostal/model';
import type { PMNodeJSON, TextDocument } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { countDifferences, nodeTypeCounts, structureCounts } from './structure-counts.js';

const t = (text: string, ...marks: string[]): PMNodeJSON => ({ type: 'text', text, ...(marks.length ? { marks: marks.map((type) => ({ type })) } : {}) });

const doc: PMNodeJSON = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [t('Titre')] },
    { type: 'paragraph', content: [t('un '), t('gras', 'bold'), t(' et ', 'bold', 'italic'), t('fin')] },
    { type: 'bullet_list', content: [{ type: 'list_item', content: [{ type: 'paragraph', content: [t('a', 'bold')] }] }] },
  ],
};

describe('structure counts', () => {
  it('counts node types and runs of each mark', () => {
    expect(nodeTypeCounts(doc)).toEqual({
      'node:heading': 1,
      'node:paragraph': 2,
      'node:bullet_list': 1,
      'node:list_item': 1,
      'mark:bold': 2,
      'mark:italic': 1,
    });
  });

  it('adds the ostal inspect counts', () => {
    const text: TextDocument = { ...emptyTextDocument(), content: doc };
    expect(structureCounts(text)).toMatchObject({ paragraphs: 3, 'node:heading': 1 });
  });

  it('lists what changed between two censuses', () => {
    expect(countDifferences({ a: 1, b: 2 }, { a: 1, b: 2 })).toEqual([]);
    expect(countDifferences({ 'node:table': 1, paragraphs: 3 }, { paragraphs: 2 })).toEqual(['node:table: 1 → 0', 'paragraphs: 3 → 2']);
  });
});

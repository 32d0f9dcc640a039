import { describe, expect, it } from 'vitest';
import { gridLayout } from './grid-layout.js';

describe('gridLayout notes', () => {
  it('gives each noted cell its text (author on the first line), and nothing elsewhere', () => {
    const layout = gridLayout({ comments: [{ row: 2, col: 1, text: 'À vérifier', author: 'Anne' }, { row: 0, col: 0, text: 'Sans auteur' }] });
    expect(layout.note?.(2, 1)).toBe('Anne\nÀ vérifier');
    expect(layout.note?.(0, 0)).toBe('Sans auteur');
    expect(layout.note?.(1, 2)).toBeUndefined();
    expect(gridLayout({}).note?.(0, 0)).toBeUndefined();
  });
});

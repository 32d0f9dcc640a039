import { describe, expect, it } from 'vitest';
import type { CellComment } from '@ostal/model';
import { noteAt, withNote } from './cell-notes.js';

const notes: CellComment[] = [
  { row: 0, col: 1, text: 'Prévu', author: 'Anne' },
  { row: 4, col: 0, text: 'Fil', threaded: true, replies: [{ text: 'Oui' }] },
];

describe('cell notes', () => {
  it('finds the note of a cell', () => {
    expect(noteAt(notes, 4, 0)?.text).toBe('Fil');
    expect(noteAt(notes, 4, 1)).toBeUndefined();
    expect(noteAt(undefined, 0, 0)).toBeUndefined();
  });

  it('adds a note in row-major order with its author and date', () => {
    const next = withNote(notes, 2, 3, 'À vérifier\r\nligne 2', 'Marc', '2026-11-29T10:00:00Z');
    expect(next?.map((c) => [c.row, c.col])).toEqual([
      [0, 1],
      [2, 3],
      [4, 0],
    ]);
    expect(next?.[1]).toEqual({ row: 2, col: 3, text: 'À vérifier\nligne 2', author: 'Marc', date: '2026-11-29T10:00:00Z' });
  });

  it('edits a note keeping its author and thread', () => {
    const next = withNote(notes, 4, 0, 'Fil revu', 'Marc');
    expect(noteAt(next, 4, 0)).toEqual({ row: 4, col: 0, text: 'Fil revu', threaded: true, replies: [{ text: 'Oui' }] });
  });

  it('removes a note given blank text, and the list when it was the last', () => {
    expect(withNote(notes, 0, 1, '  \n')?.map((c) => c.text)).toEqual(['Fil']);
    expect(withNote([notes[0]!], 0, 1, '')).toBeUndefined();
  });
});

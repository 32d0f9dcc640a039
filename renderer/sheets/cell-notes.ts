/**
 * Cell notes edited in the grid (Insert/Edit/Delete note, Shift+F2): the sheet's `comments` list
 * with one note set or taken away, kept in row-major order as readers give it. Editing keeps what
 * the note had beside its text (author, replies of a thread, visibility).
 */
import type { CellComment } from '@ostal/model';

/** The note of a cell, if any. */
export function noteAt(comments: readonly CellComment[] | undefined, row: number, col: number): CellComment | undefined {
  return comments?.find((c) => c.row === row && c.col === col);
}

/**
 * The notes with the note of (row, col) set to `text`, or removed when `text` is blank (spaces
 * and line breaks only). A new note gets `author` and `date` when given. Undefined when no note is left.
 */
export function withNote(comments: readonly CellComment[] | undefined, row: number, col: number, text: string, author?: string, date?: string): CellComment[] | undefined {
  const others = (comments ?? []).filter((c) => c.row !== row || c.col !== col);
  const clean = text.replace(/\r\n?/g, '\n');
  if (clean.trim() === '') return others.length > 0 ? others : undefined;
  const old = noteAt(comments, row, col);
  const note: CellComment = old ? { ...old, text: clean } : { row, col, text: clean, ...(author ? { author } : {}), ...(date ? { date } : {}) };
  return [...others, note].sort((a, b) => a.row - b.row || a.col - b.col);
}

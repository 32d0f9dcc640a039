/** A table cell on the slide shows its own fill and borders, else its table style's. */
import { emptyDeck } from '@ostal/model';
import type { Outline, TableCell } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { tableCellStyle } from './slide-shape-style.js';

const deck = { ...emptyDeck(), size: { cx: 12_192_000, cy: 6_858_000 } };
const url = (m: string) => `blob:${m}`;
const white: Outline = { width: 38_100, fill: { kind: 'solid', color: { rgb: 'FFFFFF' } } };
const red: Outline = { width: 12_700, fill: { kind: 'solid', color: { rgb: 'FF0000' } } };

describe('table cells on the slide', () => {
  it('take their style’s fill and lines where they have none of their own', () => {
    const cell: TableCell = { text: { paragraphs: [] }, borders: { top: red }, styled: { fill: { kind: 'solid', color: { rgb: '5B9BD5' } }, borders: { top: white, bottom: white } } };
    const css = tableCellStyle(cell, deck, url);
    expect(css.background).toBe('#5B9BD5');
    expect(String(css.borderTop)).toContain('#FF0000');
    expect(String(css.borderBottom)).toContain('#FFFFFF');
    expect(css.borderLeft).toBeUndefined();
  });

  it('keep their own fill over their style’s', () => {
    const cell: TableCell = { text: { paragraphs: [] }, fill: { kind: 'solid', color: { rgb: 'FFFF00' } }, styled: { fill: { kind: 'solid', color: { rgb: '5B9BD5' } } } };
    expect(tableCellStyle(cell, deck, url).background).toBe('#FFFF00');
  });
});

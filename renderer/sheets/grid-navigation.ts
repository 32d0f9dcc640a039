/**
 * Ctrl+arrow as in Excel and LibreOffice: from a filled cell with a filled neighbour, go to the
 * last filled cell of the block; otherwise go to the next filled cell, or to the sheet's edge when
 * there is none. (Handsontable's own Ctrl+arrow jumps to the edge of the grid.)
 */

/**
 * The index Ctrl+arrow reaches from `start`, stepping by `step` (+1 or -1) within [0, last].
 * `filled(i)` says whether the cell at index `i` along the row or column has content.
 */
export function dataEdge(filled: (i: number) => boolean, start: number, step: 1 | -1, last: number): number {
  const inside = (i: number) => i >= 0 && i <= last;
  let i = start;
  if (!inside(i + step)) return i;
  if (filled(i) && filled(i + step)) {
    while (inside(i + step) && filled(i + step)) i += step;
    return i;
  }
  i += step;
  while (inside(i) && !filled(i)) {
    if (!inside(i + step)) return i;
    i += step;
  }
  return i;
}

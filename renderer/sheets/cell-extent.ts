/**
 * How many rows and columns a list of cells reaches (the last row and column, plus one), read
 * with a loop: a paste of 10,000 rows x 20 columns is 200,000 cells, more arguments than
 * `Math.max(...list)` can take (it throws "Maximum call stack size exceeded").
 */
export function cellsExtent(cells: readonly { readonly row: number; readonly col: number }[]): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const cell of cells) {
    if (cell.row + 1 > rows) rows = cell.row + 1;
    if (cell.col + 1 > cols) cols = cell.col + 1;
  }
  return { rows, cols };
}

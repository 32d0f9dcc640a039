/**
 * Edits of a slide table (PresentationML a:tbl, ODF table:table in a draw:frame): a cell's text,
 * rows and columns added or removed. A cell keeps the style of its first run and paragraph when
 * its text is retyped. Rows and columns added or removed keep merged cells whole: a merge that
 * spans the place of a new row or column takes in its cell, and one that loses a row or column
 * shrinks (its text moves to the next cell when its first one goes).
 */
import type { TableCell, TableShape, TextBody, TextParagraph } from '@ostal/model';

/** The cell's text as lines (one per paragraph). */
export function cellLines(cell: TableCell | undefined): string[] {
  return (cell?.text.paragraphs ?? []).map((p) => p.runs.map((r) => r.text).join(''));
}

/** The cell's text body for typed `lines`, keeping the first paragraph's and run's style. */
export function cellBody(cell: TableCell, lines: readonly string[]): TextBody {
  const first: TextParagraph | undefined = cell.text.paragraphs[0];
  const style = first?.runs[0]?.style ?? first?.endStyle;
  const paragraphs = (lines.length > 0 ? lines : ['']).map(
    (text): TextParagraph => ({
      runs: text === '' ? [] : [{ text, ...(style ? { style } : {}) }],
      ...(first?.style ? { style: first.style } : {}),
      ...(style ? { endStyle: style } : {}),
    }),
  );
  return { ...cell.text, paragraphs };
}

/** The table with cell (r, c) holding `lines`. */
export function setCellText(table: TableShape, r: number, c: number, lines: readonly string[]): TableShape {
  const cell = table.rows[r]?.cells[c];
  if (!cell || cell.merged) return table;
  return { ...table, rows: table.rows.map((row, i) => (i !== r ? row : { ...row, cells: row.cells.map((x, j) => (j === c ? { ...x, text: cellBody(x, lines) } : x)) })) };
}

/** True when rows and columns can be added and removed: always, merged cells included (their spans follow). */
export function canReshape(table: TableShape): boolean {
  return table.rows.length > 0 && table.columns.length > 0;
}

/** An empty cell styled like `like` (its first run's size and font, its fill and borders). */
function emptyCellLike(like: TableCell | undefined): TableCell {
  const first = like?.text.paragraphs[0];
  const style = first?.runs[0]?.style ?? first?.endStyle;
  return {
    text: { ...(like?.text.props ? { props: like.text.props } : {}), paragraphs: [{ runs: [], ...(first?.style ? { style: first.style } : {}), ...(style ? { endStyle: style } : {}) }] },
    ...(like?.fill ? { fill: like.fill } : {}),
    ...(like?.borders ? { borders: like.borders } : {}),
  };
}

/** A cell covered by a merge (no text of its own). */
const COVERED: TableCell = { text: { paragraphs: [] }, merged: true };

/** The cell with its spans set (a span of 1 left out). */
function withSpans(cell: TableCell, colSpan: number, rowSpan: number): TableCell {
  const { colSpan: _c, rowSpan: _r, merged: _m, ...rest } = cell;
  return { ...rest, ...(colSpan > 1 ? { colSpan } : {}), ...(rowSpan > 1 ? { rowSpan } : {}) };
}

/** For each cell of the grid, the anchor (top-left cell) of the merge covering it, or itself. */
function anchors(table: TableShape): { r: number; c: number }[][] {
  const grid = table.rows.map((row, r) => row.cells.map((_, c) => ({ r, c })));
  table.rows.forEach((row, r) =>
    row.cells.forEach((cell, c) => {
      if (cell.merged) return;
      for (let i = r; i < r + (cell.rowSpan ?? 1) && i < grid.length; i++) {
        for (let j = c; j < c + (cell.colSpan ?? 1); j++) if (grid[i]?.[j]) grid[i]![j] = { r, c };
      }
    }),
  );
  return grid;
}

/** The cell to type in for grid position (r, c): the anchor of the merge covering it, or itself (clamped to the table). */
export function anchorCell(table: TableShape, r: number, c: number): { r: number; c: number } {
  const row = Math.max(0, Math.min(table.rows.length - 1, r));
  const col = Math.max(0, Math.min(table.columns.length - 1, c));
  return anchors(table)[row]?.[col] ?? { r: row, c: col };
}

function withHeight(table: TableShape, rows: TableShape['rows']): TableShape {
  const height = rows.reduce((s, r) => s + r.height, 0);
  return { ...table, rows, ...(table.xfrm ? { xfrm: { ...table.xfrm, cy: height } } : {}) };
}

type Cells = TableCell[][];

function cellsOf(table: TableShape): Cells {
  return table.rows.map((row) => [...row.cells]);
}

/**
 * A row like row `r` (its height, its cells' look), empty, inserted at `at` (0..rows). Where a
 * merge spans the rows on both sides of `at`, the new row's cell joins it (the merge grows).
 */
export function insertRow(table: TableShape, r: number, at: number): TableShape {
  const model = table.rows[r];
  if (!model) return table;
  const where = Math.max(0, Math.min(table.rows.length, at));
  // A header row's look (bold, fill) is not given to a row added under it.
  const like = r === 0 && table.headerRow && table.rows[1] ? table.rows[1] : model;
  const grid = anchors(table);
  const cells = cellsOf(table);
  const row: TableCell[] = table.columns.map((_, c) => {
    const above = grid[where - 1]?.[c];
    const below = grid[where]?.[c];
    if (above && below && above.r === below.r && above.c === below.c) {
      const anchor = cells[above.r]![above.c]!;
      // Grow the merge once, from its first column.
      if (c === above.c) cells[above.r]![above.c] = withSpans(anchor, anchor.colSpan ?? 1, (anchor.rowSpan ?? 1) + 1);
      return COVERED;
    }
    const modelCell = like.cells[c];
    return emptyCellLike(modelCell?.merged ? cells[grid[r]?.[c]?.r ?? r]?.[grid[r]?.[c]?.c ?? c] : modelCell);
  });
  cells.splice(where, 0, row);
  const heights = table.rows.map((x) => x.height);
  heights.splice(where, 0, model.height);
  return withHeight(
    table,
    cells.map((list, i) => ({ height: heights[i]!, cells: list })),
  );
}

/** Row `r` removed; merges through it shrink, and a merge starting on it starts on the next row, with its text. */
export function deleteRow(table: TableShape, r: number): TableShape {
  if (table.rows.length <= 1 || !table.rows[r]) return table;
  const grid = anchors(table);
  const cells = cellsOf(table);
  table.columns.forEach((_, c) => {
    const a = grid[r]?.[c];
    if (!a || a.c !== c) return;
    const anchor = cells[a.r]![a.c]!;
    const span = anchor.rowSpan ?? 1;
    if (a.r < r) cells[a.r]![a.c] = withSpans(anchor, anchor.colSpan ?? 1, span - 1);
    else if (span > 1 && cells[r + 1]) cells[r + 1]![c] = withSpans(anchor, anchor.colSpan ?? 1, span - 1);
  });
  cells.splice(r, 1);
  const heights = table.rows.map((x) => x.height).filter((_, i) => i !== r);
  return withHeight(
    table,
    cells.map((list, i) => ({ height: heights[i]!, cells: list })),
  );
}

/**
 * A column inserted at `at` (0..columns), half as wide as column `c`, which gives it that half:
 * the table keeps its width. Where a merge spans the columns on both sides of `at`, the new
 * column's cell joins it.
 */
export function insertColumn(table: TableShape, c: number, at: number): TableShape {
  const width = table.columns[c];
  if (width === undefined) return table;
  const half = Math.round(width / 2);
  const columns = table.columns.map((w, i) => (i === c ? width - half : w));
  const where = Math.max(0, Math.min(columns.length, at));
  columns.splice(where, 0, half);
  const grid = anchors(table);
  const cells = cellsOf(table);
  const added = table.rows.map((row, r) => {
    const left = grid[r]?.[where - 1];
    const right = grid[r]?.[where];
    if (left && right && left.r === right.r && left.c === right.c) {
      const anchor = cells[left.r]![left.c]!;
      if (r === left.r) cells[left.r]![left.c] = withSpans(anchor, (anchor.colSpan ?? 1) + 1, anchor.rowSpan ?? 1);
      return COVERED;
    }
    const model = row.cells[c];
    const a = grid[r]?.[c];
    return emptyCellLike(model?.merged && a ? cells[a.r]?.[a.c] : model);
  });
  cells.forEach((list, r) => list.splice(where, 0, added[r]!));
  return { ...table, columns, rows: table.rows.map((row, r) => ({ ...row, cells: cells[r]! })) };
}

/** Column `c` removed (the others widen so that the table keeps its width); merges through it narrow. */
export function deleteColumn(table: TableShape, c: number): TableShape {
  if (table.columns.length <= 1 || table.columns[c] === undefined) return table;
  const total = table.columns.reduce((a, b) => a + b, 0);
  const rest = table.columns.filter((_, i) => i !== c);
  const restTotal = rest.reduce((a, b) => a + b, 0) || 1;
  const columns = rest.map((w) => Math.round((w * total) / restTotal));
  const drift = total - columns.reduce((a, b) => a + b, 0);
  columns[columns.length - 1] = (columns[columns.length - 1] ?? 0) + drift;
  const grid = anchors(table);
  const cells = cellsOf(table);
  table.rows.forEach((_, r) => {
    const a = grid[r]?.[c];
    if (!a || a.r !== r) return;
    const anchor = cells[a.r]![a.c]!;
    const span = anchor.colSpan ?? 1;
    if (a.c < c) cells[a.r]![a.c] = withSpans(anchor, span - 1, anchor.rowSpan ?? 1);
    else if (span > 1 && cells[r]![c + 1]) cells[r]![c + 1] = withSpans(anchor, span - 1, anchor.rowSpan ?? 1);
  });
  return { ...table, columns, rows: table.rows.map((row, r) => ({ ...row, cells: cells[r]!.filter((_, i) => i !== c) })) };
}

/** The cell under a point of the table's frame (shares 0..1 of its width and height). */
export function cellAt(table: TableShape, fx: number, fy: number): { r: number; c: number } {
  const pick = (sizes: readonly number[], f: number) => {
    const total = sizes.reduce((a, b) => a + b, 0) || 1;
    let at = 0;
    for (const [i, s] of sizes.entries()) {
      at += s / total;
      if (f < at) return i;
    }
    return Math.max(0, sizes.length - 1);
  };
  return { r: pick(table.rows.map((r) => r.height), fy), c: pick(table.columns, fx) };
}

/** The next (or previous) editable cell after (r, c) in reading order, or null past the end. */
export function nextCell(table: TableShape, r: number, c: number, back: boolean): { r: number; c: number } | null {
  const cols = table.columns.length;
  let i = r * cols + c;
  for (;;) {
    i += back ? -1 : 1;
    if (i < 0 || i >= table.rows.length * cols) return null;
    const cell = table.rows[Math.floor(i / cols)]?.cells[i % cols];
    if (cell && !cell.merged) return { r: Math.floor(i / cols), c: i % cols };
  }
}

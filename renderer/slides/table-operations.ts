/**
 * Edits of a slide table (PresentationML a:tbl, ODF table:table in a draw:frame): a cell's text,
 * rows and columns added or removed. A cell keeps the style of its first run and paragraph when
 * its text is retyped. Rows and columns are only added or removed in tables without merged
 * cells (a merge would have to be split or stretched first); `canReshape` says so.
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

/** True when rows and columns can be added and removed (no merged cells). */
export function canReshape(table: TableShape): boolean {
  return table.rows.every((row) => row.cells.every((c) => !c.merged && (c.colSpan ?? 1) <= 1 && (c.rowSpan ?? 1) <= 1));
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

function withHeight(table: TableShape, rows: TableShape['rows']): TableShape {
  const height = rows.reduce((s, r) => s + r.height, 0);
  return { ...table, rows, ...(table.xfrm ? { xfrm: { ...table.xfrm, cy: height } } : {}) };
}

/** A row like row `r` (its height, its cells' look), empty, inserted at `at` (0..rows). */
export function insertRow(table: TableShape, r: number, at: number): TableShape {
  const model = table.rows[r];
  if (!model || !canReshape(table)) return table;
  // A header row's look (bold, fill) is not given to a row added under it.
  const like = r === 0 && table.headerRow && table.rows[1] ? table.rows[1] : model;
  const row = { height: model.height, cells: table.columns.map((_, c) => emptyCellLike(like.cells[c])) };
  const rows = [...table.rows];
  rows.splice(Math.max(0, Math.min(rows.length, at)), 0, row);
  return withHeight(table, rows);
}

export function deleteRow(table: TableShape, r: number): TableShape {
  if (table.rows.length <= 1 || !table.rows[r] || !canReshape(table)) return table;
  return withHeight(
    table,
    table.rows.filter((_, i) => i !== r),
  );
}

/** A column inserted at `at` (0..columns), half as wide as column `c`, which gives it that half: the table keeps its width. */
export function insertColumn(table: TableShape, c: number, at: number): TableShape {
  const width = table.columns[c];
  if (width === undefined || !canReshape(table)) return table;
  const half = Math.round(width / 2);
  const columns = table.columns.map((w, i) => (i === c ? width - half : w));
  const where = Math.max(0, Math.min(columns.length, at));
  columns.splice(where, 0, half);
  const rows = table.rows.map((row) => {
    const cells = [...row.cells];
    cells.splice(where, 0, emptyCellLike(row.cells[c]));
    return { ...row, cells };
  });
  return { ...table, columns, rows };
}

/** Column `c` removed; the others widen so that the table keeps its width. */
export function deleteColumn(table: TableShape, c: number): TableShape {
  if (table.columns.length <= 1 || table.columns[c] === undefined || !canReshape(table)) return table;
  const total = table.columns.reduce((a, b) => a + b, 0);
  const rest = table.columns.filter((_, i) => i !== c);
  const restTotal = rest.reduce((a, b) => a + b, 0) || 1;
  const columns = rest.map((w) => Math.round((w * total) / restTotal));
  const drift = total - columns.reduce((a, b) => a + b, 0);
  columns[columns.length - 1] = (columns[columns.length - 1] ?? 0) + drift;
  return { ...table, columns, rows: table.rows.map((row) => ({ ...row, cells: row.cells.filter((_, i) => i !== c) })) };
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

/**
 * Typing in a slide table, laid over it on the canvas: each cell an editable text (its lines its
 * paragraphs), Tab and Shift+Tab to the next and previous cell (Tab in the last cell adds a row,
 * as PowerPoint and Impress do), Escape or a click elsewhere leaves. A small toolbar adds and
 * removes rows and columns at the current cell.
 */
import { useEffect, useRef, useState } from 'react';
import type { MouseEvent } from 'react';
import type { Deck, TableShape, Transform } from '@ostal/model';
import { boxStyle, fillStyle } from './slide-shape-style.js';
import { emuToCqw } from './slide-text-style.js';
import type { SlidesLabels } from './slides-labels.js';
import { anchorCell, cellLines, deleteColumn, deleteRow, insertColumn, insertRow, nextCell, setCellText } from './table-operations.js';

export interface TableCellEditorProps {
  readonly deck: Deck;
  readonly table: TableShape;
  readonly frame: Transform;
  readonly start: { readonly r: number; readonly c: number };
  readonly labels: SlidesLabels;
  readonly onChange: (table: TableShape) => void;
  readonly onDone: () => void;
}

const keep = (event: MouseEvent) => event.preventDefault();

/** The text typed in an editable cell, as lines. */
function typedLines(el: HTMLElement): string[] {
  return el.innerText.replace(/\n$/, '').split('\n');
}

export function TableCellEditor({ deck, table, frame, start, labels, onChange, onDone }: TableCellEditorProps) {
  const m = labels.editor.more;
  const [cell, setCell] = useState(start);
  const rootRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef(table);
  tableRef.current = table;
  const totalW = table.columns.reduce((a, b) => a + b, 0) || 1;
  const totalH = table.rows.reduce((a, b) => a + b.height, 0) || 1;
  // Cells remount (and take their text from the model) when rows or columns come and go.
  const shape = `${String(table.rows.length)}x${String(table.columns.length)}`;

  useEffect(() => {
    const el = rootRef.current?.querySelector<HTMLElement>(`[data-cell="${String(cell.r)}:${String(cell.c)}"]`);
    if (el && document.activeElement !== el) {
      el.focus();
      const range = document.createRange();
      range.selectNodeContents(el);
      range.collapse(false);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
    }
  }, [cell, shape]);

  const reshape = (next: TableShape, to: { r: number; c: number }) => {
    if (next === tableRef.current) return;
    onChange(next);
    // A place covered by a merge is typed in at the merge's first cell.
    setCell(anchorCell(next, to.r, to.c));
  };
  // Rows go below, columns right of the whole (possibly merged) current cell.
  const current = table.rows[cell.r]?.cells[cell.c];
  const below = cell.r + (current?.rowSpan ?? 1);
  const right = cell.c + (current?.colSpan ?? 1);

  return (
    <div
      ref={rootRef}
      className="slides-table-editing"
      style={boxStyle(frame, deck.size)}
      onBlur={(event) => {
        const next = event.relatedTarget as Node | null;
        if (!next || !rootRef.current?.contains(next)) onDone();
      }}
    >
      <div className="slides-table-editing__tools" role="toolbar" aria-label={m.tableTools}>
        <button type="button" className="ui-button ui-button--quiet" onMouseDown={keep} onClick={() => reshape(insertRow(table, below - 1, below), { r: below, c: cell.c })}>
          {m.insertRowBelow}
        </button>
        <button type="button" className="ui-button ui-button--quiet" onMouseDown={keep} onClick={() => reshape(insertColumn(table, right - 1, right), { r: cell.r, c: right })}>
          {m.insertColumnRight}
        </button>
        <button type="button" className="ui-button ui-button--quiet" disabled={table.rows.length <= 1} onMouseDown={keep} onClick={() => reshape(deleteRow(table, cell.r), cell)}>
          {m.deleteRow}
        </button>
        <button type="button" className="ui-button ui-button--quiet" disabled={table.columns.length <= 1} onMouseDown={keep} onClick={() => reshape(deleteColumn(table, cell.c), cell)}>
          {m.deleteColumn}
        </button>
      </div>
      <table className="slides-table-editing__grid">
        <colgroup>
          {table.columns.map((w, i) => (
            <col key={i} style={{ width: `${String((w / totalW) * 100)}%` }} />
          ))}
        </colgroup>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r} style={{ height: `${String((row.height / totalH) * 100)}%` }}>
              {row.cells.map((c, ci) =>
                c.merged ? null : (
                  <td key={`${shape}:${String(ci)}`} colSpan={c.colSpan} rowSpan={c.rowSpan} style={{ background: '#fff', ...fillStyle(c.fill, deck, () => undefined) }}>
                    <div
                      className="slides-table-editing__cell"
                      data-cell={`${String(r)}:${String(ci)}`}
                      contentEditable="plaintext-only"
                      suppressContentEditableWarning
                      role="textbox"
                      aria-multiline="true"
                      aria-label={m.cellLabel(r + 1, ci + 1)}
                      style={{ fontSize: emuToCqw(((c.text.paragraphs[0]?.runs[0]?.style?.size ?? c.text.paragraphs[0]?.endStyle?.size ?? 1800) * 12_700) / 100, deck) }}
                      ref={(el) => {
                        if (el && el.dataset['ready'] !== shape) {
                          el.dataset['ready'] = shape;
                          el.innerText = cellLines(c).join('\n');
                        }
                      }}
                      onFocus={() => {
                        if (cell.r !== r || cell.c !== ci) setCell({ r, c: ci });
                      }}
                      onInput={(event) => onChange(setCellText(tableRef.current, r, ci, typedLines(event.currentTarget)))}
                      onKeyDown={(event) => {
                        event.stopPropagation();
                        if (event.key === 'Escape') {
                          event.preventDefault();
                          onDone();
                        } else if (event.key === 'Tab') {
                          event.preventDefault();
                          const to = nextCell(tableRef.current, r, ci, event.shiftKey);
                          if (to) setCell(to);
                          else if (!event.shiftKey) reshape(insertRow(tableRef.current, tableRef.current.rows.length - 1, tableRef.current.rows.length), { r: tableRef.current.rows.length, c: 0 });
                        } else if ((event.ctrlKey || event.metaKey) && ['z', 'y'].includes(event.key.toLowerCase())) {
                          // Undo inside the cell is the browser's; the editor's history takes over once the table is left.
                        }
                      }}
                    />
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

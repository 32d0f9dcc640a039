/** The table part of the writer's toolbar: insert a table, then row, column and merge actions, enabled only where they apply. */
import type { Command, EditorState } from 'prosemirror-state';
import { Button } from '../ui/index.js';
import { TABLE_ACTIONS, TABLE_COMMANDS, insertTable } from './table-commands.js';
import type { TableAction } from './table-commands.js';
import type { WriterLabels } from './writer-labels.js';
import { TableSizePicker } from './TableSizePicker.js';

/** Small glyphs on the table buttons; the accessible names come from the labels. */
const GLYPHS: Readonly<Record<TableAction, string>> = {
  addRow: '+≡',
  deleteRow: '−≡',
  addColumn: '+‖',
  deleteColumn: '−‖',
  mergeCells: '⊞→□',
  splitCell: '□→⊞',
};

export interface TableToolbarProps {
  readonly state: EditorState;
  readonly labels: WriterLabels;
  readonly run: (command: Command) => void;
}

export function TableToolbar({ state, labels, run }: TableToolbarProps) {
  const insert = insertTable();
  return (
    <>
      <Button variant="quiet" aria-label={labels.insertTable} title={labels.insertTable} disabled={!insert(state)} onMouseDown={(e) => e.preventDefault()} onClick={() => run(insert)}>
        <span aria-hidden="true">⊞</span>
      </Button>
      <TableSizePicker state={state} labels={labels.tableSize} run={run} />
      {TABLE_ACTIONS.map((action) => (
        <Button
          key={action}
          variant="quiet"
          aria-label={labels.tableActions[action]}
          title={labels.tableActions[action]}
          disabled={!TABLE_COMMANDS[action](state)}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => run(TABLE_COMMANDS[action])}
        >
          <span aria-hidden="true">{GLYPHS[action]}</span>
        </Button>
      ))}
    </>
  );
}

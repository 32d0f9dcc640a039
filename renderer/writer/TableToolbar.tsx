/** The table part of the writer's toolbar: insert a table, then row, column and merge actions, enabled only where they apply. */
import type { Command } from 'prosemirror-state';
import { Button } from '../ui/index.js';
import { TABLE_ACTIONS, TABLE_COMMANDS, insertTable } from './table-commands.js';
import type { TableAction } from './table-commands.js';
import type { RibbonState } from './ribbon-state.js';
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
  readonly ribbon: RibbonState;
  readonly labels: WriterLabels;
  readonly run: (command: Command) => void;
}

/** Where each action's "applies here" is in the ribbon's state. */
const ENABLED: Readonly<Record<TableAction, keyof RibbonState>> = {
  addRow: 'canAddRow',
  deleteRow: 'canDeleteRow',
  addColumn: 'canAddColumn',
  deleteColumn: 'canDeleteColumn',
  mergeCells: 'canMergeCells',
  splitCell: 'canSplitCell',
};

export function TableToolbar({ ribbon, labels, run }: TableToolbarProps) {
  const insert = insertTable();
  return (
    <>
      <Button variant="quiet" aria-label={labels.insertTable} title={labels.insertTable} disabled={!ribbon.canInsertTable} onMouseDown={(e) => e.preventDefault()} onClick={() => run(insert)}>
        <span aria-hidden="true">⊞</span>
      </Button>
      <TableSizePicker canInsert={ribbon.canInsertTable} labels={labels.tableSize} run={run} />
      {TABLE_ACTIONS.map((action) => (
        <Button
          key={action}
          variant="quiet"
          aria-label={labels.tableActions[action]}
          title={labels.tableActions[action]}
          disabled={ribbon[ENABLED[action]] !== true}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => run(TABLE_COMMANDS[action])}
        >
          <span aria-hidden="true">{GLYPHS[action]}</span>
        </Button>
      ))}
    </>
  );
}

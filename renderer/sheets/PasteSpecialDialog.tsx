/**
 * "Collage spécial…": a dialog over the block last copied in Ostal — paste everything, values,
 * formulas or formats only; an operation with the numbers already there; transpose; skip blanks.
 * Opened from the data toolbar and the cell context menu; pastes at the selection's top-left cell
 * in one undo step.
 */
import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { Button, Dialog } from '../ui/index.js';
import type { CellRange, GridAdapter } from './grid-adapter.js';
import { pasteSpecialPlan } from './paste-special.js';
import type { PasteOperation, PasteSpecialOptions, PasteWhat, StyleCopy } from './paste-special.js';
import type { CellEdit } from './sheet-transfer.js';
import { lastOwnCopy } from './sheet-transfer.js';
import type { SheetsToolsLabels } from './sheets-tools-labels.js';
import type { WorkbookEngine } from './workbook-engine.js';

export interface PasteSpecialHookOptions {
  readonly engine: () => WorkbookEngine;
  readonly grid: () => GridAdapter | null;
  readonly sheet: () => number;
  readonly cursor: () => { row: number; col: number };
  readonly labels: SheetsToolsLabels['paste'];
  readonly applyEdits: (edits: readonly CellEdit[], range?: CellRange, styles?: readonly StyleCopy[]) => void;
}

export function usePasteSpecial(options: PasteSpecialHookOptions): { open: () => void; button: ReactNode; dialog: ReactNode } {
  const { labels } = options;
  const [shown, setShown] = useState(false);
  const open = () => setShown(true);
  const close = () => {
    setShown(false);
    requestAnimationFrame(() => options.grid()?.focus());
  };
  const button: ReactNode = (
    <Button variant="quiet" onClick={open}>
      {labels.menu}
    </Button>
  );
  const dialog: ReactNode = shown ? (
    <PasteSpecialDialog
      labels={labels}
      available={lastOwnCopy(options.engine()) !== undefined}
      onCancel={close}
      onPaste={(choice) => {
        const clip = lastOwnCopy(options.engine());
        if (clip) {
          const at = options.grid()?.selection?.() ?? { top: options.cursor().row, left: options.cursor().col };
          const plan = pasteSpecialPlan(options.engine(), options.sheet(), clip, { row: at.top, col: at.left }, choice);
          options.applyEdits(plan.edits, plan.range, plan.styles);
        }
        close();
      }}
    />
  ) : null;
  return { open, button, dialog };
}

interface PasteSpecialDialogProps {
  readonly labels: SheetsToolsLabels['paste'];
  readonly available: boolean;
  readonly onCancel: () => void;
  readonly onPaste: (options: PasteSpecialOptions) => void;
}

const WHATS: readonly PasteWhat[] = ['all', 'values', 'formulas', 'formats'];
const OPERATIONS: readonly PasteOperation[] = ['none', 'add', 'subtract', 'multiply', 'divide'];

function PasteSpecialDialog({ labels, available, onCancel, onPaste }: PasteSpecialDialogProps) {
  const id = useId();
  const [what, setWhat] = useState<PasteWhat>('values');
  const [operation, setOperation] = useState<PasteOperation>('none');
  const [transpose, setTranspose] = useState(false);
  const [skipBlanks, setSkipBlanks] = useState(false);
  return (
    <Dialog
      title={labels.title}
      size="small"
      onCancel={onCancel}
      footer={
        <>
          <Button onClick={onCancel}>{labels.cancel}</Button>
          <Button variant="primary" disabled={!available} onClick={() => onPaste({ what, operation, transpose, skipBlanks })}>
            {labels.confirm}
          </Button>
        </>
      }
    >
      {!available ? <p role="status">{labels.empty}</p> : null}
      <fieldset className="sheets-paste-special__group">
        <legend>{labels.what}</legend>
        {WHATS.map((w) => (
          <label key={w}>
            <input type="radio" name={`${id}-what`} checked={what === w} onChange={() => setWhat(w)} />
            {labels[w]}
          </label>
        ))}
      </fieldset>
      <div className="sheets-paste-special__row">
        <label htmlFor={`${id}-op`}>{labels.operation}</label>
        <select id={`${id}-op`} className="ui-input" value={operation} disabled={what === 'formats'} onChange={(event) => setOperation(event.target.value as PasteOperation)}>
          {OPERATIONS.map((o) => (
            <option key={o} value={o}>
              {labels.operations[o]}
            </option>
          ))}
        </select>
      </div>
      <label className="sheets-paste-special__check">
        <input type="checkbox" checked={transpose} onChange={(event) => setTranspose(event.target.checked)} />
        {labels.transpose}
      </label>
      <label className="sheets-paste-special__check">
        <input type="checkbox" checked={skipBlanks} onChange={(event) => setSkipBlanks(event.target.checked)} />
        {labels.skipBlanks}
      </label>
    </Dialog>
  );
}

/**
 * Cell notes in the grid: the dialog that writes or edits a cell's note (Ctrl+Enter or OK keeps
 * it, an empty text deletes it) and the note of the active cell shown beside it (role=note), as
 * the mouse shows it on hover (the cell's title).
 */
import { useEffect, useState } from 'react';
import { Button, Dialog } from '../ui/index.js';
import type { GridAdapter } from './grid-adapter.js';
import type { SheetsObjectLabels } from './sheets-object-labels.js';

export interface NoteDialogProps {
  readonly labels: SheetsObjectLabels['notes'];
  /** `B3`. */
  readonly cell: string;
  readonly text: string;
  readonly onApply: (text: string) => void;
  readonly onCancel: () => void;
}

export function NoteDialog({ labels, cell, text: initial, onApply, onCancel }: NoteDialogProps) {
  const [text, setText] = useState(initial);
  return (
    <Dialog
      title={labels.title(cell)}
      size="small"
      onCancel={onCancel}
      initialFocus="textarea"
      footer={
        <>
          <Button onClick={onCancel}>{labels.cancel}</Button>
          <Button variant="primary" onClick={() => onApply(text)}>
            {labels.ok}
          </Button>
        </>
      }
    >
      <label className="sheets-note-dialog">
        <span>{labels.text}</span>
        <textarea
          className="ui-input"
          rows={5}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              onApply(text);
            }
          }}
        />
      </label>
    </Dialog>
  );
}

export interface NoteBubbleProps {
  readonly text: string | undefined;
  readonly row: number;
  readonly col: number;
  readonly grid: () => GridAdapter | null;
  readonly label: string;
  /** Changes when the grid scrolled or redrew (the note follows the cell). */
  readonly revision: number;
}

/** The active cell's note, beside the cell's top-right corner. */
export function NoteBubble({ text, row, col, grid, label, revision }: NoteBubbleProps) {
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null);
  useEffect(() => {
    if (text === undefined) {
      setPlace(null);
      return undefined;
    }
    const frame = requestAnimationFrame(() => {
      const rect = grid()?.cellElement(row, col)?.getBoundingClientRect();
      setPlace(rect ? { left: rect.right + 6, top: rect.top } : null);
    });
    return () => cancelAnimationFrame(frame);
  }, [text, row, col, revision]);
  if (text === undefined) return null;
  return (
    <div className="sheets-note-bubble" role="note" aria-label={label} style={place ? { left: place.left, top: place.top } : { visibility: 'hidden' }}>
      {text}
    </div>
  );
}

/**
 * The slides editor's small insert dialogs: a table's rows and columns, and the footer text
 * (put on every slide).
 */
import { useState } from 'react';
import { Button, Dialog } from '../ui/index.js';
import type { SlidesLabels } from './slides-labels.js';

export function TableDialog({ labels, onCancel, onInsert }: { labels: SlidesLabels; onCancel: () => void; onInsert: (rows: number, cols: number) => void }) {
  const [rows, setRows] = useState(3);
  const [cols, setCols] = useState(3);
  const e = labels.editor;
  const clamp = (n: number) => Math.min(30, Math.max(1, Math.round(n) || 1));
  return (
    <Dialog
      title={e.table.replace('…', '')}
      onCancel={onCancel}
      size="small"
      footer={
        <>
          <Button onClick={onCancel}>{e.cancel}</Button>
          <Button variant="primary" onClick={() => onInsert(clamp(rows), clamp(cols))}>
            {e.insert}
          </Button>
        </>
      }
    >
      <label className="slides-dialog__field">
        {e.tableRows}
        <input className="ui-input" type="number" min={1} max={30} value={rows} onChange={(event) => setRows(Number(event.target.value))} />
      </label>
      <label className="slides-dialog__field">
        {e.tableColumns}
        <input className="ui-input" type="number" min={1} max={30} value={cols} onChange={(event) => setCols(Number(event.target.value))} />
      </label>
    </Dialog>
  );
}

export function FooterDialog({ labels, onCancel, onInsert }: { labels: SlidesLabels; onCancel: () => void; onInsert: (text: string) => void }) {
  const [text, setText] = useState('');
  const e = labels.editor;
  return (
    <Dialog
      title={e.footer.replace('…', '')}
      onCancel={onCancel}
      size="small"
      footer={
        <>
          <Button onClick={onCancel}>{e.cancel}</Button>
          <Button variant="primary" onClick={() => onInsert(text)}>
            {e.insert}
          </Button>
        </>
      }
    >
      <label className="slides-dialog__field">
        {e.footerText}
        <input className="ui-input" value={text} onChange={(event) => setText(event.target.value)} />
      </label>
    </Dialog>
  );
}

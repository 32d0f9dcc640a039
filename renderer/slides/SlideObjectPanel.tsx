/**
 * Accessibility of the slide's objects, in the side panel: the reading order (the shapes in the
 * order screen readers read them, which is their order in the file), moved by buttons or
 * Alt+Up/Down; the alternative text of the selected object and the crop of a selected picture,
 * each in a dialog.
 */
import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { DeckShape, PictureShape } from '@ostal/model';
import { Button, Dialog } from '../ui/index.js';
import { cropOfPercents, cropPercents } from './object-operations.js';
import { isChartShape } from './chart-operations.js';
import type { CropPercents } from './object-operations.js';
import type { SlidesLabels } from './slides-labels.js';

export interface SlideObjectPanelProps {
  readonly shapes: readonly DeckShape[];
  readonly selection: ReadonlySet<number>;
  readonly labels: SlidesLabels;
  readonly onSelect: (ids: ReadonlySet<number>) => void;
  /** Moves shape `id` `delta` places in the reading order. */
  readonly onMove: (id: number, delta: number) => void;
  readonly onAltText: () => void;
  readonly onCrop: () => void;
  /** Edits the values of chart `id` (the dialog). */
  readonly onChart: (id: number) => void;
}

export function objectName(shape: DeckShape, labels: SlidesLabels): string {
  return shape.name ?? labels.editor.shapeKind(shape.kind === 'shape' ? shape.geometry : shape.kind);
}

export function SlideObjectPanel({ shapes, selection, labels, onSelect, onMove, onAltText, onCrop, onChart }: SlideObjectPanelProps) {
  const m = labels.editor.more;
  const listId = useId();
  const one = selection.size === 1 ? shapes.find((s) => selection.has(s.id)) : undefined;
  const active = one ? shapes.indexOf(one) : -1;
  const onKey = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown' && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    if (event.altKey && one && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      onMove(one.id, event.key === 'ArrowUp' ? -1 : 1);
      return;
    }
    const next = event.key === 'Home' ? 0 : event.key === 'End' ? shapes.length - 1 : Math.min(shapes.length - 1, Math.max(0, active + (event.key === 'ArrowUp' ? -1 : 1)));
    const shape = shapes[next];
    if (shape) onSelect(new Set([shape.id]));
  };
  return (
    <section className="slides-side__objects" aria-labelledby={`${listId}-title`}>
      <h2 id={`${listId}-title`} className="slides-side__heading">
        {m.readingOrder}
      </h2>
      <div className="slides-side__buttons">
        <Button variant="quiet" disabled={!one} onClick={onAltText}>
          {m.altText}
        </Button>
        <Button variant="quiet" disabled={one?.kind !== 'picture'} onClick={onCrop}>
          {m.crop}
        </Button>
        <Button variant="quiet" disabled={!isChartShape(one)} onClick={() => one && onChart(one.id)}>
          {labels.editor.charts.edit}…
        </Button>
      </div>
      <p id={`${listId}-help`} className="slides-side__help">
        {m.readingOrderHelp}
      </p>
      <ul
        className="slides-side__order"
        role="listbox"
        aria-label={m.readingOrder}
        aria-describedby={`${listId}-help`}
        tabIndex={0}
        aria-activedescendant={active >= 0 ? `${listId}-${String(active)}` : undefined}
        onKeyDown={onKey}
      >
        {shapes.map((s, i) => (
          <li key={s.id} id={`${listId}-${String(i)}`} role="option" aria-selected={selection.has(s.id)} className={`slides-side__order-item${selection.has(s.id) ? ' slides-side__order-item--selected' : ''}`} onClick={() => onSelect(new Set([s.id]))}>
            {m.orderItem(i + 1, objectName(s, labels), s.description ?? '')}
          </li>
        ))}
      </ul>
      <div className="slides-side__buttons">
        <Button variant="quiet" disabled={!one || active <= 0} onClick={() => one && onMove(one.id, -1)}>
          {m.moveEarlier}
        </Button>
        <Button variant="quiet" disabled={!one || active >= shapes.length - 1} onClick={() => one && onMove(one.id, 1)}>
          {m.moveLater}
        </Button>
      </div>
    </section>
  );
}

export function AltTextDialog({ shape, labels, onCancel, onApply }: { shape: DeckShape; labels: SlidesLabels; onCancel: () => void; onApply: (text: string) => void }) {
  const m = labels.editor.more;
  const [text, setText] = useState(shape.description ?? '');
  const helpId = useId();
  return (
    <Dialog
      title={`${m.altTextTitle} — ${objectName(shape, labels)}`}
      onCancel={onCancel}
      size="small"
      initialFocus="textarea"
      footer={
        <>
          <Button onClick={onCancel}>{labels.editor.cancel}</Button>
          <Button variant="primary" onClick={() => onApply(text)}>
            {m.ok}
          </Button>
        </>
      }
    >
      <label className="slides-dialog__field">
        {m.altTextField}
        <textarea className="ui-textarea" rows={4} value={text} aria-describedby={helpId} onChange={(event) => setText(event.target.value)} />
      </label>
      <p id={helpId} className="slides-side__help">
        {m.altTextHelp}
      </p>
    </Dialog>
  );
}

/** The crop dialog in % of the picture; `onChange` shows each value typed on the canvas at once. */
export function CropDialog({ shape, labels, onCancel, onApply, onChange }: { shape: PictureShape; labels: SlidesLabels; onCancel: () => void; onApply: (crop: ReturnType<typeof cropOfPercents>) => void; onChange?: (crop: ReturnType<typeof cropOfPercents>) => void }) {
  const m = labels.editor.more;
  const [edges, setEdgesState] = useState<CropPercents>(() => cropPercents(shape.crop));
  const setEdges = (next: CropPercents) => {
    setEdgesState(next);
    onChange?.(cropOfPercents(next));
  };
  const field = (key: keyof CropPercents, label: string) => (
    <label className="slides-dialog__field">
      {label}
      <input className="ui-input" type="number" min={0} max={99} step={0.5} value={edges[key]} onChange={(event) => setEdges({ ...edges, [key]: Number(event.target.value) })} />
    </label>
  );
  return (
    <Dialog
      title={m.cropTitle}
      onCancel={onCancel}
      size="small"
      footer={
        <>
          <Button onClick={() => setEdges({ left: 0, top: 0, right: 0, bottom: 0 })}>{m.cropReset}</Button>
          <Button onClick={onCancel}>{labels.editor.cancel}</Button>
          <Button variant="primary" onClick={() => onApply(cropOfPercents(edges))}>
            {m.ok}
          </Button>
        </>
      }
    >
      {field('left', m.cropLeft)}
      {field('top', m.cropTop)}
      {field('right', m.cropRight)}
      {field('bottom', m.cropBottom)}
    </Dialog>
  );
}

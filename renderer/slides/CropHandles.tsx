/**
 * The crop handles of a picture in crop mode: black bars at its corners and edges that the mouse
 * drags (the canvas reads `data-handle`) and the keyboard uses: Tab reaches them from the canvas,
 * the arrows move the focused edge by 1 mm (Shift: 1 cm) along the picture's axes, and the new
 * crop is announced. Enter or Escape ends crop mode (the canvas handles them).
 */
import { useEffect, useId, useState } from 'react';
import type { Crop, Deck, Transform } from '@ostal/model';
import { CROP_ARROWS, cropByKey } from './crop-keys.js';
import { cropPercents } from './object-operations.js';
import { HANDLES, handleSign } from './shape-geometry.js';
import type { Handle } from './shape-geometry.js';
import { boxStyle } from './slide-shape-style.js';
import type { SlidesCropKeyLabels } from './slides-crop-labels.js';
import './slides-crop-handles.css';

export interface CropHandlesProps {
  readonly size: Deck['size'];
  readonly frame: Transform;
  readonly crop: Crop | undefined;
  readonly labels: SlidesCropKeyLabels;
  /** Tooltip of the handles (mouse). */
  readonly title: string;
  /** Steps of the arrows, in EMU. */
  readonly step: number;
  readonly largeStep: number;
  readonly onCrop: (frame: Transform, crop: Crop | undefined, handle: Handle) => void;
}

export function CropHandles({ size, frame, crop, labels, title, step, largeStep, onCrop }: CropHandlesProps) {
  const help = useId();
  const [said, setSaid] = useState('');
  // Announce a change made from the keyboard once the model has it.
  const [pending, setPending] = useState(false);
  useEffect(() => {
    if (!pending) return;
    const p = cropPercents(crop);
    setSaid(labels.status(p.left, p.top, p.right, p.bottom));
    setPending(false);
  }, [pending, crop, labels]);
  return (
    <>
      <div className="slides-crop-handles" style={boxStyle(frame, size)}>
        {HANDLES.map((h) => {
          const s = handleSign(h);
          return (
            <button
              key={h}
              type="button"
              className={`slides-selection__crop slides-selection__crop--${h}`}
              data-handle={`crop-${h}`}
              title={title}
              aria-label={labels.handle(h)}
              aria-roledescription={labels.role}
              aria-describedby={help}
              style={{ left: `${String((s.x + 1) * 50)}%`, top: `${String((s.y + 1) * 50)}%` }}
              onKeyDown={(event) => {
                const dir = CROP_ARROWS[event.key];
                if (!dir || event.ctrlKey || event.metaKey || event.altKey) return;
                event.preventDefault();
                event.stopPropagation();
                const by = event.shiftKey ? largeStep : step;
                const r = cropByKey(frame, crop, h, dir[0] * by, dir[1] * by);
                if (!r) return;
                onCrop(r.frame, r.crop, h);
                setPending(true);
              }}
            />
          );
        })}
      </div>
      <p id={help} className="slides-visually-hidden">
        {labels.help}
      </p>
      <p className="slides-visually-hidden" aria-live="polite">
        {said}
      </p>
    </>
  );
}

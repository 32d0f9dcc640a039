/**
 * The adjust handles of the one selected preset shape, or of the preset shapes inside the one
 * selected group: yellow diamonds inside each shape's frame (turned and flipped with it). The
 * mouse drags them (the canvas reads `data-handle="adjust-n"` and `data-adjust-shape` on pointer
 * down and shows the values live, one undo step per drag). The keyboard reaches them with
 * Ctrl+Alt+A from the canvas: the arrows move the focused handle on the slide by 1 mm (Shift:
 * 1 cm), Tab and Shift+Tab go round the handles, Escape gives the focus back to the canvas; the
 * handle's new place in its shape is announced.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { Deck } from '@ostal/model';
import { adjustHandlePoints, keyedAdjust } from './adjust-handles.js';
import type { AdjustTarget } from './adjust-handles.js';
import { CROP_ARROWS } from './crop-keys.js';
import { boxStyle } from './slide-shape-style.js';

export interface AdjustHandleLabels {
  /** Accessible name of handle n (from 1) of a shape: "Poignée d'ajustement 1 de Flèche droite". */
  readonly handle: (n: number, shape: string) => string;
  /** Tooltip (mouse). */
  readonly title: string;
  /** How the keys work on a handle. */
  readonly help: string;
  /** Announced after a key moved a handle: its place in its shape's box, in % of the width and height. */
  readonly status: (x: number, y: number) => string;
}

export interface AdjustHandlesProps {
  readonly size: Deck['size'];
  readonly targets: readonly AdjustTarget[];
  readonly labels: AdjustHandleLabels;
  /** The name of a shape, as the canvas announces it. */
  readonly name: (target: AdjustTarget) => string;
  /** Steps of the arrows, in EMU of the slide. */
  readonly step: number;
  readonly largeStep: number;
  /** New adjust values of shape `id` from the keyboard (`key` names the handle, to merge repeats). */
  readonly onAdjust: (id: number, adjust: Readonly<Record<string, number>>, key: string) => void;
  /** Escape on a handle. */
  readonly onLeave: () => void;
}

export function AdjustHandles({ size, targets, labels, name, step, largeStep, onAdjust, onLeave }: AdjustHandlesProps) {
  const help = useId();
  const layer = useRef<HTMLDivElement>(null);
  const [said, setSaid] = useState('');
  // The handle moved from the keyboard, announced once the model has its new values.
  const [pending, setPending] = useState<{ id: number; index: number } | null>(null);
  useEffect(() => {
    if (!pending) return;
    const t = targets.find((x) => x.shape.id === pending.id);
    const p = t ? adjustHandlePoints(t.shape, t.frame)[pending.index] : undefined;
    if (t && p) setSaid(labels.status(Math.round((p.x / t.frame.cx) * 100), Math.round((p.y / t.frame.cy) * 100)));
    setPending(null);
  }, [pending, targets, labels]);

  // A focused handle that goes away (undo clears the selection, the shape is deleted) gives the focus back to the canvas.
  const focused = useRef(false);
  useLayoutEffect(() => {
    if (focused.current && (document.activeElement === null || document.activeElement === document.body)) {
      focused.current = false;
      onLeave();
    }
  });

  const cycle = (from: HTMLElement, by: number) => {
    const all = [...(layer.current?.querySelectorAll<HTMLElement>('.slides-adjust-handle') ?? [])];
    const at = all.indexOf(from);
    all[(at + by + all.length) % all.length]?.focus({ preventScroll: true });
  };

  return (
    <div ref={layer}>
      {targets.map((t) => (
        <div key={t.shape.id} className="slides-adjust-handles" style={boxStyle(t.frame, size)}>
          {adjustHandlePoints(t.shape, t.frame).map((p, i) => (
            <button
              key={i}
              type="button"
              tabIndex={-1}
              className="slides-adjust-handle"
              data-handle={`adjust-${String(i)}`}
              data-adjust-shape={t.shape.id}
              aria-label={labels.handle(i + 1, name(t))}
              aria-describedby={help}
              title={labels.title}
              style={{ left: `${String((p.x / t.frame.cx) * 100)}%`, top: `${String((p.y / t.frame.cy) * 100)}%` }}
              // The canvas keeps the focus (its keys: undo, nudges…) when a handle is pressed.
              onMouseDown={(event) => event.preventDefault()}
              onFocus={() => {
                focused.current = true;
              }}
              onBlur={(event) => {
                // Removed while focused: keep the mark, the effect above hands the focus on.
                if (event.currentTarget.isConnected) focused.current = false;
              }}
              onKeyDown={(event) => {
                if (event.ctrlKey || event.metaKey || event.altKey) return;
                if (event.key === 'Escape') {
                  event.preventDefault();
                  event.stopPropagation();
                  onLeave();
                  return;
                }
                if (event.key === 'Tab') {
                  event.preventDefault();
                  event.stopPropagation();
                  cycle(event.currentTarget, event.shiftKey ? -1 : 1);
                  return;
                }
                const dir = CROP_ARROWS[event.key];
                if (!dir) return;
                event.preventDefault();
                event.stopPropagation();
                const by = event.shiftKey ? largeStep : step;
                const adjust = keyedAdjust(t.shape, t.frame, i, dir[0] * by, dir[1] * by);
                if (!adjust) return;
                onAdjust(t.shape.id, adjust, String(i));
                setPending({ id: t.shape.id, index: i });
              }}
            />
          ))}
        </div>
      ))}
      {targets.length > 0 ? (
        <p id={help} className="slides-visually-hidden">
          {labels.help}
        </p>
      ) : null}
      <p className="slides-visually-hidden" aria-live="polite">
        {said}
      </p>
    </div>
  );
}

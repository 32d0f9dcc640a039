/**
 * The adjust handles of the one selected preset shape: yellow diamonds inside its frame (turned
 * and flipped with it) that the mouse drags; the canvas reads `data-handle="adjust-n"` on pointer
 * down and changes the shape's adjust values live (`adjust-handles.ts`), one undo step per drag.
 */
import type { Deck, GeometryShape, Transform } from '@ostal/model';
import { adjustHandlePoints } from './adjust-handles.js';
import { boxStyle } from './slide-shape-style.js';

export interface AdjustHandlesProps {
  readonly size: Deck['size'];
  readonly shape: GeometryShape;
  readonly frame: Transform;
  /** Accessible name of handle n (from 1). */
  readonly label: (n: number) => string;
  readonly title: string;
}

export function AdjustHandles({ size, shape, frame, label, title }: AdjustHandlesProps) {
  const points = adjustHandlePoints(shape, frame);
  if (points.length === 0 || !(frame.cx > 0) || !(frame.cy > 0)) return null;
  return (
    <div className="slides-adjust-handles" style={boxStyle(frame, size)}>
      {points.map((p, i) => (
        <button
          key={i}
          type="button"
          tabIndex={-1}
          className="slides-adjust-handle"
          data-handle={`adjust-${String(i)}`}
          aria-label={label(i + 1)}
          title={title}
          style={{ left: `${String((p.x / frame.cx) * 100)}%`, top: `${String((p.y / frame.cy) * 100)}%` }}
          // The canvas keeps the focus (its keys: undo, nudges…) when a handle is pressed.
          onMouseDown={(event) => event.preventDefault()}
        />
      ))}
    </div>
  );
}

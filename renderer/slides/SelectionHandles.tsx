/**
 * The selection drawn over the canvas: a frame around each selected shape (turned with it),
 * and for a single shape eight resize handles and a rotate handle above the top edge; snapping
 * guides and the rubber band while dragging. A picture being cropped has none here: its crop
 * handles (`CropHandles.tsx`) can take the focus. The canvas reads `data-handle` on pointer down.
 */
import type { Deck, Transform } from '@ostal/model';
import { HANDLES, handleSign } from './shape-geometry.js';
import type { Box } from './shape-geometry.js';
import { boxStyle } from './slide-shape-style.js';

export interface SelectionHandlesProps {
  readonly size: Deck['size'];
  /** Frames of the selected shapes. */
  readonly frames: readonly Transform[];
  /** Resize and rotate handles (a single shape that is not being edited as text). */
  readonly handles: boolean;
  /** Snapping guides: vertical lines at xs, horizontal at ys (EMU). */
  readonly guides?: { readonly x?: number; readonly y?: number };
  readonly band?: Box;
  /** No resize and rotate handles: a single picture in crop mode (its crop handles are drawn apart). */
  readonly crop?: boolean;
  /** Accessible names of the handles (tooltips). */
  readonly labels: { readonly resize: string; readonly rotate: string };
}

export function SelectionHandles({ size, frames, handles, guides, band, labels, crop = false }: SelectionHandlesProps) {
  return (
    <div className="slides-selection" aria-hidden="true">
      {frames.map((t, i) => (
        <div key={i} className="slides-selection__frame" style={boxStyle(t, size)}>
          {handles && !crop && frames.length === 1 ? (
            <>
              {HANDLES.map((h) => {
                const s = handleSign(h);
                return (
                  <span
                    key={h}
                    className={`slides-selection__handle slides-selection__handle--${h}`}
                    data-handle={h}
                    title={labels.resize}
                    style={{ left: `${String((s.x + 1) * 50)}%`, top: `${String((s.y + 1) * 50)}%` }}
                  />
                );
              })}
              <span className="slides-selection__stem" />
              <span className="slides-selection__rotate" data-handle="rotate" title={labels.rotate} />
            </>
          ) : null}
        </div>
      ))}
      {guides?.x !== undefined ? <div className="slides-guide slides-guide--v" style={{ left: `${String((guides.x / size.cx) * 100)}%` }} /> : null}
      {guides?.y !== undefined ? <div className="slides-guide slides-guide--h" style={{ top: `${String((guides.y / size.cy) * 100)}%` }} /> : null}
      {band ? <div className="slides-band" style={boxStyle(band, size)} /> : null}
    </div>
  );
}

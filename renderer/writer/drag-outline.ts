/**
 * A press-and-drag of something floating (a picture, a floating table): past a few pixels of
 * travel a dashed outline of the dragged box (`.writer-drag-outline`) follows the pointer,
 * Escape cancels, and the release reports the move in viewport pixels, less what scrolled
 * under the pointer meanwhile. Used by `picture-drag.ts` and `floating-table-move.ts`.
 */

/** Pointer travel (CSS px) before a press becomes a drag. */
const DRAG_THRESHOLD = 3;

/** What the release reports: the pointer event and the move of the box, in viewport pixels. */
export interface OutlineDrop {
  readonly event: PointerEvent;
  readonly dx: number;
  readonly dy: number;
  /** The dragged box's place when released (it may have scrolled). */
  readonly box: DOMRect;
}

/**
 * Follows the pointer from the press `event` on `box` (the element whose outline is drawn);
 * `onDrop` is called on release after a real drag, never after a click or Escape. `onStart`
 * when the drag starts (past the threshold), `onEnd` when it ends either way.
 */
export function followOutline(event: PointerEvent, box: HTMLElement, onDrop: (drop: OutlineDrop) => void, hooks: { onStart?: () => void; onEnd?: () => void } = {}): void {
  const start = box.getBoundingClientRect();
  let outline: HTMLElement | null = null;
  const stop = (): void => {
    window.removeEventListener('pointermove', onMove);
    window.removeEventListener('pointerup', onUp);
    window.removeEventListener('pointercancel', stop);
    window.removeEventListener('keydown', onKey, true);
    if (outline) hooks.onEnd?.();
    outline?.remove();
    outline = null;
  };
  const onKey = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    stop();
  };
  const onMove = (e: PointerEvent): void => {
    const dx = e.clientX - event.clientX;
    const dy = e.clientY - event.clientY;
    if (!outline) {
      if (Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      outline = document.createElement('div');
      outline.className = 'writer-drag-outline';
      outline.setAttribute('aria-hidden', 'true');
      Object.assign(outline.style, { left: `${String(start.left)}px`, top: `${String(start.top)}px`, width: `${String(start.width)}px`, height: `${String(start.height)}px` });
      document.body.append(outline);
      hooks.onStart?.();
    }
    outline.style.transform = `translate(${String(dx)}px, ${String(dy)}px)`;
  };
  const onUp = (e: PointerEvent): void => {
    const dragged = outline !== null;
    const now = box.getBoundingClientRect();
    if (!dragged) return stop();
    // What scrolled under the pointer while dragging is not part of the move.
    const drop = { event: e, dx: e.clientX - event.clientX - (now.left - start.left), dy: e.clientY - event.clientY - (now.top - start.top), box: now };
    // Called before the outline goes and `onEnd`, while the dragged box still lets the pointer through.
    onDrop(drop);
    stop();
  };
  window.addEventListener('pointermove', onMove);
  window.addEventListener('pointerup', onUp);
  window.addEventListener('pointercancel', stop);
  window.addEventListener('keydown', onKey, true);
}

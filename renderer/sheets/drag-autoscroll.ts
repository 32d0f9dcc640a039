/**
 * Scrolling while something is dragged past the edge of the cells (a chart or picture being
 * moved or resized): how far to scroll at each tick, faster the further out the pointer is.
 */

/** Milliseconds between two scroll steps while the pointer stays outside. */
export const AUTOSCROLL_TICK_MS = 50;
const MAX_STEP = 60;

/** Pixels to scroll by for a pointer at (x, y) against `area` (0 along an axis where it is inside). */
export function edgeScrollStep(area: { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number }, x: number, y: number): { dx: number; dy: number } {
  const step = (outside: number) => (outside === 0 ? 0 : Math.sign(outside) * Math.min(MAX_STEP, Math.round(6 + Math.abs(outside) / 2)));
  const dx = step(x < area.left ? x - area.left : x > area.right ? x - area.right : 0);
  const dy = step(y < area.top ? y - area.top : y > area.bottom ? y - area.bottom : 0);
  return { dx, dy };
}

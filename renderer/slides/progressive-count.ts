/**
 * How many of a long list's items to draw yet: a first few at once, then a batch more whenever
 * the browser is idle, until all are drawn. Once the whole list has been drawn, items added later
 * are drawn at once. The slide panel uses it so that a 200-slide deck shows its first slide on
 * the canvas before 200 thumbnails are laid out.
 */
import { useEffect, useRef, useState } from 'react';

type IdleHandle = number;

function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle: IdleHandle = window.requestIdleCallback(run, { timeout: 250 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(run, 16);
  return () => window.clearTimeout(handle);
}

/**
 * The number of items of `total` to draw now.
 * @param first drawn in the first render (those a person sees first)
 * @param batch added at each idle moment
 * @param settled false while more items are coming (a list being loaded): those are drawn
 *   progressively too when they arrive, rather than all at once
 */
export function useProgressiveCount(total: number, first: number, batch: number, settled = true): number {
  const [count, setCount] = useState(() => Math.min(total, first));
  const complete = useRef(settled && count >= total);
  if (settled && count >= total) complete.current = true;
  useEffect(() => {
    if (complete.current || count >= total) return undefined;
    return whenIdle(() => setCount((c) => c + batch));
  }, [count, total, batch]);
  return complete.current ? total : count;
}

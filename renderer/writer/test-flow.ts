/** For the pagination unit tests: flow units stacked from y = 0, as the page layout measures them. */
import type { FlowUnit } from './print-pagination.js';

/** Units stacked from y = 0: each `[height, lines, options]`, 10 px apart; lines 20 px tall. */
export function flow(...specs: (number | { lines: number } | { h: number; keep?: boolean; brk?: boolean })[]): FlowUnit[] {
  const units: FlowUnit[] = [];
  let y = 0;
  for (const spec of specs) {
    const lineCount = typeof spec === 'object' && 'lines' in spec ? spec.lines : 0;
    const height = typeof spec === 'number' ? spec : 'lines' in spec ? spec.lines * 20 : spec.h;
    const lines = Array.from({ length: lineCount }, (_, i) => ({ top: y + i * 20, bottom: y + (i + 1) * 20 }));
    const options: { keep?: boolean; brk?: boolean } = typeof spec === 'object' && 'h' in spec ? spec : {};
    units.push({ top: y, bottom: y + height, lines, keepWithNext: options.keep ?? false, breakBefore: options.brk ?? false });
    y += height + 10;
  }
  return units;
}

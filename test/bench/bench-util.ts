/** Small helpers shared by the benchmark sections: statistics and markdown tables. */

/** The median (upper median for an even count). */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new RangeError('The median of no values is undefined.');
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** A GitHub-flavoured markdown table. */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Milliseconds as a short human figure: `850 ms`, `2.41 s`. */
export function ms(value: number): string {
  return value < 1000 ? `${value.toFixed(0)} ms` : `${(value / 1000).toFixed(2)} s`;
}

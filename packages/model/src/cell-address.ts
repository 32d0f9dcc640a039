/** A1-style cell references (ECMA-376 Part 1, 18.3.1.4 `r` attribute; ODF 1.3 Part 4, 5.8). */

/** Zero-based column index to letters: 0 -> `A`, 25 -> `Z`, 26 -> `AA`. */
export function columnName(col: number): string {
  if (!Number.isInteger(col) || col < 0) throw new RangeError(`Invalid column index ${String(col)}.`);
  let name = '';
  let n = col + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/** Letters to zero-based column index: `A` -> 0, `AA` -> 26. Returns -1 when not letters. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,4}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** `A1` for zero-based row and column. */
export function cellName(row: number, col: number): string {
  return `${columnName(col)}${String(row + 1)}`;
}

/** Parses `B12` (optionally with `$`) to zero-based `{ row, col }`, or null when it is not a cell reference. */
export function parseCellName(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,4})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return null;
  const col = columnIndex(m[1]!);
  const row = Number(m[2]) - 1;
  if (col < 0 || row < 0) return null;
  return { row, col };
}

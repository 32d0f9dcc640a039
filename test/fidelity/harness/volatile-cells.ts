/**
 * Cells whose value changes on every calculation: formulas calling a volatile function (RAND,
 * RANDBETWEEN, RANDARRAY, NOW, TODAY) and formulas referring to such cells, directly or through
 * other formulas. LibreOffice recomputes them on every load, the original's too, so their shown
 * value can never agree between two exports; the workbook scorer leaves out positions volatile on
 * both sides.
 */
import type { OstalDocument, Sheet } from '@ostal/model';
import { tokenizeA1 } from '../../../packages/formats/src/sheets/a1-formula.js';
import type { A1Reference } from '../../../packages/formats/src/sheets/a1-formula.js';

const VOLATILE = new Set(['RAND', 'RANDBETWEEN', 'RANDARRAY', 'NOW', 'TODAY']);

/** Passes over the formulas looking for cells fed by volatile ones (chains longer than this are rare). */
const MAX_PASSES = 16;

/** Key of a cell position in {@link volatileCells}: sheet name, tab, zero-based `row:col` (as the CSV exports count). */
export function cellKey(sheet: string, row: number, col: number): string {
  return `${sheet}\t${String(row)}:${String(col)}`;
}

interface FormulaCell {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly refs: readonly A1Reference[];
}

function covers(ref: A1Reference, row: number, col: number): boolean {
  const end = ref.end ?? ref.start;
  const r0 = ref.start.row ?? 0;
  const r1 = end.row ?? Number.MAX_SAFE_INTEGER;
  const c0 = ref.start.col ?? 0;
  const c1 = end.col ?? Number.MAX_SAFE_INTEGER;
  return row >= Math.min(r0, r1) && row <= Math.max(r0, r1) && col >= Math.min(c0, c1) && col <= Math.max(c0, c1);
}

function formulaCells(sheet: Sheet, marked: Set<string>, pending: FormulaCell[]): void {
  sheet.rows.forEach((cells, row) => {
    cells?.forEach((cell, col) => {
      if (cell?.formula === undefined) return;
      const tokens = tokenizeA1(cell.formula.startsWith('=') ? cell.formula.slice(1) : cell.formula);
      if (tokens.some((t) => t.kind === 'func' && VOLATILE.has(t.text.toUpperCase()))) marked.add(cellKey(sheet.name, row, col));
      else {
        const refs = tokens.flatMap((t) => (t.kind === 'ref' ? [t.ref] : []));
        if (refs.length > 0) pending.push({ sheet: sheet.name, row, col, refs });
      }
    });
  });
}

/** Positions (keys of {@link cellKey}) of the workbook's volatile cells; empty for other documents. */
export function volatileCells(doc: OstalDocument): Set<string> {
  const marked = new Set<string>();
  if (doc.kind !== 'workbook') return marked;
  let pending: FormulaCell[] = [];
  for (const sheet of doc.sheets) formulaCells(sheet, marked, pending);
  // Cells fed by a volatile cell are recomputed with it (3D references are left out).
  const bySheet = new Map<string, [number, number][]>();
  const add = (key: string): void => {
    const [sheet, pos] = key.split('\t') as [string, string];
    const [row, col] = pos.split(':').map(Number) as [number, number];
    bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), [row, col]]);
  };
  marked.forEach(add);
  for (let pass = 0; pass < MAX_PASSES && marked.size > 0; pass++) {
    const found: FormulaCell[] = [];
    pending = pending.filter((f) => {
      const fed = f.refs.some((ref) => ref.sheet2 === undefined && (bySheet.get(ref.sheet ?? f.sheet) ?? []).some(([r, c]) => covers(ref, r, c)));
      if (fed) found.push(f);
      return !fed;
    });
    if (found.length === 0) break;
    for (const f of found) {
      const key = cellKey(f.sheet, f.row, f.col);
      marked.add(key);
      add(key);
    }
  }
  return marked;
}

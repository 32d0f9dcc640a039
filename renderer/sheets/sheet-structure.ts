/**
 * How a sheet's structure follows inserted and deleted rows or columns, and how row/column
 * properties (runs) are changed over a span. Pure functions over the model's shapes: the engine
 * applies them beside HyperFormula's own `addRows` / `removeRows`, so stored styles, merges,
 * sizes, hidden flags, frozen panes and notes move with the cells.
 */
import { shiftPivotTableLocations } from '@ostal/model';
import type { CellComment, CellRange, ColumnRun, FrozenPanes, RowRun, Sheet } from '@ostal/model';

/** Which axis an operation works on. */
export type Axis = 'rows' | 'cols';

/**
 * Where index `i` goes when `count` indexes are inserted at `at` (count > 0) or removed from
 * `at` (count < 0). A removed index gives -1.
 */
export function shiftIndex(i: number, at: number, count: number): number {
  if (i < at) return i;
  if (count >= 0) return i + count;
  const removed = -count;
  if (i < at + removed) return -1;
  return i - removed;
}

/** A span [first, last] after the shift; null when all of it was removed. Insertions inside the span widen it. */
export function shiftSpan(first: number, last: number, at: number, count: number): [number, number] | null {
  if (count >= 0) {
    if (last < at) return [first, last];
    if (first >= at) return [first + count, last + count];
    return [first, last + count];
  }
  const removed = -count;
  const end = at + removed; // first index kept after the removed block
  const f = first < at ? first : first >= end ? first - removed : at;
  const l = last < at ? last : last >= end ? last - removed : at - 1;
  return l < f ? null : [f, l];
}

/** Runs shifted; runs entirely removed are dropped. */
export function shiftRuns<T extends RowRun | ColumnRun>(runs: readonly T[] | undefined, at: number, count: number): T[] | undefined {
  if (!runs) return undefined;
  const out: T[] = [];
  for (const run of runs) {
    const span = shiftSpan(run.first, run.last, at, count);
    if (span) out.push({ ...run, first: span[0], last: span[1] });
  }
  return out;
}

/** A range shifted along one axis; null when removed. */
export function shiftRange(range: CellRange, axis: Axis, at: number, count: number): CellRange | null {
  if (axis === 'rows') {
    const span = shiftSpan(range.top, range.bottom, at, count);
    return span ? { ...range, top: span[0], bottom: span[1] } : null;
  }
  const span = shiftSpan(range.left, range.right, at, count);
  return span ? { ...range, left: span[0], right: span[1] } : null;
}

/** Style map (key `row * cols + col`) shifted; cells removed lose their style. */
export function shiftStyles(styles: ReadonlyMap<number, number>, cols: number, axis: Axis, at: number, count: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const [key, style] of styles) {
    const row = Math.floor(key / cols);
    const col = key % cols;
    if (axis === 'rows') {
      const r = shiftIndex(row, at, count);
      if (r >= 0) out.set(r * cols + col, style);
    } else {
      const c = shiftIndex(col, at, count);
      if (c >= 0 && c < cols) out.set(row * cols + c, style);
    }
  }
  return out;
}

type SheetProps = Omit<Sheet, 'name' | 'rows'>;

function shiftFrozen(frozen: FrozenPanes | undefined, axis: Axis, at: number, count: number): FrozenPanes | undefined {
  if (!frozen) return undefined;
  const n = axis === 'rows' ? frozen.rows : frozen.cols;
  if (at >= n) return frozen;
  const next = count >= 0 ? n + count : Math.max(at, n + count);
  return axis === 'rows' ? { ...frozen, rows: next } : { ...frozen, cols: next };
}

function shiftComments(comments: readonly CellComment[] | undefined, axis: Axis, at: number, count: number): CellComment[] | undefined {
  if (!comments) return undefined;
  const out: CellComment[] = [];
  for (const c of comments) {
    const i = shiftIndex(axis === 'rows' ? c.row : c.col, at, count);
    if (i >= 0) out.push(axis === 'rows' ? { ...c, row: i } : { ...c, col: i });
  }
  return out;
}

function withOptional<K extends keyof SheetProps>(props: SheetProps, key: K, value: SheetProps[K] | undefined): SheetProps {
  const out = { ...props } as Record<string, unknown>;
  if (value === undefined || (Array.isArray(value) && value.length === 0)) delete out[key];
  else out[key] = value;
  return out;
}

/** Sheet properties after inserting (`count` > 0) or removing (`count` < 0) rows or columns at `at`. */
export function shiftSheetProps(props: SheetProps, axis: Axis, at: number, count: number): SheetProps {
  let out = props;
  const merges = props.merges
    ?.map((m) => shiftRange(m, axis, at, count))
    .filter((m): m is CellRange => m !== null && (m.bottom > m.top || m.right > m.left));
  out = withOptional(out, 'merges', merges);
  if (axis === 'rows') out = withOptional(out, 'rowProps', shiftRuns(props.rowProps, at, count));
  else out = withOptional(out, 'columns', shiftRuns(props.columns, at, count));
  out = withOptional(out, 'frozen', shiftFrozen(props.frozen, axis, at, count));
  out = withOptional(out, 'comments', shiftComments(props.comments, axis, at, count));
  // Validations, conditional formats and the autofilter cover ranges: they follow too.
  const ranges = (list: readonly CellRange[]) => list.map((r) => shiftRange(r, axis, at, count)).filter((r): r is CellRange => r !== null);
  if (props.validations) out = withOptional(out, 'validations', props.validations.map((v) => ({ ...v, ranges: ranges(v.ranges) })).filter((v) => v.ranges.length > 0));
  if (props.conditionalFormats) out = withOptional(out, 'conditionalFormats', props.conditionalFormats.map((f) => ({ ...f, ranges: ranges(f.ranges) })).filter((f) => f.ranges.length > 0));
  if (props.autoFilter) {
    const range = shiftRange(props.autoFilter.range, axis, at, count);
    out = withOptional(out, 'autoFilter', range ? { ...props.autoFilter, range } : undefined);
  }
  // Kept XLSX pivot tables: their output location moves (a table cut through is left as values).
  if (props.pivotTables) out = withOptional(out, 'pivotTables', shiftPivotTableLocations(props.pivotTables, axis, at, count));
  return out;
}

type RunBody<T> = Omit<T, 'first' | 'last'>;

function hasProps(body: object): boolean {
  return Object.values(body).some((v) => v !== undefined);
}

function clean<T extends object>(body: T): T {
  const out = { ...body } as Record<string, unknown>;
  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
  return out as T;
}

/**
 * Runs where every index in [first, last] got `patch` applied to its properties (indexes without a
 * run start from no properties); runs left without any property are dropped.
 */
export function updateRuns<T extends RowRun | ColumnRun>(runs: readonly T[] | undefined, first: number, last: number, patch: (body: RunBody<T>) => RunBody<T>): T[] {
  const out: T[] = [];
  const make = (body: RunBody<T>, f: number, l: number) => {
    const b = clean(body);
    if (hasProps(b)) out.push({ ...b, first: f, last: l } as T);
  };
  let cursor = first;
  const sorted = [...(runs ?? [])].sort((a, b) => a.first - b.first);
  for (const run of sorted) {
    const { first: rf, last: rl, ...body } = run;
    if (rl < first || rf > last) {
      out.push(run);
      continue;
    }
    if (rf < first) make(body, rf, first - 1);
    if (rf > cursor) make(patch({} as RunBody<T>), cursor, rf - 1);
    const a = Math.max(rf, first);
    const b = Math.min(rl, last);
    make(patch(body), a, b);
    cursor = b + 1;
    if (rl > last) make(body, last + 1, rl);
  }
  if (cursor <= last) make(patch({} as RunBody<T>), cursor, last);
  return out.sort((a, b) => a.first - b.first);
}

/** True when ranges `a` and `b` share a cell. */
export function rangesOverlap(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

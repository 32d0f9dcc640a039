/**
 * The one undo history of the slides editor. Each entry is a whole deck (model values are
 * immutable, so a snapshot shares everything that did not change) with the slide that was
 * shown, so undo brings the user back to where the change was made. Successive edits with the
 * same `merge` key (arrow-key nudges of one selection, typing in one notes field) make one step.
 */
export interface HistoryState<T> {
  readonly value: T;
  /** Slide shown when this state was current. */
  readonly slide: number;
}

export interface SlidesHistory<T> {
  readonly past: readonly HistoryState<T>[];
  readonly present: HistoryState<T>;
  readonly future: readonly HistoryState<T>[];
  /** Merge key of the last recorded step. */
  readonly lastMerge?: string;
}

/** Steps kept; the oldest go first. */
export const HISTORY_LIMIT = 200;

export function startHistory<T>(value: T, slide = 0): SlidesHistory<T> {
  return { past: [], present: { value, slide }, future: [] };
}

/**
 * The history after a change to `value` made on `slide`. A change equal to the present value
 * records nothing; one with the same `merge` key as the previous step replaces its result.
 */
export function record<T>(h: SlidesHistory<T>, value: T, slide: number, merge?: string): SlidesHistory<T> {
  if (value === h.present.value) return h;
  const present = { value, slide };
  if (merge !== undefined && merge === h.lastMerge && h.past.length > 0) return { past: h.past, present, future: [], lastMerge: merge };
  const past = [...h.past, h.present];
  if (past.length > HISTORY_LIMIT) past.splice(0, past.length - HISTORY_LIMIT);
  return { past, present, future: [], ...(merge !== undefined ? { lastMerge: merge } : {}) };
}

export function canUndo<T>(h: SlidesHistory<T>): boolean {
  return h.past.length > 0;
}

export function canRedo<T>(h: SlidesHistory<T>): boolean {
  return h.future.length > 0;
}

/** One step back; the slide to show is the one the undone change was made on. */
export function undo<T>(h: SlidesHistory<T>): { history: SlidesHistory<T>; slide: number } {
  const previous = h.past[h.past.length - 1];
  if (!previous) return { history: h, slide: h.present.slide };
  return { history: { past: h.past.slice(0, -1), present: previous, future: [h.present, ...h.future] }, slide: h.present.slide };
}

/** One step forward again. */
export function redo<T>(h: SlidesHistory<T>): { history: SlidesHistory<T>; slide: number } {
  const next = h.future[0];
  if (!next) return { history: h, slide: h.present.slide };
  return { history: { past: [...h.past, h.present], present: next, future: h.future.slice(1) }, slide: next.slide };
}

/** The last step taken back and forgotten (a dialog cancelled after live changes): nothing to redo. */
export function discard<T>(h: SlidesHistory<T>): SlidesHistory<T> {
  const previous = h.past[h.past.length - 1];
  if (!previous) return h;
  return { past: h.past.slice(0, -1), present: previous, future: [] };
}

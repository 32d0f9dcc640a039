/**
 * One undo/redo history for every change to a workbook: values and formulas, styles, rows and
 * columns, sheets. Each user action is one step that knows how to undo and redo itself; the
 * engine (`workbook-engine.ts`) records a step for each of its mutations, so a batch of edits
 * (a paste, a fill, a sort through `setMany`) is one step.
 *
 * HyperFormula keeps its own undo stack, which restores formulas exactly (a deleted row's
 * references come back): a step that changed the calculation engine undoes it through that stack,
 * so the engine's undo limit must be at least this history's limit.
 */

/** One undoable action. */
export interface HistoryStep {
  /** Index of the sheet the action happened on (the view shows it after undo/redo). */
  readonly sheet: number;
  /** True when the action changed the sheet list or a sheet's rows, columns or layout. */
  readonly structural: boolean;
  undo(): void;
  redo(): void;
}

/** Steps kept by default. */
export const HISTORY_LIMIT = 100;

export class SheetHistory {
  private done: HistoryStep[] = [];
  private undone: HistoryStep[] = [];
  private paused = 0;

  constructor(readonly limit = HISTORY_LIMIT) {}

  private group: HistoryStep[] | null = null;

  /**
   * Runs `action` and records every step it makes as one (inserting today's date and its date
   * format; a sort moving values and styles). Steps are undone in reverse order.
   */
  transaction<T>(action: () => T): T {
    if (this.group) return action();
    const steps: HistoryStep[] = [];
    this.group = steps;
    try {
      return action();
    } finally {
      this.group = null;
      if (steps.length === 1) this.push(steps[0]!);
      else if (steps.length > 1)
        this.push({
          sheet: steps[0]!.sheet,
          structural: steps.some((s) => s.structural),
          undo: () => {
            for (let i = steps.length - 1; i >= 0; i -= 1) steps[i]!.undo();
          },
          redo: () => {
            for (const s of steps) s.redo();
          },
        });
    }
  }

  /** Records a step just performed; forgets what was undone. Ignored while undoing or redoing. */
  push(step: HistoryStep): void {
    if (this.paused > 0) return;
    if (this.group) {
      this.group.push(step);
      return;
    }
    this.done.push(step);
    if (this.done.length > this.limit) this.done.splice(0, this.done.length - this.limit);
    this.undone = [];
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** Undoes the last step; returns it, or undefined when there is nothing to undo. */
  undo(): HistoryStep | undefined {
    const step = this.done.pop();
    if (!step) return undefined;
    this.run(() => step.undo());
    this.undone.push(step);
    return step;
  }

  /** Redoes the last undone step; returns it, or undefined. */
  redo(): HistoryStep | undefined {
    const step = this.undone.pop();
    if (!step) return undefined;
    this.run(() => step.redo());
    this.done.push(step);
    return step;
  }

  /** Forgets what was undone (the engine tried an entry: HyperFormula's own redo stack is gone). */
  dropRedo(): void {
    this.undone = [];
  }

  /** Forgets every step (after loading a document). */
  clear(): void {
    this.done = [];
    this.undone = [];
  }

  private run(action: () => void): void {
    this.paused += 1;
    try {
      action();
    } finally {
      this.paused -= 1;
    }
  }
}

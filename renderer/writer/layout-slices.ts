/**
 * Spreading a long main-thread job over several tasks (issue 6: no task over ~50 ms while the
 * pages of a long document are laid out again). The job asks `due()` between two pieces of work;
 * when its slice's budget is spent it awaits `pause()`, which lets the browser paint and handle
 * input, and learns whether it is still wanted (the document not changed, nothing scrolled
 * meanwhile); if not, it stops and the measurements it took are dropped.
 */

/** Work per slice before the job yields, in milliseconds. */
export const LAYOUT_SLICE_MS = 24;

export class SliceClock {
  private start: number;

  constructor(
    private readonly stillWanted: () => boolean,
    private readonly budgetMs = LAYOUT_SLICE_MS,
    private readonly now: () => number = () => performance.now(),
    private readonly yieldTask: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
  ) {
    this.start = now();
  }

  /** True when the slice's budget is spent. */
  due(): boolean {
    return this.now() - this.start >= this.budgetMs;
  }

  /** Yields to the browser until the next task; resolves false when the job is no longer wanted. */
  async pause(): Promise<boolean> {
    await this.yieldTask();
    this.start = this.now();
    return this.stillWanted();
  }

  /** Yields when the slice's budget is spent (`pause`), else goes on at once; false: stop. */
  async next(): Promise<boolean> {
    return this.due() ? this.pause() : true;
  }
}

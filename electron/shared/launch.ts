/**
 * Documents to open that came from outside the window: the command line of the first start, a
 * file double-clicked while Ostal runs (the second instance forwards its arguments to the running
 * one), the browser-mode host's arguments. The renderer takes them at start and whenever its
 * window gains focus (the running instance focuses its window when a second one forwards).
 */
import type { NewDocumentKind } from './new-document-tasks.js';

export interface LaunchService {
  /** The absolute paths waiting to be opened, oldest first; each is handed out once. */
  take(): Promise<readonly string[]>;
  /**
   * Opens `paths` in a new window (File > Open in a new window). Where the host has no windows
   * (browser mode) they wait for this page's next `take`.
   */
  openWindow(paths: readonly string[]): Promise<void>;
  /**
   * The blank documents asked for from outside (jump list task, desktop action, `--new=<kind>`),
   * oldest first; each is handed out once.
   */
  takeNew(): Promise<readonly NewDocumentKind[]>;
}

/**
 * F6 / Shift+F6 move the focus between the spreadsheet's panes, as in LibreOffice: format
 * toolbar, name box, grid, sheet tabs. The grid keeps Tab for moving between cells, so this is
 * the keyboard's way out of it (and Escape in the toolbar or the tabs goes back to the grid).
 */

/** The panes in F6 order: a selector for the pane and for what takes the focus in it. */
const PANES: readonly { readonly pane: string; readonly focus: string }[] = [
  { pane: '.sheets-toolbar', focus: 'button:not([disabled]), select, input' },
  { pane: '.sheets-formula-bar', focus: '.sheets-formula-bar__name' },
  { pane: '.sheets-grid', focus: '' },
  { pane: '.sheets-tabs', focus: '[aria-pressed="true"]' },
];

/**
 * Moves the focus from `from` to the next (`step` 1) or previous (-1) pane inside `root`;
 * `focusGrid` focuses the grid (it is not a plain focusable element).
 */
export function focusPane(root: HTMLElement, from: Element | null, step: 1 | -1, focusGrid: () => void): void {
  const current = PANES.findIndex((p) => from?.closest(p.pane));
  const start = current < 0 ? 2 : current;
  for (let n = 1; n <= PANES.length; n += 1) {
    const next = PANES[(start + step * n + PANES.length * 2) % PANES.length]!;
    if (next.pane === '.sheets-grid') {
      focusGrid();
      return;
    }
    const target = root.querySelector(next.pane)?.querySelector<HTMLElement>(next.focus);
    if (target) {
      target.focus();
      return;
    }
  }
}

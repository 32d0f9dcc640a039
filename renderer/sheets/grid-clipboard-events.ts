/**
 * Copy, cut and paste for a grid, from the document's clipboard events (the grid's focus sits on
 * the page body or inside the grid, so the events arrive there). Ctrl+Shift+V marks the next
 * paste as "values only".
 */
import type { CellRange, ClipboardBlock, GridSource } from './grid-adapter.js';

export interface ClipboardTarget {
  /** The grid element; events from inside it or from the body are the grid's. */
  readonly root: HTMLElement;
  /** True when the grid has the keyboard and no cell editor is open. */
  isActive(): boolean;
  /** The selected block. */
  selection(): CellRange | undefined;
}

/** Listens for clipboard events meant for the grid; returns the function that stops listening. */
export function attachGridClipboard(target: ClipboardTarget, source: GridSource): () => void {
  const doc = target.root.ownerDocument;
  let valuesOnly = false;
  const mine = (event: Event): CellRange | undefined => {
    if (!target.isActive()) return undefined;
    const t = event.target;
    if (t instanceof HTMLElement && t !== doc.body && !target.root.contains(t)) return undefined;
    if (t instanceof HTMLInputElement) return undefined;
    return target.selection();
  };
  const onCopyOrCut = (event: ClipboardEvent) => {
    const range = mine(event);
    if (!range || !source.onCopy || !event.clipboardData) return;
    const block = source.onCopy(range, event.type === 'cut');
    if (!block) return;
    event.preventDefault();
    event.clipboardData.setData('text/plain', block.text);
    if (block.html !== '') event.clipboardData.setData('text/html', block.html);
  };
  const onPaste = (event: ClipboardEvent) => {
    const only = valuesOnly;
    valuesOnly = false;
    const range = mine(event);
    if (!range || !source.onPaste || !event.clipboardData) return;
    const data: ClipboardBlock = { text: event.clipboardData.getData('text/plain'), html: event.clipboardData.getData('text/html') };
    event.preventDefault();
    if (data.text === '' && data.html === '') return;
    source.onPaste(range, data, only);
  };
  const onKey = (event: KeyboardEvent) => {
    valuesOnly = (event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === 'v';
  };
  doc.addEventListener('copy', onCopyOrCut, true);
  doc.addEventListener('cut', onCopyOrCut, true);
  doc.addEventListener('paste', onPaste, true);
  doc.addEventListener('keydown', onKey, true);
  return () => {
    doc.removeEventListener('copy', onCopyOrCut, true);
    doc.removeEventListener('cut', onCopyOrCut, true);
    doc.removeEventListener('paste', onPaste, true);
    doc.removeEventListener('keydown', onKey, true);
  };
}

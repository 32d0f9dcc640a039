/**
 * The page view's memory of a long document's big blocks (`SettledStore` of `print-measure.ts`).
 * A long document's top-level blocks are laid out by the browser only near the screen
 * (`content-visibility: auto`, writer.css); measuring inside a list or table off screen made it
 * restyle and lay out the whole block, for a big one a task of a tenth of a second or more, at
 * each layout after a pause in typing. Instead, such a block counts with the units it had when
 * last measured, as long as it is the same document node at the same text width.
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { EditorView } from 'prosemirror-view';
import { topLevelOf } from './print-measure.js';
import type { KeptUnits, SettledStore } from './print-measure.js';

interface Kept extends KeptUnits {
  readonly node: PMNode;
  readonly width: number;
}

export class SettledBlocks implements SettledStore {
  private kept = new WeakMap<Element, Kept>();
  /**
   * Blocks whose content the browser skips, as it says when that starts and stops (asking it,
   * `checkVisibility`, would restyle the block: the cost avoided here).
   */
  private readonly skips = new WeakSet<Element>();
  private readonly onState = (event: Event): void => {
    const { target, skipped } = event as ContentVisibilityAutoStateChangeEvent;
    if (!(target instanceof Element)) return;
    if (skipped) this.skips.add(target);
    else this.skips.delete(target);
  };
  private width = 0;

  constructor(private readonly view: EditorView) {
    view.dom.addEventListener('contentvisibilityautostatechange', this.onState, { capture: true });
  }

  /** Stops listening (the editor is destroyed). */
  destroy(): void {
    this.view.dom.removeEventListener('contentvisibilityautostatechange', this.onState, { capture: true });
  }

  /** A layout starts at text width `width` (content pixels). */
  begin(width: number): void {
    this.width = Math.round(width);
  }

  /** Forgets every block's units (fonts loaded, another zoom). */
  clear(): void {
    this.kept = new WeakMap();
  }

  skipped(block: Element): boolean {
    return this.skips.has(block);
  }

  /** The top-level block holding `el` when the browser skips that block's layout, else null. */
  inSkipped(el: Element): Element | null {
    const block = topLevelOf(this.view.dom, el);
    return block !== el && block.parentElement === this.view.dom && this.skips.has(block) ? block : null;
  }

  get(block: HTMLElement): KeptUnits | undefined {
    const kept = this.kept.get(block);
    if (!kept || kept.width !== this.width || kept.node !== this.nodeOf(block) || kept.elements.some((el) => !el.isConnected)) return undefined;
    return kept;
  }

  set(block: HTMLElement, units: KeptUnits): void {
    const node = this.nodeOf(block);
    if (node) this.kept.set(block, { ...units, node, width: this.width });
  }

  /** The top-level document node `block` shows. */
  private nodeOf(block: HTMLElement): PMNode | null {
    try {
      const $pos = this.view.state.doc.resolve(this.view.posAtDOM(block, 0));
      return $pos.depth >= 1 ? $pos.node(1) : $pos.nodeAfter;
    } catch {
      return null;
    }
  }
}

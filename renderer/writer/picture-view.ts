/**
 * The editable picture: the view of `image-view.ts` plus eight resize handles shown while the
 * picture is selected. Dragging a corner keeps the proportions (Shift frees them), a side
 * handle changes one dimension; the size is previewed while dragging and written to the
 * document (one undo step) on release. Anchored pictures wrapped square float at the side
 * their horizontal alignment says, or, placed by an offset, at that offset in the column, the
 * text beside them on the wider side; "top and bottom" ones stand on a line of their own (at
 * their offset), each shown at its offset down (`picture-box.ts`). Dragging
 * the picture itself moves it: ProseMirror's drag and drop for an inline one, `picture-drag.ts`
 * for a floating one.
 */
import { EMU_PER_PX } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import type { EditorView, NodeView } from 'prosemirror-view';
import { imageView } from './image-view.js';
import type { ImageViewLabels, MediaUrls } from './image-view.js';
import { resizedSize, setPictureSize } from './picture-commands.js';
import { startPictureDrag } from './picture-drag.js';
import { DROPPED_CLASS } from './float-drop.js';
import { applyPictureBox, pictureBox } from './picture-box.js';

/** Labels of the editable picture: the placeholders' and the tooltip "Faire glisser pour déplacer". */
export interface PictureViewLabels extends ImageViewLabels {
  readonly move: string;
}

const EDGES = ['nw', 'n', 'ne', 'e', 'se', 's', 'sw', 'w'] as const;

export class PictureView implements NodeView {
  readonly dom: HTMLElement;
  private drag: { edge: string; x: number; y: number; scale: number; start: { width: number; height: number }; size: { width: number; height: number } } | null = null;

  constructor(
    private readonly node: PMNode,
    private readonly view: EditorView,
    private readonly getPos: () => number | undefined,
    urls: MediaUrls,
    labels: PictureViewLabels,
  ) {
    this.dom = imageView(node, urls, labels).dom;
    const box = pictureBox(node, view.state.doc);
    if (box) {
      applyPictureBox(this.dom, box);
      if (box.drop > 0) this.dom.classList.add(DROPPED_CLASS);
    }
    if (!this.dom.title) this.dom.title = labels.move;
    // A floating picture is moved by the view (picture-drag.ts), an inline one by ProseMirror's drag and drop.
    if (node.attrs.placement === 'anchored') this.dom.addEventListener('pointerdown', this.onMoveStart);
    for (const edge of EDGES) {
      const handle = document.createElement('span');
      handle.className = `writer-picture__handle writer-picture__handle--${edge}`;
      handle.dataset.edge = edge;
      handle.setAttribute('aria-hidden', 'true');
      handle.addEventListener('pointerdown', this.onPointerDown);
      this.dom.append(handle);
    }
  }

  private readonly onPointerDown = (event: PointerEvent): void => {
    const edge = (event.currentTarget as HTMLElement).dataset.edge;
    if (!edge || event.button !== 0 || !this.view.editable) return;
    event.preventDefault();
    event.stopPropagation();
    const rect = this.dom.getBoundingClientRect();
    const widthPx = Math.max(1, Math.round(Number(this.node.attrs.width) / EMU_PER_PX));
    // Screen pixels per CSS pixel of the page (its zoom).
    const scale = rect.width > 0 ? rect.width / widthPx : 1;
    const start = { width: Number(this.node.attrs.width), height: Number(this.node.attrs.height) };
    this.drag = { edge, x: event.clientX, y: event.clientY, scale, start, size: start };
    (event.currentTarget as HTMLElement).setPointerCapture?.(event.pointerId);
    window.addEventListener('pointermove', this.onPointerMove);
    window.addEventListener('pointerup', this.onPointerUp);
    window.addEventListener('pointercancel', this.onPointerUp);
    this.dom.classList.add('writer-image--resizing');
  };

  private readonly onMoveStart = (event: PointerEvent): void => {
    if (event.target instanceof HTMLElement && event.target.classList.contains('writer-picture__handle')) return;
    startPictureDrag(event, this.dom, this.node, this.view, this.getPos);
  };

  private readonly onPointerMove = (event: PointerEvent): void => {
    const d = this.drag;
    if (!d) return;
    const dx = ((event.clientX - d.x) / d.scale) * EMU_PER_PX;
    const dy = ((event.clientY - d.y) / d.scale) * EMU_PER_PX;
    d.size = resizedSize(d.start, d.edge, dx, dy, event.shiftKey);
    this.dom.style.width = `${String(Math.round(d.size.width / EMU_PER_PX))}px`;
    this.dom.style.height = `${String(Math.round(d.size.height / EMU_PER_PX))}px`;
  };

  private readonly onPointerUp = (): void => {
    const d = this.drag;
    this.stopDrag();
    if (!d) return;
    const pos = this.getPos();
    if (pos === undefined || (d.size.width === d.start.width && d.size.height === d.start.height)) return;
    setPictureSize(pos, d.size.width, d.size.height)(this.view.state, this.view.dispatch);
    this.view.focus();
  };

  private stopDrag(): void {
    this.drag = null;
    window.removeEventListener('pointermove', this.onPointerMove);
    window.removeEventListener('pointerup', this.onPointerUp);
    window.removeEventListener('pointercancel', this.onPointerUp);
    this.dom.classList.remove('writer-image--resizing');
  }

  selectNode(): void {
    this.dom.classList.add('ProseMirror-selectednode');
  }

  deselectNode(): void {
    this.dom.classList.remove('ProseMirror-selectednode');
  }

  /**
   * Pointer events on the handles are the view's own (no ProseMirror drag or selection), and so
   * are presses and drags on a floating picture (it is moved by `picture-drag.ts`).
   */
  stopEvent(event: Event): boolean {
    if (event.target instanceof HTMLElement && event.target.classList.contains('writer-picture__handle')) return true;
    return this.node.attrs.placement === 'anchored' && (event.type === 'mousedown' || event.type === 'dragstart');
  }

  ignoreMutation(): boolean {
    return true;
  }

  destroy(): void {
    this.stopDrag();
  }
}

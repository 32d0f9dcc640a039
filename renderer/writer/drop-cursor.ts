/**
 * The drop cursor: while something is dragged over the text (a picture moved by ProseMirror's
 * drag and drop, a file), a bar (`.writer-drop-cursor`) shows where it would land.
 */
import { Plugin } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

/** The bar's place in the viewport for a drop at client point (x, y), or null where nothing can land. */
function barAt(view: EditorView, x: number, y: number): { left: number; top: number; height: number } | null {
  const at = view.posAtCoords({ left: x, top: y });
  if (!at) return null;
  const c = view.coordsAtPos(at.pos);
  return { left: c.left, top: c.top, height: Math.max(1, c.bottom - c.top) };
}

export function dropCursorPlugin(): Plugin {
  return new Plugin({
    view(view) {
      let bar: HTMLElement | null = null;
      const hide = (): void => {
        bar?.remove();
        bar = null;
      };
      const onOver = (event: DragEvent): void => {
        if (!view.editable) return;
        const place = barAt(view, event.clientX, event.clientY);
        if (!place) return hide();
        if (!bar) {
          bar = document.createElement('div');
          bar.className = 'writer-drop-cursor';
          bar.setAttribute('aria-hidden', 'true');
          document.body.append(bar);
        }
        Object.assign(bar.style, { left: `${String(place.left - 1)}px`, top: `${String(place.top)}px`, height: `${String(place.height)}px` });
      };
      const onLeave = (event: DragEvent): void => {
        if (!(event.relatedTarget instanceof Node) || !view.dom.contains(event.relatedTarget)) hide();
      };
      view.dom.addEventListener('dragover', onOver);
      view.dom.addEventListener('dragleave', onLeave);
      view.dom.addEventListener('drop', hide);
      window.addEventListener('dragend', hide);
      return {
        destroy() {
          hide();
          view.dom.removeEventListener('dragover', onOver);
          view.dom.removeEventListener('dragleave', onLeave);
          view.dom.removeEventListener('drop', hide);
          window.removeEventListener('dragend', hide);
        },
      };
    },
  });
}

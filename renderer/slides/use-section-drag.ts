/**
 * Dragging a section header in the slide panel: the section, with all its slides, goes before the
 * section it is dropped on when that one is above, after it when below (as slides do). The drop
 * target is the other section's header or any of its slides.
 */
import { useState } from 'react';
import type { DragEvent } from 'react';

/** The data type of a section being dragged, so slide drops ignore it. */
const SECTION_TYPE = 'application/x-ostal-section';

export interface SectionDrag {
  /** Props of section `k`'s header: it can be dragged. */
  readonly source: (k: number) => {
    draggable: true;
    onDragStart: (event: DragEvent) => void;
    onDragEnd: () => void;
  };
  /** Props of the element holding section `k` (header and slides): a drop there moves the dragged section. */
  readonly target: (k: number) => {
    onDragOver: (event: DragEvent) => void;
    onDrop: (event: DragEvent) => void;
  };
  /** 'before' or 'after' when a dragged section would land next to section `k`. */
  readonly dropSide: (k: number) => 'before' | 'after' | undefined;
}

export function useSectionDrag(onMove: ((k: number, before: number) => void) | undefined): SectionDrag {
  const [from, setFrom] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const end = () => {
    setFrom(null);
    setOver(null);
  };
  return {
    source: (k) => ({
      draggable: true,
      onDragStart: (event) => {
        event.stopPropagation();
        setFrom(k);
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData(SECTION_TYPE, String(k));
        event.dataTransfer.setData('text/plain', String(k));
      },
      onDragEnd: end,
    }),
    target: (k) => ({
      onDragOver: (event) => {
        if (from === null) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        if (over !== k) setOver(k);
      },
      onDrop: (event) => {
        if (from === null) return;
        event.preventDefault();
        if (from !== k) onMove?.(from, k > from ? k + 1 : k);
        end();
      },
    }),
    dropSide: (k) => (from === null || over !== k || from === k ? undefined : k > from ? 'after' : 'before'),
  };
}

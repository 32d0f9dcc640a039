/**
 * Charts and pictures floating over the grid at their anchors (`drawing-geometry.ts`): they
 * scroll with the cells, stay under the headers, and follow frozen panes as the cells do (an
 * object anchored in the frozen rows does not scroll vertically; one in the scrolling part goes
 * under the frozen rows and columns). A click selects an object (frame with handles and its
 * actions); dragging it moves it, dragging a handle resizes it. From the keyboard (Tab reaches
 * each object): arrows move it, Shift+arrows resize it (Alt: by one pixel), Delete removes it,
 * Enter runs its first action, Escape goes back to the grid. Each move, resize or removal is
 * reported once, at the end of the gesture, as a new anchor (one undo step). Dragged past the
 * edge of the cells, an object scrolls them while the pointer stays out (`drag-autoscroll.ts`).
 */
import { memo, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent, PointerEvent as ReactPointerEvent, ReactNode } from 'react';
import type { ChartAnchor } from '@ostal/model';
import type { GridAdapter, GridView } from './grid-adapter.js';
import { anchorRect, gridSizes, HANDLES, movedRect, rectAnchor, rectSizePt, resizedRect } from './drawing-geometry.js';
import type { GridSizes, Handle, Rect } from './drawing-geometry.js';
import { AUTOSCROLL_TICK_MS, edgeScrollStep } from './drag-autoscroll.js';
import './sheet-drawings.css';

/** An object drawn over the sheet. */
export interface DrawnObject {
  /** Stable within the shown sheet: `chart-0`, `image-2`. */
  readonly id: string;
  readonly anchor: ChartAnchor;
  /** Own size in points (pictures), kept when the object moves. */
  readonly size?: { readonly width: number; readonly height: number };
  /** Accessible name. */
  readonly label: string;
  /** What the object shows, at its size in pixels. */
  readonly content: (width: number, height: number) => ReactNode;
  /** Buttons shown beside the selected object (edit, remove). */
  readonly actions?: (id: string) => ReactNode;
}

export interface DrawingLayerProps {
  readonly grid: () => GridAdapter | null;
  readonly objects: readonly DrawnObject[];
  /** Changes when the grid was reloaded (sizes, frozen panes, another sheet). */
  readonly revision: number;
  /** How to move and resize objects, read with each one. */
  readonly hint: string;
  /** A move or resize is over: the object's new anchor (and size in points, for objects that keep one). */
  readonly onPlace: (id: string, anchor: ChartAnchor, size: { width: number; height: number }) => void;
  readonly onRemove: (id: string) => void;
  /** Enter on an object (opens its editing dialog). */
  readonly onOpen?: (id: string) => void;
  /** The keyboard goes back to the grid. */
  readonly onDone: () => void;
}

/** Pixels an arrow key moves (or resizes) an object by; with Alt, one pixel. */
const KEY_STEP = 8;

/** A move or resize under way: where the pointer started and is, and the grid's scroll when it started. */
type Gesture = { id: string; handle: Handle | 'move'; x: number; y: number; start: Rect; rect: Rect; moved: boolean; px: number; py: number; sx: number; sy: number };

/** The object's rectangle for the pointer at (px, py), the cells scrolled since the gesture started counted in. */
function gestureRect(g: Gesture, px: number, py: number, view: GridView | undefined): Rect {
  const dx = px - g.x + (view ? view.scrollLeft - g.sx : 0);
  const dy = py - g.y + (view ? view.scrollTop - g.sy : 0);
  return g.handle === 'move' ? movedRect(g.start, dx, dy) : resizedRect(g.start, g.handle, dx, dy);
}

/** The view's measures that change the layout (scrolling does not: it moves the panes' content). */
function viewKey(view: GridView | undefined): string {
  return view ? [view.headerWidth, view.headerHeight, view.width, view.height, view.frozenRows, view.frozenCols].join(',') : '';
}

const Content = memo(function Content({ object, width, height }: { object: DrawnObject; width: number; height: number }) {
  return <>{object.content(Math.round(width), Math.round(height))}</>;
});

export function DrawingLayer({ grid, objects, revision, hint, onPlace, onRemove, onOpen, onDone }: DrawingLayerProps) {
  const [view, setView] = useState<GridView | undefined>(undefined);
  const [selected, setSelected] = useState<string | null>(null);
  const [gesture, setGesture] = useState<Gesture | null>(null);
  const panes = useRef<(HTMLDivElement | null)[]>([]);
  const layerRef = useRef<HTMLDivElement>(null);
  const gestureRef = useRef<Gesture | null>(null);
  gestureRef.current = gesture;
  const hintId = useId();
  const any = objects.length > 0;

  // Follow the grid: scrolling moves the panes' content directly; other changes lay the objects out again.
  // A sheet without objects costs nothing while it scrolls.
  useEffect(() => {
    if (!any) return undefined;
    let key = '';
    let frame = 0;
    const update = () => {
      const v = grid()?.view?.();
      if (!v) return;
      scrollPanes(panes.current, v);
      const next = viewKey(v);
      if (next !== key) {
        key = next;
        setView(v);
      }
    };
    update();
    const stop = grid()?.onViewChange?.(() => {
      cancelAnimationFrame(frame);
      update();
      // Handsontable measures its headers after drawing: look again once the frame is painted.
      frame = requestAnimationFrame(update);
    });
    return () => {
      cancelAnimationFrame(frame);
      stop?.();
    };
  }, [grid(), any]);

  // A reload (another sheet, new sizes) changes where cells are.
  useLayoutEffect(() => {
    const v = any ? grid()?.view?.() : undefined;
    if (v) setView(v);
  }, [revision, any]);

  // Panes drawn again start where the grid is scrolled to.
  useLayoutEffect(() => {
    const v = any ? grid()?.view?.() : undefined;
    if (v) scrollPanes(panes.current, v);
  });

  // A click outside the selected object (in the grid, the toolbar...) unselects it.
  useEffect(() => {
    if (selected === null) return undefined;
    const onDown = (event: PointerEvent) => {
      const target = event.target as Element | null;
      if (!target?.closest?.(`[data-drawing="${CSS.escape(selected)}"]`)) setSelected(null);
    };
    document.addEventListener('pointerdown', onDown, true);
    return () => document.removeEventListener('pointerdown', onDown, true);
  }, [selected]);

  // An object that went away (removed, undone) is no longer selected.
  useEffect(() => {
    if (selected !== null && !objects.some((o) => o.id === selected)) setSelected(null);
  }, [objects, selected]);

  // Dragged past the edge of the cells, an object scrolls them while the pointer stays out.
  const dragging = gesture !== null && gesture.moved;
  useEffect(() => {
    if (!dragging) return undefined;
    const timer = setInterval(() => {
      const g = gestureRef.current;
      const area = layerRef.current?.getBoundingClientRect();
      if (!g || !area) return;
      const step = edgeScrollStep(area, g.px, g.py);
      if (step.dx === 0 && step.dy === 0) return;
      grid()?.scrollBy?.(step.dx, step.dy);
      setGesture((now) => (now ? { ...now, rect: gestureRect(now, now.px, now.py, grid()?.view?.()) } : now));
    }, AUTOSCROLL_TICK_MS);
    return () => clearInterval(timer);
  }, [dragging]);

  // Running offsets are kept while the grid's sizes stay (a drag far down the sheet does not add rows up again at each move).
  const sizes: GridSizes | undefined = useMemo(() => (view ? gridSizes((c) => view.colWidth(c), (r) => view.rowHeight(r)) : undefined), [view, revision]);

  if (!view || !any || !sizes) return null;
  const frozenWidth = sizes.cols.offset(view.frozenCols);
  const frozenHeight = sizes.rows.offset(view.frozenRows);

  const rectOf = (o: DrawnObject): Rect => (gesture?.id === o.id ? gesture.rect : anchorRect(sizes, o.anchor, o.size));

  const place = (o: DrawnObject, rect: Rect) => onPlace(o.id, rectAnchor(sizes, rect), rectSizePt(rect));

  const startGesture = (event: ReactPointerEvent, o: DrawnObject, handle: Handle | 'move') => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.stopPropagation();
    setSelected(o.id);
    (event.currentTarget as HTMLElement).setPointerCapture?.(event.pointerId);
    const start = anchorRect(sizes, o.anchor, o.size);
    const v = grid()?.view?.();
    setGesture({ id: o.id, handle, x: event.clientX, y: event.clientY, start, rect: start, moved: false, px: event.clientX, py: event.clientY, sx: v?.scrollLeft ?? 0, sy: v?.scrollTop ?? 0 });
    layerRef.current?.querySelector<HTMLElement>(`[data-drawing="${CSS.escape(o.id)}"]`)?.focus({ preventScroll: true });
  };

  const moveGesture = (event: ReactPointerEvent) => {
    if (!gesture) return;
    const dx = event.clientX - gesture.x;
    const dy = event.clientY - gesture.y;
    const moved = gesture.moved || Math.abs(dx) > 2 || Math.abs(dy) > 2;
    if (!moved) return;
    const rect = gestureRect(gesture, event.clientX, event.clientY, grid()?.view?.());
    setGesture({ ...gesture, rect, moved, px: event.clientX, py: event.clientY });
  };

  const endGesture = () => {
    if (!gesture) return;
    const o = objects.find((x) => x.id === gesture.id);
    // No edge-scroll step after the drop (the interval stops only once this is drawn).
    gestureRef.current = null;
    setGesture(null);
    // Where the pointer is over the cells as they are scrolled now: an edge-scroll step may have
    // moved them since this render's rectangle was computed (its state update not drawn yet).
    if (o && gesture.moved) place(o, gestureRect(gesture, gesture.px, gesture.py, grid()?.view?.()));
  };

  const onKey = (event: ReactKeyboardEvent, o: DrawnObject) => {
    const step = event.altKey ? 1 : KEY_STEP;
    const arrows: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    const arrow = arrows[event.key];
    if (arrow && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      event.stopPropagation();
      setSelected(o.id);
      const rect = anchorRect(sizes, o.anchor, o.size);
      place(o, event.shiftKey ? resizedRect(rect, 'se', arrow[0], arrow[1]) : movedRect(rect, arrow[0], arrow[1]));
      return;
    }
    if ((event.key === 'Delete' || event.key === 'Backspace') && !event.ctrlKey && !event.altKey) {
      event.preventDefault();
      event.stopPropagation();
      setSelected(null);
      onRemove(o.id);
      onDone();
      return;
    }
    if (event.key === 'Enter' && event.target === event.currentTarget && onOpen) {
      event.preventDefault();
      onOpen(o.id);
      return;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setSelected(null);
      onDone();
    }
  };

  // Four panes as the grid has them: the corner (frozen rows and columns), the top (frozen rows,
  // scrolls sideways), the left (frozen columns, scrolls up and down), the rest (scrolls both ways).
  const paneOf = (rect: Rect): number => (rect.y < frozenHeight ? 0 : 2) + (rect.x < frozenWidth ? 0 : 1);
  const clip = [
    { left: 0, top: 0 },
    { left: frozenWidth, top: 0 },
    { left: 0, top: frozenHeight },
    { left: frozenWidth, top: frozenHeight },
  ];
  const byPane: DrawnObject[][] = [[], [], [], []];
  for (const o of objects) byPane[paneOf(anchorRect(sizes, o.anchor, o.size))]!.push(o);

  return (
    <div
      ref={layerRef}
      className="sheets-drawings"
      style={{ left: view.headerWidth, top: view.headerHeight, width: Math.max(0, view.width - view.headerWidth), height: Math.max(0, view.height - view.headerHeight) }}
      onPointerMove={moveGesture}
      onPointerUp={endGesture}
      onPointerCancel={() => setGesture(null)}
      onWheel={(e) => {
        const unit = e.deltaMode === 1 ? 20 : e.deltaMode === 2 ? view.height : 1;
        grid()?.scrollBy?.(e.deltaX * unit, e.deltaY * unit);
      }}
    >
      <span id={hintId} className="ui-visually-hidden">
        {hint}
      </span>
      {byPane.map((list, pane) => (
        <div key={pane} className="sheets-drawings__pane" style={{ left: clip[pane]!.left, top: clip[pane]!.top }} data-pane={pane}>
          <div
            className="sheets-drawings__content"
            ref={(el) => {
              panes.current[pane] = el;
            }}
            data-clip-left={clip[pane]!.left}
            data-clip-top={clip[pane]!.top}
          >
            {list.map((o) => {
              const rect = rectOf(o);
              const isSelected = selected === o.id;
              return (
                <div
                  key={o.id}
                  data-drawing={o.id}
                  className={isSelected ? 'sheets-drawing sheets-drawing--selected' : 'sheets-drawing'}
                  style={{ left: rect.x, top: rect.y, width: rect.width, height: rect.height }}
                  role="group"
                  aria-label={o.label}
                  aria-describedby={hintId}
                  tabIndex={0}
                  onFocus={() => setSelected(o.id)}
                  onKeyDown={(e) => onKey(e, o)}
                  onPointerDown={(e) => startGesture(e, o, 'move')}
                >
                  <div className="sheets-drawing__body">
                    <Content object={o} width={rect.width} height={rect.height} />
                  </div>
                  {isSelected
                    ? HANDLES.map((h) => <div key={h} className={`sheets-drawing__handle sheets-drawing__handle--${h}`} aria-hidden="true" data-handle={h} onPointerDown={(e) => startGesture(e, o, h)} />)
                    : null}
                  {isSelected && o.actions && !gesture ? (
                    <div className="sheets-drawing__actions" onPointerDown={(e) => e.stopPropagation()}>
                      {o.actions(o.id)}
                    </div>
                  ) : null}
                </div>
              );
            })}
          </div>
        </div>
      ))}
    </div>
  );
}

/** Moves each pane's content by the grid's scroll (frozen directions do not scroll). */
function scrollPanes(panes: readonly (HTMLDivElement | null)[], view: GridView): void {
  panes.forEach((el, pane) => {
    if (!el) return;
    const left = Number(el.dataset.clipLeft ?? 0);
    const top = Number(el.dataset.clipTop ?? 0);
    const x = -left - (pane % 2 === 1 ? view.scrollLeft : 0);
    const y = -top - (pane >= 2 ? view.scrollTop : 0);
    el.style.transform = `translate(${String(x)}px, ${String(y)}px)`;
  });
}

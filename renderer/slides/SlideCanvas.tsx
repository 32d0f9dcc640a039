/**
 * The editing canvas: the selected slide at the deck's size, zoomed to fit its pane. Click
 * selects the topmost shape (Shift+click adds or removes one), a drag on empty space draws a
 * rubber band, a drag moves the selection (snapping to the slide's centre and edges and to other
 * shapes, guides shown; Alt drags freely), handles resize (Shift keeps the ratio) and rotate
 * (Shift by 15°), a preset shape's yellow handles change its adjust values (`AdjustHandles.tsx`).
 * Arrows nudge by 1 mm (Shift: 1 cm), Delete removes, Tab walks the shapes,
 * Enter or a double-click edits text in place; on a picture they start crop mode (crop handles,
 * the whole picture faint behind; dragging the picture or the arrows move it inside the frame;
 * Enter or Escape ends it). Every change goes to the deck model in EMU.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { CSSProperties, KeyboardEvent as ReactKeyboardEvent, PointerEvent as ReactPointerEvent, ReactNode, Ref } from 'react';
import type { Crop, Deck, DeckShape, GeometryShape, TextBody, Transform } from '@ostal/model';
import { InPlaceText } from './InPlaceText.js';
import type { InPlaceTextHandle } from './InPlaceText.js';
import { SelectionHandles } from './SelectionHandles.js';
import { CropHandles } from './CropHandles.js';
import { AdjustHandles } from './AdjustHandles.js';
import { adjustTargets, draggedAdjust, setAdjust } from './adjust-handles.js';
import { cropByHandle, panCrop, uncroppedFrame } from './picture-crop.js';
import { setCrop } from './object-operations.js';
import { boxStyle } from './slide-shape-style.js';
import { bounds, boxOfPoints, contains, hitTest, moveBy, resize, rotateTowards, snapBox, snapPoint, snapTargets, unionBox } from './shape-geometry.js';
import type { Box, Handle, Point } from './shape-geometry.js';
import { editShapes, editableShapes, setFrames, shapeFrame } from './shape-operations.js';
import { TableCellEditor } from './TableCellEditor.js';
import { anchorCell, cellAt } from './table-operations.js';
import { isChartShape } from './chart-operations.js';
import { findPlaced, firstEditableMember, memberAt } from './group-members.js';
import type { SlidesLabels } from './slides-labels.js';
import { SlideView } from './SlideView.js';

/** Arrow-key steps in EMU: 1 mm, and 1 cm with Shift. */
export const NUDGE = 36_000;
export const NUDGE_LARGE = 360_000;
/** Snapping reach and hit tolerance, in screen pixels. */
const SNAP_PX = 6;
const HIT_PX = 4;

export interface SlideCanvasProps {
  readonly deck: Deck;
  readonly index: number;
  readonly urls: ReadonlyMap<string, string>;
  readonly labels: SlidesLabels;
  readonly selection: ReadonlySet<number>;
  readonly onSelect: (ids: ReadonlySet<number>) => void;
  /** A change of the deck; `merge` joins successive changes into one undo step. */
  readonly onChange: (deck: Deck, merge?: string) => void;
  readonly editing: number | undefined;
  readonly onEdit: (id: number | undefined) => void;
  readonly onTextChange: (id: number, text: TextBody) => void;
  readonly onCommand: (event: ReactKeyboardEvent<HTMLDivElement>) => boolean;
  /** A double-click on a chart or Enter on a selected one: edit its values. */
  readonly onChart?: (id: number) => void;
  readonly textRef?: Ref<InPlaceTextHandle>;
  readonly onTextSelection?: () => void;
  /** Changing it puts the focus on the canvas (after inserting a shape from the toolbar). */
  readonly focusToken?: number;
  /** Drawn over the slide, under the text editors (comment markers). */
  readonly overlay?: ReactNode;
}

type Drag =
  | { kind: 'move'; start: Point; frames: Map<number, Transform>; moved: boolean }
  | { kind: 'resize'; handle: Handle; id: number; frame: Transform; keepRatio: boolean }
  | { kind: 'rotate'; id: number; frame: Transform }
  | { kind: 'crop'; handle: Handle; id: number; frame: Transform; crop: Crop | undefined }
  | { kind: 'pan'; start: Point; id: number; frame: Transform; crop: Crop | undefined }
  | { kind: 'band'; start: Point; base: ReadonlySet<number> }
  | { kind: 'adjust'; index: number; frame: Transform; shape: GeometryShape };

function shapeName(shape: DeckShape, labels: SlidesLabels): string {
  return shape.name ?? labels.editor.shapeKind(shape.kind === 'shape' ? shape.geometry : shape.kind);
}

export function SlideCanvas(props: SlideCanvasProps) {
  const { deck, index, urls, labels, selection, onSelect, onChange, editing, onEdit } = props;
  const slide = deck.slides[index]!;
  const canvasRef = useRef<HTMLDivElement>(null);
  // The canvas's width in pixels, kept by a ResizeObserver (read by the pointer's hit and snap reach).
  const widthRef = useRef(960);
  const [preview, setPreview] = useState<Map<number, Transform> | null>(null);
  // Crop mode: the picture whose crop handles are shown, and the crop being dragged.
  const [cropping, setCropping] = useState<number | undefined>();
  const [cropPreview, setCropPreview] = useState<{ id: number; frame: Transform; crop: Crop | undefined } | null>(null);
  // A preset shape's adjust values while one of its handles is dragged.
  const [adjustPreview, setAdjustPreview] = useState<{ id: number; adjust: Readonly<Record<string, number>> } | null>(null);
  const [guides, setGuides] = useState<{ x?: number; y?: number } | undefined>();
  const [band, setBand] = useState<Box | undefined>();
  const dragRef = useRef<Drag | null>(null);

  // Zoom to fit is CSS (container units of the stage, the slide's aspect ratio): no layout is
  // forced while the first slide is drawn; the observer only tells the pointer code the width.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || typeof ResizeObserver === 'undefined') return undefined;
    const ro = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w) widthRef.current = w;
    });
    ro.observe(canvas);
    return () => ro.disconnect();
  }, []);

  const shown = useMemo(() => {
    if (cropPreview) return setCrop(setFrames(deck, index, new Map([[cropPreview.id, cropPreview.frame]])), index, cropPreview.id, cropPreview.crop);
    if (adjustPreview) return setAdjust(deck, index, adjustPreview.id, adjustPreview.adjust);
    return preview ? setFrames(deck, index, preview) : deck;
  }, [deck, index, preview, cropPreview, adjustPreview]);
  const shownSlide = shown.slides[index]!;
  const shapes = useMemo(() => editableShapes(shownSlide), [shownSlide]);
  const frames = useMemo(() => shapes.map((s) => shapeFrame(shown, shownSlide, s)), [shapes, shown, shownSlide]);
  const emuPerPx = (): number => deck.size.cx / widthRef.current;
  const more = labels.editor.more;
  const adjustLabels = useMemo(() => ({ handle: more.adjustHandle, title: more.adjustHandleHelp, help: more.adjustHandleKeys, status: more.adjustStatus }), [more]);

  // Table typing: the cell first edited, and a session number (one undo step per session).
  const [tableStart, setTableStart] = useState({ r: 0, c: 0 });
  const tableSession = useRef(0);
  const toEmu = (event: { clientX: number; clientY: number }): Point => {
    const r = canvasRef.current!.getBoundingClientRect();
    return { x: ((event.clientX - r.left) / r.width) * deck.size.cx, y: ((event.clientY - r.top) / r.height) * deck.size.cy };
  };

  const hitAt = (p: Point): DeckShape | undefined => {
    for (let i = shapes.length - 1; i >= 0; i -= 1) {
      const t = frames[i];
      const s = shapes[i]!;
      if (t && !s.hidden && hitTest(t, p, HIT_PX * emuPerPx())) return s;
    }
    return undefined;
  };

  const targetsExcept = (ids: ReadonlySet<number>) =>
    snapTargets(
      deck.size,
      shapes.flatMap((s, i) => (ids.has(s.id) || !frames[i] ? [] : [bounds(frames[i])])),
    );

  const onPointerDown = (event: ReactPointerEvent<HTMLDivElement>) => {
    if (event.button !== 0 || editing !== undefined) return;
    const target = event.target as HTMLElement;
    canvasRef.current?.focus({ preventScroll: true });
    const p = toEmu(event);
    const handle = target.closest<HTMLElement>('[data-handle]')?.dataset['handle'];
    if (handle?.startsWith('crop-') && cropping !== undefined) {
      const i = shapes.findIndex((s) => s.id === cropping);
      const picture = shapes[i];
      const frame = frames[i];
      if (!frame || picture?.kind !== 'picture') return;
      event.currentTarget.setPointerCapture(event.pointerId);
      dragRef.current = { kind: 'crop', handle: handle.slice(5) as Handle, id: cropping, frame, crop: picture.crop };
      return;
    }
    if (cropping !== undefined) {
      // In crop mode a press on the picture (kept part or the faint rest) moves it inside the frame.
      const i = shapes.findIndex((s) => s.id === cropping);
      const picture = shapes[i];
      const frame = frames[i];
      if (frame && picture?.kind === 'picture' && (hitTest(frame, p) || hitTest(uncroppedFrame(frame, picture.crop), p))) {
        event.currentTarget.setPointerCapture(event.pointerId);
        dragRef.current = { kind: 'pan', start: p, id: cropping, frame, crop: picture.crop };
        return;
      }
      setCropping(undefined);
    }
    if (handle?.startsWith('adjust-')) {
      // The handle's shape: the one selected, or a member of the selected group.
      const id = Number(target.closest<HTMLElement>('[data-adjust-shape]')?.dataset['adjustShape']);
      const t = adjustable.find((x) => x.shape.id === id);
      if (!t) return;
      event.currentTarget.setPointerCapture(event.pointerId);
      dragRef.current = { kind: 'adjust', index: Number(handle.slice('adjust-'.length)), frame: t.frame, shape: t.shape };
      return;
    }
    if (handle && selection.size === 1) {
      const id = [...selection][0]!;
      const i = shapes.findIndex((s) => s.id === id);
      const frame = frames[i];
      if (!frame) return;
      event.currentTarget.setPointerCapture(event.pointerId);
      const shape = shapes[i]!;
      dragRef.current = handle === 'rotate' ? { kind: 'rotate', id, frame } : { kind: 'resize', handle: handle as Handle, id, frame, keepRatio: shape.kind === 'picture' && handle.length === 2 };
      return;
    }
    const hit = hitAt(p);
    event.currentTarget.setPointerCapture(event.pointerId);
    if (!hit) {
      const base = event.shiftKey ? selection : new Set<number>();
      if (!event.shiftKey) onSelect(new Set());
      dragRef.current = { kind: 'band', start: p, base };
      return;
    }
    let next: Set<number>;
    if (event.shiftKey) {
      next = new Set(selection);
      if (next.has(hit.id)) next.delete(hit.id);
      else next.add(hit.id);
    } else next = selection.has(hit.id) ? new Set(selection) : new Set([hit.id]);
    onSelect(next);
    const moving = new Map<number, Transform>();
    shapes.forEach((s, i) => {
      const t = frames[i];
      if (next.has(s.id) && t) moving.set(s.id, t);
    });
    dragRef.current = { kind: 'move', start: p, frames: moving, moved: false };
  };

  const onPointerMove = (event: ReactPointerEvent<HTMLDivElement>) => {
    const drag = dragRef.current;
    if (!drag) return;
    const p = toEmu(event);
    const free = event.altKey;
    const reach = SNAP_PX * emuPerPx();
    if (drag.kind === 'move') {
      let dx = p.x - drag.start.x;
      let dy = p.y - drag.start.y;
      if (!drag.moved && Math.hypot(dx, dy) < 3 * emuPerPx()) return;
      drag.moved = true;
      let g: { x?: number; y?: number } | undefined;
      const box = unionBox([...drag.frames.values()].map((t) => bounds(moveBy(t, dx, dy))));
      if (box && !free) {
        const snap = snapBox(box, targetsExcept(new Set(drag.frames.keys())), reach);
        dx += snap.dx;
        dy += snap.dy;
        g = { ...(snap.guideX !== undefined ? { x: snap.guideX } : {}), ...(snap.guideY !== undefined ? { y: snap.guideY } : {}) };
      }
      setGuides(g);
      setPreview(new Map([...drag.frames].map(([id, t]) => [id, moveBy(t, dx, dy)])));
    } else if (drag.kind === 'resize') {
      let q = p;
      let g: { x?: number; y?: number } | undefined;
      if (!free && !drag.frame.rot) {
        const snap = snapPoint(p, targetsExcept(new Set([drag.id])), reach);
        q = { x: p.x + snap.dx, y: p.y + snap.dy };
        g = { ...(snap.guideX !== undefined ? { x: snap.guideX } : {}), ...(snap.guideY !== undefined ? { y: snap.guideY } : {}) };
      }
      setGuides(g);
      setPreview(new Map([[drag.id, resize(drag.frame, drag.handle, q, { keepRatio: drag.keepRatio !== event.shiftKey })]]));
    } else if (drag.kind === 'crop') {
      setCropPreview({ id: drag.id, ...cropByHandle(drag.frame, drag.crop, drag.handle, p) });
    } else if (drag.kind === 'pan') {
      setCropPreview({ id: drag.id, frame: drag.frame, crop: panCrop(drag.frame, drag.crop, p.x - drag.start.x, p.y - drag.start.y) });
    } else if (drag.kind === 'adjust') {
      setAdjustPreview({ id: drag.shape.id, adjust: draggedAdjust(drag.shape, drag.frame, drag.index, p) });
    } else if (drag.kind === 'rotate') {
      setPreview(new Map([[drag.id, rotateTowards(drag.frame, p, event.shiftKey ? 15 : 0)]]));
    } else {
      const b = boxOfPoints(drag.start, p);
      setBand(b);
      const inside = shapes.filter((s, i) => frames[i] && contains(b, bounds(frames[i])));
      onSelect(new Set([...drag.base, ...inside.map((s) => s.id)]));
    }
  };

  const endDrag = () => {
    const drag = dragRef.current;
    dragRef.current = null;
    if (preview && drag && drag.kind !== 'band') onChange(setFrames(deck, index, preview));
    if (cropPreview && (drag?.kind === 'crop' || drag?.kind === 'pan')) onChange(shown);
    if (adjustPreview && drag?.kind === 'adjust') onChange(setAdjust(deck, index, adjustPreview.id, adjustPreview.adjust));
    setPreview(null);
    setAdjustPreview(null);
    setCropPreview(null);
    setGuides(undefined);
    setBand(undefined);
  };

  const onDoubleClick = (event: React.MouseEvent<HTMLDivElement>) => {
    if (editing !== undefined) return;
    const p = toEmu(event);
    const top = hitAt(p);
    // In a group, the member under the pointer: its text or chart is edited, the group stays selected.
    const member = top?.kind === 'group' ? memberAt(top, frames[shapes.indexOf(top)], p)?.shape : undefined;
    if (top?.kind === 'group' && member && (member.kind === 'shape' || isChartShape(member))) {
      onSelect(new Set([top.id]));
      if (member.kind === 'shape') onEdit(member.id);
      else props.onChart?.(member.id);
      return;
    }
    const hit = top;
    if (hit?.kind === 'table') {
      const t = frames[shapes.indexOf(hit)];
      const at = t ? cellAt(hit, (p.x - t.x) / (t.cx || 1), (p.y - t.y) / (t.cy || 1)) : { r: 0, c: 0 };
      setTableStart(anchorCell(hit, at.r, at.c));
      tableSession.current += 1;
      onSelect(new Set([hit.id]));
      onEdit(hit.id);
      return;
    }
    if (hit?.kind === 'shape') {
      onSelect(new Set([hit.id]));
      onEdit(hit.id);
    }
    if (isChartShape(hit)) {
      onSelect(new Set([hit.id]));
      props.onChart?.(hit.id);
    }
    if (hit?.kind === 'picture') {
      onSelect(new Set([hit.id]));
      setCropping(hit.id);
    }
  };

  const onKeyDown = (event: ReactKeyboardEvent<HTMLDivElement>) => {
    if (editing !== undefined) return;
    if (cropping !== undefined && (event.key === 'Escape' || event.key === 'Enter')) {
      event.preventDefault();
      setCropping(undefined);
      canvasRef.current?.focus({ preventScroll: true });
      return;
    }
    // Crop mode: Tab goes to the crop handles (CropHandles.tsx) and on.
    if (cropping !== undefined && event.key === 'Tab') return;
    if (props.onCommand(event)) return;
    // Ctrl+Alt+A: the first adjust handle of the selection takes the focus (AdjustHandles.tsx has its keys).
    // The letter, whatever the layout (AZERTY's A is not KeyA); the key's place when the layout turns it into another character.
    const letter = event.key.toLowerCase();
    if ((event.ctrlKey || event.metaKey) && event.altKey && (letter === 'a' || (!/^[a-z]$/.test(letter) && event.code === 'KeyA'))) {
      const first = canvasRef.current?.querySelector<HTMLElement>('.slides-adjust-handle');
      if (first) {
        event.preventDefault();
        first.focus({ preventScroll: true });
      }
      return;
    }
    const ids = selection;
    const arrows: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
    const dir = arrows[event.key];
    const croppedAt = cropping !== undefined ? shapes.findIndex((s) => s.id === cropping) : -1;
    const cropped = shapes[croppedAt];
    if (dir && cropped?.kind === 'picture' && frames[croppedAt] && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // Crop mode: the arrows move the picture inside its frame (1 mm, Shift: 1 cm).
      event.preventDefault();
      const step = event.shiftKey ? NUDGE_LARGE : NUDGE;
      onChange(setCrop(deck, index, cropped.id, panCrop(frames[croppedAt], cropped.crop, dir[0] * step, dir[1] * step)), `pan:${slide.id}:${String(cropped.id)}`);
      return;
    }
    if (dir && ids.size > 0 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      const step = event.shiftKey ? NUDGE_LARGE : NUDGE;
      const moved = new Map<number, Transform>();
      shapes.forEach((s, i) => {
        const t = frames[i];
        if (ids.has(s.id) && t) moved.set(s.id, moveBy(t, dir[0] * step, dir[1] * step));
      });
      onChange(setFrames(deck, index, moved), `nudge:${slide.id}:${[...ids].join(',')}`);
      return;
    }
    if (event.key === 'Tab' && shapes.length > 0 && !event.ctrlKey) {
      const order = shapes.map((s) => s.id);
      const current = ids.size === 1 ? order.indexOf([...ids][0]!) : -1;
      const next = current < 0 ? (event.shiftKey ? order.length - 1 : 0) : current + (event.shiftKey ? -1 : 1);
      if (next < 0 || next >= order.length) {
        onSelect(new Set());
        return;
      }
      event.preventDefault();
      onSelect(new Set([order[next]!]));
      return;
    }
    if ((event.key === 'Enter' || event.key === 'F2') && ids.size === 1) {
      const selected = shapes.find((x) => x.id === [...ids][0]);
      // Enter on a group edits its first member with text (else its first chart).
      const s = selected?.kind === 'group' ? (firstEditableMember(selected) ?? selected) : selected;
      if (s?.kind === 'picture') {
        event.preventDefault();
        setCropping(s.id);
        return;
      }
      if (isChartShape(s) && props.onChart) {
        event.preventDefault();
        props.onChart(s.id);
        return;
      }
      if (s?.kind === 'shape' || s?.kind === 'table') {
        event.preventDefault();
        if (s.kind === 'table') {
          setTableStart({ r: 0, c: 0 });
          tableSession.current += 1;
        }
        onEdit(s.id);
      }
      return;
    }
    if (event.key === 'Escape' && ids.size > 0) {
      event.preventDefault();
      onSelect(new Set());
      return;
    }
    if ((event.key === 'a' || event.key === 'A') && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSelect(new Set(shapes.map((s) => s.id)));
    }
  };

  useEffect(() => {
    if (props.focusToken) canvasRef.current?.focus({ preventScroll: true });
  }, [props.focusToken]);

  // Crop mode ends when the picture is no longer the one shape selected.
  useEffect(() => {
    if (cropping !== undefined && (selection.size !== 1 || !selection.has(cropping))) setCropping(undefined);
  }, [cropping, selection]);


  const selectedFrames = shapes.flatMap((s, i) => (selection.has(s.id) && frames[i] ? [frames[i]] : []));
  const editingPlaced = findPlaced(shapes, frames, editing);
  const editingShape = editingPlaced?.shape;
  const editingFrame = editingPlaced?.frame;
  const selectedNames = shapes.filter((s) => selection.has(s.id)).map((s) => shapeName(s, labels));
  const cropShape = cropping !== undefined ? shapes.find((s) => s.id === cropping) : undefined;
  const cropFrame = cropShape ? frames[shapes.indexOf(cropShape)] : undefined;
  const cropUrl = cropShape?.kind === 'picture' ? urls.get(cropShape.media) : undefined;
  // The adjust handles of the one selected preset shape (not while its text is edited or a picture cropped).
  // A selected group shows those of its members.
  const adjustAt = selection.size === 1 && editing === undefined && cropShape === undefined ? shapes.findIndex((s) => selection.has(s.id)) : -1;
  const adjustable = adjustTargets(shapes[adjustAt], frames[adjustAt]);

  return (
    <div className="slides-stage">
      <div
        ref={canvasRef}
        className="slides-canvas"
        style={{ '--slides-ratio': String(deck.size.cx / deck.size.cy) } as CSSProperties}
        role="application"
        aria-roledescription={labels.editor.canvasRole}
        aria-label={labels.editor.canvas(index + 1, slide.title)}
        aria-describedby="slides-canvas-help"
        tabIndex={0}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
        onDoubleClick={onDoubleClick}
        onKeyDown={onKeyDown}
      >
        <SlideView deck={shown} slide={shownSlide} urls={urls} prompts={{ title: labels.titlePlaceholder, body: labels.bodyPlaceholder }} editingId={editing} />
        {cropShape?.kind === 'picture' && cropFrame && cropUrl ? <img className="slides-crop-ghost" alt="" src={cropUrl} style={boxStyle(uncroppedFrame(cropFrame, cropShape.crop), deck.size)} /> : null}
        <SelectionHandles
          size={deck.size}
          frames={selectedFrames}
          crop={cropShape !== undefined}
          handles={editing === undefined}
          guides={guides}
          band={band}
          labels={{ resize: labels.editor.resizeHandle, rotate: labels.editor.rotateHandle }}
        />
        <AdjustHandles
          size={deck.size}
          targets={adjustable}
          labels={adjustLabels}
          name={(t) => shapeName(t.shape, labels)}
          step={NUDGE}
          largeStep={NUDGE_LARGE}
          onAdjust={(id, adjust, h) => onChange(setAdjust(deck, index, id, adjust), `adjustkey:${slide.id}:${String(id)}:${h}`)}
          onLeave={() => canvasRef.current?.focus({ preventScroll: true })}
        />
        {cropShape?.kind === 'picture' && cropFrame ? (
          <CropHandles
            size={deck.size}
            frame={cropFrame}
            crop={cropShape.crop}
            labels={labels.editor.cropKeys}
            title={labels.editor.more.cropHandle}
            step={NUDGE}
            largeStep={NUDGE_LARGE}
            onCrop={(frame, crop, h) => onChange(setCrop(setFrames(deck, index, new Map([[cropShape.id, frame]])), index, cropShape.id, crop), `cropkey:${slide.id}:${String(cropShape.id)}:${h}`)}
          />
        ) : null}
        {props.overlay}
        {editingShape?.kind === 'table' && editingFrame ? (
          <TableCellEditor
            key={`${slide.id}:${String(editingShape.id)}:${String(tableSession.current)}`}
            deck={deck}
            table={editingShape}
            frame={editingFrame}
            start={tableStart}
            labels={labels}
            onChange={(table) => onChange(editShapes(deck, index, (list) => list.map((x) => (x.id === table.id ? table : x))), `table:${slide.id}:${String(table.id)}:${String(tableSession.current)}`)}
            onDone={() => {
              onEdit(undefined);
              canvasRef.current?.focus({ preventScroll: true });
            }}
          />
        ) : null}
        {editingShape?.kind === 'shape' && editingFrame ? (
          <InPlaceText
            key={`${slide.id}:${String(editingShape.id)}`}
            ref={props.textRef}
            deck={deck}
            slide={slide}
            shape={editingShape}
            frame={editingFrame}
            label={editingShape.placeholder && (editingShape.placeholder.type === 'title' || editingShape.placeholder.type === 'ctrTitle') ? labels.title : editingShape.placeholder ? labels.body : labels.editor.textOf(shapeName(editingShape, labels))}
            onChange={(text) => props.onTextChange(editingShape.id, text)}
            onDone={() => {
              onEdit(undefined);
              canvasRef.current?.focus({ preventScroll: true });
            }}
            onSelectionChange={props.onTextSelection}
          />
        ) : null}
      </div>
      <p id="slides-canvas-help" className="slides-visually-hidden">
        {labels.editor.canvasHelp}
      </p>
      <p className="slides-visually-hidden" aria-live="polite">
        {cropShape ? labels.editor.more.cropMode(shapeName(cropShape, labels)) : selectedNames.length > 0 ? labels.editor.selected(selectedNames.join(', ')) : ''}
      </p>
    </div>
  );
}

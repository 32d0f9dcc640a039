/**
 * One slide drawn from the deck model, at any size: its background, the master's and layout's
 * other shapes (logos), then its shapes in z-order. Lengths are shares of the slide and font
 * sizes container units (`cqw`), so the canvas, the thumbnails and the presentation are the same
 * drawing scaled. Pictures, tables, groups and kept objects (charts...) go through `shapeView`.
 */
import { memo, useId } from 'react';
import type { CSSProperties, ReactNode } from 'react';
import { mapChildFrame, placeholderBodyProps, presetOutline, SHADE_OVERLAY, slideLayoutAndMaster, svgPathData } from '@ostal/model';
import type { PathShade } from '@ostal/model';
import type { ConnectorShape, Deck, DeckShape, GeometryShape, Outline, Slide, Transform } from '@ostal/model';
import { textBodyHtml } from './rich-text-html.js';
import { FittedText } from './FittedText.js';
import { editableShapes, shapeFrame } from './shape-operations.js';
import { shapeView } from './SlideShapes.js';
import { boxStyle, cssColor, fillStyle, shadowStyle, turnedTextStyle, unmirroredText } from './slide-shape-style.js';
import { emuToCqw } from './slide-text-style.js';
import { customPathData } from './custom-path-svg.js';
import { pictureFill, svgId } from './picture-fill-svg.js';

/** Presets drawn as boxes (CSS border and radius) rather than from their outline. */
const BOX_PRESETS: ReadonlySet<string> = new Set(['rect', 'ellipse', 'roundRect']);

type OutlinePath = { readonly d: string; readonly fill: boolean; readonly stroke: boolean; readonly shade?: PathShade };

/**
 * The outline of a preset shape in EMU of its box (`@ostal/model`'s preset geometry), with its text
 * rectangle as shares of the box; undefined for boxes and presets without a definition.
 */
function presetPaths(shape: GeometryShape, t: Transform): { readonly paths: readonly OutlinePath[]; readonly text: CSSProperties } | undefined {
  if (BOX_PRESETS.has(shape.geometry)) return undefined;
  const cx = Math.max(1, t.cx);
  const cy = Math.max(1, t.cy);
  const outline = presetOutline(shape.geometry, cx, cy, shape.adjust);
  if (!outline) return undefined;
  const r = outline.textRect;
  const pct = (v: number) => `${String(Math.round(v * 10_000) / 100)}%`;
  const text: CSSProperties = { inset: 'auto', left: pct(r.l / cx), top: pct(r.t / cy), width: pct((r.r - r.l) / cx), height: pct((r.b - r.t) / cy) };
  return { paths: outline.paths.map((p) => ({ d: svgPathData(p), fill: p.fill, stroke: p.stroke, ...(p.shade ? { shade: p.shade } : {}) })), text };
}

export interface SlideViewProps {
  readonly deck: Deck;
  readonly slide: Slide;
  readonly urls: ReadonlyMap<string, string>;
  /** Text shown in empty placeholders on the canvas (none in thumbnails and when presenting). */
  readonly prompts?: { readonly title: string; readonly body: string };
  /** A shape whose text the in-place editor is drawing instead. */
  readonly editingId?: number;
  /** Unique to this drawing of the slide (SVG ids of picture fills); set by SlideView. */
  readonly idPrefix?: string;
}

function lineColor(line: Outline | undefined, deck: Deck): string | undefined {
  if (!line || line.fill?.kind === 'none') return undefined;
  return line.fill?.kind === 'solid' ? cssColor(line.fill.color, deck) : undefined;
}

function solidOf(shape: GeometryShape, deck: Deck): string | undefined {
  const f = shape.fill;
  if (!f) return undefined;
  if (f.kind === 'solid') return cssColor(f.color, deck);
  if (f.kind === 'gradient') return cssColor(f.stops[0]?.color, deck);
  return undefined;
}

/** The text of a shape in box `t`: never mirrored by the box's flips (`unmirroredText`). */
export function textTurn(t: Transform): CSSProperties {
  const turn = unmirroredText(t);
  return turn ? { transform: turn } : {};
}

/** The text area of a shape: insets, vertical anchor, the paragraphs as HTML. */
export function textBoxStyle(shape: GeometryShape, deck: Deck): CSSProperties {
  const ins = shape.text?.props?.insets ?? { left: 91_440, right: 91_440, top: 45_720, bottom: 45_720 };
  const anchor = shape.text?.props?.anchor ?? (shape.placeholder?.type === 'ctrTitle' || shape.placeholder?.type === 'title' ? 'middle' : shape.textBox || shape.placeholder ? 'top' : 'middle');
  return {
    position: 'absolute',
    inset: 0,
    display: 'flex',
    flexDirection: 'column',
    justifyContent: anchor === 'middle' ? 'center' : anchor === 'bottom' ? 'flex-end' : 'flex-start',
    padding: `${emuToCqw(ins.top, deck)} ${emuToCqw(ins.right, deck)} ${emuToCqw(ins.bottom, deck)} ${emuToCqw(ins.left, deck)}`,
    boxSizing: 'border-box',
    overflow: shape.text?.props?.autofit === 'resize' ? 'visible' : 'hidden',
    ...turnedTextStyle(shape.text?.props?.vertical),
  };
}

/** The size of a text's box, as the autofit scales measured for it are remembered by. */
export const fitBox = (t: Transform): string => `${String(t.cx)}×${String(t.cy)}`;

/** The shape's text shrinks on overflow: its own autofit says so, or (none said) its placeholder's. */
export function shrinks(shape: GeometryShape, deck: Deck, slide: Slide): boolean {
  const own = shape.text?.props?.autofit;
  return (own ?? placeholderBodyProps(deck, slide, shape.placeholder)?.autofit) === 'shrink';
}

function geometryView(shape: GeometryShape, t: Transform, props: SlideViewProps): ReactNode {
  const { deck, slide, urls } = props;
  const isLine = shape.geometry === 'line' || shape.geometry === 'straightConnector1';
  const free = shape.paths && shape.paths.length > 0 ? shape.paths : undefined;
  const preset = free || isLine ? undefined : presetPaths(shape, t);
  const css: CSSProperties = { ...boxStyle(t, deck.size), ...shadowStyle(shape.shadow, t, deck) };
  const stroke = lineColor(shape.line, deck);
  const strokeWidth = Math.max(1, shape.line?.width ?? 12_700);
  if (!preset && !isLine && !free) {
    Object.assign(css, fillStyle(shape.fill, deck, (m) => urls.get(m)));
    if (stroke) css.border = `max(1px, ${emuToCqw(strokeWidth, deck)}) ${shape.line?.dash && shape.line.dash !== 'solid' ? 'dashed' : 'solid'} ${stroke}`;
    if (shape.geometry === 'ellipse') css.borderRadius = '50%';
    else if (shape.geometry === 'roundRect') css.borderRadius = `${emuToCqw(Math.min(t.cx, t.cy) * ((shape.adjust?.['adj'] ?? 16_667) / 100_000), deck)}`;
  }
  const empty = !shape.text || shape.text.paragraphs.every((p) => p.runs.every((r) => r.text === ''));
  const role = shape.placeholder ? (shape.placeholder.type === 'title' || shape.placeholder.type === 'ctrTitle' ? 'title' : 'body') : undefined;
  const prompt = empty && role && props.prompts && (shape.placeholder?.type === 'title' || shape.placeholder?.type === 'ctrTitle' || shape.placeholder?.type === 'body' || shape.placeholder?.type === 'subTitle' || shape.placeholder?.type === 'obj') ? props.prompts[role] : undefined;
  const ctx = { deck, slide, shape };
  // Outlines drawn in SVG take a picture fill as a pattern (boxes take it as a CSS background above).
  const tileSpace = shape.fill?.kind === 'picture' ? { box: t, view: { w: Math.max(1, t.cx), h: Math.max(1, t.cy) }, data: deck.media?.[shape.fill.media]?.data } : undefined;
  const picture = free || preset ? pictureFill(shape.fill, svgId(props.idPrefix ?? 'slide', shape.id, 'fill'), (m) => urls.get(m), tileSpace) : undefined;
  let html: string | undefined;
  const fitted = props.editingId !== shape.id && !empty && shape.text ? shape.text : undefined;
  if (props.editingId !== shape.id) {
    if (prompt && empty) html = textBodyHtml({ paragraphs: [{ runs: [{ text: prompt }] }] }, { ...ctx, shape: { placeholder: { type: role === 'title' ? 'title' : 'subTitle' } } });
  }
  return (
    <div key={shape.id} className={`slides-view__shape${prompt && !html?.includes('data-marker') && empty ? ' slides-view__shape--prompt' : ''}`} data-shape-id={shape.id} data-geometry={shape.geometry} style={css}>
      {free ? outlineSvg(shape, customPathData(free, Math.max(1, t.cx), Math.max(1, t.cy)).map((d, i) => ({ d, fill: free[i]?.fill !== false, stroke: free[i]?.stroke !== false })), t, deck, stroke, strokeWidth, picture, 'slides-view__free-form') : null}
      {preset ? outlineSvg(shape, preset.paths, t, deck, stroke, strokeWidth, picture, 'slides-view__preset') : null}
      {isLine && !free ? (
        <svg className="slides-view__geometry" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true">
          <line x1={t.flipH ? 100 : 0} y1={t.flipV ? 100 : 0} x2={t.flipH ? 0 : 100} y2={t.flipV ? 0 : 100} stroke={stroke ?? '#000'} strokeWidth={2} vectorEffect="non-scaling-stroke" />
        </svg>
      ) : null}
      {fitted ? <FittedText body={fitted} ctx={ctx} shrink={shrinks(shape, deck, slide)} box={fitBox(t)} style={{ ...textBoxStyle(shape, deck), ...preset?.text, ...textTurn(t) }} /> : null}
      {html !== undefined ? <div className="slides-text" style={{ ...textBoxStyle(shape, deck), ...preset?.text, ...textTurn(t) }} dangerouslySetInnerHTML={{ __html: html }} /> : null}
    </div>
  );
}

/** An outline drawn as its sub-paths (in EMU of its box), filled and stroked as the model and each sub-path say. */
function outlineSvg(shape: GeometryShape, paths: readonly OutlinePath[], t: Transform, deck: Deck, stroke: string | undefined, strokeWidth: number, picture: { defs: ReactNode; paint: string } | undefined, kind: string): ReactNode {
  const cx = Math.max(1, t.cx);
  const cy = Math.max(1, t.cy);
  const fill = picture?.paint ?? solidOf(shape, deck);
  const dash = shape.line?.dash && shape.line.dash !== 'solid' ? `${String(strokeWidth * 3)} ${String(strokeWidth * 2)}` : undefined;
  return (
    <svg className={`slides-view__geometry ${kind}`} viewBox={`0 0 ${String(cx)} ${String(cy)}`} preserveAspectRatio="none" style={{ overflow: 'visible' }} aria-hidden="true">
      {picture?.defs}
      {paths.map((p, i) =>
        p.d ? (
          <g key={i}>
            <path d={p.d} fill={p.fill ? (fill ?? 'none') : 'none'} stroke={p.stroke ? (stroke ?? 'none') : 'none'} strokeWidth={strokeWidth} strokeDasharray={dash} strokeLinejoin="round" />
            {/* A shaded side (a cube's top, an action button's icon): the fill darkened or lightened. */}
            {p.shade && p.fill && fill ? <path d={p.d} fill={SHADE_OVERLAY[p.shade].color} fillOpacity={SHADE_OVERLAY[p.shade].opacity} stroke="none" /> : null}
          </g>
        ) : null,
      )}
    </svg>
  );
}

/** An arrow head at `tip` pointing away from `from`, for a line `w` EMU wide. */
function arrowHead(tip: { x: number; y: number }, from: { x: number; y: number }, w: number): string {
  const dx = tip.x - from.x;
  const dy = tip.y - from.y;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const l = Math.max(w * 4, 60_000);
  const h = l / 2;
  const bx = tip.x - ux * l;
  const by = tip.y - uy * l;
  return `${String(tip.x)},${String(tip.y)} ${String(bx - uy * h)},${String(by + ux * h)} ${String(bx + uy * h)},${String(by - ux * h)}`;
}

function connectorView(shape: ConnectorShape, t: Transform, deck: Deck): ReactNode {
  // Drawn in slide EMU (padded so a horizontal or vertical line still has a box): no stretching.
  const pad = Math.round(deck.size.cx / 100);
  const w = shape.line?.width ?? 19_050;
  const color = lineColor(shape.line, deck) ?? '#000000';
  const a = { x: t.flipH ? t.cx : 0, y: t.flipV ? t.cy : 0 };
  const b = { x: t.flipH ? 0 : t.cx, y: t.flipV ? 0 : t.cy };
  const box = boxStyle({ x: t.x - pad, y: t.y - pad, cx: t.cx + 2 * pad, cy: t.cy + 2 * pad, ...(t.rot ? { rot: t.rot } : {}) }, deck.size);
  const arrow = (end: string | undefined) => end !== undefined && end !== 'none';
  return (
    <svg key={shape.id} className="slides-view__shape slides-view__connector" data-shape-id={shape.id} style={{ ...box, overflow: 'visible' }} viewBox={`${String(-pad)} ${String(-pad)} ${String(t.cx + 2 * pad)} ${String(t.cy + 2 * pad)}`} aria-hidden="true">
      <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} stroke={color} strokeWidth={w} strokeDasharray={shape.line?.dash && shape.line.dash !== 'solid' ? `${String(w * 3)} ${String(w * 2)}` : undefined} />
      {arrow(shape.line?.tail) ? <polygon points={arrowHead(b, a, w)} fill={color} /> : null}
      {arrow(shape.line?.head) ? <polygon points={arrowHead(a, b, w)} fill={color} /> : null}
    </svg>
  );
}

/** One shape of the slide at frame `t`. */
export function slideShapeView(shape: DeckShape, t: Transform | undefined, props: SlideViewProps): ReactNode {
  if (!t || shape.hidden) return null;
  if (shape.kind === 'shape') return geometryView(shape, t, props);
  if (shape.kind === 'connector') return connectorView(shape, t, props.deck);
  if (shape.kind === 'group') {
    // Members drawn as shapes of their own at their place on the slide (text, outlines, the one being edited left blank).
    const space = shape.childSpace ?? t;
    return (
      <div key={shape.id} className="slides-view__other slides-view__group" data-shape-id={shape.id}>
        {shape.children.map((c) => slideShapeView(c, mapChildFrame(c.xfrm, t, space), props))}
      </div>
    );
  }
  return (
    <div key={shape.id} className="slides-view__other" data-shape-id={shape.id}>
      {shapeView(shape, t, String(shape.id), { deck: props.deck, slide: props.slide, label: '' }, (m) => props.urls.get(m))}
    </div>
  );
}

function SlideViewImpl(rest: SlideViewProps) {
  const idPrefix = useId();
  const props = { ...rest, idPrefix };
  const { deck, slide, urls } = props;
  const { layout, master } = slideLayoutAndMaster(deck, slide);
  const background = fillStyle(slide.background ?? layout?.background ?? master?.background, deck, (m) => urls.get(m));
  // "Hide background graphics" on the slide hides the layout's and the master's own shapes.
  const furniture = slide.hideMasterShapes ? [] : [...(layout?.hideMasterShapes ? [] : (master?.shapes ?? [])), ...(layout?.shapes ?? [])].filter((s) => !s.placeholder);
  const shapes = editableShapes(slide);
  return (
    <div className="slides-view" style={{ background: '#fff', ...background }}>
      {furniture.map((s) => (
        <div key={`f${String(s.id)}`} className="slides-view__furniture">
          {slideShapeView(s, s.xfrm, { ...props, prompts: undefined, idPrefix: `${idPrefix}f` })}
        </div>
      ))}
      {shapes.map((s) => slideShapeView(s, shapeFrame(deck, slide, s), props))}
    </div>
  );
}

/** Same drawing: the same slide under the same deck-wide look (a change to another slide does not redraw this one). */
function sameDrawing(a: SlideViewProps, b: SlideViewProps): boolean {
  return (
    a.slide === b.slide &&
    a.urls === b.urls &&
    a.editingId === b.editingId &&
    a.prompts === b.prompts &&
    a.deck.size === b.deck.size &&
    a.deck.theme === b.deck.theme &&
    a.deck.masters === b.deck.masters &&
    a.deck.layouts === b.deck.layouts
  );
}

/** A slide drawn read-only; memoised so thumbnails of unchanged slides are not redrawn. */
export const SlideView = memo(SlideViewImpl, sameDrawing);

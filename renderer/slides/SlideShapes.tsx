/**
 * The shapes of a slide that the form does not edit (text boxes, pictures, tables, shapes,
 * groups, connectors, other placeholders), drawn read-only at their positions behind the
 * title and body fields; pictures come from the deck's media as object URLs.
 */
import { useEffect, useMemo } from 'react';
import type { CSSProperties, ReactNode } from 'react';
import { boundShapeIndexes, cellText, mapChildFrame, resolvedTransform } from '@ostal/model';
import type { Deck, DeckShape, Slide, TextBody, Transform } from '@ostal/model';
import { boxStyle, cssColor, fillStyle, outlineStyle, runStyle, shadowStyle, tableCellStyle, turnedTextStyle, unmirroredText } from './slide-shape-style.js';
import { SlideChart } from './SlideChart.js';
import { croppedImageBox } from './object-operations.js';
import { isMetafile, metafileBlob } from '../ui/index.js';

export interface SlideShapesProps {
  readonly deck: Deck;
  readonly slide: Slide;
  /** Accessible name of the layer, e.g. "Autres éléments (lecture seule)". */
  readonly label: string;
}

const ALIGN = { left: 'left', center: 'center', right: 'right', justify: 'justify' } as const;
const ANCHOR = { top: 'flex-start', middle: 'center', bottom: 'flex-end' } as const;

/** The paragraphs of a text body; `turn` undoes the mirroring of a flipped box (`unmirroredText`), as text is never drawn mirrored. */
function textView(text: TextBody | undefined, deck: Deck, fallbackSize: number, turn?: string): ReactNode {
  if (!text || text.paragraphs.every((p) => p.runs.every((r) => r.text === ''))) return null;
  const style: CSSProperties = { display: 'flex', flexDirection: 'column', justifyContent: ANCHOR[text.props?.anchor ?? 'top'], width: '100%', height: '100%', padding: '0.6cqw 0.8cqw', boxSizing: 'border-box', overflow: 'hidden', ...turnedTextStyle(text.props?.vertical), ...(turn ? { transform: turn } : {}) };
  return (
    <div style={style}>
      {text.paragraphs.map((p, i) => (
        <p key={i} className="slides-shape__paragraph" style={{ textAlign: ALIGN[p.style?.align ?? 'left'], marginLeft: `${String((p.style?.level ?? 0) * 3)}cqw` }}>
          {p.runs.length === 0 ? '\u00a0' : p.runs.map((r, j) => (
            <span key={j} style={runStyle(r.style, deck, fallbackSize)}>
              {r.text}
            </span>
          ))}
        </p>
      ))}
    </div>
  );
}

/** One shape drawn read-only (also used by the editing canvas for pictures, tables, groups and kept objects). */
export function shapeView(shape: DeckShape, t: Transform | undefined, key: string, props: SlideShapesProps, url: (m: string) => string | undefined): ReactNode {
  const { deck } = props;
  if (shape.kind === 'group') return shape.children.map((c, i) => shapeView(c, mapChildFrame(c.xfrm, t, shape.childSpace ?? t), `${key}.${String(i)}`, props, url));
  if (!t || shape.hidden) return null;
  const box = boxStyle(t, deck.size);
  switch (shape.kind) {
    case 'shape': {
      const round = shape.geometry === 'ellipse' ? '50%' : shape.geometry === 'roundRect' ? '12%' : undefined;
      const size = shape.placeholder?.type === 'title' || shape.placeholder?.type === 'ctrTitle' ? 4000 : 1800;
      return (
        <div key={key} className="slides-shape" data-geometry={shape.geometry} style={{ ...box, ...fillStyle(shape.fill, deck, url), ...outlineStyle(shape.line, deck), ...shadowStyle(shape.shadow, t, deck), ...(round ? { borderRadius: round } : {}) }}>
          {textView(shape.text, deck, size, unmirroredText(t))}
        </div>
      );
    }
    case 'picture': {
      const u = url(shape.media);
      if (!u) return null;
      const alt = shape.description ?? shape.name ?? '';
      if (!shape.crop) return <img key={key} className="slides-shape" alt={alt} src={u} style={{ ...box, objectFit: 'fill' }} />;
      // Cropped (a:srcRect / fo:clip): the kept part of the picture fills the frame.
      return (
        <div key={key} className="slides-shape slides-shape--cropped" style={{ ...box, overflow: 'hidden' }}>
          <img alt={alt} src={u} style={{ position: 'absolute', maxWidth: 'none', ...croppedImageBox(shape.crop) }} />
        </div>
      );
    }
    case 'opaque': {
      if (shape.chart) return <SlideChart key={key} chart={shape.chart} box={box} cx={t.cx} cy={t.cy} {...(shape.description ?? shape.name ? { name: shape.description ?? shape.name } : {})} />;
      const u = shape.fallback ? url(shape.fallback) : undefined;
      return u ? <img key={key} className="slides-shape" alt={shape.description ?? shape.name ?? shape.what} src={u} style={{ ...box, objectFit: 'contain' }} /> : null;
    }
    case 'connector': {
      const line = shape.line?.fill?.kind === 'solid' ? cssColor(shape.line.fill.color, deck) : undefined;
      return (
        <svg key={key} className="slides-shape" style={{ ...box, overflow: 'visible' }} viewBox="0 0 100 100" preserveAspectRatio="none">
          <line x1={t.flipH ? 100 : 0} y1={t.flipV ? 100 : 0} x2={t.flipH ? 0 : 100} y2={t.flipV ? 0 : 100} stroke={line ?? 'currentColor'} strokeWidth={2} vectorEffect="non-scaling-stroke" />
        </svg>
      );
    }
    case 'table': {
      const total = shape.columns.reduce((a, b) => a + b, 0) || 1;
      return (
        <table key={key} className="slides-shape slides-shape__table" style={box}>
          <colgroup>
            {shape.columns.map((w, i) => (
              <col key={i} style={{ width: `${String((w / total) * 100)}%` }} />
            ))}
          </colgroup>
          <tbody>
            {shape.rows.map((row, r) => (
              <tr key={r}>
                {row.cells.map((cell, c) =>
                  cell.merged ? null : (
                    <td key={c} colSpan={cell.colSpan} rowSpan={cell.rowSpan} style={tableCellStyle(cell, deck, url)}>
                      {textView(cellText(cell), deck, 1400)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      );
    }
  }
}

/** Object URLs of the deck's pictures by media name, revoked when the media change. */
export function useMediaUrls(deck: Deck): ReadonlyMap<string, string> {
  const urls = useMemo(() => {
    const made = new Map<string, string>();
    for (const [name, m] of Object.entries(deck.media ?? {})) {
      if (isMetafile(m.type, name)) {
        const blob = metafileBlob(m.data);
        if (blob) made.set(name, URL.createObjectURL(blob));
      } else if (m.type.startsWith('image/') && !/tiff/.test(m.type)) made.set(name, URL.createObjectURL(new Blob([m.data as Uint8Array<ArrayBuffer>], { type: m.type })));
    }
    return made;
  }, [deck.media]);
  useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u)), [urls]);
  return urls;
}

export function SlideShapes(props: SlideShapesProps) {
  const { deck, slide, label } = props;
  const urls = useMediaUrls(deck);
  const shapes = slide.shapes ?? [];
  const bound = boundShapeIndexes(shapes);
  const others = shapes.map((s, i) => ({ s, i })).filter(({ s, i }) => i !== bound.title && i !== bound.body && !(s.placeholder && s.kind === 'shape' && !s.text));
  const background = fillStyle(slide.background, deck, (m) => urls.get(m));
  if (others.length === 0 && Object.keys(background).length === 0) return null;
  return (
    <div className="slides-shapes" role="group" aria-label={label} style={background}>
      {others.map(({ s, i }) => shapeView(s, resolvedTransform(deck, slide, s), String(i), props, (m) => urls.get(m)))}
    </div>
  );
}

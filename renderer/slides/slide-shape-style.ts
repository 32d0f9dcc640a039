/**
 * CSS for drawing deck shapes read-only on the editing canvas: positions as percentages of the
 * slide, fills, outlines, text runs. Font sizes use container units (`cqw`) of the canvas, so a
 * 24 pt run keeps its share of the slide width whatever the window size.
 */
import { EMU_PER_PICTURE_PIXEL, cellBorders, cellFill, resolveColor } from '@ostal/model';
import type { Deck, DeckColor, Fill, Outline, PictureTile, RunStyle, ShapeShadow, TableCell, Transform } from '@ostal/model';
import type { CSSProperties } from 'react';
import { mirroredTileUrl, tilePictureSize, tileRepeatUnit } from './picture-tile.js';

/** Position and rotation of a shape on a slide of `size`. */
export function boxStyle(t: Transform, size: Deck['size']): CSSProperties {
  const transforms: string[] = [];
  if (t.rot) transforms.push(`rotate(${String(t.rot / 60_000)}deg)`);
  if (t.flipH) transforms.push('scaleX(-1)');
  if (t.flipV) transforms.push('scaleY(-1)');
  return {
    position: 'absolute',
    left: `${String((t.x / size.cx) * 100)}%`,
    top: `${String((t.y / size.cy) * 100)}%`,
    width: `${String((t.cx / size.cx) * 100)}%`,
    height: `${String((t.cy / size.cy) * 100)}%`,
    ...(transforms.length > 0 ? { transform: transforms.join(' ') } : {}),
  };
}

/**
 * The CSS transform that keeps a shape's text readable inside its flipped box: text is never
 * mirrored (as in PowerPoint and LibreOffice), so a box flipped one way only has its text flipped
 * back across; flipped vertically, the text then shows turned a half turn, as theirs does.
 * Undefined when the box is not mirrored (no flip, or both: a half turn).
 */
export function unmirroredText(t: Transform): string | undefined {
  return Boolean(t.flipH) !== Boolean(t.flipV) ? 'scaleX(-1)' : undefined;
}

/** A CSS colour for a deck colour under the deck's theme. */
export function cssColor(c: DeckColor | undefined, deck: Deck): string | undefined {
  const rgb = resolveColor(c, deck.theme?.colors ?? { dk1: '000000', lt1: 'FFFFFF', tx1: '000000', bg1: 'FFFFFF' });
  if (!rgb) return undefined;
  const alpha = c?.alpha;
  return alpha !== undefined && alpha < 100_000 ? `rgb(${String(parseInt(rgb.slice(0, 2), 16))} ${String(parseInt(rgb.slice(2, 4), 16))} ${String(parseInt(rgb.slice(4, 6), 16))} / ${String(alpha / 1000)}%)` : `#${rgb}`;
}

/** Background CSS for a fill; pictures get their object URL from `url`. */
export function fillStyle(fill: Fill | undefined, deck: Deck, url: (media: string) => string | undefined): CSSProperties {
  if (!fill) return {};
  switch (fill.kind) {
    case 'none':
      return { background: 'transparent' };
    case 'solid':
      return { background: cssColor(fill.color, deck) };
    case 'gradient': {
      const stops = fill.stops.map((s) => `${cssColor(s.color, deck) ?? 'transparent'} ${String(s.pos / 1000)}%`).join(', ');
      if (fill.stops.length < 2) return { background: cssColor(fill.stops[0]?.color, deck) };
      return { background: fill.path ? `radial-gradient(${stops})` : `linear-gradient(${String(90 + (fill.angle ?? 0) / 60_000)}deg, ${stops})` };
    }
    case 'picture': {
      const u = url(fill.media);
      if (!u) return {};
      const media = deck.media?.[fill.media];
      const tiled = fill.tile ? tileStyle(fill.tile, media, deck) : undefined;
      return { backgroundImage: `url("${u}")`, ...(tiled ?? { backgroundSize: '100% 100%' }) };
    }
  }
}

/**
 * Background size, repeat and position of a tiled picture: each tile the picture's own size (96
 * pixels per inch; an SVG's from its width and height) scaled, in `cqw` of the slide, from its
 * aligned corner plus the offset. Mirrored tiles (flip) repeat a unit of two or four tiles, the
 * tile beside or under its mirror image, drawn from its own SVG image (`backgroundImage` then
 * replaces the picture's URL). Undefined when the picture's size cannot be read (then it is stretched).
 */
export function tileStyle(tile: PictureTile, media: { readonly type: string; readonly data: Uint8Array } | undefined, deck: Deck): CSSProperties | undefined {
  const head = tilePictureSize(media?.data);
  if (!head || !media) return undefined;
  const cqw = (emu: number) => `${String((emu / deck.size.cx) * 100)}cqw`;
  const { nx, ny } = tileRepeatUnit(tile.flip);
  const w = head.widthPx * EMU_PER_PICTURE_PIXEL * (tile.sx / 100_000);
  const h = head.heightPx * EMU_PER_PICTURE_PIXEL * (tile.sy / 100_000);
  const align = tile.align ?? 'tl';
  // A percentage places the tile's same point on the box's (0 %: left edge, 50 %: centred, 100 %: right edge).
  // The unmirrored tile is the first of a mirrored unit: the unit starts where that tile does, so
  // a percentage (which places the whole unit) is corrected by the share of the unit past it.
  const along = (share: number, offset: number) => `calc(${String(share * 100)}% + ${cqw(offset)})`;
  const endX = ['tr', 'r', 'br'].includes(align) ? 1 : ['t', 'ctr', 'b'].includes(align) ? 0.5 : 0;
  const endY = ['bl', 'b', 'br'].includes(align) ? 1 : ['l', 'ctr', 'r'].includes(align) ? 0.5 : 0;
  const x = along(endX, tile.tx + endX * (nx - 1) * w);
  const y = along(endY, tile.ty + endY * (ny - 1) * h);
  const mirrored = tile.flip ? { backgroundImage: `url("${mirroredTileUrl(media.type, media.data, tile.flip)}")` } : {};
  return { ...mirrored, backgroundSize: `${cqw(w * nx)} ${cqw(h * ny)}`, backgroundRepeat: 'repeat', backgroundPosition: `${x} ${y}` };
}

/**
 * A CSS drop shadow for a shape's outer shadow, offset in the slide's directions: the filter acts
 * before the box's rotation and flips, so the offset is turned back through them.
 */
export function shadowStyle(shadow: ShapeShadow | undefined, t: Transform, deck: Deck): CSSProperties {
  if (!shadow) return {};
  const angle = ((shadow.dir - (t.rot ?? 0)) / 60_000) * (Math.PI / 180);
  const dx = shadow.dist * Math.cos(angle) * (t.flipH ? -1 : 1);
  const dy = shadow.dist * Math.sin(angle) * (t.flipV ? -1 : 1);
  const cqw = (emu: number) => `${String(Number(((emu / deck.size.cx) * 100).toFixed(4)))}cqw`;
  return { filter: `drop-shadow(${cqw(dx)} ${cqw(dy)} ${cqw(shadow.blur ?? 0)} ${cssColor(shadow.color, deck) ?? '#000000'})` };
}

/** Border CSS for an outline (width in EMU drawn in `cqw`). */
export function outlineStyle(line: Outline | undefined, deck: Deck): CSSProperties {
  if (!line || line.fill?.kind === 'none') return {};
  const color = line.fill?.kind === 'solid' ? cssColor(line.fill.color, deck) : undefined;
  const width = `max(1px, ${String(((line.width ?? 12_700) / deck.size.cx) * 100)}cqw)`;
  return { border: `${width} ${line.dash && line.dash !== 'solid' ? 'dashed' : 'solid'} ${color ?? 'currentColor'}` };
}

/** CSS of a table cell: its fill and its borders side by side, its own or its table style's (`cellFill`, `cellBorders`). */
export function tableCellStyle(cell: TableCell, deck: Deck, url: (media: string) => string | undefined): CSSProperties {
  const borders = cellBorders(cell);
  const side = (o: Outline | undefined): CSSProperties['border'] => (o ? (o.fill?.kind === 'none' ? 'none' : outlineStyle(o, deck).border) : undefined);
  const css: CSSProperties = { ...fillStyle(cellFill(cell), deck, url) };
  const left = side(borders.left);
  const right = side(borders.right);
  const top = side(borders.top);
  const bottom = side(borders.bottom);
  if (left !== undefined) css.borderLeft = left;
  if (right !== undefined) css.borderRight = right;
  if (top !== undefined) css.borderTop = top;
  if (bottom !== undefined) css.borderBottom = bottom;
  return css;
}

/** CSS of a text run; `scale` is the share of the slide width one point takes, in cqw. */
export function runStyle(style: RunStyle | undefined, deck: Deck, fallbackSize: number): CSSProperties {
  const size = style?.size ?? fallbackSize;
  const ptPerSlide = deck.size.cx / 12_700;
  const font = style?.font === '+mj-lt' ? deck.theme?.majorFont : style?.font === '+mn-lt' ? deck.theme?.minorFont : style?.font;
  return {
    fontSize: `${String((size / 100 / ptPerSlide) * 100)}cqw`,
    ...(style?.bold !== undefined ? { fontWeight: style.bold ? 700 : 400 } : {}),
    ...(style?.italic !== undefined ? { fontStyle: style.italic ? 'italic' : 'normal' } : {}),
    ...(style?.underline || style?.strike ? { textDecoration: [style.underline ? 'underline' : '', style.strike ? 'line-through' : ''].join(' ').trim() } : {}),
    ...(style?.color ? { color: cssColor(style.color, deck) } : {}),
    ...(font && !font.startsWith('+') ? { fontFamily: `"${font.replace(/"/g, '')}", var(--ui-font)` } : {}),
  };
}

/**
 * Turned text (a:bodyPr vert): `vert` reads downwards, its lines stacked from the right, as does
 * East Asian `eaVert` (whose CJK letters stay upright); `vert270` reads upwards, lines from the
 * left. The anchor then runs across: `top` is the right side of downward text.
 */
export function turnedTextStyle(vertical: string | undefined): CSSProperties {
  if (vertical === 'vert' || vertical === 'eaVert' || vertical === 'mongolianVert') return { writingMode: 'vertical-rl', textOrientation: vertical === 'vert' ? 'sideways' : 'mixed' };
  if (vertical === 'vert270') return { writingMode: 'sideways-lr' };
  return {};
}

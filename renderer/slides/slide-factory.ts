/**
 * New things for a deck: slides of a layout (the deck's own layouts, or four built-in ones for a
 * deck made in Ostal), applying a layout to a slide, and the shapes the Insert toolbar adds
 * (text box, basic shapes, lines and arrows, pictures, tables, slide number and footer).
 * Sizes are integer EMU; new shapes sit centred on the slide.
 */
import { makeSlide } from '@ostal/model';
import type { ConnectorShape, Deck, DeckShape, GeometryShape, PictureShape, Slide, TableShape, TextBody } from '@ostal/model';
import { nextShapeId, shapeFrame } from './shape-operations.js';

export type BuiltInLayout = 'titleSlide' | 'titleAndContent' | 'titleOnly' | 'blank';
export const BUILT_IN_LAYOUTS: readonly BuiltInLayout[] = ['titleAndContent', 'titleSlide', 'titleOnly', 'blank'];

/** A layout choice: a layout id of the deck, or a built-in kind. */
export type LayoutChoice = { readonly layout: string } | { readonly builtIn: BuiltInLayout };

const BUILT_IN_PLACEHOLDERS: Readonly<Record<BuiltInLayout, readonly { type: string; idx?: number; name: string }[]>> = {
  titleSlide: [
    { type: 'ctrTitle', name: 'Title' },
    { type: 'subTitle', idx: 1, name: 'Subtitle' },
  ],
  titleAndContent: [
    { type: 'title', name: 'Title' },
    { type: 'body', idx: 1, name: 'Content' },
  ],
  titleOnly: [{ type: 'title', name: 'Title' }],
  blank: [],
};

const EMPTY: TextBody = { paragraphs: [{ runs: [] }] };

/** The built-in kind a deck layout resembles (for its name in the menu when it has none). */
export function layoutKind(type: string | undefined): BuiltInLayout | undefined {
  if (type === 'title') return 'titleSlide';
  if (type === 'obj' || type === 'tx') return 'titleAndContent';
  if (type === 'titleOnly') return 'titleOnly';
  if (type === 'blank') return 'blank';
  return undefined;
}

/** The placeholders a slide of this layout starts with (text empty, positions inherited; furniture left to the master). */
export function layoutPlaceholders(deck: Deck, choice: LayoutChoice): DeckShape[] {
  if ('builtIn' in choice) {
    return BUILT_IN_PLACEHOLDERS[choice.builtIn].map((p, i) => ({ kind: 'shape', id: i + 2, name: p.name, geometry: 'rect', placeholder: { type: p.type, ...(p.idx !== undefined ? { idx: p.idx } : {}) }, text: EMPTY }));
  }
  const layout = deck.layouts?.find((l) => l.id === choice.layout);
  const kept = (layout?.shapes ?? []).filter((s) => s.placeholder && !['dt', 'ftr', 'sldNum', 'hdr'].includes(s.placeholder.type));
  return kept.map((s, i): GeometryShape => ({ kind: 'shape', id: i + 2, name: s.name ?? s.placeholder!.type, geometry: 'rect', placeholder: s.placeholder!, text: EMPTY }));
}

/** A new slide of a layout. */
export function slideOfLayout(deck: Deck, choice: LayoutChoice): Slide {
  const shapes = layoutPlaceholders(deck, choice);
  return { ...makeSlide(), ...('layout' in choice ? { layout: choice.layout } : {}), shapes };
}

/** A centred frame of `cx` x `cy` EMU. */
export function centred(deck: Deck, cx: number, cy: number) {
  return { x: Math.round((deck.size.cx - cx) / 2), y: Math.round((deck.size.cy - cy) / 2), cx, cy };
}

export type InsertableShape = 'rect' | 'roundRect' | 'ellipse' | 'triangle' | 'rightArrow' | 'line' | 'arrow';

/** A basic shape, line or arrow, filled with the theme's first accent and a darker outline. */
export function basicShape(deck: Deck, kind: InsertableShape, id: number, name: string): DeckShape {
  if (kind === 'line' || kind === 'arrow') {
    const t = centred(deck, Math.round(deck.size.cx / 4), 0);
    const connector: ConnectorShape = {
      kind: 'connector',
      id,
      name: `${name} ${String(id)}`,
      geometry: 'straightConnector1',
      xfrm: t,
      line: { width: 25_400, fill: { kind: 'solid', color: { scheme: 'tx1' } }, ...(kind === 'arrow' ? { tail: 'triangle' } : {}) },
    };
    return connector;
  }
  const side = Math.round(deck.size.cy / 4);
  const t = centred(deck, kind === 'rightArrow' ? side * 2 : Math.round(side * 1.5), side);
  return {
    kind: 'shape',
    id,
    name: `${name} ${String(id)}`,
    geometry: kind,
    xfrm: t,
    // The theme's first accent; a deck without a theme gets a sober blue of its own.
    fill: { kind: 'solid', color: deck.theme?.colors['accent1'] ? { scheme: 'accent1' } : { rgb: '2F5597' } },
    line: { width: 12_700, fill: { kind: 'solid', color: deck.theme?.colors['accent1'] ? { scheme: 'accent1', lumMod: 75_000 } : { rgb: '1F3864' } } },
    text: { paragraphs: [{ runs: [], style: { align: 'center' } }], props: { anchor: 'middle' } },
  };
}

/** An empty text box, its text at 18 pt. */
export function textBox(deck: Deck, id: number, name: string): GeometryShape {
  return {
    kind: 'shape',
    id,
    name: `${name} ${String(id)}`,
    geometry: 'rect',
    textBox: true,
    xfrm: centred(deck, Math.round(deck.size.cx / 3), Math.round(deck.size.cy / 10)),
    fill: { kind: 'none' },
    text: { paragraphs: [{ runs: [], endStyle: { size: 1800 } }], props: { autofit: 'resize', wrap: true } },
  };
}

/** A picture of `width` x `height` pixels, fitted into half the slide. */
export function pictureShape(deck: Deck, id: number, media: string, width: number, height: number, name: string): PictureShape {
  const maxW = deck.size.cx / 2;
  const maxH = deck.size.cy / 2;
  const emuW = width * 9525;
  const emuH = height * 9525;
  const scale = Math.min(1, maxW / (emuW || 1), maxH / (emuH || 1));
  return { kind: 'picture', id, name, description: name, media, xfrm: centred(deck, Math.round(Math.max(emuW, 1) * scale), Math.round(Math.max(emuH, 1) * scale)) };
}

/** A table of `rows` x `cols` empty cells, the first row a header row. */
export function tableShape(deck: Deck, id: number, rows: number, cols: number, name: string): TableShape {
  const width = Math.round((deck.size.cx * 0.8) / cols) * cols;
  const rowHeight = 370_840;
  const cell = { text: { paragraphs: [{ runs: [], endStyle: { size: 1800 } }] } };
  return {
    kind: 'table',
    id,
    name: `${name} ${String(id)}`,
    xfrm: centred(deck, width, rowHeight * rows),
    columns: Array.from({ length: cols }, () => width / cols),
    rows: Array.from({ length: rows }, () => ({ height: rowHeight, cells: Array.from({ length: cols }, () => cell) })),
    headerRow: true,
  };
}

/**
 * The slide number or footer placeholder for `slide`, at its layout's or master's place (or
 * PowerPoint's default one), that place written on the shape: a deck whose master has no such
 * placeholder (a new one) still shows it there in PowerPoint, and ODP keeps it as a frame of the page.
 */
export function furniturePlaceholder(deck: Deck, slide: Slide, shapes: readonly DeckShape[], type: 'sldNum' | 'ftr', text: string): GeometryShape {
  const id = nextShapeId(shapes);
  const placeholder = { type, idx: type === 'sldNum' ? 12 : 11 };
  const xfrm = shapeFrame(deck, slide, { kind: 'shape', id, geometry: 'rect', placeholder });
  const size = { size: 1200 };
  const runs = type === 'sldNum' ? [{ text, field: 'slidenum' as const, style: size }] : text === '' ? [] : [{ text, style: size }];
  return {
    kind: 'shape',
    id,
    name: type === 'sldNum' ? `Slide Number ${String(id)}` : `Footer ${String(id)}`,
    geometry: 'rect',
    placeholder,
    ...(xfrm ? { xfrm } : {}),
    text: { paragraphs: [{ runs, style: { align: type === 'sldNum' ? 'right' : 'center' }, endStyle: { size: 1200 } }] },
  };
}

/** Media names are `image<n>.<ext>`, the first free n. */
export function freeMediaName(deck: Deck, ext: string, stem = 'image'): string {
  const taken = new Set(Object.keys(deck.media ?? {}));
  let n = taken.size + 1;
  while (taken.has(`${stem}${String(n)}.${ext}`)) n += 1;
  return `${stem}${String(n)}.${ext}`;
}

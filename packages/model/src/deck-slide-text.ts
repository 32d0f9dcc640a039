/**
 * The editor's view of a slide (title, body paragraphs) and its shapes kept in step: readers
 * take `title` and `body` from the title and first body placeholder; writers call `slideShapes`,
 * which puts edited text back into those placeholders (keeping their styles) or adds them.
 */
import type { Deck, Slide } from './deck.js';
import type { DeckLayout, DeckMaster, LevelStyles } from './deck-masters.js';
import { BODY_PLACEHOLDERS, TITLE_PLACEHOLDERS, flattenShapes } from './deck-shapes.js';
import type { DeckShape, GeometryShape, Transform } from './deck-shapes.js';
import { textBodyLines } from './deck-text.js';
import type { BodyProperties, RunStyle, TextBody, TextParagraph } from './deck-text.js';

/** Lines joined as a title: breaks and paragraph ends become spaces. */
export function joinAsLine(lines: readonly string[]): string {
  return lines
    .map((p) => p.replace(/\n/g, ' '))
    .join(' ')
    .trim();
}

function isTitle(s: DeckShape): s is GeometryShape {
  return s.kind === 'shape' && s.placeholder !== undefined && TITLE_PLACEHOLDERS.has(s.placeholder.type);
}

function isBody(s: DeckShape): s is GeometryShape {
  return s.kind === 'shape' && s.placeholder !== undefined && BODY_PLACEHOLDERS.has(s.placeholder.type);
}

/** Index of the title placeholder and of the body placeholder among top-level shapes (-1 when none). */
export function boundShapeIndexes(shapes: readonly DeckShape[]): { title: number; body: number } {
  return { title: shapes.findIndex(isTitle), body: shapes.findIndex(isBody) };
}

/** The editor's title and body for these shapes. */
export function slideTextFromShapes(shapes: readonly DeckShape[]): { title: string; body: string[] } {
  const { title, body } = boundShapeIndexes(shapes);
  const t = shapes[title];
  const b = shapes[body];
  return {
    title: t?.kind === 'shape' ? joinAsLine(textBodyLines(t.text)) : '',
    body: b?.kind === 'shape' ? textBodyLines(b.text) : [],
  };
}

function rebuilt(old: TextBody | undefined, lines: readonly string[]): TextBody {
  const paras = old?.paragraphs ?? [];
  const paragraphs: TextParagraph[] = lines.map((text, i) => {
    const model = paras[i] ?? paras[paras.length - 1];
    const style: RunStyle | undefined = model?.runs.find((r) => r.text !== '')?.style ?? model?.endStyle;
    const runs = text === '' ? [] : [style ? { text, style } : { text }];
    return { runs, ...(model?.style ? { style: model.style } : {}), ...(model?.endStyle ? { endStyle: model.endStyle } : {}) };
  });
  return old?.props ? { paragraphs, props: old.props } : { paragraphs };
}

function nextShapeId(shapes: readonly DeckShape[]): number {
  return flattenShapes(shapes).reduce((m, s) => Math.max(m, s.id), 1) + 1;
}

/**
 * The shapes to write for a slide: its shapes with the title and body placeholders holding the
 * slide's `title` and `body` (unchanged text keeps its runs), placeholders added when the slide
 * has text and none to hold it. A slide made in the editor gets a title and a body placeholder.
 */
export function slideShapes(slide: Slide): DeckShape[] {
  const shapes = [...(slide.shapes ?? [])];
  const at = boundShapeIndexes(shapes);
  const title = shapes[at.title];
  if (title?.kind === 'shape') {
    if (joinAsLine(textBodyLines(title.text)) !== slide.title) shapes[at.title] = { ...title, text: rebuilt(title.text, slide.title === '' ? [] : [slide.title]) };
  } else if (slide.title !== '' || slide.shapes === undefined) {
    const text = rebuilt(undefined, slide.title === '' ? [] : [slide.title]);
    shapes.push({ kind: 'shape', id: nextShapeId(shapes), name: 'Title', geometry: 'rect', placeholder: { type: 'title' }, text });
  }
  const body = shapes[at.body];
  if (body?.kind === 'shape') {
    const lines = textBodyLines(body.text);
    if (lines.length !== slide.body.length || lines.some((l, i) => l !== slide.body[i])) shapes[at.body] = { ...body, text: rebuilt(body.text, slide.body) };
  } else if (slide.body.length > 0 || slide.shapes === undefined) {
    shapes.push({ kind: 'shape', id: nextShapeId(shapes), name: 'Content', geometry: 'rect', placeholder: { type: 'body', idx: 1 }, text: rebuilt(undefined, slide.body) });
  }
  return shapes;
}

/** Every line of text on a slide (all shapes, tables cell by cell), as the slide shows it. */
export function slideTextLines(slide: Slide): string[] {
  const out: string[] = [];
  for (const s of flattenShapes(slideShapes(slide))) {
    if (s.kind === 'shape') out.push(...textBodyLines(s.text));
    else if (s.kind === 'table') for (const row of s.rows) for (const c of row.cells) out.push(...textBodyLines(c.text));
  }
  return out;
}

/** Master type a slide placeholder inherits from. */
function masterType(type: string): string {
  if (TITLE_PLACEHOLDERS.has(type)) return 'title';
  if (type === 'dt' || type === 'ftr' || type === 'sldNum' || type === 'hdr') return type;
  return 'body';
}

function matching(shapes: readonly DeckShape[] | undefined, ref: { type: string; idx?: number }, byIdx: boolean): DeckShape | undefined {
  if (!shapes) return undefined;
  if (byIdx && ref.idx !== undefined && ref.idx !== 0) {
    const s = shapes.find((c) => c.placeholder?.idx === ref.idx);
    if (s) return s;
  }
  const want = masterType(ref.type);
  return shapes.find((c) => c.placeholder !== undefined && (c.placeholder.type === ref.type || masterType(c.placeholder.type) === want));
}

/**
 * The list styles (a:lstStyle) a slide's placeholder inherits, outermost first: its master
 * placeholder's, then its layout placeholder's.
 */
export function placeholderListStyles(deck: Deck, slide: Slide, placeholder: { type: string; idx?: number } | undefined): NonNullable<TextBody['listStyle']>[] {
  if (!placeholder) return [];
  const { layout, master } = slideLayoutAndMaster(deck, slide);
  const fromLayout = matching(layout?.shapes, placeholder, true);
  const fromMaster = matching(master?.shapes, fromLayout?.placeholder ?? placeholder, false);
  const listOf = (s: DeckShape | undefined) => (s?.kind === 'shape' ? s.text?.listStyle : undefined);
  return [listOf(fromMaster), listOf(fromLayout)].filter((l): l is NonNullable<TextBody['listStyle']> => l !== undefined && l.length > 0);
}

/**
 * The body properties (a:bodyPr: anchor, insets, wrap, autofit) a slide's placeholder inherits,
 * merged outermost first (its master placeholder's, then its layout placeholder's): each property
 * the nearer one states wins.
 */
export function placeholderBodyProps(deck: Deck, slide: Slide, placeholder: { type: string; idx?: number } | undefined): BodyProperties | undefined {
  if (!placeholder) return undefined;
  const { layout, master } = slideLayoutAndMaster(deck, slide);
  const fromLayout = matching(layout?.shapes, placeholder, true);
  const fromMaster = matching(master?.shapes, fromLayout?.placeholder ?? placeholder, false);
  const propsOf = (s: DeckShape | undefined) => (s?.kind === 'shape' ? s.text?.props : undefined);
  const merged = { ...propsOf(fromMaster), ...propsOf(fromLayout) };
  return Object.keys(merged).length > 0 ? merged : undefined;
}

/** The layout and master of a slide. */
export function slideLayoutAndMaster(deck: Deck, slide: Slide): { layout?: DeckLayout; master?: DeckMaster } {
  const layout = deck.layouts?.find((l) => l.id === slide.layout);
  const master = deck.masters?.find((m) => m.id === layout?.master) ?? deck.masters?.[0];
  return { ...(layout ? { layout } : {}), ...(master ? { master } : {}) };
}

/** Where a shape shows: its own transform, else that of its layout's, else its master's placeholder. */
export function resolvedTransform(deck: Deck, slide: Slide, shape: DeckShape): Transform | undefined {
  if (shape.xfrm || !shape.placeholder) return shape.xfrm;
  const { layout, master } = slideLayoutAndMaster(deck, slide);
  const fromLayout = matching(layout?.shapes, shape.placeholder, true);
  if (fromLayout?.xfrm) return fromLayout.xfrm;
  return matching(master?.shapes, fromLayout?.placeholder ?? shape.placeholder, false)?.xfrm;
}

const FURNITURE_PLACEHOLDERS: ReadonlySet<string> = new Set(['dt', 'ftr', 'sldNum', 'hdr']);

/**
 * The master's text defaults for a placeholder type (title, body or other text) at an outline
 * level; text outside placeholders takes the presentation's default text style when there is one
 * (`Deck.defaultTextStyle`, as PowerPoint and LibreOffice do), else the master's other style.
 * The date, footer, slide number and header placeholders take the other style too: the body
 * style's bullets are not theirs (PowerPoint shows a master's footer without the body's "•").
 */
export function masterLevelStyle(master: DeckMaster | undefined, placeholderType: string | undefined, level: number, defaultText?: LevelStyles): LevelStyles[number] | undefined {
  if (placeholderType === undefined && defaultText && defaultText.length > 0) return defaultText[Math.min(level, defaultText.length - 1)];
  if (!master) return undefined;
  const other = placeholderType === undefined || FURNITURE_PLACEHOLDERS.has(placeholderType);
  const styles = other ? master.otherStyle : TITLE_PLACEHOLDERS.has(placeholderType) ? master.titleStyle : master.bodyStyle;
  return styles?.[Math.min(level, (styles?.length ?? 1) - 1)];
}

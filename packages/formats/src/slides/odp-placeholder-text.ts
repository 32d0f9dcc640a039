/**
 * List styles ODP has no place for (ECMA-376 Part 1, 21.1.2.4.12 a:lstStyle): a slide placeholder's
 * layout or master placeholder whose list style is not the one its master page's presentation
 * styles already carry (a content placeholder of another idx than the body's, a picture caption...),
 * and a text body's own list style. Their properties are given to the text itself, paragraph by
 * paragraph and run by run where it states none, as LibreOffice does when it imports such a PPTX:
 * the text looks the same in ODP and keeps that look when it goes back to PPTX. Likewise the body
 * properties (21.1.2.1.1 a:bodyPr) such a placeholder inherits go to its frame's own style.
 */
import { placeholderBodyProps, placeholderListStyles, slideLayoutAndMaster } from '@ostal/model';
import type { BodyProperties, Deck, DeckShape, LevelStyles, Slide, TextBody } from '@ostal/model';
import { overlaidLevels } from './odp-master-text.js';
import { presentationClass } from './odp-shapes-write.js';

/**
 * What a master page's title and outline presentation styles carry for `slide` (or a probe slide
 * of the page's layout): the list styles (outermost first) and merged body properties of the title
 * placeholder, and of the body (idx 1) when that is an outline placeholder (a title slide's idx 1
 * is its subtitle, whose frame takes no outline style).
 */
export function carriedStyles(deck: Deck, slide: Slide): { title: LevelStyles[]; body: LevelStyles[]; titleProps?: BodyProperties; bodyProps?: BodyProperties } {
  const first = slideLayoutAndMaster(deck, slide).layout?.shapes.find((s) => s.placeholder?.idx === 1)?.placeholder;
  const outline = !first || presentationClass(first.type) === 'outline';
  const body = { type: 'body', idx: 1 };
  const titleProps = placeholderBodyProps(deck, slide, { type: 'title' });
  const bodyProps = outline ? placeholderBodyProps(deck, slide, body) : undefined;
  return {
    title: placeholderListStyles(deck, slide, { type: 'title' }),
    body: outline ? placeholderListStyles(deck, slide, body) : [],
    ...(titleProps ? { titleProps } : {}),
    ...(bodyProps ? { bodyProps } : {}),
  };
}

/** The text with `levels`' paragraph and run properties where its paragraphs and runs state none. */
function withLevels(text: TextBody, levels: LevelStyles): TextBody {
  return {
    ...text,
    paragraphs: text.paragraphs.map((p) => {
      const level = levels[Math.min(p.style?.level ?? 0, levels.length - 1)];
      if (!level?.paragraph && !level?.run) return p;
      const style = level.paragraph ? { ...level.paragraph, ...p.style } : p.style;
      const runs = level.run ? p.runs.map((r) => ({ ...r, style: { ...level.run, ...r.style } })) : p.runs;
      return { ...p, runs, ...(style ? { style } : {}) };
    }),
  };
}

const same = (a: readonly unknown[], b: readonly unknown[]): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * `shapes` of `slide` with what their master page does not carry given to their text: the list
 * styles a placeholder inherits when they are not the ones the page's title or outline style was
 * made with (`odp-writer.ts` `pageText`), and the text's own; the body properties (anchor, insets,
 * wrap, autofit) it inherits when they are not the page style's, under those it states itself.
 */
export function withUncarriedPlaceholderStyles(deck: Deck, slide: Slide | undefined, shapes: readonly DeckShape[]): DeckShape[] {
  return shapes.map((shape) => {
    if (shape.kind === 'group') return { ...shape, children: withUncarriedPlaceholderStyles(deck, undefined, shape.children) };
    if (shape.kind !== 'shape' || !shape.text) return shape;
    const ph = shape.placeholder;
    const inherited = slide && ph ? placeholderListStyles(deck, slide, ph) : [];
    const cls = ph ? presentationClass(ph.type) : undefined;
    const page = slide && (cls === 'title' || cls === 'outline') ? carriedStyles(deck, slide) : undefined;
    const carried = page ? (cls === 'title' ? page.title : page.body) : [];
    const lists = [...(same(inherited, carried) ? [] : inherited), ...(shape.text.listStyle && shape.text.listStyle.length > 0 ? [shape.text.listStyle] : [])];
    const levels = lists.reduce<LevelStyles | undefined>((acc, l) => overlaidLevels(acc, l), undefined);
    const text = levels && levels.length > 0 ? withLevels(shape.text, levels) : shape.text;
    const props = slide && ph ? placeholderBodyProps(deck, slide, ph) : undefined;
    const carriedProps = page ? (cls === 'title' ? page.titleProps : page.bodyProps) : undefined;
    const given = props && JSON.stringify(props) !== JSON.stringify(carriedProps) ? { ...text, props: { ...props, ...text.props } } : text;
    return given === shape.text ? shape : { ...shape, text: given };
  });
}

/**
 * List styles ODP has no place for (ECMA-376 Part 1, 21.1.2.4.12 a:lstStyle): a slide placeholder's
 * layout or master placeholder whose list style is not the one its master page's presentation
 * styles already carry (a content placeholder of another idx than the body's, a picture caption...),
 * and a text body's own list style. Their properties are given to the text itself, paragraph by
 * paragraph and run by run where it states none, as LibreOffice does when it imports such a PPTX:
 * the text looks the same in ODP and keeps that look when it goes back to PPTX.
 */
import { placeholderListStyles, slideLayoutAndMaster } from '@ostal/model';
import type { Deck, DeckShape, LevelStyles, Slide, TextBody } from '@ostal/model';
import { overlaidLevels } from './odp-master-text.js';
import { presentationClass } from './odp-shapes-write.js';

/**
 * The placeholder list styles (outermost first) a master page's title and outline presentation
 * styles carry for `slide` (or a probe slide of the page's layout): the title placeholder's, and
 * the body's (idx 1) when that is an outline placeholder (a title slide's idx 1 is its subtitle,
 * whose frame takes no outline style).
 */
export function carriedListStyles(deck: Deck, slide: Slide): { title: LevelStyles[]; body: LevelStyles[] } {
  const first = slideLayoutAndMaster(deck, slide).layout?.shapes.find((s) => s.placeholder?.idx === 1)?.placeholder;
  const outline = !first || presentationClass(first.type) === 'outline';
  return { title: placeholderListStyles(deck, slide, { type: 'title' }), body: outline ? placeholderListStyles(deck, slide, { type: 'body', idx: 1 }) : [] };
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
 * `shapes` of `slide` with the list styles their master page does not carry given to their text:
 * those a placeholder inherits when they are not the ones the page's title or outline style was
 * made with (`odp-writer.ts` `pageText`), and the text's own.
 */
export function withUncarriedListStyles(deck: Deck, slide: Slide | undefined, shapes: readonly DeckShape[]): DeckShape[] {
  return shapes.map((shape) => {
    if (shape.kind === 'group') return { ...shape, children: withUncarriedListStyles(deck, undefined, shape.children) };
    if (shape.kind !== 'shape' || !shape.text) return shape;
    const ph = shape.placeholder;
    const inherited = slide && ph ? placeholderListStyles(deck, slide, ph) : [];
    const cls = ph ? presentationClass(ph.type) : undefined;
    const page = slide && (cls === 'title' || cls === 'outline') ? carriedListStyles(deck, slide) : undefined;
    const carried = page ? (cls === 'title' ? page.title : page.body) : [];
    const lists = [...(same(inherited, carried) ? [] : inherited), ...(shape.text.listStyle && shape.text.listStyle.length > 0 ? [shape.text.listStyle] : [])];
    const levels = lists.reduce<LevelStyles | undefined>((acc, l) => overlaidLevels(acc, l), undefined);
    return levels && levels.length > 0 ? { ...shape, text: withLevels(shape.text, levels) } : shape;
  });
}

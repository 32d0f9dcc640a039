/** A layout's placeholder body properties (a:bodyPr: anchor, insets, wrap, autofit) in ODP. */
import { placeholderBodyProps, slideLayoutAndMaster } from '@ostal/model';
import type { BodyProperties, Deck, DeckShape } from '@ostal/model';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { libreofficeConvert } from '../../../../test/support/libreoffice.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { read, write } from '../index.js';
import { richDeck } from './rich-deck.fixture.js';

const titleProps: BodyProperties = { anchor: 'bottom', insets: { left: 182_880, top: 0, right: 182_880, bottom: 91_440 } };
const subtitleProps: BodyProperties = { anchor: 'middle', wrap: false };

const withProps = (shape: DeckShape, props: BodyProperties): DeckShape => (shape.kind === 'shape' ? { ...shape, text: { paragraphs: [], ...shape.text, props } } : shape);

/**
 * The rich deck whose "Titre seul" layout anchors its title at the bottom with its own insets
 * (the master's is centred and shrinks), and with a title slide layout whose subtitle is centred.
 */
const deck: Deck = {
  ...richDeck,
  masters: richDeck.masters?.map((m) => ({ ...m, shapes: m.shapes.map((s) => (s.placeholder?.type === 'title' ? withProps(s, { anchor: 'middle', autofit: 'shrink' }) : s)) })),
  layouts: [
    ...(richDeck.layouts ?? []).map((l) => (l.id === 'l2' ? { ...l, shapes: l.shapes.map((s) => (s.placeholder?.type === 'title' ? withProps(s, titleProps) : s)) } : l)),
    {
      id: 'l3',
      master: 'm1',
      name: 'Titre de section',
      type: 'title',
      shapes: [
        { kind: 'shape', id: 2, name: 'Title', geometry: 'rect', placeholder: { type: 'ctrTitle' } },
        { kind: 'shape', id: 3, name: 'Subtitle', geometry: 'rect', placeholder: { type: 'subTitle', idx: 1 }, xfrm: { x: 1_524_000, y: 3_602_038, cx: 9_144_000, cy: 1_655_762 }, text: { paragraphs: [], props: subtitleProps } },
      ],
    },
  ],
  slides: [
    ...richDeck.slides,
    {
      id: 'sec',
      title: 'Partie 2',
      body: [],
      notes: '',
      layout: 'l3',
      shapes: [
        { kind: 'shape', id: 2, name: 'Title', geometry: 'rect', placeholder: { type: 'ctrTitle' }, text: { paragraphs: [{ runs: [{ text: 'Partie 2' }] }] } },
        { kind: 'shape', id: 3, name: 'Subtitle', geometry: 'rect', placeholder: { type: 'subTitle', idx: 1 }, text: { paragraphs: [{ runs: [{ text: 'Les comptes' }] }] } },
      ],
    },
  ],
};

const titleOnly = deck.slides.findIndex((s) => s.layout === 'l2');
const section = deck.slides.findIndex((s) => s.layout === 'l3');

/** What the title (or subtitle) of slide `index` shows: its own body properties over those it inherits. */
function shown(d: Deck, index: number, type: 'title' | 'subTitle'): BodyProperties | undefined {
  const slide = d.slides[index]!;
  const shape = slide.shapes?.find((s) => (type === 'title' ? s.placeholder?.type === 'title' || s.placeholder?.type === 'ctrTitle' : s.placeholder?.type === 'subTitle'));
  const own = shape?.kind === 'shape' ? shape.text?.props : undefined;
  return { ...placeholderBodyProps(d, slide, shape?.placeholder ?? { type }), ...own };
}

describe('a layout placeholder’s body properties', () => {
  it('are what the slide’s placeholder inherits, layout over master', () => {
    expect(placeholderBodyProps(deck, deck.slides[titleOnly]!, { type: 'title' })).toEqual({ ...titleProps, autofit: 'shrink' });
  });

  it('reach the presentation style of the layout’s master page, named as LibreOffice finds it, and come back', async () => {
    const odp = await write(deck, 'odp');
    expect(odfSchemaErrors(odp)).toEqual([]);
    const styles = strFromU8(unzipSync(odp)['styles.xml']!);
    const title = /<style:style style:name="Titre_seul-title" style:display-name="Titre seul-title" style:family="presentation"><style:graphic-properties [^>]*\/?>/.exec(styles)?.[0];
    expect(title).toContain('draw:textarea-vertical-align="bottom"');
    expect(title).toContain('fo:padding-left="5.08mm"');
    expect(title).toContain('fo:padding-top="0mm"');
    expect(title).toContain('style:shrink-to-fit="true"');
    expect(title).toContain('draw:auto-grow-height="false"');
    // The other layout's page keeps the master's centred title.
    expect(styles).toMatch(/style:name="Titre_et_contenu-title"[^>]*><style:graphic-properties [^>]*draw:textarea-vertical-align="middle"/);

    const fromOdp = (await read(odp)).document as Deck;
    const master = slideLayoutAndMaster(fromOdp, fromOdp.slides[titleOnly]!).master;
    const masterTitle = master?.shapes.find((s) => s.placeholder?.type === 'title');
    expect(masterTitle?.kind === 'shape' ? masterTitle.text?.props : undefined).toMatchObject({ ...titleProps, autofit: 'shrink' });
    const fromPptx = (await read(await write(fromOdp, 'pptx'))).document as Deck;
    for (const d of [fromOdp, fromPptx]) expect(shown(d, titleOnly, 'title')).toMatchObject(titleProps);
  });

  it('of a placeholder the master page’s styles do not carry (a subtitle) go to its frame’s own style', async () => {
    const odp = await write(deck, 'odp');
    const content = strFromU8(unzipSync(odp)['content.xml']!);
    const frame = /<draw:frame draw:name="Subtitle" presentation:style-name="([^"]+)"/.exec(content);
    expect(frame).not.toBeNull();
    const style = new RegExp(`<style:style style:name="${frame![1]!}"[^>]*><style:graphic-properties [^>]*/>`).exec(content)?.[0];
    expect(style).toContain('draw:textarea-vertical-align="middle"');
    expect(style).toContain('fo:wrap-option="no-wrap"');
    const fromPptx = (await read(await write((await read(odp)).document, 'pptx'))).document as Deck;
    expect(shown(fromPptx, section, 'subTitle')).toMatchObject(subtitleProps);
  });

  it('are what LibreOffice shows: the master page’s title style is the page’s own, bottom-anchored', async () => {
    const flat = libreofficeConvert(await write(deck, 'odp'), 'deck.odp', 'fodp');
    const style = /<style:style style:name="Titre_20_seul-title"[^>]*>.*?<\/style:style>/s.exec(flat)?.[0];
    expect(style).toContain('draw:textarea-vertical-align="bottom"');
    // The master's 40 pt bold title, not LibreOffice's own 44 pt.
    expect(style).toMatch(/fo:font-size="40pt"/);
    expect(style).toMatch(/fo:font-weight="bold"/);
  });
});

/** A layout placeholder's own list style (a:lstStyle), where templates set their placeholders' sizes and bullets. */
import { placeholderListStyles, slideLayoutAndMaster } from '@ostal/model';
import type { Deck } from '@ostal/model';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { read, write } from '../index.js';
import { richDeck } from './rich-deck.fixture.js';

const listStyle = [{ paragraph: { align: 'center' as const }, run: { size: 3600, color: { scheme: 'accent2' } } }, { run: { size: 2000 } }];

/** The rich deck whose "Titre seul" layout sets its title placeholder's formatting in its list style. */
const deck: Deck = {
  ...richDeck,
  layouts: richDeck.layouts?.map((l) =>
    l.id === 'l2' ? { ...l, shapes: l.shapes.map((s) => (s.kind === 'shape' && s.placeholder?.type === 'title' ? { ...s, text: { paragraphs: [{ runs: [{ text: 'Titre' }] }], listStyle } } : s)) } : l,
  ),
};

describe('a layout placeholder’s list style', () => {
  it('is what the slide’s placeholder of that kind inherits over the master’s text styles', () => {
    const slide = deck.slides.find((s) => s.layout === 'l2')!;
    expect(placeholderListStyles(deck, slide, { type: 'title' })).toEqual([listStyle]);
    expect(placeholderListStyles(deck, slide, { type: 'body', idx: 1 })).toEqual([]);
  });

  it('survives a PPTX save', async () => {
    const back = (await read(await write(deck, 'pptx'))).document as Deck;
    const layout = back.layouts?.find((l) => l.name === 'Titre seul');
    const title = layout?.shapes.find((s) => s.placeholder?.type === 'title');
    expect(title?.kind === 'shape' ? title.text?.listStyle : undefined).toEqual(listStyle);
  });

  it('reaches ODP in the presentation styles of its master page, as LibreOffice keeps it, and comes back to PPTX', async () => {
    const odp = await write(deck, 'odp');
    expect(odfSchemaErrors(odp)).toEqual([]);
    const styles = strFromU8(unzipSync(odp)['styles.xml']!);
    // The "Titre seul" page's title: the master's bold title style, centred, 36 pt, accent2 (E1000F).
    const title = /<style:style style:name="([^"]+)-title"(?: style:display-name="[^"]+")? style:family="presentation">(.*?)<\/style:style>/gs;
    const pages = [...styles.matchAll(title)].map((m) => ({ name: m[1], xml: m[2] ?? '' }));
    const titleOnly = pages.find((p) => p.xml.includes('fo:font-size="36pt"'));
    expect(titleOnly?.xml).toMatch(/fo:text-align="center"/);
    expect(titleOnly?.xml).toMatch(/fo:font-weight="bold"/);
    expect(titleOnly?.xml).toMatch(/fo:color="#e1000f"/);
    // The other layout's page keeps the master's 40 pt left-aligned title.
    expect(pages.filter((p) => p.xml.includes('fo:font-size="40pt"')).length).toBeGreaterThan(0);

    for (const back of [(await read(odp)).document as Deck, (await read(await write((await read(odp)).document, 'pptx'))).document as Deck]) {
      const slide = back.slides[deck.slides.findIndex((s) => s.layout === 'l2')]!;
      const master = slideLayoutAndMaster(back, slide).master;
      const shown = { ...master?.titleStyle?.[0]?.run, ...placeholderListStyles(back, slide, { type: 'title' }).at(-1)?.[0]?.run };
      expect(shown).toMatchObject({ size: 3600, bold: true });
      expect({ ...master?.titleStyle?.[0]?.paragraph, ...placeholderListStyles(back, slide, { type: 'title' }).at(-1)?.[0]?.paragraph }).toMatchObject({ align: 'center' });
    }
  });
});

describe('the presentation’s default text style', () => {
  const withDefault: Deck = { ...richDeck, defaultTextStyle: [{ paragraph: { align: 'center' }, run: { size: 2400, color: { rgb: 'FFFF66' } } }] };

  it('is the default graphic style of ODP, which text boxes take, and comes back to PPTX', async () => {
    const odp = await write(withDefault, 'odp');
    expect(odfSchemaErrors(odp)).toEqual([]);
    const styles = strFromU8(unzipSync(odp)['styles.xml']!);
    expect(styles).toMatch(/<style:default-style style:family="graphic"><style:paragraph-properties fo:text-align="center"\/><style:text-properties [^>]*fo:font-size="24pt"[^>]*fo:color="#ffff66"/);
    const fromOdp = (await read(odp)).document as Deck;
    expect(fromOdp.defaultTextStyle?.[0]).toMatchObject({ paragraph: { align: 'center' }, run: { size: 2400, color: { rgb: 'FFFF66' } } });
    const fromPptx = (await read(await write(fromOdp, 'pptx'))).document as Deck;
    expect(fromPptx.defaultTextStyle?.[0]).toMatchObject({ paragraph: { align: 'center' }, run: { size: 2400, color: { rgb: 'FFFF66' } } });
  });
});

describe('list styles a master page does not carry', () => {
  const caption = [{ paragraph: { bullet: { kind: 'none' as const } }, run: { size: 1400, color: { rgb: '00AA00' } } }];
  const captioned: Deck = {
    ...richDeck,
    layouts: richDeck.layouts?.map((l) => (l.id === 'l1' ? { ...l, shapes: [...l.shapes, { kind: 'shape', id: 9, name: 'Légende', geometry: 'rect', placeholder: { type: 'obj', idx: 12 }, xfrm: { x: 838_200, y: 6_000_000, cx: 10_515_600, cy: 500_000 }, text: { paragraphs: [], listStyle: caption } }] } : l)),
    slides: richDeck.slides.map((s) => (s.layout === 'l1' ? { ...s, shapes: [...(s.shapes ?? []), { kind: 'shape', id: 90, name: 'Légende', geometry: 'rect', placeholder: { type: 'obj', idx: 12 }, text: { paragraphs: [{ runs: [{ text: 'Source : Insee' }] }] } }] } : s)),
  };

  it('are given to the text of a placeholder of another idx than the body’s, in ODP and back in PPTX', async () => {
    const odp = await write(captioned, 'odp');
    expect(odfSchemaErrors(odp)).toEqual([]);
    const runOf = (d: Deck) => {
      const slide = d.slides[captioned.slides.findIndex((s) => s.layout === 'l1')];
      for (const s of slide?.shapes ?? []) if (s.kind === 'shape') for (const p of s.text?.paragraphs ?? []) for (const r of p.runs) if (r.text === 'Source : Insee') return { run: r.style, bullet: p.style?.bullet };
      return undefined;
    };
    const fromOdp = (await read(odp)).document as Deck;
    expect(runOf(fromOdp)?.run).toMatchObject({ size: 1400, color: { rgb: '00AA00' } });
    expect(runOf(fromOdp)?.bullet).toEqual({ kind: 'none' });
    const fromPptx = (await read(await write(fromOdp, 'pptx'))).document as Deck;
    expect(runOf(fromPptx)?.run).toMatchObject({ size: 1400, color: { rgb: '00AA00' } });
  });

  it('are given to a title slide’s subtitle (idx 1), whose frame takes no outline style, and leave the page’s outline style alone', async () => {
    const subtitle = [{ paragraph: { align: 'center' as const }, run: { size: 2800, color: { rgb: '7F7F7F' } } }];
    const titled: Deck = {
      ...richDeck,
      layouts: [...(richDeck.layouts ?? []), { id: 'l9', master: 'm1', name: 'Titre', type: 'title', shapes: [{ kind: 'shape', id: 2, name: 'Sous-titre', geometry: 'rect', placeholder: { type: 'subTitle', idx: 1 }, xfrm: { x: 838_200, y: 3_600_000, cx: 10_515_600, cy: 1_000_000 }, text: { paragraphs: [], listStyle: subtitle } }] }],
      slides: [{ id: 's9', title: '', body: ['Direction générale'], notes: '', layout: 'l9', shapes: [{ kind: 'shape', id: 3, name: 'Sous-titre', geometry: 'rect', placeholder: { type: 'subTitle', idx: 1 }, text: { paragraphs: [{ runs: [{ text: 'Direction générale' }] }] } }] }],
    };
    const odp = await write(titled, 'odp');
    const styles = strFromU8(unzipSync(odp)['styles.xml']!);
    expect(styles).not.toContain('fo:font-size="28pt"');
    const back = (await read(await write((await read(odp)).document, 'pptx'))).document as Deck;
    const shape = back.slides[0]?.shapes?.find((s) => s.kind === 'shape' && s.placeholder?.type === 'subTitle');
    const paragraph = shape?.kind === 'shape' ? shape.text?.paragraphs[0] : undefined;
    expect(paragraph?.runs[0]?.style).toMatchObject({ size: 2800, color: { rgb: '7F7F7F' } });
    expect(paragraph?.style?.align).toBe('center');
  });
});

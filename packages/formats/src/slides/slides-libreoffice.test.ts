/**
 * LibreOffice as the independent judge of what Ostal writes: it must open the files and show
 * the titles and bodies (PDF export read back with pdftotext), and keep the notes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { makeSlide } from '@ostal/model';
import type { Deck } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { libreofficeConvert, libreofficePdfText } from '../../../../test/support/libreoffice.js';
import { read, write } from '../index.js';
import { richDeck } from './rich-deck.fixture.js';

const deck: Deck = {
  kind: 'deck',
  version: 2,
  meta: { title: 'Essai' },
  size: { cx: 12_192_000, cy: 6_858_000 },
  slides: [
    makeSlide('Bienvenue à Ostal', ['Premier point', 'Second point & suite'], 'Dire bonjour'),
    makeSlide('Conclusion', ['Merci de votre écoute']),
  ],
};


function expectSlidesVisible(text: string): void {
  for (const s of ['Bienvenue à Ostal', 'Premier point', 'Second point & suite', 'Conclusion', 'Merci de votre écoute']) expect(text).toContain(s);
  // Two slides, two pages.
  expect(text.split('\f').filter((p) => p.trim() !== '')).toHaveLength(2);
}

describe('LibreOffice opens what Ostal writes', () => {
  it('shows the titles and bodies of a .pptx', async () => {
    expectSlidesVisible(libreofficePdfText(await write(deck, 'pptx'), 'deck.pptx'));
  });

  it('shows the titles and bodies of an .odp', async () => {
    expectSlidesVisible(libreofficePdfText(await write(deck, 'odp'), 'deck.odp'));
  });

  it('reads the .pptx title, outline and notes placeholders as such', async () => {
    const flat = libreofficeConvert(await write(deck, 'pptx'), 'deck.pptx', 'fodp');
    expect(flat).toMatch(/presentation:class="title"[^>]*>\s*<draw:text-box>.*Bienvenue à Ostal/s);
    expect(flat).toMatch(/presentation:class="outline".*Premier point/s);
    expect(flat).toMatch(/<presentation:notes.*Dire bonjour.*<\/presentation:notes>/s);
  });
});

/** The draw:page elements of a flat ODF presentation LibreOffice wrote, with their text. */
function pagesOf(flat: string): { text: string; hidden: boolean; xml: string }[] {
  const body = flat.slice(flat.indexOf('<office:presentation'));
  const hiddenStyles = new Set([...flat.matchAll(/<style:style style:name="([^"]+)" style:family="drawing-page">(?:(?!<\/style:style>).)*presentation:visibility="hidden"/gs)].map((m) => m[1]));
  return [...body.matchAll(/<draw:page\b([^>]*)>(.*?)<\/draw:page>/gs)].map((m) => {
    const xml = (m[2] ?? '').replace(/<presentation:notes.*?<\/presentation:notes>/gs, '');
    const style = /draw:style-name="([^"]+)"/.exec(m[1] ?? '')?.[1];
    return { xml, hidden: style !== undefined && hiddenStyles.has(style), text: xml.replace(/<text:line-break\/>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ') };
  });
}

describe.each(['pptx', 'odp'] as const)('LibreOffice opens a rich deck written as %s', (format) => {
  it('with every slide, its text, shapes, table, pictures and the hidden flag', async () => {
    const pages = pagesOf(libreofficeConvert(await write(richDeck, format), `rich.${format}`, 'fodp'));
    expect(pages).toHaveLength(3);
    expect(pages.map((p) => p.hidden)).toEqual([false, false, true]);
    for (const [i, words] of [
      ['Bilan 2024', 'Premier', 'point', 'Détail du point', 'Hausse', 'Voir annexe'],
      ['Chiffres', 'Région', '2023 et 2024', 'Bretagne', 'Occitanie', '15'],
      ['Annexe cachée', 'Réservé'],
    ].entries()) {
      for (const w of words) expect(pages[i]?.text).toContain(w);
    }
    expect(pages[0]?.xml).toMatch(/<draw:custom-shape[^>]*>.*draw:type="(ooxml-rightArrow|right-arrow)"/s);
    expect(pages[1]?.xml).toContain('<table:table');
    expect(pages[1]?.xml).toContain('<draw:image');
    expect(pages[1]?.xml).toContain('<draw:g');
  });
});

describe('LibreOffice opens corpus decks Ostal rewrote', () => {
  it.each(['pptx/oxpt-FiveSlides.pptx', 'odp/tika-LibreOfficeImpress_odp_1.3.odp', 'pptx/poi-with_japanese.pptx'])('%s keeps its slide count and titles as pptx and odp', async (file) => {
    const deck = (await read(readFileSync(path.resolve(import.meta.dirname, '../../../../../shared/corpus', file)))).document as Deck;
    for (const format of ['pptx', 'odp'] as const) {
      const pages = pagesOf(libreofficeConvert(await write(deck, format), `deck.${format}`, 'fodp'));
      expect(pages).toHaveLength(deck.slides.length);
      deck.slides.forEach((s, i) => {
        const words = s.title.replace(/&/g, '&amp;').split(/\s+/).filter((w) => w !== '');
        for (const w of words) expect(pages[i]?.text).toContain(w);
      });
    }
  });
});

/** Decks whose master swaps the colour names (dark templates, decks converted from PowerPoint 97) keep their colours. */
import { flattenShapes, makeSlide } from '@ostal/model';
import type { Deck, DeckShape } from '@ostal/model';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { read, write } from '../index.js';

const base: Deck = { kind: 'deck', version: 2, meta: {}, size: { cx: 9_144_000, cy: 6_858_000 }, slides: [makeSlide('Sombre', []), makeSlide('Clair', [])] };
const A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
const box = (name: string) =>
  `<p:sp><p:nvSpPr><p:cNvPr id="30" name="${name}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm ${A}><a:off x="0" y="0"/><a:ext cx="914400" cy="914400"/></a:xfrm><a:prstGeom ${A} prst="rect"><a:avLst/></a:prstGeom>` +
  `<a:solidFill ${A}><a:schemeClr val="bg1"/></a:solidFill></p:spPr><p:txBody><a:bodyPr ${A}/><a:p ${A}><a:r><a:rPr><a:solidFill><a:schemeClr val="tx1"/></a:solidFill></a:rPr><a:t>Texte</a:t></a:r></a:p></p:txBody></p:sp>`;

/** Two slides under a master mapping bg1 → dk2 and tx1 → lt1; the second slide maps them back itself. */
async function darkPackage(): Promise<Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(unzipSync(await write(base, 'pptx')))) {
    let text = strFromU8(data);
    if (/^ppt\/slideMasters\/slideMaster\d+\.xml$/.test(name)) text = text.replace(/<p:clrMap [^>]*\/>/, '<p:clrMap bg1="dk2" tx1="lt1" bg2="dk1" tx2="lt2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>');
    if (name === 'ppt/slides/slide1.xml') text = text.replace('</p:spTree>', `${box('Cadre')}</p:spTree>`);
    if (name === 'ppt/slides/slide2.xml')
      text = text
        .replace('</p:spTree>', `${box('Cadre')}</p:spTree>`)
        .replace(/<p:clrMapOvr>.*?<\/p:clrMapOvr>/, `<p:clrMapOvr><a:overrideClrMapping ${A} bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/></p:clrMapOvr>`);
    out[name] = /\.(xml|rels)$/.test(name) ? strToU8(text) : data;
  }
  return zipSync(out);
}

const cadre = (deck: Deck, slide: number): DeckShape | undefined => flattenShapes(deck.slides[slide]?.shapes ?? []).find((s) => s.name === 'Cadre');

describe('a master’s colour mapping (p:clrMap)', () => {
  it('sends the slide’s background and text colours to the theme slots the master maps them to', async () => {
    const deck = (await read(await darkPackage())).document as Deck;
    const dark = cadre(deck, 0);
    expect(dark?.kind === 'shape' ? dark.fill : undefined).toEqual({ kind: 'solid', color: { scheme: 'dk2' } });
    expect(dark?.kind === 'shape' ? dark.text?.paragraphs[0]?.runs[0]?.style?.color : undefined).toEqual({ scheme: 'lt1' });
    // The second slide overrides the mapping with the identity: its colours stay as named.
    const light = cadre(deck, 1);
    expect(light?.kind === 'shape' ? light.fill : undefined).toEqual({ kind: 'solid', color: { scheme: 'bg1' } });
  });

  it('keeps those colours through a save, which writes the identity mapping', async () => {
    const deck = (await read(await darkPackage())).document as Deck;
    const back = (await read(await write(deck, 'pptx'))).document as Deck;
    const dark = cadre(back, 0);
    expect(dark?.kind === 'shape' ? dark.fill : undefined).toEqual({ kind: 'solid', color: { scheme: 'dk2' } });
  });
});

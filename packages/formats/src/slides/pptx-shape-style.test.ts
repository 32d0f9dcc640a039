/** Shapes styled by the theme (p:style), as PowerPoint inserts them, keep the look PowerPoint shows. */
import { flattenShapes, makeSlide } from '@ostal/model';
import type { Deck, DeckShape } from '@ostal/model';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { read, write } from '../index.js';

const base: Deck = { kind: 'deck', version: 2, meta: {}, size: { cx: 9_144_000, cy: 6_858_000 }, slides: [makeSlide('Styles', [])] };

const A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
const STYLED = [
  // A rectangle as PowerPoint inserts it: geometry only, fill, line and text colour from its style.
  `<p:sp><p:nvSpPr><p:cNvPr id="20" name="Rectangle 1"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>`,
  `<p:spPr><a:xfrm ${A}><a:off x="914400" y="914400"/><a:ext cx="1828800" cy="914400"/></a:xfrm><a:prstGeom ${A} prst="rect"><a:avLst/></a:prstGeom></p:spPr>`,
  `<p:style><a:lnRef ${A} idx="2"><a:schemeClr val="accent1"><a:shade val="50000"/></a:schemeClr></a:lnRef><a:fillRef ${A} idx="1"><a:schemeClr val="accent1"/></a:fillRef>`,
  `<a:effectRef ${A} idx="0"><a:schemeClr val="accent1"/></a:effectRef><a:fontRef ${A} idx="minor"><a:schemeClr val="lt1"/></a:fontRef></p:style>`,
  `<p:txBody><a:bodyPr ${A}/><a:p ${A}><a:r><a:t>Bleu</a:t></a:r><a:r><a:rPr><a:solidFill><a:srgbClr val="FF0000"/></a:solidFill></a:rPr><a:t> rouge</a:t></a:r></a:p></p:txBody></p:sp>`,
  // Its own "no fill" wins over the style's fill.
  `<p:sp><p:nvSpPr><p:cNvPr id="21" name="Ellipse 2"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>`,
  `<p:spPr><a:xfrm ${A}><a:off x="3657600" y="914400"/><a:ext cx="914400" cy="914400"/></a:xfrm><a:prstGeom ${A} prst="ellipse"><a:avLst/></a:prstGeom><a:noFill ${A}/></p:spPr>`,
  `<p:style><a:lnRef ${A} idx="1"><a:schemeClr val="accent2"/></a:lnRef><a:fillRef ${A} idx="1"><a:schemeClr val="accent2"/></a:fillRef><a:effectRef ${A} idx="0"><a:schemeClr val="accent2"/></a:effectRef><a:fontRef ${A} idx="minor"><a:schemeClr val="lt1"/></a:fontRef></p:style></p:sp>`,
  // An arrow whose a:ln states only its head.
  `<p:cxnSp><p:nvCxnSpPr><p:cNvPr id="22" name="Straight Arrow Connector 3"/><p:cNvCxnSpPr/><p:nvPr/></p:nvCxnSpPr>`,
  `<p:spPr><a:xfrm ${A}><a:off x="914400" y="2743200"/><a:ext cx="1828800" cy="0"/></a:xfrm><a:prstGeom ${A} prst="straightConnector1"><a:avLst/></a:prstGeom><a:ln ${A}><a:tailEnd type="triangle"/></a:ln></p:spPr>`,
  `<p:style><a:lnRef ${A} idx="1"><a:schemeClr val="accent3"/></a:lnRef><a:fillRef ${A} idx="0"><a:schemeClr val="accent3"/></a:fillRef><a:effectRef ${A} idx="0"><a:schemeClr val="accent3"/></a:effectRef><a:fontRef ${A} idx="minor"><a:schemeClr val="tx1"/></a:fontRef></p:style></p:cxnSp>`,
].join('');

/** A package whose first slide holds the styled shapes and whose theme's second line style is 3 pt. */
async function styledPackage(): Promise<Uint8Array> {
  const files = unzipSync(await write(base, 'pptx'));
  const out: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(files)) {
    let text = strFromU8(data);
    if (name === 'ppt/slides/slide1.xml') text = text.replace('</p:spTree>', `${STYLED}</p:spTree>`);
    if (/^ppt\/theme\/theme\d+\.xml$/.test(name)) text = text.replace('<a:ln w="12700"', '<a:ln w="38100"');
    out[name] = /\.(xml|rels)$/.test(name) ? strToU8(text) : data;
  }
  return zipSync(out);
}

const byName = (deck: Deck, name: string): DeckShape | undefined => flattenShapes(deck.slides[0]?.shapes ?? []).find((s) => s.name === name);

describe('shapes styled by the theme (p:style)', () => {
  it('show their style’s fill, line and text colour where they state none of their own', async () => {
    const deck = (await read(await styledPackage())).document as Deck;
    const rect = byName(deck, 'Rectangle 1');
    expect(rect?.kind === 'shape' ? rect.fill : undefined).toEqual({ kind: 'solid', color: { scheme: 'accent1' } });
    // Width from the theme's second line style (3 pt here), colour from the reference, darker.
    expect(rect?.kind === 'shape' ? rect.line : undefined).toEqual({ width: 38_100, fill: { kind: 'solid', color: { scheme: 'accent1', lumMod: 50_000 } } });
    // White text where the run says nothing, its own red where it does.
    expect(rect?.kind === 'shape' ? rect.text?.paragraphs[0]?.runs.map((r) => r.style?.color) : undefined).toEqual([{ scheme: 'lt1' }, { rgb: 'FF0000' }]);

    const ellipse = byName(deck, 'Ellipse 2');
    expect(ellipse?.kind === 'shape' ? ellipse.fill : undefined).toEqual({ kind: 'none' });
    expect(ellipse?.kind === 'shape' ? ellipse.line : undefined).toMatchObject({ fill: { kind: 'solid', color: { scheme: 'accent2' } } });

    const arrow = byName(deck, 'Straight Arrow Connector 3');
    expect(arrow?.kind === 'connector' ? arrow.line : undefined).toEqual({ width: 6350, tail: 'triangle', fill: { kind: 'solid', color: { scheme: 'accent3' } } });
  });

  it('keep that look through a save to PPTX and to ODP', async () => {
    const deck = (await read(await styledPackage())).document as Deck;
    for (const format of ['pptx', 'odp'] as const) {
      const back = (await read(await write(deck, format))).document as Deck;
      const rect = byName(back, 'Rectangle 1');
      expect(rect?.kind === 'shape' && rect.fill?.kind === 'solid', format).toBe(true);
      expect(rect?.kind === 'shape' ? rect.line?.width : undefined, format).toBe(38_100);
    }
  });

  it('text boxes take the presentation’s default text style (p:defaultTextStyle), kept on a save', async () => {
    const files = unzipSync(await styledPackage());
    const presentation = strFromU8(files['ppt/presentation.xml']!).replace(/<p:defaultTextStyle>.*<\/p:defaultTextStyle>/s, `<p:defaultTextStyle><a:lvl1pPr ${A} algn="ctr"><a:defRPr sz="2400"><a:solidFill><a:srgbClr val="FFFF66"/></a:solidFill></a:defRPr></a:lvl1pPr></p:defaultTextStyle>`);
    const bytes = zipSync({ ...files, 'ppt/presentation.xml': strToU8(presentation) });
    const deck = (await read(bytes)).document as Deck;
    expect(deck.defaultTextStyle?.[0]).toEqual({ paragraph: { align: 'center' }, run: { size: 2400, color: { rgb: 'FFFF66' } } });
    const back = (await read(await write(deck, 'pptx'))).document as Deck;
    expect(back.defaultTextStyle).toEqual(deck.defaultTextStyle);
  });
});

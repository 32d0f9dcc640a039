/** Shape effects: kept in PPTX, the outer shadow converted to and from ODF 1.3 draw:shadow, the rest reported; judged by LibreOffice. */
import { flattenShapes, makeSlide } from '@ostal/model';
import type { Deck, DeckShape, ShapeShadow } from '@ostal/model';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { read, write } from '../api.js';
import { deckConversionLosses } from './deck-conversion-losses.js';

const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const shadow = `<a:effectLst xmlns:a="${A}"><a:outerShdw blurRad="0" dist="254000" dir="2700000" algn="tl" rotWithShape="0"><a:srgbClr val="1F3864"><a:alpha val="40000"/></a:srgbClr></a:outerShdw></a:effectLst>`;
const glow = `<a:effectLst xmlns:a="${A}"><a:glow rad="101600"><a:srgbClr val="FFC000"/></a:glow><a:softEdge rad="63500"/></a:effectLst>`;

const shadowModel: ShapeShadow = { dist: 254_000, dir: 2_700_000, color: { rgb: '1F3864', alpha: 40_000 } };

const box = (id: number, x: number, effectsXml: string, shadow?: ShapeShadow): DeckShape => ({
  kind: 'shape',
  id,
  geometry: 'rect',
  xfrm: { x, y: 1_500_000, cx: 3_000_000, cy: 2_000_000 },
  fill: { kind: 'solid', color: { rgb: 'E1000F' } },
  effectsXml,
  ...(shadow ? { shadow } : {}),
  text: { paragraphs: [{ runs: [{ text: `Forme ${String(id)}` }] }] },
});

const deck: Deck = {
  kind: 'deck',
  version: 2,
  meta: {},
  size: { cx: 12_192_000, cy: 6_858_000 },
  slides: [{ id: 's1', title: '', body: [], notes: '', shapes: [box(2, 600_000, shadow, shadowModel), box(3, 5_000_000, glow)] }],
};

function effectsOf(d: Deck): (string | undefined)[] {
  return (d.slides[0]?.shapes ?? []).map((s) => (s.kind === 'shape' ? s.effectsXml : undefined));
}

function shadowsOf(d: Deck): (ShapeShadow | undefined)[] {
  return (d.slides[0]?.shapes ?? []).map((s) => (s.kind === 'shape' ? s.shadow : undefined));
}

describe('shape effects', () => {
  it('are kept as they are on a PPTX round trip', async () => {
    const back = (await read(await write(deck, 'pptx'), { format: 'pptx' })).document as Deck;
    const [a, b] = effectsOf(back);
    expect(a).toMatch(/<a:outerShdw blurRad="0" dist="254000" dir="2700000"[^>]*><a:srgbClr val="1F3864"><a:alpha val="40000"\/>/);
    expect(b).toMatch(/<a:glow rad="101600">[\s\S]*<a:softEdge rad="63500"\/>/);
    expect(shadowsOf(back)).toEqual([shadowModel, undefined]);
  });

  it('ODP: the shadow becomes draw:shadow (valid ODF 1.3) and comes back; glow and soft edges are reported', async () => {
    const odp = await write(deck, 'odp');
    expect(odfSchemaErrors(odp)).toEqual([]);
    const content = new TextDecoder().decode(unzipSync(odp)['content.xml']);
    // 254000 EMU (7.056 mm) at 45°: 179605 EMU, 4.989028 mm, on each axis.
    expect(content).toMatch(/draw:shadow="visible" draw:shadow-offset-x="4.989028mm" draw:shadow-offset-y="4.989028mm" draw:shadow-color="#1f3864" draw:shadow-opacity="40%"/);
    const fromOdp = (await read(odp, { format: 'odp' })).document as Deck;
    expect(shadowsOf(fromOdp)).toEqual([shadowModel, undefined]);
    expect(effectsOf(fromOdp)).toEqual([undefined, undefined]);
    // ODP -> PPTX: the shadow becomes the shape's own a:outerShdw.
    const slide = strFromU8(unzipSync(await write(fromOdp, 'pptx'))['ppt/slides/slide1.xml']!);
    expect(slide).toMatch(/<a:effectLst><a:outerShdw dist="254000" dir="2700000" algn="tl" rotWithShape="0"><a:srgbClr val="1F3864"><a:alpha val="40000"\/><\/a:srgbClr><\/a:outerShdw><\/a:effectLst>/);
    const losses = deckConversionLosses(deck, 'odp');
    expect(losses.map((l) => l.code)).toEqual(['effects-dropped']);
    expect(losses[0]?.message).toContain('glow, softEdge');
    expect(deckConversionLosses(deck, 'pptx')).toEqual([]);
  });

  it('LibreOffice draws the shadow Ostal writes to ODP and reads it back into PPTX', async () => {
    const pptx = unzipSync(new Uint8Array(libreofficeConvertBytes(await write(deck, 'odp'), 'effects.odp', 'pptx')));
    const slide = new TextDecoder().decode(pptx['ppt/slides/slide1.xml']);
    expect(slide).toMatch(/<a:outerShdw[^>]*dist="25\d{4}"[^>]*dir="2700000"/);
  });
});

const NSA = `xmlns:a="${A}"`;
/** Two shapes whose style names the theme's second effect style; the second states an empty effect list of its own. */
const STYLED = [1, 2]
  .map(
    (n) =>
      `<p:sp><p:nvSpPr><p:cNvPr id="${String(20 + n)}" name="Styled ${String(n)}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr><a:xfrm ${NSA}><a:off x="${String(n * 2_000_000)}" y="914400"/><a:ext cx="1828800" cy="914400"/></a:xfrm><a:prstGeom ${NSA} prst="rect"><a:avLst/></a:prstGeom>${n === 2 ? `<a:effectLst ${NSA}/>` : ''}</p:spPr>` +
      `<p:style><a:lnRef ${NSA} idx="1"><a:schemeClr val="accent1"/></a:lnRef><a:fillRef ${NSA} idx="1"><a:schemeClr val="accent1"/></a:fillRef><a:effectRef ${NSA} idx="2"><a:schemeClr val="accent2"/></a:effectRef><a:fontRef ${NSA} idx="minor"><a:schemeClr val="lt1"/></a:fontRef></p:style></p:sp>`,
  )
  .join('');
/** An Office 2007 theme's second effect style, its colour the reference's (phClr) at 35 % opacity. */
const EFFECT_STYLE = `<a:effectStyle><a:effectLst><a:outerShdw blurRad="40000" dist="23000" dir="5400000" rotWithShape="0"><a:schemeClr val="phClr"><a:alpha val="35000"/></a:schemeClr></a:outerShdw></a:effectLst></a:effectStyle>`;

async function themedPackage(): Promise<Uint8Array> {
  const files = unzipSync(await write({ ...deck, slides: [makeSlide('Effets', [])] }, 'pptx'));
  const out: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(files)) {
    let text = strFromU8(data);
    if (name === 'ppt/slides/slide1.xml') text = text.replace('</p:spTree>', `${STYLED}</p:spTree>`);
    if (/^ppt\/theme\/theme\d+\.xml$/.test(name)) text = text.replace(/(<a:effectStyleLst><a:effectStyle>.*?<\/a:effectStyle>)<a:effectStyle>.*?<\/a:effectStyle>/, `$1${EFFECT_STYLE}`);
    out[name] = /\.(xml|rels)$/.test(name) ? strToU8(text) : data;
  }
  return zipSync(out);
}

describe('theme effects (a:effectRef)', () => {
  const styled = (d: Deck, name: string) => flattenShapes(d.slides[0]?.shapes ?? []).find((s) => s.name === name);

  it('a shape takes its theme effect style’s shadow in the reference’s colour, unless it states effects of its own', async () => {
    const read1 = (await read(await themedPackage(), { format: 'pptx' })).document as Deck;
    const one = styled(read1, 'Styled 1');
    const expected: ShapeShadow = { dist: 23_000, dir: 5_400_000, blur: 40_000, color: { scheme: 'accent2', alpha: 35_000 } };
    expect(one?.kind === 'shape' ? one.shadow : undefined).toEqual(expected);
    expect(one?.kind === 'shape' ? one.effectsXml : undefined).toMatch(/<a:outerShdw blurRad="40000"[^>]*><a:schemeClr val="accent2"><a:alpha val="35000"\/><\/a:schemeClr>/);
    const two = styled(read1, 'Styled 2');
    expect(two?.kind === 'shape' ? [two.shadow, two.effectsXml] : 'missing').toEqual([undefined, undefined]);

    // PPTX: written as the shape's own effects (Ostal's theme has empty effect styles).
    const again = styled((await read(await write(read1, 'pptx'), { format: 'pptx' })).document as Deck, 'Styled 1');
    expect(again?.kind === 'shape' ? again.shadow : undefined).toEqual(expected);
    // ODP: 23000 EMU straight down (0.638889 mm), accent2 of the theme, 35 % opaque; no blur in ODF 1.3.
    const odp = await write(read1, 'odp');
    expect(odfSchemaErrors(odp)).toEqual([]);
    const accent2 = read1.theme?.colors['accent2']?.toLowerCase();
    expect(new TextDecoder().decode(unzipSync(odp)['content.xml'])).toContain(`draw:shadow="visible" draw:shadow-offset-x="0mm" draw:shadow-offset-y="0.638889mm" draw:shadow-color="#${accent2 ?? ''}" draw:shadow-opacity="35%"`);
    const fromOdp = styled((await read(odp, { format: 'odp' })).document as Deck, 'Styled 1');
    expect(fromOdp?.kind === 'shape' ? fromOdp.shadow : undefined).toEqual({ dist: 23_000, dir: 5_400_000, color: { rgb: accent2?.toUpperCase(), alpha: 35_000 } });
  });
});

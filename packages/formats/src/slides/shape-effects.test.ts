/** Shape effects: kept in PPTX, the outer shadow converted to and from ODF 1.3 draw:shadow, the rest reported; judged by LibreOffice. */
import type { Deck, DeckShape } from '@ostal/model';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { read, write } from '../api.js';
import { deckConversionLosses } from './deck-conversion-losses.js';

const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const shadow = `<a:effectLst xmlns:a="${A}"><a:outerShdw blurRad="0" dist="254000" dir="2700000" algn="tl" rotWithShape="0"><a:srgbClr val="1F3864"><a:alpha val="40000"/></a:srgbClr></a:outerShdw></a:effectLst>`;
const glow = `<a:effectLst xmlns:a="${A}"><a:glow rad="101600"><a:srgbClr val="FFC000"/></a:glow><a:softEdge rad="63500"/></a:effectLst>`;

const box = (id: number, x: number, effectsXml: string): DeckShape => ({
  kind: 'shape',
  id,
  geometry: 'rect',
  xfrm: { x, y: 1_500_000, cx: 3_000_000, cy: 2_000_000 },
  fill: { kind: 'solid', color: { rgb: 'E1000F' } },
  effectsXml,
  text: { paragraphs: [{ runs: [{ text: `Forme ${String(id)}` }] }] },
});

const deck: Deck = {
  kind: 'deck',
  version: 2,
  meta: {},
  size: { cx: 12_192_000, cy: 6_858_000 },
  slides: [{ id: 's1', title: '', body: [], notes: '', shapes: [box(2, 600_000, shadow), box(3, 5_000_000, glow)] }],
};

function effectsOf(d: Deck): (string | undefined)[] {
  return (d.slides[0]?.shapes ?? []).map((s) => (s.kind === 'shape' ? s.effectsXml : undefined));
}

describe('shape effects', () => {
  it('are kept as they are on a PPTX round trip', async () => {
    const back = (await read(await write(deck, 'pptx'), { format: 'pptx' })).document as Deck;
    const [a, b] = effectsOf(back);
    expect(a).toMatch(/<a:outerShdw blurRad="0" dist="254000" dir="2700000"[^>]*><a:srgbClr val="1F3864"><a:alpha val="40000"\/>/);
    expect(b).toMatch(/<a:glow rad="101600">[\s\S]*<a:softEdge rad="63500"\/>/);
  });

  it('ODP: the shadow becomes draw:shadow (valid ODF 1.3) and comes back; glow and soft edges are reported', async () => {
    const odp = await write(deck, 'odp');
    expect(odfSchemaErrors(odp)).toEqual([]);
    const content = new TextDecoder().decode(unzipSync(odp)['content.xml']);
    // 254000 EMU (7.056 mm) at 45°: 179605 EMU, 4.989028 mm, on each axis.
    expect(content).toMatch(/draw:shadow="visible" draw:shadow-offset-x="4.989028mm" draw:shadow-offset-y="4.989028mm" draw:shadow-color="#1f3864" draw:shadow-opacity="40%"/);
    const [a, b] = effectsOf((await read(odp, { format: 'odp' })).document as Deck);
    expect(a).toMatch(/<a:outerShdw dist="254000" dir="2700000"[^>]*><a:srgbClr val="1F3864"><a:alpha val="40000"\/>/);
    expect(b).toBeUndefined();
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

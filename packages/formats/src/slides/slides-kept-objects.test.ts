/** Objects kept as their source markup (charts, OLE and embedded documents) on same-format saves. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { makeSlide, slideTextLines } from '@ostal/model';
import type { Deck } from '@ostal/model';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { libreofficeConvertBytes } from '../../../../test/support/libreoffice.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { read, write } from '../api.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../../../shared/corpus');

async function deckOf(file: string): Promise<Deck> {
  return (await read(new Uint8Array(readFileSync(path.join(CORPUS, file))), { format: file.endsWith('.odp') ? 'odp' : 'pptx' })).document as Deck;
}

function appXml(pptx: Uint8Array): string {
  return strFromU8(unzipSync(pptx)['docProps/app.xml']!);
}

describe('kept PPTX markup', () => {
  it('names the application that wrote kept charts, so readers apply its defaults', async () => {
    const deck = await deckOf('pptx/oxsdk-O12Typical.pptx');
    const chart = deck.slides.flatMap((s) => s.shapes ?? []).find((s) => s.kind === 'opaque' && s.what === 'chart');
    expect(chart?.kind === 'opaque' ? chart.source?.generator : undefined).toEqual({ application: 'Microsoft Office PowerPoint', appVersion: '12.0000' });
    const app = appXml(await write(deck, 'pptx'));
    expect(app).toContain('<Application>Microsoft Office PowerPoint</Application>');
    expect(app).toContain('<AppVersion>12.0000</AppVersion>');
  });

  it('keeps an OLE object shown as an icon with its own picture (the VML-drawn choice left out)', async () => {
    const saved = unzipSync(await write(await deckOf('pptx/pypptx-shp-access-ole-object.pptx'), 'pptx'));
    const slide = strFromU8(saved['ppt/slides/slide1.xml']!);
    // The legacy VML drawing that choice needs is not written, so only the object with its picture is.
    expect(slide).not.toContain('Requires="v"');
    expect(slide).toMatch(/<p:oleObj [^>]*progId="Excel\.Sheet\.12"[^>]*>.*<p:pic>.*r:embed="rId\d+"/s);
    expect(Object.keys(saved).filter((name) => /embeddings\/.+\.xlsx$|media\/.+\.emf$/.test(name))).toHaveLength(2);
  });

  it('keeps a shape holding an Office Math equation whole, shown elsewhere as its picture', async () => {
    const deck = await deckOf('pptx/poi-stress013.pptx');
    const slide = deck.slides[8]!;
    const equation = slide.shapes!.find((s) => s.kind === 'opaque' && s.what === 'equation');
    expect(equation?.kind === 'opaque' ? equation.fallback : undefined).toBeDefined();
    const files = unzipSync(await write(deck, 'pptx'));
    const xml = strFromU8(files['ppt/slides/slide9.xml']!);
    expect(xml).toContain('<mc:Choice Requires="a14"');
    expect(xml).toMatch(/<m:t>𝑥<\/m:t>/);
    // The fallback picture is written with the markup and its relationship renamed to reach it.
    const embed = /<a:blip \w+:embed="(rId\d+)"/.exec(xml.slice(xml.indexOf('<mc:Fallback')))?.[1];
    expect(strFromU8(files['ppt/slides/_rels/slide9.xml.rels']!)).toContain(`Id="${embed ?? 'none'}"`);
    const odp = await write(deck, 'odp');
    const again = (await read(odp, { format: 'odp' })).document as Deck;
    expect(again.slides[8]!.shapes!.some((s) => s.kind === 'picture')).toBe(true);
  });

  it('draws a SmartArt diagram without a picture in ODP as the shapes PowerPoint last drew, with their text', async () => {
    const deck = await deckOf('pptx/pypptx-shp-shapes.pptx');
    const diagram = deck.slides[0]!.shapes!.find((s) => s.kind === 'opaque' && s.what === 'diagram');
    expect(diagram?.kind === 'opaque' ? diagram.drawing?.length : 0).toBe(5);
    const odp = await write(deck, 'odp');
    const back = (await read(odp, { format: 'odp' })).document as Deck;
    const group = back.slides[0]!.shapes!.find((s) => s.kind === 'group' && s.children.length === 5);
    expect(group).toBeDefined();
    expect(slideTextLines(back.slides[0]!).join(' ')).toContain('Smart Art');
  });

  it('names Ostal when nothing is kept as is', async () => {
    const deck: Deck = { kind: 'deck', version: 2, meta: {}, size: { cx: 9_144_000, cy: 6_858_000 }, slides: [makeSlide('Un')] };
    const app = appXml(await write(deck, 'pptx'));
    expect(app).toContain('<Application>Ostal</Application>');
    expect(app).not.toContain('AppVersion');
  });
});

describe('kept ODP objects', () => {
  it('reads an embedded document with the files of its folder, and writes them back under a new name', async () => {
    const deck = await deckOf('odp/odftk-SlideTest2.odp');
    const object = deck.slides[0]!.shapes!.find((s) => s.kind === 'opaque');
    const source = object?.kind === 'opaque' ? object.source : undefined;
    expect(source?.format).toBe('odp');
    expect(Object.values(source?.rels ?? {})).toEqual([{ type: 'application/vnd.oasis.opendocument.text', path: 'Object 1' }]);
    expect(source?.parts?.map((p) => p.path).sort()).toEqual(['Object 1/content.xml', 'Object 1/settings.xml', 'Object 1/styles.xml']);

    const written = await write(deck, 'odp');
    // The presentation's own parts are valid ODF 1.3; the kept sub-document stays the ODF 1.2 it was.
    expect(odfSchemaErrors(written).filter((e) => !e.includes('/Object 1/') && !e.startsWith('[warning]'))).toEqual([]);
    const files = unzipSync(written);
    const manifest = strFromU8(files['META-INF/manifest.xml']!);
    // The folder keeps its sub-document's ODF version: LibreOffice does not load an object whose versions disagree.
    expect(manifest).toContain('manifest:full-path="Object 1/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.text"');
    expect(strFromU8(files['Object 1/content.xml']!)).toContain('Text Properties');
    expect(strFromU8(files['content.xml']!)).toMatch(/<draw:object [^>]*href="\.\/Object 1"/);

    const again = (await read(written, { format: 'odp' })).document as Deck;
    expect(again.slides[0]!.shapes!.filter((s) => s.kind === 'opaque')).toHaveLength(1);
  });

  it('LibreOffice loads the kept embedded document from what Ostal writes', async () => {
    const deck = await deckOf('odp/odftk-SlideTest2.odp');
    const flat = strFromU8(new Uint8Array(libreofficeConvertBytes(await write(deck, 'odp'), 'object.odp', 'fodp')));
    const object = /<draw:object>[\s\S]*?<\/draw:object>/.exec(flat)?.[0] ?? '';
    expect(object).toContain('<office:document');
    expect(object).toContain('Text Properties');
  });

  it('a flat file shows the replacement picture of an object it cannot inline (older than ODF 1.2)', async () => {
    const deck = await deckOf('odp/odftk-SlideTest3.odp');
    const bytes = await write(deck, 'fodp');
    expect(odfSchemaErrors(bytes, true)).toEqual([]);
    const flat = strFromU8(bytes);
    expect(flat).not.toContain('<draw:object');
    expect(flat).toMatch(/<draw:frame [^>]*draw:name="embedded object \(OLE\)12"[^>]*><draw:image><office:binary-data>/);
  });
});

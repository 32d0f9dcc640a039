/**
 * Writer texts embedded in ODF slides reach PPTX as PowerPoint embeds Word documents: an OLE
 * object holding a .docx package, shown by its picture, which Word (and Ostal) opens.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { emptyDeck, emptyWorkbook } from '@ostal/model';
import type { Deck, OpaqueShape, TextDocument, Workbook } from '@ostal/model';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { libreofficeConvert } from '../../../../test/support/libreoffice.js';
import { pngBytes } from '../../../../test/support/png.js';
import { read, write } from '../index.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../../../shared/corpus/odp');

async function deckOf(bytes: Uint8Array, format: 'odp' | 'pptx'): Promise<Deck> {
  return (await read(bytes, { format })).document as Deck;
}

function opaque(deck: Deck): OpaqueShape[] {
  return deck.slides.flatMap((s) => s.shapes ?? []).filter((s): s is OpaqueShape => s.kind === 'opaque');
}

function plainText(doc: TextDocument): string {
  const walk = (n: { text?: string; content?: readonly unknown[] }): string => (n.text ?? '') + (n.content ?? []).map((c) => walk(c as typeof n)).join(' ');
  return walk(doc.content);
}

describe('Writer texts embedded in ODF slides, to PPTX', () => {
  it('become OLE objects holding a Word package with the text, shown by their picture', async () => {
    const deck = await deckOf(new Uint8Array(readFileSync(path.join(CORPUS, 'odftk-SlideTest3.odp'))), 'odp');
    expect(opaque(deck).filter((s) => s.what === 'ole-object')).toHaveLength(2);
    const files = unzipSync(await write(deck, 'pptx'));
    const slide = strFromU8(files['ppt/slides/slide1.xml']!);
    const rels = strFromU8(files['ppt/slides/_rels/slide1.xml.rels']!);
    const types = strFromU8(files['[Content_Types].xml']!);
    const objects = [...slide.matchAll(/<p:oleObj [^>]*r:id="(rId\d+)"[^>]*progId="Word\.Document\.12"><p:embed\/><p:pic>.*?<a:blip r:embed="(rId\d+)"\/>/g)];
    expect(objects).toHaveLength(2);
    const texts: string[] = [];
    for (const [, rel, picture] of objects) {
      const target = new RegExp(`Id="${rel!}" Type="http://schemas\\.openxmlformats\\.org/officeDocument/2006/relationships/package" Target="\\.\\./(embeddings/[^"]+\\.docx)"`).exec(rels)?.[1];
      expect(target).toBeDefined();
      expect(types).toContain(`PartName="/ppt/${target!}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document"`);
      expect(rels).toMatch(new RegExp(`Id="${picture!}" Type="[^"]+/image"`));
      const docx = files[`ppt/${target!}`]!;
      texts.push(plainText((await read(docx, { format: 'docx' })).document as TextDocument));
    }
    expect(texts.join(' ')).toContain('This is an embedded document!');
    expect(texts.join(' ')).toContain('This is an embedded document with a picture.');
  });

  it('stay OLE objects when the PPTX is opened and saved again, as LibreOffice opens PowerPoint’s', async () => {
    const deck = await deckOf(new Uint8Array(readFileSync(path.join(CORPUS, 'odftk-SlideTest3.odp'))), 'odp');
    const pptx = await write(deck, 'pptx');
    const again = await deckOf(pptx, 'pptx');
    expect(opaque(again).map((s) => s.source?.format)).toEqual(['pptx', 'pptx']);
    const resaved = strFromU8(unzipSync(await write(again, 'pptx'))['ppt/slides/slide1.xml']!);
    expect(resaved.match(/progId="Word\.Document\.12"/g)).toHaveLength(2);
    // LibreOffice opens them as the OLE objects it makes of PowerPoint's own embedded documents.
    const flat = libreofficeConvert(pptx, 'objets.pptx', 'fodp');
    expect(flat.match(/<draw:object-ole\b/g)).toHaveLength(2);
  });

  it('of a Calc table becomes an Excel workbook that computes the same', async () => {
    const base = emptyWorkbook('Budget');
    const sheet = { ...base.sheets[0]!, rows: [[{ value: 'Poste' }, { value: 'Montant' }], [{ value: 'Loyer' }, { value: 1200 }], [{ value: 'Total' }, { value: 1200, formula: '=SUM(B2:B2)' }]] };
    const ods = unzipSync(await write({ ...base, sheets: [sheet] }, 'ods'));
    const parts = ['content.xml', 'styles.xml'].map((name) => ({ path: `Object 1/${name}`, type: 'text/xml', data: ods[name]! }));
    const table: OpaqueShape = {
      kind: 'opaque',
      id: 5,
      what: 'ole-object',
      name: 'Tableau',
      xfrm: { x: 914_400, y: 914_400, cx: 3_657_600, cy: 1_828_800 },
      fallback: 'apercu.png',
      source: { format: 'odp', xml: '<draw:object xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="./Object 1"/>', rels: { './Object 1': { type: 'application/vnd.oasis.opendocument.spreadsheet', path: 'Object 1' } }, parts },
    };
    const deck: Deck = { ...emptyDeck(), media: { 'apercu.png': { type: 'image/png', data: pngBytes(40, 20) } }, slides: [{ id: 's1', title: '', body: [], notes: '', shapes: [table] }] };
    const files = unzipSync(await write(deck, 'pptx'));
    expect(strFromU8(files['ppt/slides/slide1.xml']!)).toMatch(/<p:oleObj name="Tableau" r:id="rId\d+" imgW="3657600" imgH="1828800" progId="Excel\.Sheet\.12">/);
    const xlsx = Object.entries(files).find(([name]) => /^ppt\/embeddings\/Microsoft_Excel_Worksheet_[0-9a-f]{8}\.xlsx$/.test(name))?.[1];
    expect(xlsx).toBeDefined();
    const workbook = (await read(xlsx!, { format: 'xlsx' })).document as Workbook;
    expect(workbook.sheets[0]?.name).toBe('Budget');
    expect(workbook.sheets[0]?.rows[2]?.[1]).toMatchObject({ value: 1200, formula: '=SUM(B2:B2)' });
  });

  it('embeds a document repeated on two slides once', async () => {
    const deck = await deckOf(new Uint8Array(readFileSync(path.join(CORPUS, 'odftk-SlideTest3.odp'))), 'odp');
    const twice: Deck = { ...deck, slides: [...deck.slides, ...deck.slides.map((s) => ({ ...s, id: `${s.id}-copie` }))] };
    const files = unzipSync(await write(twice, 'pptx'));
    expect(Object.keys(files).filter((n) => n.startsWith('ppt/embeddings/'))).toHaveLength(2);
    expect(strFromU8(files[`ppt/slides/slide${String(twice.slides.length)}.xml`]!).match(/progId="Word\.Document\.12"/g)).toHaveLength(2);
  });

  it('needs the object’s picture: without one, no OLE object is written', async () => {
    const deck = await deckOf(new Uint8Array(readFileSync(path.join(CORPUS, 'odftk-SlideTest3.odp'))), 'odp');
    const bare: Deck = { ...deck, slides: deck.slides.map((s) => ({ ...s, shapes: (s.shapes ?? []).map((sh) => (sh.kind === 'opaque' ? { ...sh, fallback: undefined } : sh)) })) };
    const slide = strFromU8(unzipSync(await write(bare, 'pptx'))['ppt/slides/slide1.xml']!);
    expect(slide).not.toContain('p:oleObj');
  });
});

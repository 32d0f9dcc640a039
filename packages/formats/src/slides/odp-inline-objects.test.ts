/**
 * Documents embedded in slides survive flat ODF: written inline in the .fodp's draw:object (valid
 * ODF 1.3, shown by LibreOffice with their text), read back as the sub-document a package holds.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Deck, OpaqueShape } from '@ostal/model';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { libreofficeConvert } from '../../../../test/support/libreoffice.js';
import { odfSchemaErrors } from '../../../../test/support/odf-schema.js';
import { read, write } from '../index.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../../../shared/corpus/odp');

async function deckOf(bytes: Uint8Array, format: 'odp' | 'fodp' | 'pptx'): Promise<Deck> {
  return (await read(bytes, { format })).document as Deck;
}

function objects(deck: Deck): OpaqueShape[] {
  return deck.slides.flatMap((s) => s.shapes ?? []).filter((s): s is OpaqueShape => s.kind === 'opaque' && s.what === 'ole-object');
}

/** The text LibreOffice shows of a presentation, pictures' data left out. */
function shownText(flat: string): string {
  const body = flat.slice(flat.indexOf('<office:body'));
  return body.replace(/<office:binary-data>.*?<\/office:binary-data>/gs, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describe('embedded documents in flat presentations', () => {
  const corpus = (name: string): Uint8Array => new Uint8Array(readFileSync(path.join(CORPUS, name)));

  it('are written inline with their pictures, valid ODF 1.3, and LibreOffice shows their text', async () => {
    const fodp = await write(await deckOf(corpus('odftk-Presentation1.odp'), 'odp'), 'fodp');
    expect(odfSchemaErrors(fodp, true)).toEqual([]);
    const xml = strFromU8(fodp);
    expect(xml.match(/<office:document [^>]*office:mimetype="application\/vnd\.oasis\.opendocument\.text"/g)?.length).toBeGreaterThanOrEqual(10);
    const shown = libreofficeConvert(fodp, 'objets.fodp', 'fodp');
    expect(shownText(shown)).toContain('This is an embedded document with a picture.');
    // The embedded document's picture, inline in it.
    expect(xml).toMatch(/<office:document [^>]*>(?:(?!<\/office:document>).)*<draw:image[^>]*><office:binary-data>/s);
  });

  it('come back as sub-documents: to ODP as package objects LibreOffice loads, to PPTX as Word objects', async () => {
    const fromFlat = await deckOf(await write(await deckOf(corpus('odftk-Presentation1.odp'), 'odp'), 'fodp'), 'fodp');
    const kinds = objects(fromFlat).map((s) => Object.values(s.source?.rels ?? {})[0]?.type);
    expect(kinds.filter((k) => k === 'application/vnd.oasis.opendocument.text').length).toBeGreaterThanOrEqual(10);
    const odp = await write(fromFlat, 'odp');
    expect(odfSchemaErrors(odp)).toEqual([]);
    const names = Object.keys(unzipSync(odp));
    expect(names.some((n) => /^Object \d+\/Pictures\/image1\.gif$/.test(n))).toBe(true);
    expect(shownText(libreofficeConvert(odp, 'objets.odp', 'fodp'))).toContain('This is an embedded document with a picture.');
    const pptx = unzipSync(await write(fromFlat, 'pptx'));
    const slides = Object.keys(pptx).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).map((n) => strFromU8(pptx[n]!)).join('');
    expect(slides.match(/progId="Word\.Document\.12"/g)?.length).toBeGreaterThanOrEqual(10);
  });

  it('older than ODF 1.2 stay their picture, so the flat file stays valid ODF 1.3', async () => {
    const fodp = await write(await deckOf(corpus('odftk-SlideTest3.odp'), 'odp'), 'fodp');
    expect(strFromU8(fodp).match(/<office:document /g)).toHaveLength(1);
    expect(odfSchemaErrors(fodp, true)).toEqual([]);
  });
});

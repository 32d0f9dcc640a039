/**
 * Videos and sounds on slides survive a PPTX save: the picture PowerPoint plays them from is kept
 * whole with the media parts it reaches (embedded or linked), also from Strict files.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Deck, DeckShape, OpaqueShape } from '@ostal/model';
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { read, write } from '../api.js';

const CORPUS = path.resolve(import.meta.dirname, '../../../../../shared/corpus/pptx');

async function deckOf(bytes: Uint8Array): Promise<Deck> {
  return (await read(bytes, { format: 'pptx' })).document as Deck;
}

function corpus(file: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(CORPUS, file)));
}

function mediaShapes(deck: Deck): OpaqueShape[] {
  return deck.slides.flatMap((s) => s.shapes ?? []).filter((s: DeckShape): s is OpaqueShape => s.kind === 'opaque' && s.what === 'media');
}

async function resaved(file: string): Promise<{ deck: Deck; files: Record<string, Uint8Array> }> {
  const out = await write(await deckOf(corpus(file)), 'pptx');
  return { deck: await deckOf(out), files: unzipSync(out) };
}

describe('media on slides, PPTX to PPTX', () => {
  it('keeps an embedded video with its poster picture and the PowerPoint 2010 media reference', async () => {
    const { deck, files } = await resaved('pypptx-shp-movie-props.pptx');
    expect(mediaShapes(deck)).toHaveLength(1);
    const slide = strFromU8(files['ppt/slides/slide1.xml']!);
    const rels = strFromU8(files['ppt/slides/_rels/slide1.xml.rels']!);
    const video = /<a:videoFile r:link="(rId\d+)"\/>/.exec(slide)?.[1];
    const media = /<p14:media r:embed="(rId\d+)"\/>/.exec(slide)?.[1];
    expect(video && media).toBeTruthy();
    expect(rels).toContain(`Id="${video!}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/video" Target="../media/media1.mp4"`);
    expect(rels).toContain(`Id="${media!}" Type="http://schemas.microsoft.com/office/2007/relationships/media" Target="../media/media1.mp4"`);
    expect(files['ppt/media/media1.mp4']?.length).toBe(unzipSync(corpus('pypptx-shp-movie-props.pptx'))['ppt/media/media1.mp4']?.length);
  });

  it('keeps a sound whose file is embedded', async () => {
    const { deck, files } = await resaved('oxsdk-mediareference.pptx');
    expect(mediaShapes(deck).map((s) => s.name)).toContain('Windows Navigation Start.wav');
    expect(strFromU8(files['ppt/slides/slide1.xml']!)).toMatch(/<a:audioFile r:link="rId\d+"\/>/);
    expect(files['ppt/media/media1.wav']).toBeDefined();
  });

  it('writes a Strict file’s CD track in the Transitional namespaces of the package', async () => {
    const { deck, files } = await resaved('oxsdk-audioCdModifiedAndReSaved.pptx');
    expect(mediaShapes(deck)).toHaveLength(1);
    const slide = strFromU8(files['ppt/slides/slide1.xml']!);
    expect(slide).toContain('<a:audioCd><a:st track="1"/><a:end track="1" time="20"/>');
    expect(slide).not.toContain('purl.oclc.org');
  });

  it('keeps a linked video as a link, the package holding nothing of it', async () => {
    const deck = await deckOf(corpus('pypptx-shp-movie-props.pptx'));
    const linked: Deck = {
      ...deck,
      slides: deck.slides.map((s) => ({
        ...s,
        shapes: (s.shapes ?? []).map((sh) => {
          if (sh.kind !== 'opaque' || !sh.source?.rels) return sh;
          const rels = Object.fromEntries(Object.entries(sh.source.rels).map(([id, r]) => [id, r.type.endsWith('/video') ? { type: r.type, path: 'file:///srv/films/souris.mp4', external: true } : r]));
          return { ...sh, source: { ...sh.source, rels } };
        }),
      })),
    };
    const files = unzipSync(await write(linked, 'pptx'));
    const rels = strFromU8(files['ppt/slides/_rels/slide1.xml.rels']!);
    expect(rels).toMatch(/Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/video" Target="file:\/\/\/srv\/films\/souris\.mp4" TargetMode="External"/);
    const reread = await deckOf(await write(await deckOf(await write(linked, 'pptx')), 'pptx'));
    const again = mediaShapes(reread)[0];
    expect(again !== undefined && Object.values(again.source?.rels ?? {}).some((r) => r.external && r.path === 'file:///srv/films/souris.mp4')).toBe(true);
  });
});

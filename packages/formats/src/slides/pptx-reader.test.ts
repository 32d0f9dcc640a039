import { makeSlide, slideTextLines } from '@ostal/model';
import type { Deck } from '@ostal/model';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { read, write } from '../index.js';

const deck: Deck = {
  kind: 'deck',
  version: 2,
  meta: { title: 'Strict' },
  size: { cx: 9_144_000, cy: 6_858_000 },
  slides: [makeSlide('Un', ['a', 'b'], 'note un'), makeSlide('Deux', ['c'])],
};

/** Rewrites every XML part of a package with `edit`. */
function rewrite(bytes: Uint8Array, edit: (name: string, text: string) => string | null): Uint8Array {
  const out: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) {
    const text = /\.(xml|rels)$/.test(name) ? edit(name, strFromU8(data)) : strFromU8(data);
    if (text !== null) out[name] = strToU8(text);
  }
  return zipSync(out);
}

function titles(d: Deck): string[] {
  return d.slides.map((s) => s.title);
}

describe('PPTX reader', () => {
  it('reads ISO Strict namespaces and relationship types', async () => {
    const strict = rewrite(await write(deck, 'pptx'), (_n, t) =>
      t
        .replaceAll('http://schemas.openxmlformats.org/presentationml/2006/main', 'http://purl.oclc.org/ooxml/presentationml/main')
        .replaceAll('http://schemas.openxmlformats.org/drawingml/2006/main', 'http://purl.oclc.org/ooxml/drawingml/main')
        .replaceAll('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships'),
    );
    const { document, diagnostics } = await read(strict);
    const d = document as Deck;
    expect(titles(d)).toEqual(['Un', 'Deux']);
    expect(d.slides[0]?.body).toEqual(['a', 'b']);
    expect(d.slides[0]?.notes).toBe('note un');
    expect(diagnostics).toEqual([]);
  });

  it('skips a slide whose part is missing, with a diagnostic', async () => {
    const broken = rewrite(await write(deck, 'pptx'), (name, t) => (name === 'ppt/slides/slide1.xml' ? null : t));
    const { document, diagnostics } = await read(broken);
    expect(titles(document as Deck)).toEqual(['Deux']);
    expect(diagnostics.map((d) => d.code)).toEqual(['missing-slide']);
  });

  it('skips an ill-formed slide part instead of failing the deck', async () => {
    const broken = rewrite(await write(deck, 'pptx'), (name, t) => (name === 'ppt/slides/slide2.xml' ? t.slice(0, 200) : t));
    const { document, diagnostics } = await read(broken);
    expect(titles(document as Deck)).toEqual(['Un']);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', code: 'unreadable-part', part: 'ppt/slides/slide2.xml' });
  });

  it('reads grouped text and tables as shapes, skips a picture without an image, and keeps line breaks in titles', async () => {
    const a = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
    const sp = (text: string): string => `<p:sp><p:nvSpPr><p:cNvPr id="5" name="t"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:p><a:r><a:t>${text}</a:t></a:r></a:p></p:txBody></p:sp>`;
    const titleOnly: Deck = { ...deck, slides: [makeSlide('Un'), makeSlide('Deux')] };
    const custom = rewrite(await write(titleOnly, 'pptx'), (name, t) => {
      if (name !== 'ppt/slides/slide2.xml') return t;
      return t
        .replace('<a:t>Deux</a:t>', `<a:t>Deux</a:t></a:r><a:br/><a:r><a:t>lignes</a:t>`)
        .replace(
          '</p:spTree>',
          `<p:grpSp><p:nvGrpSpPr><p:cNvPr id="9" name="g"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>${sp('groupé')}</p:grpSp>` +
            `<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="7" name="tb"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr><p:xfrm/><a:graphic ${a}><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl><a:tr h="1"><a:tc><a:txBody><a:bodyPr/><a:p><a:r><a:t>x</a:t></a:r></a:p></a:txBody></a:tc><a:tc><a:txBody><a:bodyPr/><a:p><a:r><a:t>y</a:t></a:r></a:p></a:txBody></a:tc></a:tr></a:tbl></a:graphicData></a:graphic></p:graphicFrame>` +
            `<p:pic><p:nvPicPr><p:cNvPr id="8" name="p"/><p:cNvPicPr/><p:nvPr/></p:nvPicPr><p:blipFill/><p:spPr/></p:pic></p:spTree>`,
        );
    });
    const { document, diagnostics } = await read(custom);
    const slide = (document as Deck).slides[1]!;
    expect(slide.title).toBe('Deux lignes');
    // Text boxes, groups and tables stay shapes of their own beside the title and body placeholders.
    expect(slide.body).toEqual([]);
    expect(slide.shapes?.map((s) => s.kind)).toEqual(['shape', 'shape', 'group', 'table']);
    expect(slideTextLines(slide)).toEqual(['Deux\nlignes', 'groupé', 'x', 'y']);
    expect(diagnostics).toEqual([]);
  });
});

import { conversionLosses, read, write } from '../index.js';
import { makeSlide } from '@ostal/model';
import type { Deck } from '@ostal/model';
import { strFromU8, unzipSync, zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';

const deck: Deck = {
  kind: 'deck',
  version: 2,
  meta: {},
  size: { cx: 12_192_000, cy: 6_858_000 },
  slides: ['Accueil', 'Contexte', 'Chiffres', 'Suite', 'Fin'].map((t) => makeSlide(t)),
  sections: [
    { name: 'Introduction', start: 0 },
    { name: 'Vide & « spéciale »', start: 2 },
    { name: 'Résultats', start: 2, id: '{12345678-90AB-CDEF-1234-567890ABCDEF}' },
    { name: 'Conclusion', start: 4 },
  ],
};

describe('PPTX sections (p14:sectionLst)', () => {
  it('writes the section list in the presentation extension list and reads it back', async () => {
    const bytes = await write(deck, 'pptx');
    const xml = strFromU8(unzipSync(bytes)['ppt/presentation.xml']!);
    expect(xml).toContain('<p:ext uri="{521415D9-36F7-43E2-AB2F-B90AF26B5E84}"><p14:sectionLst xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main">');
    expect(xml).toMatch(/<p14:section name="Vide &amp; « spéciale »" id="\{[0-9A-F-]+\}"><p14:sldIdLst\/><\/p14:section>/);
    expect(xml).toContain('<p14:section name="Résultats" id="{12345678-90AB-CDEF-1234-567890ABCDEF}"><p14:sldIdLst><p14:sldId id="258"/><p14:sldId id="259"/></p14:sldIdLst></p14:section>');
    // The extension list is the last child of p:presentation (ECMA-376 Part 1, 19.2.1.26).
    expect(xml).toMatch(/<\/p:defaultTextStyle><p:extLst>.*<\/p:extLst><\/p:presentation>$/);
    const back = await read(bytes);
    expect(back.diagnostics).toEqual([]);
    const sections = (back.document as Deck).sections;
    expect(sections?.map((s) => [s.name, s.start])).toEqual([
      ['Introduction', 0],
      ['Vide & « spéciale »', 2],
      ['Résultats', 2],
      ['Conclusion', 4],
    ]);
    expect(sections?.[2]?.id).toBe('{12345678-90AB-CDEF-1234-567890ABCDEF}');
    // pptx -> pptx keeps them as they were read (ids included).
    const again = await read(await write(back.document, 'pptx'));
    expect((again.document as Deck).sections).toEqual(sections);
  });

  it('writes no extension for a deck without sections', async () => {
    const { sections: _none, ...plain } = deck;
    const xml = strFromU8(unzipSync(await write(plain, 'pptx'))['ppt/presentation.xml']!);
    expect(xml).not.toContain('sectionLst');
    expect(((await read(await write(plain, 'pptx'))).document as Deck).sections).toBeUndefined();
  });

  it('puts back in slide order the sections of a file that lists slides out of order', async () => {
    const files = unzipSync(await write(deck, 'pptx'));
    const xml = strFromU8(files['ppt/presentation.xml']!)
      // Introduction now claims slide 5 (id 260) too, which lies after Résultats.
      .replace('<p14:sldId id="256"/>', '<p14:sldId id="256"/><p14:sldId id="260"/>')
      .replace(/<p14:section name="Conclusion"[^]*?<\/p14:section>/, '');
    files['ppt/presentation.xml'] = strToU8(xml);
    const back = await read(zipSync(files));
    expect(back.diagnostics.map((d) => d.code)).toEqual(['sections-reordered']);
    expect((back.document as Deck).sections?.map((s) => [s.name, s.start])).toEqual([
      ['Introduction', 0],
      ['Vide & « spéciale »', 2],
      ['Résultats', 2],
    ]);
  });

  it('says that ODP keeps no sections (ODF 1.3 has none), with a stable code', async () => {
    expect(conversionLosses(deck, 'odp').map((d) => d.code)).toEqual(['sections-dropped']);
    expect(conversionLosses(deck, 'fodp').map((d) => d.code)).toEqual(['sections-dropped']);
    expect(conversionLosses(deck, 'pptx')).toEqual([]);
    const odp = await read(await write(deck, 'odp'));
    expect((odp.document as Deck).slides.map((s) => s.title)).toEqual(['Accueil', 'Contexte', 'Chiffres', 'Suite', 'Fin']);
    expect((odp.document as Deck).sections).toBeUndefined();
  });
});

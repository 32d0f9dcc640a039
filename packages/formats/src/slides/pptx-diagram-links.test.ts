/**
 * A SmartArt whose nodes link to other slides (relationships of its data part to slide parts):
 * kept on PPTX saves with its links pointed at the same slides as the writer names them, rather
 * than dropped because the slides cannot travel with it.
 */
import type { Deck } from '@ostal/model';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadCorpusFile } from '../../../../test/fidelity/corpus.js';
import { read, write } from '../index.js';

const FILE = 'pptx/poi-stress022.pptx';

function slideTargets(rels: string): string[] {
  return [...rels.matchAll(/Type="[^"]*\/relationships\/slide" Target="\.\.\/slides\/([^"]+)"/g)].map((m) => m[1]!);
}

function words(slideXml: string): string {
  return [...slideXml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' ');
}

describe('SmartArt diagrams linking to slides', () => {
  it('stay on their slide in a PPTX save, each link to the slide it named', async () => {
    const original = unzipSync(loadCorpusFile(FILE));
    const deck = (await read(loadCorpusFile(FILE))).document as Deck;
    const saved = unzipSync(await write(deck, 'pptx'));
    // Every diagram of the deck is kept (slide 2's links to five slides once made it drop).
    const data = (files: Record<string, Uint8Array>): number => Object.keys(files).filter((f) => /^ppt\/diagrams\/data\d+\.xml$/.test(f)).length;
    expect(data(saved)).toBe(data(original));
    expect(strFromU8(saved['ppt/slides/slide2.xml']!)).toContain('name="Diagramme 5"');
    // The kept data part links to the slides the original's did, by their text.
    const savedData = Object.keys(saved).find((f) => /^ppt\/diagrams\/_rels\/data\d+\.xml\.rels$/.test(f) && slideTargets(strFromU8(saved[f]!)).length === 5)!;
    const linked = slideTargets(strFromU8(saved[savedData]!));
    const before = slideTargets(strFromU8(original['ppt/diagrams/_rels/data1.xml.rels']!));
    expect(linked.map((s) => words(strFromU8(saved[`ppt/slides/${s}`]!)))).toEqual(before.map((s) => words(strFromU8(original[`ppt/slides/${s}`]!))));
    // Read back, slide 2 still holds its diagram.
    const back = (await read(await write(deck, 'pptx'))).document as Deck;
    expect(back.slides[1]!.shapes?.some((s) => s.kind === 'opaque' && s.what === 'diagram')).toBe(true);
  });
});

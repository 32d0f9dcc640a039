import { describe, expect, it } from 'vitest';
import { textSchema as s } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { pageFieldTexts } from './page-fields.js';
import type { ShownPage } from './page-view-plugin.js';
import { paperRuns } from './page-view-sections.js';

const field = (kind: string, result: string) => s.node('field', { kind, instruction: kind === 'page-count' ? 'NUMPAGES' : 'PAGE', result });
const p = (...parts: (string | PMNode)[]) => s.node('paragraph', null, parts.map((x) => (typeof x === 'string' ? s.text(x) : x)));
const sheet = (run: number, index: number, number: number): ShownPage => ({ run, index, number, top: 96, bottom: 96, pushed: false });

/** Each field's text, in document order. */
const texts = (doc: PMNode, starts: number[], pages: ShownPage[], runs = paperRuns(doc)): string[] => [...pageFieldTexts(doc, { starts, pages, runs })].sort((a, b) => a[0] - b[0]).map(([, t]) => t);

describe('pageFieldTexts', () => {
  // Three paragraphs, each with "Page n sur N" (stored results all "1").
  const doc = s.node('doc', null, [p('Page ', field('page-number', '1'), ' sur ', field('page-count', '1')), p('Page ', field('page-number', '1'), ' sur ', field('page-count', '1')), p('Page ', field('page-number', '1'))]);
  const starts: number[] = [];
  doc.forEach((_node, offset, i) => {
    if (i > 0) starts.push(offset);
  });

  it('shows the number of the sheet each field is on and the number of sheets', () => {
    expect(texts(doc, starts, [sheet(0, 0, 1), sheet(0, 1, 2), sheet(0, 2, 3)])).toEqual(['1', '3', '2', '3', '3']);
  });

  it('counts a page starting right at a field as the field’s page, and fields before any break as the first', () => {
    const second = doc.child(0).nodeSize;
    // Page 2 starts at the second paragraph's page-number field itself.
    expect(texts(doc, [second + 6], [sheet(0, 0, 1), sheet(0, 1, 2)])).toEqual(['1', '2', '2', '2', '2']);
    expect(texts(doc, [], [sheet(0, 0, 1)])).toEqual(['1', '1', '1', '1', '1']);
  });

  it('follows the sheet’s own number (a restart) and its part’s numbering format', () => {
    const roman = s.node('doc', { section: { pageNumberFormat: 'upperRoman' } }, [...doc.content.content]);
    expect(texts(roman, starts, [sheet(0, 0, 4), sheet(0, 1, 5), sheet(0, 2, 6)])).toEqual(['IV', '3', 'V', '3', 'VI']);
  });

  it('shows nothing of its own before the page view has laid the pages out', () => {
    expect(pageFieldTexts(doc, { starts: [], pages: [], runs: paperRuns(doc) }).size).toBe(0);
  });

  it('leaves other fields alone', () => {
    const other = s.node('doc', null, [p('Le ', s.node('field', { kind: 'date', instruction: 'DATE', result: '1 janvier' }))]);
    expect(pageFieldTexts(other, { starts: [], pages: [sheet(0, 0, 1)], runs: paperRuns(other) }).size).toBe(0);
  });
});

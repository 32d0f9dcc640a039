import { describe, expect, it } from 'vitest';
import { EditorState } from 'prosemirror-state';
import type { Command } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import { textSchema as s } from '@ostal/model';
import { firstSectionOf } from './page-setup.js';
import { emptyStory, fieldNode, isEmptyStory, oddEvenDiffer, setOddEven, setStory, setTitlePage, storyOf } from './header-footer.js';

const p = (...content: (string | PMNode)[]) => s.node('paragraph', null, content.map((c) => (typeof c === 'string' ? s.text(c) : c)));
const story = (...blocks: PMNode[]) => s.node('doc', null, blocks);

function run(state: EditorState, command: Command): EditorState {
  let next = state;
  expect(command(state, (tr) => (next = state.apply(tr)))).toBe(true);
  return next;
}

describe('headers and footers', () => {
  it('sets a header and a footer with a page number, giving them a distance from the page edge', () => {
    let state = EditorState.create({ doc: s.node('doc', { section: { margins: { top: 1417, right: 1417, bottom: 1417, left: 1417, header: 0, footer: 0 } } }, [p('Texte')]) });
    state = run(state, setStory('header', 'default', story(p('Mairie de Lyon'))));
    state = run(state, setStory('footer', 'default', story(p('Page ', fieldNode('page-number', '1')))));
    const section = firstSectionOf(state.doc);
    expect(storyOf(section, 'header', 'default')?.content?.[0]?.content?.[0]?.text).toBe('Mairie de Lyon');
    expect(storyOf(section, 'footer', 'default')?.content?.[0]?.content?.[1]).toMatchObject({ type: 'field', attrs: { kind: 'page-number' } });
    expect(section?.margins).toMatchObject({ header: 709, footer: 709, top: 1417 });
    // Emptied, the header goes.
    state = run(state, setStory('header', 'default', emptyStory()));
    expect(firstSectionOf(state.doc)?.headers).toBeUndefined();
  });

  it('keeps the first page apart when asked, and drops its stories when not', () => {
    let state = EditorState.create({ doc: s.node('doc', null, [p('Texte'), s.node('section_break', { section: { page: { width: 11906, height: 16838, orientation: 'portrait' } } }), p('Suite')]) });
    state = run(state, setTitlePage(true));
    expect(firstSectionOf(state.doc)?.titlePage).toBe(true);
    expect(isEmptyStory(s.nodeFromJSON(storyOf(firstSectionOf(state.doc), 'header', 'first')!))).toBe(true);
    state = run(state, setStory('header', 'first', story(p('Page de garde'))));
    state = run(state, setStory('header', 'default', story(p('Rapport'))));
    // The section break holds it, not the document's last section.
    expect(state.doc.attrs.section).toBeNull();
    expect(firstSectionOf(state.doc)?.page?.width).toBe(11906);
    state = run(state, setTitlePage(false));
    const section = firstSectionOf(state.doc);
    expect(section?.titlePage).toBeUndefined();
    expect(section?.headers?.first).toBeUndefined();
    expect(storyOf(section, 'header', 'default')).toBeDefined();
    expect(section?.footers).toBeUndefined();
  });

  it('gives even pages headers and footers of their own when asked, and drops them when not', () => {
    let state = EditorState.create({ doc: s.node('doc', null, [p('Texte')]) });
    state = run(state, setStory('header', 'default', story(p('Impaire'))));
    expect(oddEvenDiffer(firstSectionOf(state.doc))).toBe(false);
    state = run(state, setOddEven(true));
    expect(oddEvenDiffer(firstSectionOf(state.doc))).toBe(true);
    state = run(state, setStory('header', 'even', story(p('Paire'))));
    expect(storyOf(firstSectionOf(state.doc), 'header', 'even')?.content?.[0]?.content?.[0]?.text).toBe('Paire');
    // Emptied while odd and even differ, the even story stays (its pages show nothing).
    state = run(state, setStory('header', 'even', emptyStory()));
    expect(oddEvenDiffer(firstSectionOf(state.doc))).toBe(true);
    state = run(state, setOddEven(false));
    const section = firstSectionOf(state.doc);
    expect(oddEvenDiffer(section)).toBe(false);
    expect(section?.footers).toBeUndefined();
    expect(storyOf(section, 'header', 'default')?.content?.[0]?.content?.[0]?.text).toBe('Impaire');
  });
});

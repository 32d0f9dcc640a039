import { describe, expect, it } from 'vitest';
import { EditorState } from 'prosemirror-state';
import type { Transaction } from 'prosemirror-state';
import type { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';
import { EMU_PER_PX, textSchema as s } from '@ostal/model';
import { floatAnchorDecorations, floatAnchorPlugin, HOST_CLASS, LIFTED_CLASS, liftsToParagraph } from './float-anchor.js';
import { pictureBox } from './picture-box.js';

const picture = (attrs: Record<string, unknown> = {}): PMNode => s.node('image', { src: 'media:a.png', width: 80 * EMU_PER_PX, height: 40 * EMU_PER_PX, placement: 'anchored', wrap: 'square', ...attrs });
const p = (...content: (string | PMNode)[]): PMNode => s.node('paragraph', null, content.map((c) => (typeof c === 'string' ? s.text(c) : c)));
const doc = (...blocks: PMNode[]): PMNode => s.node('doc', null, blocks);

/** What the decorations say: widgets by position, node classes by the node's start. */
function shown(set: DecorationSet, node: PMNode): { spacers: number[]; lifted: number[]; hosts: number[] } {
  const all = set.find(0, node.content.size) as (Decoration & { type: { attrs?: { class?: string } }; spec: { key?: string } })[];
  return {
    spacers: all.filter((d) => d.from === d.to).map((d) => d.from),
    lifted: all.filter((d) => d.type.attrs?.class === LIFTED_CLASS).map((d) => d.from),
    hosts: all.filter((d) => d.type.attrs?.class === HOST_CLASS).map((d) => d.from),
  };
}

describe('floating pictures shown from their paragraph’s top', () => {
  it('lifts pictures placed down from their paragraph that may overlap, not the others', () => {
    expect(liftsToParagraph(picture())).toBe(true);
    expect(liftsToParagraph(picture({ yRelative: 'line', y: 360000 }))).toBe(true);
    expect(liftsToParagraph(picture({ overlap: false }))).toBe(false);
    // Above the paragraph, from the page, aligned, behind the text, inline: the page view's or no float at all.
    expect(liftsToParagraph(picture({ y: -360000 }))).toBe(false);
    expect(liftsToParagraph(picture({ yRelative: 'page' }))).toBe(false);
    expect(liftsToParagraph(picture({ yAlign: 'top' }))).toBe(false);
    expect(liftsToParagraph(picture({ wrap: 'behind' }))).toBe(false);
    expect(liftsToParagraph(picture({ placement: 'inline' }))).toBe(false);
  });

  it('puts the room a picture takes at its paragraph’s start, wherever the picture stands in it', () => {
    // "Texte " is 6 characters: the picture is at 8, its paragraph at 0; a second paragraph's one at 17 after "Suite".
    const node = doc(p('Texte ', picture({ y: 1080000 }), ' fin'), p('Suite', picture({ overlap: false })), p(picture({ x: 720000, xRelative: 'margin' })));
    const set = floatAnchorDecorations(node);
    const third = node.child(0).nodeSize + node.child(1).nodeSize;
    expect(shown(set, node)).toEqual({ spacers: [1, third + 1], lifted: [7, third + 1], hosts: [0, third] });
    // The room has the picture's box: 3 cm (113.39 px) down, 2 cm (76 px) across.
    expect(pictureBox(node.child(0).child(1), node)).toMatchObject({ layout: 'writer-image--float-left', drop: 113.39 });
    expect(pictureBox(node.child(2).child(0), node)).toMatchObject({ layout: 'writer-image--float-left', marginLeft: '76px', drop: 0 });
  });

  it('follows typing and new pictures by working out only the paragraphs an edit touched', () => {
    let state = EditorState.create({ doc: doc(p('Un ', picture()), p('Deux')), plugins: [floatAnchorPlugin()] });
    const plugin = state.plugins[0]!;
    const decorations = (): DecorationSet => plugin.getState(state) as DecorationSet;
    const run = (tr: Transaction): void => void (state = state.apply(tr));
    expect(shown(decorations(), state.doc)).toEqual({ spacers: [1], lifted: [4], hosts: [0] });
    run(state.tr.insertText('Déjà ', 1));
    expect(shown(decorations(), state.doc)).toEqual({ spacers: [1], lifted: [9], hosts: [0] });
    const second = state.doc.child(0).nodeSize;
    run(state.tr.insert(second + 3, picture({ xAlign: 'right' })));
    expect(shown(decorations(), state.doc)).toEqual({ spacers: [1, second + 1], lifted: [9, second + 3], hosts: [0, second] });
    // Made not to overlap: back in its line, its room at the start gone.
    run(state.tr.setNodeMarkup(9, undefined, { ...state.doc.nodeAt(9)!.attrs, overlap: false }));
    expect(shown(decorations(), state.doc)).toEqual({ spacers: [second + 1], lifted: [second + 3], hosts: [second] });
    // An attribute set in place (no replaced range) is seen too.
    run(state.tr.setNodeAttribute(9, 'overlap', true));
    expect(shown(decorations(), state.doc)).toEqual({ spacers: [1, second + 1], lifted: [9, second + 3], hosts: [0, second] });
  });

  it('works every box out again when the paper changes (the side a picture floats on depends on the column)', () => {
    // 10 cm into a 16 cm A4 column, 2 cm wide: in its right half, floated right; on landscape A4 (24.7 cm), in its left half.
    let state = EditorState.create({ doc: doc(p('Texte ', picture({ x: 3600000, width: 720000 }))), plugins: [floatAnchorPlugin()] });
    const keys = (): string[] => (state.plugins[0]!.getState(state) as DecorationSet).find().filter((d) => d.from === d.to).map((d) => String((d.spec as { key?: string }).key));
    expect(keys()[0]).toContain('writer-image--float-right');
    const landscape = { page: { width: 16838, height: 11906, orientation: 'landscape' }, margins: { top: 1417, right: 1417, bottom: 1417, left: 1417, header: 709, footer: 709 } };
    state = state.apply(state.tr.setDocAttribute('section', landscape));
    expect(keys()[0]).toContain('writer-image--float-left');
  });
});

import { describe, expect, it } from 'vitest';
import { TextSelection } from 'prosemirror-state';
import type { EditorState } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import { textSchema as s } from '@ostal/model';
import { createWriterStateFor } from './editor-state.js';
import { toggleTextMark } from './commands.js';
import { setAlign } from './format-commands.js';
import { createTable } from './table-commands.js';
import { RibbonStore, deriveRibbonState } from './ribbon-state.js';
import { apply } from './test-editor-state.js';

const p = (text: string) => s.node('paragraph', null, text ? [s.text(text)] : []);
const doc = (...blocks: PMNode[]) => s.node('doc', null, blocks);

function at(node: PMNode, pos: number): EditorState {
  const state = createWriterStateFor(node);
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos)));
}
const typed = (state: EditorState, text: string): EditorState => state.apply(state.tr.insertText(text));

describe('the ribbon state', () => {
  it('keeps the same snapshot while typing changes nothing the ribbon shows', () => {
    const state = at(doc(p('Bonjour'), p('le monde')), 3);
    const store = new RibbonStore(state);
    const first = store.snapshot('home');
    store.set(typed(state, 'x'));
    // The first letter makes undo possible: the snapshot changes once…
    const second = store.snapshot('home');
    expect(second).not.toBe(first);
    expect(second.canUndo).toBe(true);
    // …then more letters leave it as it is.
    store.set(typed(store.current(), 'y'));
    store.set(typed(store.current(), 'z'));
    expect(store.snapshot('home')).toBe(second);
    expect(store.current().doc.firstChild!.textContent).toBe('Boxyznjour');
  });

  it('changes when bold, alignment or the place in a table change', () => {
    let state = at(doc(p('Bonjour'), p('')), 3);
    const store = new RibbonStore(state);
    const before = store.snapshot('home');
    expect(before.bold).toBe(false);
    state = apply(state, toggleTextMark('bold'));
    store.set(state);
    const bold = store.snapshot('home');
    expect(bold).not.toBe(before);
    expect(bold.bold).toBe(true);
    state = apply(state, setAlign('center'));
    store.set(state);
    expect(store.snapshot('home').align).toBe('center');

    const table = createTable(2, 2);
    const withTable = at(doc(p('Avant'), table), 3);
    const tableStore = new RibbonStore(withTable);
    const outside = tableStore.snapshot('insert');
    expect(outside.canAddRow).toBe(false);
    tableStore.set(withTable.apply(withTable.tr.setSelection(TextSelection.create(withTable.doc, 11))));
    const inside = tableStore.snapshot('insert');
    expect(inside).not.toBe(outside);
    expect(inside.canAddRow).toBe(true);
    expect(inside.canDeleteColumn).toBe(true);
  });

  it('derives the whole-document facts only for the tab that shows them', () => {
    const state = at(doc(p('Bonjour')), 2);
    expect(deriveRibbonState(state, 'insert').canPageBreak).toBe(true);
    expect(deriveRibbonState(state, 'home').canPageBreak).toBe(false);
    expect(deriveRibbonState(state, 'insert').bold).toBe(false);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { EditorState } from 'prosemirror-state';
import { textDocumentFromNode, textDocumentToNode, textSchema } from '@ostal/model';
import { LOADING_META, appendSlice, buildSlice, loadRest, splitDocument, wholeAfterPreview } from './progressive-load.js';

const s = textSchema;
/** A document of `n` paragraphs and a table, like the long reports agents open. */
function longDocument(n: number) {
  const paras = Array.from({ length: n }, (_, i) => s.node('paragraph', null, [s.text(`Paragraphe ${String(i + 1)}`)]));
  const cell = s.node('table_cell', null, [s.node('paragraph', null, [s.text('cellule')])]);
  const table = s.node('table', null, [s.node('table_row', null, [cell])]);
  return textDocumentFromNode(s.node('doc', null, [...paras, table]), { title: 'Rapport' });
}

/** A clock that advances one millisecond each time it is read. */
function tickingClock(): () => number {
  let t = 0;
  return () => t++;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('progressive loading of long documents', () => {
  it('builds at least one block per slice, and stops when the budget is spent', () => {
    const blocks = longDocument(50).content.content!;
    const first = buildSlice(blocks, 0, 5, tickingClock());
    expect(first.nodes.length).toBeGreaterThanOrEqual(1);
    expect(first.nodes.length).toBeLessThan(blocks.length);
    expect(buildSlice(blocks, 10, 0, tickingClock()).nodes).toHaveLength(1);
  });

  it('keeps a short document whole', () => {
    const doc = longDocument(3);
    const split = splitDocument(doc);
    expect(split.rest).toHaveLength(0);
    expect(split.first.eq(textDocumentToNode(doc))).toBe(true);
  });

  it('appends the rest slice by slice until the editor holds exactly the document opened', () => {
    vi.useFakeTimers();
    const doc = longDocument(400);
    const split = splitDocument(doc, 2, tickingClock());
    expect(split.rest.length).toBeGreaterThan(0);
    let state = EditorState.create({ doc: split.first });
    const progress: number[] = [];
    const trs: boolean[] = [];
    loadRest(
      split,
      () => state,
      (tr) => {
        trs.push(tr.getMeta(LOADING_META) === true && tr.getMeta('addToHistory') === false);
        state = state.apply(tr);
      },
      (share) => progress.push(share),
      (error) => {
        throw error;
      },
    );
    vi.runAllTimers();
    expect(state.doc.eq(textDocumentToNode(doc))).toBe(true);
    expect(progress[progress.length - 1]).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    // Every step is a loading step that undo will not replay.
    expect(trs.length).toBeGreaterThan(0);
    expect(trs.every(Boolean)).toBe(true);
  });

  it('stops when the editor goes away, and reports a block that does not fit the schema', () => {
    vi.useFakeTimers();
    const doc = longDocument(100);
    const bad = { ...doc, content: { ...doc.content, content: [...doc.content.content!.slice(0, 60), { type: 'no_such_node' }] } };
    const split = splitDocument(bad, 0, tickingClock());
    let state = EditorState.create({ doc: split.first });
    const errors: unknown[] = [];
    loadRest(split, () => state, (tr) => (state = state.apply(tr)), () => undefined, (e) => errors.push(e));
    vi.runAllTimers();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(RangeError);

    const stopped = splitDocument(longDocument(100), 0, tickingClock());
    let other = EditorState.create({ doc: stopped.first });
    const stop = loadRest(stopped, () => other, (tr) => (other = other.apply(tr)), () => undefined, () => undefined);
    stop();
    vi.runAllTimers();
    expect(other.doc.childCount).toBe(1);
  });

  it('marks appended content as loading, not as an edit', () => {
    const split = splitDocument(longDocument(10), 0, tickingClock());
    const state = EditorState.create({ doc: split.first });
    const tr = appendSlice(state, buildSlice(split.rest, 0).nodes);
    expect(tr.getMeta(LOADING_META)).toBe(true);
    expect(tr.doc.childCount).toBeGreaterThan(state.doc.childCount);
  });

  it('goes on from a preview of the first blocks to the whole document, with its attributes', () => {
    vi.useFakeTimers();
    const whole = longDocument(300);
    const section = { pageSize: { width: 11906, height: 16838 } };
    const wholeWithPage = { ...whole, content: { ...whole.content, attrs: { ...whole.content.attrs, section } } };
    const preview = { ...whole, content: { ...whole.content, content: whole.content.content!.slice(0, 40) } };
    const load = (shown: typeof preview) => {
      let state = EditorState.create({ doc: textDocumentToNode(shown) });
      const { tr, rest } = wholeAfterPreview(state, shown, wholeWithPage);
      expect(tr.getMeta(LOADING_META)).toBe(true);
      state = state.apply(tr);
      loadRest(rest, () => state, (t) => (state = state.apply(t)), () => undefined, (error) => {
        throw error;
      });
      vi.runAllTimers();
      return state.doc;
    };
    // The blocks shown are the whole document's first ones: the rest follows them.
    expect(load(preview).eq(textDocumentToNode(wholeWithPage))).toBe(true);
    // A preview that does not match (another reading of its first blocks) is replaced.
    const other = { ...preview, content: { ...preview.content, content: [s.node('paragraph', null, [s.text('Autre')]).toJSON(), ...preview.content.content.slice(1)] } };
    expect(load(other).eq(textDocumentToNode(wholeWithPage))).toBe(true);
  });
});

/**
 * Shows heading outline numbers ("1.2", "Chapter A": model `text-outline.ts`) before numbered
 * headings. The numbers are counted from the document each time it changes and set as a node
 * decoration attribute (`data-outline-label`), which writer.css puts before the heading's text;
 * they are not part of the text (not selectable, not searched, not saved).
 */
import { outlineLabels } from '@ostal/model';
import { inlineOnlyEdit } from './edit-scope.js';
import type { Node as PMNode } from 'prosemirror-model';
import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';

export const outlineNumbersKey = new PluginKey<DecorationSet>('outline-numbers');

function decorations(doc: PMNode): DecorationSet {
  const labels = outlineLabels(doc);
  if (labels.size === 0) return DecorationSet.empty;
  const decos: Decoration[] = [];
  for (const [pos, label] of labels) {
    const node = doc.nodeAt(pos);
    if (node) decos.push(Decoration.node(pos, pos + node.nodeSize, { 'data-outline-label': label, class: 'writer-outline-numbered' }, { label }));
  }
  return DecorationSet.create(doc, decos);
}

/** The plugin showing outline numbers. */
export function outlineNumbersPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: outlineNumbersKey,
    state: {
      init: (_, state) => decorations(state.doc),
      // Numbers depend on every heading before: recount when the document or its outline changes.
      // Typing inside a paragraph or heading changes no number: the decorations move with the text.
      apply: (tr, set, _old, state) => (!tr.docChanged ? set : inlineOnlyEdit(tr) ? set.map(tr.mapping, tr.doc) : decorations(state.doc)),
    },
    props: {
      decorations: (state) => outlineNumbersKey.getState(state),
    },
  });
}

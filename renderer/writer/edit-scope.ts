/**
 * What a transaction can have changed, so that work over the whole document (outline numbers)
 * is skipped while the user only types inside a paragraph: on a long document that work costs
 * milliseconds on every keystroke.
 */
import { AddMarkStep, RemoveMarkStep, ReplaceStep } from 'prosemirror-transform';
import type { Transaction } from 'prosemirror-state';
import type { Node as PMNode, Slice } from 'prosemirror-model';

function sliceHasNote(slice: Slice): boolean {
  let found = false;
  slice.content.descendants((node) => {
    if (node.type.name === 'note') found = true;
    return !found;
  });
  return found;
}

function rangeHasNote(doc: PMNode, from: number, to: number): boolean {
  let found = false;
  if (to > from) {
    doc.nodesBetween(from, to, (node) => {
      if (node.type.name === 'note') found = true;
      return !found;
    });
  }
  return found;
}

/**
 * True when every step of `tr` only changes inline content inside one text block (typing,
 * deleting letters, formatting text) and no note is added or removed: the blocks, their
 * attributes and the notes' order stay as they were.
 */
export function inlineOnlyEdit(tr: Transaction): boolean {
  if (!tr.docChanged) return true;
  for (let i = 0; i < tr.steps.length; i++) {
    const step = tr.steps[i];
    const doc = tr.docs[i];
    if (!doc) return false;
    if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) continue;
    if (!(step instanceof ReplaceStep)) return false;
    const { from, to, slice } = step as unknown as { from: number; to: number; slice: Slice };
    if (slice.openStart !== 0 || slice.openEnd !== 0) return false;
    let blocks = false;
    slice.content.forEach((node) => {
      if (!node.isInline) blocks = true;
    });
    if (blocks) return false;
    const $from = doc.resolve(from);
    const $to = doc.resolve(to);
    if (!$from.parent.isTextblock || $from.parent !== $to.parent || $from.depth !== $to.depth) return false;
    if (sliceHasNote(slice) || rangeHasNote(doc, from, to)) return false;
  }
  return true;
}

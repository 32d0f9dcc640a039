/**
 * Floating pictures placed down from their paragraph, shown from the paragraph's top as Word
 * does (ECMA-376 Part 1, 20.4.3.5 ST_RelFromV "paragraph": the offset is from the top of the
 * paragraph holding the anchor), not from the line the picture stands in, and over the other
 * floating objects when they meet ("allow overlap", the default).
 *
 * A CSS float cannot rise above the line it is in, nor overlap another float. So such a picture
 * is taken out of the flow (`writer-image--lifted`: placed absolutely from its paragraph's top,
 * at its offset across and down), and an empty box of its size and margins (`writer-image--spacer`,
 * a widget) floats at the paragraph's start, where the text flows around it. A picture that may
 * not overlap (`overlap` false) stays a float in its line: the browser keeps it below the floats
 * in its way.
 *
 * Decorations are worked out once for the document, then only for the top-level blocks an edit
 * touched (typing walks one paragraph, not the document); a change of the first section's paper
 * or margins (the offsets across depend on them) works them all out again.
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import type { Transaction } from 'prosemirror-state';
import { AttrStep } from 'prosemirror-transform';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';
import { EMU_PER_PX } from '@ostal/model';
import { dropStyle, fromParagraph, isFloatingPicture } from './float-drop.js';
import { pictureBox } from './picture-box.js';
import type { PictureBox } from './picture-box.js';
import { firstSectionOf } from './floating-table.js';

/** Class of a picture placed from its paragraph's top (writer-tools.css). */
export const LIFTED_CLASS = 'writer-image--lifted';
/** Class of the empty box the text flows around in its stead. */
export const SPACER_CLASS = 'writer-image--spacer';
/** Class of a paragraph holding such pictures (their containing block). */
export const HOST_CLASS = 'writer-float-host';

/** True for a picture shown from its paragraph's top: floating, an offset (not below zero) down from its paragraph, allowed to overlap. */
export function liftsToParagraph(node: PMNode): boolean {
  if (!isFloatingPicture(node) || node.attrs.overlap === false) return false;
  return fromParagraph(String(node.attrs.yRelative)) && node.attrs.yAlign === null && (Number(node.attrs.y) || 0) >= 0;
}

function spacer(node: PMNode, box: PictureBox): HTMLElement {
  const el = document.createElement('span');
  el.className = `${SPACER_CLASS} ${box.layout}`;
  el.setAttribute('aria-hidden', 'true');
  el.contentEditable = 'false';
  el.style.width = `${String(Math.max(1, Math.round((Number(node.attrs.width) || 0) / EMU_PER_PX)))}px`;
  el.style.height = `${String(Math.max(1, Math.round((Number(node.attrs.height) || 0) / EMU_PER_PX)))}px`;
  if (box.marginLeft) el.style.marginLeft = box.marginLeft;
  if (box.marginRight) el.style.marginRight = box.marginRight;
  if (box.drop > 0) Object.assign(el.style, dropStyle(box.drop));
  return el;
}

/** The decorations of one textblock at `pos`: a spacer at its start and the lifted class per picture, the host class on it. */
function textblockDecorations(block: PMNode, pos: number, doc: PMNode, out: Decoration[]): void {
  let lifted = false;
  block.forEach((child, offset) => {
    if (!liftsToParagraph(child)) return;
    const box = pictureBox(child, doc);
    if (!box) return;
    lifted = true;
    const at = pos + 1 + offset;
    const key = `lift:${String(child.attrs.width)}x${String(child.attrs.height)}:${box.layout}:${box.marginLeft}:${box.marginRight}:${String(box.drop)}`;
    out.push(Decoration.widget(pos + 1, () => spacer(child, box), { side: -1, key, ignoreSelection: true, marks: [] }));
    out.push(Decoration.node(at, at + child.nodeSize, { class: LIFTED_CLASS }));
  });
  if (lifted) out.push(Decoration.node(pos, pos + block.nodeSize, { class: HOST_CLASS }));
}

/** The decorations of a top-level block at `pos` (its textblocks, in tables and frames too). */
function blockDecorations(block: PMNode, pos: number, doc: PMNode, out: Decoration[]): void {
  if (block.isTextblock) {
    textblockDecorations(block, pos, doc, out);
    return;
  }
  block.descendants((child, offset) => {
    if (!child.isTextblock) return true;
    textblockDecorations(child, pos + 1 + offset, doc, out);
    return false;
  });
}

/** Every decoration of `doc` (once, when the editor starts or the page changes). */
export function floatAnchorDecorations(doc: PMNode): DecorationSet {
  const out: Decoration[] = [];
  doc.forEach((block, pos) => blockDecorations(block, pos, doc, out));
  return DecorationSet.create(doc, out);
}

/** The ranges of `tr.doc` its steps replaced, and whether they replaced or changed a section break. */
function changedRanges(tr: Transaction): { ranges: [number, number][]; sections: boolean } {
  const ranges: [number, number][] = [];
  let sections = false;
  const breaksIn = (doc: PMNode, from: number, to: number): void =>
    doc.nodesBetween(from, Math.min(to, doc.content.size), (node) => {
      if (node.type.name === 'section_break') sections = true;
      return false;
    });
  tr.steps.forEach((step, i) => {
    const after = tr.mapping.slice(i + 1);
    const before = tr.docs[i]!;
    const next = tr.docs[i + 1] ?? tr.doc;
    // An attribute set in place (AttrStep) has an empty map: its node is the range.
    if (step instanceof AttrStep) {
      breaksIn(next, step.pos, step.pos + 1);
      ranges.push([after.map(step.pos, -1), after.map(step.pos + 1, 1)]);
      return;
    }
    step.getMap().forEach((oldStart, oldEnd, newStart, newEnd) => {
      breaksIn(before, oldStart, oldEnd);
      breaksIn(next, newStart, newEnd);
      ranges.push([after.map(newStart, -1), after.map(newEnd, 1)]);
    });
  });
  return { ranges, sections };
}

/** `set` after `tr`: mapped, and worked out again for the top-level blocks its steps touched. */
export function updatedFloatAnchors(set: DecorationSet, tr: Transaction, before: PMNode): DecorationSet {
  const doc = tr.doc;
  const { ranges, sections } = changedRanges(tr);
  if ((sections || doc.attrs.section !== before.attrs.section) && firstSectionOf(doc) !== firstSectionOf(before)) return floatAnchorDecorations(doc);
  let next = set.map(tr.mapping, doc);
  const blocks = new Map<number, PMNode>();
  for (const [from, to] of ranges) {
    doc.nodesBetween(Math.max(0, from - 1), Math.min(doc.content.size, to + 1), (node, pos) => {
      blocks.set(pos, node);
      return false;
    });
  }
  for (const [pos, block] of blocks) {
    const out: Decoration[] = [];
    blockDecorations(block, pos, doc, out);
    const end = pos + block.nodeSize;
    // `find` also gives the decorations touching the block's edges (its neighbours'): only its own go.
    next = next.remove(next.find(pos, end).filter((d) => d.from >= pos && d.to <= end)).add(doc, out);
  }
  return next;
}

const anchorKey = new PluginKey<DecorationSet>('float-anchor');

/** The plugin that shows floating pictures from their paragraph's top, overlapping as Word lets them. */
export function floatAnchorPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: anchorKey,
    state: {
      init: (_config, state) => floatAnchorDecorations(state.doc),
      apply: (tr, set, old) => (tr.docChanged ? updatedFloatAnchors(set, tr, old.doc) : set),
    },
    props: { decorations: (state) => anchorKey.getState(state) },
  });
}

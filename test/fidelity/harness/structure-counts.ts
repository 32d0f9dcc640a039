/**
 * Structure census of a document as Ostal holds it, to tell whether a round trip kept the
 * structure: the counts of `ostal inspect` (electron/cli/counts.ts) plus, for text, one count per
 * node type and per mark type of the document tree. Counting every type by name means that
 * tables, images, footnotes, comments, tracked changes or sections are compared as soon as the
 * model holds them, without this file changing.
 */
import { flattenShapes } from '@ostal/model';
import type { Deck, OstalDocument, PMNodeJSON } from '@ostal/model';
import { countDocument } from '../../../electron/cli/counts.js';

/** Named counts; keys are stable names (`paragraphs`, `node:heading`, `mark:bold`, …). */
export type StructureCounts = Readonly<Record<string, number>>;

/** Node types not worth comparing: text runs split and merge with formatting alone. */
const IGNORED_NODES = new Set(['doc', 'text']);

/** Counts every node type (and the marks on text) of a ProseMirror JSON tree, iteratively. */
export function nodeTypeCounts(root: PMNodeJSON): Record<string, number> {
  const counts: Record<string, number> = {};
  const add = (key: string): void => {
    counts[key] = (counts[key] ?? 0) + 1;
  };
  // Iterative walk: a hostile document may nest deeper than the stack allows.
  const stack: PMNodeJSON[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!IGNORED_NODES.has(node.type)) add(`node:${node.type}`);
    // Marks are counted once per run of text carrying them, merging adjacent runs with the same mark set.
    if (node.content) {
      let previous = '';
      for (const child of node.content) {
        const marks = (child.marks ?? []).map((m) => m.type).sort();
        const key = marks.join(',');
        if (child.type === 'text' && key !== previous) for (const m of marks) if (!previous.split(',').includes(m)) add(`mark:${m}`);
        previous = child.type === 'text' ? key : '';
        stack.push(child);
      }
    }
  }
  return counts;
}

/** The structure census of any document: `ostal inspect` counts, plus node and mark types for text. */
export function structureCounts(doc: OstalDocument): StructureCounts {
  const counts: Record<string, number> = {};
  for (const [key, value] of Object.entries(countDocument(doc))) if (value !== 0) counts[key] = value;
  if (doc.kind === 'text') Object.assign(counts, nodeTypeCounts(doc.content));
  if (doc.kind === 'deck') Object.assign(counts, deckCounts(doc));
  return counts;
}

/** A deck's census: hidden slides, notes, and shapes by kind and placeholder type over all slides. */
export function deckCounts(deck: Deck): Record<string, number> {
  const counts: Record<string, number> = {};
  const add = (key: string): void => {
    counts[key] = (counts[key] ?? 0) + 1;
  };
  for (const slide of deck.slides) {
    if (slide.hidden) add('deck:hidden-slides');
    if (slide.notes !== '') add('deck:slides-with-notes');
    for (const shape of flattenShapes(slide.shapes ?? [])) {
      add(`shape:${shape.kind}`);
      if (shape.placeholder) add(`placeholder:${shape.placeholder.type}`);
    }
  }
  return counts;
}

/**
 * Differences between two censuses, one `key: before → after` line per count that changed;
 * empty when the structure is identical.
 */
export function countDifferences(before: StructureCounts, after: StructureCounts): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys.filter((k) => (before[k] ?? 0) !== (after[k] ?? 0)).map((k) => `${k}: ${String(before[k] ?? 0)} → ${String(after[k] ?? 0)}`);
}

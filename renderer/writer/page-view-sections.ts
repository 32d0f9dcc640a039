/**
 * The page view's sheets per section: which paper each part of the document is laid on, how
 * wide the view is, and where each part's text column sits. Pure (ProseMirror nodes in, numbers
 * and decorations out).
 *
 * A section that starts on a new page starts a run of sheets of its own paper, size, orientation
 * and margins; continuous sections after it share its sheets (as in the PDF export). The view is
 * as wide as the widest sheet, the sheets centred in it; the editor's column has the first run's
 * text width (its padding), and the blocks of a run whose text column differs get margins that
 * move their edges to that run's column.
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { Transaction } from 'prosemirror-state';
import { AttrStep } from 'prosemirror-transform';
import { Decoration } from 'prosemirror-view';
import type { SectionProps } from '@ostal/model';
import { TWIPS_PER_PX } from '@ostal/model';
import { geometryOf } from './sheet-geometry.js';
import type { Geometry } from './sheet-geometry.js';

/** A run of sheets of one paper: a section starting on a new page and the continuous ones after it. */
export interface PaperRun {
  /** Document position of its first block (0 for the first run). */
  readonly from: number;
  /** Position of the section break before it (-1 for the first run). */
  readonly breakAt: number;
  /** The number of its first section in the document (0: the first; `story-sections.ts`): the section whose headers and footers its sheets show and edit. */
  readonly section: number;
  /** The properties of its first section (paper, margins, headers, numbering). */
  readonly props: SectionProps | null;
  readonly geometry: Geometry;
}

/** The runs of sheets of a document, in order (at least one). */
export function paperRuns(doc: PMNode): PaperRun[] {
  const breaks: { offset: number; size: number; props: SectionProps | null }[] = [];
  doc.forEach((node, offset) => {
    if (node.type.name === 'section_break') breaks.push({ offset, size: node.nodeSize, props: (node.attrs.section as SectionProps | null) ?? null });
  });
  const last = (doc.attrs.section as SectionProps | null | undefined) ?? null;
  // Section k ends at break k; the last one's properties are the document's.
  const sectionProps = (k: number): SectionProps | null => (k < breaks.length ? (breaks[k]?.props ?? null) : last);
  const first = sectionProps(0);
  const runs: PaperRun[] = [{ from: 0, breakAt: -1, section: 0, props: first, geometry: geometryOf(first) }];
  breaks.forEach((b, k) => {
    const next = sectionProps(k + 1);
    if (next?.start === 'continuous') return;
    runs.push({ from: b.offset + b.size, breakAt: b.offset, section: k + 1, props: next, geometry: geometryOf(next) });
  });
  return runs;
}

/** A run's text column: its distances from the left and right edges of the view. */
export interface ColumnInset {
  readonly left: number;
  readonly right: number;
}

/** How wide the page view is (its widest sheet), and each run's text column in it (sheets centred; whole pixels). */
export function pageColumns(runs: readonly PaperRun[]): { readonly width: number; readonly insets: readonly ColumnInset[] } {
  const width = Math.max(...runs.map((r) => r.geometry.width));
  // Whole pixels, as the editor's padding has always been.
  const insets = runs.map(({ geometry: g }) => ({ left: Math.round((width - g.width) / 2 + g.left), right: Math.round((width - g.width) / 2 + g.right) }));
  return { width, insets };
}

/** The left offset of a sheet of `geometry` in a view `width` pixels wide. */
export function sheetLeft(width: number, geometry: Geometry): number {
  return (width - geometry.width) / 2;
}

const twipsPx = (v: unknown): number => (typeof v === 'number' ? v / TWIPS_PER_PX : 0);
const round = (v: number): string => String(Math.round(v * 100) / 100);

/**
 * Margins on the top-level blocks of the runs whose text column is not the first run's, so that
 * they wrap at their own paper's width: a block's own indents are added to the move.
 * Empty when every run has the first one's column (most documents).
 */
export function columnDecorations(doc: PMNode, runs: readonly PaperRun[]): Decoration[] {
  const { insets } = pageColumns(runs);
  const base = insets[0];
  if (!base) return [];
  const out: Decoration[] = [];
  runs.forEach((run, i) => {
    const inset = insets[i];
    if (i === 0 || !inset) return;
    const dl = inset.left - base.left;
    const dr = inset.right - base.right;
    if (Math.abs(dl) < 0.5 && Math.abs(dr) < 0.5) return;
    // Up to the next run, the section break that ends this one included.
    const end = runs[i + 1]?.from ?? doc.content.size;
    doc.nodesBetween(run.from, end, (node, pos) => {
      if (pos >= run.from && pos < end) {
        // Variables read by page-view.css on sheets only: the PDF export, which copies these
        // blocks into a box of the section's own width, keeps their own margins.
        const style = `--sheet-margin-left: ${round(dl + twipsPx(node.attrs.indentLeft))}px; --sheet-margin-right: ${round(dr + twipsPx(node.attrs.indentRight))}px;`;
        out.push(Decoration.node(pos, pos + node.nodeSize, { class: 'writer-sheet-column', style }));
      }
      return false;
    });
  });
  return out;
}

/**
 * True when a transaction may have changed the document's sections (a section break added,
 * removed or changed, or the last section's properties): only then are the runs found again,
 * not on every keystroke. Looks at the ranges the steps replaced, nothing else.
 */
export function touchesSections(tr: Transaction): boolean {
  if (tr.doc.attrs.section !== tr.before.attrs.section) return true;
  let hit = false;
  const look = (doc: PMNode, from: number, to: number): void => {
    if (hit || to <= from) return;
    doc.nodesBetween(from, to, (node) => {
      if (node.type.name === 'section_break') hit = true;
      return false;
    });
  };
  tr.steps.forEach((step, i) => {
    if (hit) return;
    if (step instanceof AttrStep) {
      hit = true;
      return;
    }
    const before = tr.docs[i];
    const after = tr.docs[i + 1] ?? tr.doc;
    step.getMap().forEach((oldStart, oldEnd, newStart, newEnd) => {
      if (before) look(before, oldStart, oldEnd);
      look(after, newStart, newEnd);
    });
  });
  return hit;
}

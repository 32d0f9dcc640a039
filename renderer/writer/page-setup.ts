/**
 * Page setup of the first section (the page the writer shows): paper size, orientation and
 * margins, in twips in the model. The first section's properties are the first section break's,
 * or the document's when there is none.
 */
import { textSchema } from '@ostal/model';
import type { SectionProps } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import type { Command } from 'prosemirror-state';
import { UNTRACKED_META } from './track-changes.js';

export type PaperName = 'A4' | 'A5' | 'Letter' | 'Legal';

/** Portrait paper sizes in twips (A4 210 × 297 mm, A5 148 × 210 mm, Letter 8.5 × 11 in, Legal 8.5 × 14 in). */
export const PAPER_SIZES: Readonly<Record<PaperName, { readonly width: number; readonly height: number }>> = {
  A4: { width: 11906, height: 16838 },
  A5: { width: 8391, height: 11906 },
  Letter: { width: 12240, height: 15840 },
  Legal: { width: 12240, height: 20160 },
};

export const PAPER_NAMES: readonly PaperName[] = ['A4', 'A5', 'Letter', 'Legal'];

/** Margins when the document declares none: 2.5 cm, header and footer at 1.25 cm (Word's French default). */
export const DEFAULT_MARGINS = { top: 1417, right: 1417, bottom: 1417, left: 1417, header: 709, footer: 709 } as const;

export interface PageSetup {
  /** The paper, or null when the size is none of the named ones. */
  readonly paper: PaperName | null;
  readonly orientation: 'portrait' | 'landscape';
  /** Twips. */
  readonly margins: { readonly top: number; readonly right: number; readonly bottom: number; readonly left: number };
}

/** Position of the first section break among the top-level blocks, or -1 (a simple loop: no JSON, no allocation). */
function firstSectionBreak(doc: PMNode): number {
  let pos = 0;
  for (let i = 0; i < doc.childCount; i += 1) {
    const child = doc.child(i);
    if (child.type.name === 'section_break') return pos;
    pos += child.nodeSize;
  }
  return -1;
}

/** The first section's properties in an editor document, or null. */
export function firstSectionOf(doc: PMNode): SectionProps | null {
  const at = firstSectionBreak(doc);
  const section = (at >= 0 ? doc.nodeAt(at)?.attrs.section : doc.attrs.section) as SectionProps | null | undefined;
  return section ?? null;
}

/** The named paper of a size (either way round), within 1 mm, or null. */
export function paperOf(width: number, height: number): PaperName | null {
  const [short, long] = width <= height ? [width, height] : [height, width];
  return PAPER_NAMES.find((n) => Math.abs(PAPER_SIZES[n].width - short) <= 57 && Math.abs(PAPER_SIZES[n].height - long) <= 57) ?? null;
}

/** The page setup the dialog shows for a document (A4 portrait with the default margins when it declares nothing). */
export function currentPageSetup(doc: PMNode): PageSetup {
  const section = firstSectionOf(doc);
  const page = section?.page;
  const m = section?.margins ?? DEFAULT_MARGINS;
  const orientation = page ? (page.orientation === 'landscape' || page.width > page.height ? 'landscape' : 'portrait') : 'portrait';
  return { paper: page ? paperOf(page.width, page.height) : 'A4', orientation, margins: { top: m.top, right: m.right, bottom: m.bottom, left: m.left } };
}

/** Sets the first section's paper (null keeps the current size), orientation and margins; headers, footers and the rest stay. */
export function setPageSetup(setup: PageSetup): Command {
  return (state, dispatch) => {
    const doc = state.doc;
    const at = firstSectionBreak(doc);
    const section: SectionProps = firstSectionOf(doc) ?? {};
    const size = setup.paper ? PAPER_SIZES[setup.paper] : section.page ? { width: Math.min(section.page.width, section.page.height), height: Math.max(section.page.width, section.page.height) } : PAPER_SIZES.A4;
    const landscape = setup.orientation === 'landscape';
    const next: SectionProps = {
      ...section,
      page: { width: landscape ? size.height : size.width, height: landscape ? size.width : size.height, orientation: setup.orientation },
      margins: { ...(section.margins ?? DEFAULT_MARGINS), ...setup.margins },
    };
    if (dispatch) {
      // The page is not a tracked change (recording would take the section break for replaced text).
      const tr = state.tr.setMeta(UNTRACKED_META, true);
      if (at >= 0) tr.setNodeMarkup(at, textSchema.nodes.section_break, { section: next });
      else tr.setDocAttribute('section', next);
      dispatch(tr);
    }
    return true;
  };
}

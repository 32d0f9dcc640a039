import { describe, expect, it } from 'vitest';
import { EditorState } from 'prosemirror-state';
import { textSchema as s } from '@ostal/model';
import type { SectionProps } from '@ostal/model';
import { columnDecorations, pageColumns, paperRuns, sheetLeft, touchesSections } from './page-view-sections.js';
import { bodyMargins, geometryOf } from './sheet-geometry.js';

const p = (text: string, attrs: Record<string, unknown> | null = null) => s.node('paragraph', attrs, [s.text(text)]);
const brk = (section: SectionProps | null) => s.node('section_break', { section });
const margins = { top: 1440, right: 1440, bottom: 1440, left: 1440, header: 720, footer: 720 };
/** Letter portrait and landscape (8.5 × 11 in: 816 × 1056 px), 1 in margins (96 px). */
const portrait: SectionProps = { page: { width: 12240, height: 15840, orientation: 'portrait' }, margins };
const landscape: SectionProps = { page: { width: 15840, height: 12240, orientation: 'landscape' }, margins };

describe('page view sheets per section', () => {
  it('starts a run of sheets at each section on a new page, a continuous one sharing the sheets before it', () => {
    const doc = s.node('doc', { section: portrait }, [p('a'), brk(portrait), p('b'), brk(landscape), p('c'), brk({ ...portrait, start: 'continuous' }), p('d')]);
    const runs = paperRuns(doc);
    // A break carries the section it ends: 'b' is landscape, 'c' continuous after it, 'd' the document's.
    expect(runs.map((r) => [r.from, r.breakAt])).toEqual([
      [0, -1],
      [4, 3],
      [12, 11],
    ]);
    // Each run edits the stories of its first section: 'c' (section 2) shares run 1's sheets.
    expect(runs.map((r) => r.section)).toEqual([0, 1, 3]);
    expect(runs.map((r) => [r.geometry.width, r.geometry.height])).toEqual([
      [816, 1056],
      [1056, 816],
      [816, 1056],
    ]);
  });

  it('gives a landscape section between portrait ones its own sheets, centred in a view as wide as the widest, its blocks on its text width', () => {
    const indented = p('b', { indentLeft: 720 });
    const doc = s.node('doc', { section: portrait }, [p('a'), brk(portrait), indented, p('c'), brk(landscape), p('d')]);
    const runs = paperRuns(doc);
    expect(runs.map((r) => [r.geometry.width, r.geometry.height])).toEqual([
      [816, 1056],
      [1056, 816],
      [816, 1056],
    ]);
    const { width, insets } = pageColumns(runs);
    expect(width).toBe(1056);
    expect(insets).toEqual([
      { left: 120 + 96, right: 120 + 96 },
      { left: 96, right: 96 },
      { left: 120 + 96, right: 120 + 96 },
    ]);
    expect(runs.map((r) => sheetLeft(width, r.geometry))).toEqual([120, 0, 120]);
    // The landscape section's blocks reach 120 px further on each side; an indent adds to that.
    const decos = columnDecorations(doc, runs);
    expect(decos.map((d) => [d.from, (d as unknown as { type: { attrs: { style: string } } }).type.attrs.style])).toEqual([
      [runs[1]!.from, '--sheet-margin-left: -72px; --sheet-margin-right: -120px;'],
      [runs[1]!.from + indented.nodeSize, '--sheet-margin-left: -120px; --sheet-margin-right: -120px;'],
      [runs[2]!.breakAt, '--sheet-margin-left: -120px; --sheet-margin-right: -120px;'],
    ]);
    // Every section on the same paper: nothing to move.
    expect(columnDecorations(s.node('doc', { section: portrait }, [p('a'), brk(portrait), p('b')]), paperRuns(s.node('doc', { section: portrait }, [p('a'), brk(portrait), p('b')])))).toEqual([]);
  });

  it('pushes the body below a header taller than its margin and above a tall footer, unless the margin is exact', () => {
    const g = geometryOf(portrait);
    // Header 0.5 in (48 px) from the edge: a 20 px header fits in the 96 px margin, a 100 px one does not.
    expect(bodyMargins(g, 20, 0)).toEqual({ top: 96, bottom: 96 });
    expect(bodyMargins(g, 100, 0)).toEqual({ top: 148, bottom: 96 });
    expect(bodyMargins(g, 0, 70)).toEqual({ top: 96, bottom: 118 });
    const exact = geometryOf({ ...portrait, margins: { ...margins, top: -1440 } });
    expect(bodyMargins(exact, 100, 0).top).toBe(96);
  });

  it('looks at the sections again only when a change reaches a section break or the last section', () => {
    const doc = s.node('doc', { section: portrait }, [p('a'), brk(portrait), p('b')]);
    const state = EditorState.create({ doc });
    expect(touchesSections(state.tr.insertText('x', 2))).toBe(false);
    expect(touchesSections(state.tr.split(2))).toBe(false);
    expect(touchesSections(state.tr.insert(3, brk(landscape)))).toBe(true);
    expect(touchesSections(state.tr.delete(3, 4))).toBe(true);
    expect(touchesSections(state.tr.setNodeAttribute(3, 'section', landscape))).toBe(true);
    expect(touchesSections(state.tr.setDocAttribute('section', landscape))).toBe(true);
  });
});

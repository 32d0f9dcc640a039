/**
 * A section's text columns on screen. The page view is one long page, so a multi-column
 * section shows as CSS columns (count, gap, separator line) balanced at the section's end — as
 * the print layout balances a section's last page (`print-columns.ts`).
 *
 * Sections are runs of top-level blocks, not nodes: the text is one multi-column container
 * (the columns of the document's first multi-column section), and every block of a section
 * with other columns spans them all (`column-span: all`), which also ends a run of columns, so
 * each multi-column section balances on its own. A section whose columns differ from the first
 * multi-column one's (2 then 3 columns) shows in one column.
 */
import { Plugin, PluginKey } from 'prosemirror-state';
import type { EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node as PMNode } from 'prosemirror-model';
import type { SectionColumns, SectionProps } from '@ostal/model';
import { MAX_COLUMNS } from './print-columns.js';

/** CSS pixels per twip (96 px per inch). */
const PX_PER_TWIP = 96 / 1440;

/** The columns a section shows on screen, or null for one column. */
function shownColumns(section: SectionProps | null | undefined): SectionColumns | null {
  const c = section?.columns;
  if (!c || !Number.isFinite(c.count) || c.count < 2) return null;
  return c;
}

function sameColumns(a: SectionColumns, b: SectionColumns): boolean {
  return Math.min(a.count, MAX_COLUMNS) === Math.min(b.count, MAX_COLUMNS) && a.gap === b.gap && a.separator === b.separator;
}

/** The columns of each top-level block's section, in document order (a section break belongs to the section it ends). */
export function blockColumns(doc: PMNode): (SectionColumns | null)[] {
  const out: (SectionColumns | null)[] = [];
  let run = 0;
  doc.forEach((block) => {
    run += 1;
    if (block.type.name !== 'section_break') return;
    const cols = shownColumns(block.attrs.section as SectionProps | null);
    for (let i = 0; i < run; i++) out.push(cols);
    run = 0;
  });
  const last = shownColumns(doc.attrs.section as SectionProps | null | undefined);
  for (let i = 0; i < run; i++) out.push(last);
  return out;
}

interface ColumnsLayout {
  readonly columns: SectionColumns | null;
  readonly decorations: DecorationSet;
}

function layoutOf(doc: PMNode): ColumnsLayout {
  const perBlock = blockColumns(doc);
  const columns = perBlock.find((c) => c !== null) ?? null;
  if (!columns) return { columns: null, decorations: DecorationSet.empty };
  const decorations: Decoration[] = [];
  let i = 0;
  doc.forEach((block, pos) => {
    const own = perBlock[i++] ?? null;
    if (block.type.name === 'section_break' || own === null || !sameColumns(own, columns)) decorations.push(Decoration.node(pos, pos + block.nodeSize, { class: 'writer-span-columns' }));
  });
  return { columns, decorations: DecorationSet.create(doc, decorations) };
}

const columnsKey = new PluginKey<ColumnsLayout>('sectionColumns');

/** Shows multi-column sections in columns (see the module's comment). */
export function sectionColumnsPlugin(): Plugin<ColumnsLayout> {
  return new Plugin<ColumnsLayout>({
    key: columnsKey,
    state: {
      init: (_config, state) => layoutOf(state.doc),
      apply: (tr, old) => (tr.docChanged ? layoutOf(tr.doc) : old),
    },
    props: {
      decorations(state: EditorState) {
        return columnsKey.getState(state)?.decorations ?? DecorationSet.empty;
      },
      attributes(state: EditorState): Record<string, string> {
        const columns = columnsKey.getState(state)?.columns;
        if (!columns) return {};
        const count = Math.min(MAX_COLUMNS, Math.floor(columns.count));
        const gap = Math.max(0, columns.gap * PX_PER_TWIP);
        return {
          class: 'writer-page__content--columns',
          style: `--section-columns: ${String(count)}; --section-column-gap: ${gap.toFixed(1)}px; --section-column-rule: ${columns.separator ? '1px solid #000' : 'none'};`,
          'data-columns': String(count),
        };
      },
    },
  });
}

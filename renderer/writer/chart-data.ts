/**
 * Charts of a text document (Word charts, LibreOffice chart objects) as ProseMirror commands:
 * the selected chart, a chart replaced or inserted. The table of values and the dialog are
 * shared with the slides (`renderer/ui/charts/chart-edit-data.ts`): an edited chart carries its
 * values as literals; the DOCX writer patches an edited Word chart's kept part with them and
 * rewrites its embedded workbook from them (`formats ooxml/dml-chart-patch.ts`), or writes the chart from its
 * values when the patch cannot say the edit.
 */
import type { Chart } from '@ostal/model';
import { textSchema } from '@ostal/model';
import { NodeSelection } from 'prosemirror-state';
import type { Command, EditorState } from 'prosemirror-state';
import type { Node as PMNode } from 'prosemirror-model';
import { sampleChartData } from '../ui/index.js';
import { insertInlineObject } from './picture-commands.js';

/** EMU in a centimetre. */
const EMU_PER_CM = 360000;

/** The chart "Insertion > Graphique" starts from (`sampleChartData`), anchored nowhere (a text document places it inline). */
export function sampleChart(category: (n: number) => string, series: (n: number) => string): Chart {
  return { ...sampleChartData(category, series), anchor: { from: { row: 0, col: 0 }, to: { row: 0, col: 0 } } };
}

/** A new chart's size: 15 × 9 cm, narrower when the text is (EMU). */
export function newChartSize(textWidth: number): { width: number; height: number } {
  const width = Math.min(15 * EMU_PER_CM, textWidth);
  return { width, height: Math.round((width * 3) / 5) };
}

/** Inserts `chart` at the selection as an undo step of its own, selected; its alternative text is its title. */
export function insertChart(chart: Chart, size: { width: number; height: number }): Command {
  return insertInlineObject(textSchema.nodes.chart!.create({ chart, width: size.width, height: size.height, alt: chart.title ?? null }));
}

/** The chart the selection is on (a chart is selected as a node, like a picture). */
export function selectedChart(state: EditorState): { pos: number; node: PMNode } | null {
  const sel = state.selection;
  if (sel instanceof NodeSelection && sel.node.type.name === 'chart') return { pos: sel.from, node: sel.node };
  return null;
}

/** Replaces the chart at `pos` (one undo step), keeping it selected. */
export function setChart(pos: number, chart: Chart): Command {
  return (state, dispatch) => {
    const node = state.doc.nodeAt(pos);
    if (!node || node.type.name !== 'chart') return false;
    if (dispatch) {
      const tr = state.tr.setNodeMarkup(pos, undefined, { ...node.attrs, chart });
      dispatch(tr.setSelection(NodeSelection.create(tr.doc, pos)).scrollIntoView());
    }
    return true;
  };
}

/**
 * Charts of a slide (PPTX chart parts, ODP chart objects, both read into the model's `Chart` on
 * an `OpaqueShape`): the chart of a selected frame, a chart edited, a new chart inserted.
 *
 * An edited chart leaves its fallback picture behind (it shows the former values). A PPTX chart
 * keeps its source (the graphic frame with its chart part, style parts and embedded workbook):
 * the PPTX writer sees that the chart no longer says what its kept chart part says and writes
 * that part patched with the new values, its look kept (`formats slides/pptx-charts.ts`
 * `patchedChartFor`), or from the values when the patch cannot say the edit; other formats
 * write it from the model. An ODP chart's kept sub-document is dropped (nothing patches it):
 * the writers write it from the model, its values as literals. A chart left as it was keeps
 * everything.
 */
import type { Chart, Deck, DeckShape, OpaqueShape, Transform } from '@ostal/model';
import { chartTable } from '../ui/index.js';
import { replaceShape } from './group-members.js';
import { editShapes, insertShape } from './shape-operations.js';
import { centred } from './slide-factory.js';

/** A slide shape that is a chart Ostal can draw and edit. */
export type ChartShape = OpaqueShape & { readonly chart: Chart };

export function isChartShape(shape: DeckShape | undefined): shape is ChartShape {
  return shape?.kind === 'opaque' && shape.chart !== undefined;
}

/** Whether two charts show the same thing in the dialog (kind, title, legend, names, categories and values). */
export function sameChartContent(a: Chart, b: Chart): boolean {
  const name = (n: number) => `#${String(n)}`;
  return a.type === b.type && (a.title ?? '') === (b.title ?? '') && (a.legend ?? 'right') === (b.legend ?? 'right') && JSON.stringify(chartTable(a, name)) === JSON.stringify(chartTable(b, name));
}

/**
 * The deck with the chart of shape `id` (a group's member too) on slide `index` replaced by `chart` (fallback picture
 * dropped; kept source dropped unless PPTX, whose writer patches it). Returns `deck` itself
 * when the shape is not a chart or `chart` shows the same as before (nothing to undo).
 */
export function setSlideChart(deck: Deck, index: number, id: number, chart: Chart): Deck {
  let changed = false;
  const next = editShapes(deck, index, (shapes) =>
    replaceShape(shapes, id, (s) => {
      if (!isChartShape(s) || sameChartContent(s.chart, chart)) return s;
      changed = true;
      const { source, fallback: _fallback, ...rest } = s;
      return { ...rest, ...(source?.format === 'pptx' ? { source } : {}), chart };
    }),
  );
  return changed ? next : deck;
}

/** A new chart's frame: 60 % of the slide's width, 3:5, centred (EMU). */
export function newChartFrame(deck: Deck): Transform {
  const cx = Math.round(deck.size.cx * 0.6);
  const cy = Math.min(Math.round((cx * 3) / 5), Math.round(deck.size.cy * 0.8));
  return centred(deck, cx, cy);
}

/** Inserts `chart` on slide `index` as a new frame centred on it, named `name` and the new id. */
export function insertSlideChart(deck: Deck, index: number, chart: Chart, name: string): { deck: Deck; id: number } {
  return insertShape(deck, index, (id) => ({ kind: 'opaque', what: 'chart', id, name: `${name} ${String(id)}`, xfrm: newChartFrame(deck), chart }));
}

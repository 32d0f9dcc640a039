/**
 * The look the chart dialog edits, patched into a kept LibreOffice chart object (ODF 1.3 Part 3,
 * chart documents): a series' colour chosen (its automatic style's `draw:fill-color`, and
 * `svg:stroke-color` for a line), its values shown or hidden (`chart:data-label-number` of the
 * style's chart properties, 20.21), the axes' titles (`chart:title` of `chart:axis`). Every other
 * property of the styles is kept. `odf-chart-patch.ts` reads the patched object back and keeps it
 * only when it says exactly the edited chart.
 */
import type { Chart } from '@ostal/model';
import { NS } from '../xml/namespaces.js';
import { descendants, kid, kids, maker, removeChild } from '../xml/xml-edit-tree.js';
import type { EditElement } from '../xml/xml-edit-tree.js';

const NS_CHART = 'urn:oasis:names:tc:opendocument:xmlns:chart:1.0';

/** The prefix `root` declares for `ns`, if it declares one. */
export function declaredPrefix(root: EditElement, ns: string): string | undefined {
  return Object.entries(root.attrs).find(([k, v]) => k.startsWith('xmlns:') && v === ns)?.[0].slice('xmlns:'.length);
}

/** The prefix `root` declares for `ns` (the usual one when none). */
function prefixFor(root: EditElement, ns: string, usual: string): string {
  return declaredPrefix(root, ns) ?? usual;
}

/** The value of attribute `local` of namespace prefix `prefix`. */
const attr = (el: EditElement, prefix: string, local: string): string | undefined => el.attrs[`${prefix}:${local}`];

/** A series drawn as a line: its colour is its line's. */
function lined(chart: Chart): boolean {
  return chart.type === 'line' || chart.type === 'scatter' || (chart.type === 'radar' && chart.radarStyle !== 'filled');
}

/**
 * Patches `root` (an object's content.xml, `plot` its `chart:chart`) from `before` (what it said)
 * to `chart`'s look; false when it cannot (a series without a style of its own to change).
 */
export function patchChartLook(root: EditElement, plot: EditElement, before: Chart, chart: Chart): boolean {
  const p = { chart: prefixFor(root, NS_CHART, 'chart'), style: prefixFor(root, NS.style, 'style'), draw: prefixFor(root, NS.draw, 'draw'), svg: prefixFor(root, NS.svg, 'svg'), text: prefixFor(root, NS.text, 'text') };
  const area = kid(plot, NS_CHART, 'plot-area');
  if (!area) return false;
  const series = kids(area, NS_CHART, 'series');
  const styles = descendants(root, NS.style, 'style');
  const styleOf = (name: string | undefined) => (name ? styles.find((s) => attr(s, p.style, 'name') === name) : undefined);
  const uses = (name: string | undefined) => series.filter((s) => attr(s, p.chart, 'style-name') === name).length;
  const properties = (style: EditElement, local: string): EditElement => {
    const found = kid(style, NS.style, local);
    if (found) return found;
    const made = maker(NS.style, p.style)(local);
    style.children.push(made);
    return made;
  };

  for (let i = 0; i < chart.series.length; i++) {
    const s = chart.series[i]!;
    const old = before.series[i];
    const recolour = s.color !== undefined && s.color.toUpperCase() !== old?.color?.toUpperCase();
    const value = s.dataLabels?.value === true;
    const relabel = value !== (old?.dataLabels?.value === true);
    if (!recolour && !relabel) continue;
    const el = series[i];
    const name = el ? attr(el, p.chart, 'style-name') : undefined;
    const style = styleOf(name);
    // A style several series share cannot change for one of them.
    if (!style || uses(name) !== 1) return false;
    if (recolour) {
      const graphic = properties(style, 'graphic-properties');
      graphic.attrs = { ...graphic.attrs, [`${p.draw}:fill`]: 'solid', [`${p.draw}:fill-color`]: s.color.toLowerCase() };
      if (lined(chart)) graphic.attrs[`${p.svg}:stroke-color`] = s.color.toLowerCase();
    }
    if (relabel) {
      const props = properties(style, 'chart-properties');
      const percent = old?.dataLabels?.percent === true;
      const number = value ? (percent ? 'value-and-percentage' : 'value') : percent ? 'percentage' : 'none';
      props.attrs = { ...props.attrs, [`${p.chart}:data-label-number`]: number };
    }
  }

  const axes = kids(area, NS_CHART, 'axis');
  const setAxisTitle = (dimension: string, text: string | undefined, was: string | undefined): void => {
    if ((text ?? '') === (was ?? '')) return;
    const axis = axes.find((a) => attr(a, p.chart, 'dimension') === dimension);
    if (!axis) return;
    const title = kid(axis, NS_CHART, 'title');
    if (!text) {
      if (title) removeChild(axis, title);
      return;
    }
    const para = maker(NS.text, p.text)('p', {}, text);
    if (title) title.children = [...title.children.filter((c) => typeof c === 'string' || c.ns !== NS.text || c.local !== 'p'), para];
    else axis.children.unshift(maker(NS_CHART, p.chart)('title', {}, para));
  };
  setAxisTitle('x', chart.categoryAxisTitle, before.categoryAxisTitle);
  setAxisTitle('y', chart.valueAxisTitle, before.valueAxisTitle);
  return true;
}

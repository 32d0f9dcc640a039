/**
 * 3-D DrawingML charts (ECMA-376 Part 1, 21.2.2.228 `c:view3D`; 21.2.2.16 `c:bar3DChart`,
 * 21.2.2.96 `c:line3DChart`, 21.2.2.140 `c:pie3DChart`, 21.2.2.4 `c:area3DChart`): the viewpoint
 * read into {@link ChartView3D}, and the 3-D group written for a chart that has one. The groups'
 * content is their 2-D sibling's but for what the schema's sequences allow: no `c:overlap` or
 * `c:marker` in 3-D, no `c:firstSliceAng` in `c:pie3DChart`, and a line needs a third (series) axis.
 */
import { THREE_D_CHART_TYPES } from '@ostal/model';
import type { Chart, ChartView3D } from '@ostal/model';
import type { XmlElement } from '../xml/xml-tree.js';
import { attr, childElements } from '../xml/xml-tree.js';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';

/** The id of the series axis a 3-D line chart names as its third axis. */
export const SERIES_AXIS_ID = 555555;

const num = (el: XmlElement | undefined, lo: number, hi: number): number | undefined => {
  const v = el ? Number(attr(el, '', 'val')) : NaN;
  return Number.isFinite(v) && v >= lo && v <= hi ? Math.round(v) : undefined;
};

/** The viewpoint of a chart whose group is 3-D (`c:chart/c:view3D`, absent fields left to the application). */
export function view3DOf(chart: XmlElement | undefined): ChartView3D {
  const view = chart ? childElements(chart).find((c) => c.local === 'view3D') : undefined;
  const child = (local: string): XmlElement | undefined => (view ? childElements(view).find((c) => c.local === local) : undefined);
  const rotX = num(child('rotX'), -90, 90);
  const rotY = num(child('rotY'), 0, 359);
  const perspective = num(child('perspective'), 0, 240);
  const rAng = child('rAngAx');
  const rightAngleAxes = rAng ? attr(rAng, '', 'val') !== '0' && attr(rAng, '', 'val') !== 'false' : undefined;
  return { ...(rotX !== undefined ? { rotX } : {}), ...(rotY !== undefined ? { rotY } : {}), ...(perspective !== undefined ? { perspective } : {}), ...(rightAngleAxes !== undefined ? { rightAngleAxes } : {}) };
}

/** True when `chart` is written as a 3-D chart: it has a viewpoint, a type with a 3-D form, and no series of another kind or axis (3-D charts do not combine). */
export function writtenIn3D(chart: Chart): boolean {
  return chart.view3D !== undefined && THREE_D_CHART_TYPES.includes(chart.type) && chart.series.every((s) => (s.type === undefined || s.type === chart.type) && !s.secondaryAxis);
}

/** `c:view3D` of a 3-D chart (PowerPoint's defaults for what the model does not say: a 15° tilt, 20° turn, right-angled axes for bars). */
export function view3DXml(chart: Chart): XmlOut {
  const v = chart.view3D ?? {};
  const round = chart.type === 'pie';
  return x(
    'c:view3D',
    {},
    x('c:rotX', { val: v.rotX ?? (round ? 30 : 15) }),
    x('c:rotY', { val: v.rotY ?? (round ? 0 : 20) }),
    x('c:rAngAx', { val: (v.rightAngleAxes ?? !round) ? 1 : 0 }),
    v.perspective !== undefined ? x('c:perspective', { val: v.perspective }) : null,
  );
}

/** The 3-D chart group of `chart.type` holding `series` (axes `axIds`; a line adds the series axis). */
export function group3DXml(chart: Chart, series: readonly XmlOut[], axIds: readonly XmlOut[]): XmlOut {
  const grouping = chart.grouping ?? 'clustered';
  const lineGrouping = grouping === 'clustered' ? 'standard' : grouping;
  switch (chart.type) {
    case 'bar':
    case 'column':
      return x('c:bar3DChart', {}, x('c:barDir', { val: chart.type === 'bar' ? 'bar' : 'col' }), x('c:grouping', { val: grouping }), x('c:varyColors', { val: 0 }), series, x('c:gapWidth', { val: 150 }), x('c:shape', { val: 'box' }), axIds);
    case 'line':
      return x('c:line3DChart', {}, x('c:grouping', { val: lineGrouping }), x('c:varyColors', { val: 0 }), series, axIds, x('c:axId', { val: SERIES_AXIS_ID }));
    case 'area':
      return x('c:area3DChart', {}, x('c:grouping', { val: lineGrouping }), x('c:varyColors', { val: 0 }), series, axIds);
    case 'pie':
      return x('c:pie3DChart', {}, x('c:varyColors', { val: 1 }), series);
    case 'doughnut':
    case 'radar':
    case 'scatter':
    case 'stock':
    case 'bubble':
      throw new RangeError(`A ${chart.type} chart has no 3-D form.`);
  }
}

/** The hidden series axis of a 3-D line chart, crossing the value axis `valueAxisId`. */
export function seriesAxisXml(valueAxisId: number): XmlOut {
  return x(
    'c:serAx',
    {},
    x('c:axId', { val: SERIES_AXIS_ID }),
    x('c:scaling', {}, x('c:orientation', { val: 'minMax' })),
    x('c:delete', { val: 1 }),
    x('c:axPos', { val: 'b' }),
    x('c:majorTickMark', { val: 'out' }),
    x('c:minorTickMark', { val: 'none' }),
    x('c:tickLblPos', { val: 'nextTo' }),
    x('c:crossAx', { val: valueAxisId }),
    x('c:crosses', { val: 'autoZero' }),
  );
}

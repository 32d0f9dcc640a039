/**
 * The `draw:object` of a chart written from the model, for the ODF writers of text documents and
 * presentations: in a flat file it holds the chart's own `office:document` (ODF 1.3 Part 3,
 * 10.4.7); in a package it names the chart's sub-document folder.
 */
import type { Chart } from '@ostal/model';
import { xmlOutOf } from '../text/opaque-xml.js';
import { parseXml } from '../xml/xml-parser.js';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { standaloneChartDocumentXml } from './ods-charts.js';

/** A flat file's object holding `chart` drawn at `widthPt` × `heightPt`. */
export function inlineChartObject(chart: Chart, widthPt: number, heightPt: number): XmlOut {
  return x('draw:object', {}, xmlOutOf(parseXml(standaloneChartDocumentXml(chart, widthPt, heightPt), { part: 'chart', maxDepth: 256 })));
}

/** A package's object naming its sub-document (`./Object 1`). */
export function linkedObject(href: string): XmlOut {
  return x('draw:object', { 'xlink:href': href, 'xlink:type': 'simple', 'xlink:show': 'embed', 'xlink:actuate': 'onLoad' });
}

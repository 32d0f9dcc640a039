/**
 * Charts of ODF text (ODF 1.3 Part 3, 10.4.2 `draw:frame` holding 10.4.6 `draw:object`; Part 2,
 * 3 sub-documents of media type `application/vnd.oasis.opendocument.chart`): the chart object a
 * frame names (`./Object 1` → `Object 1/content.xml`, or the `office:document` inside the object
 * in a flat file) read into a `chart` node through `slides/odp-charts.ts`, values from the
 * chart's own data table, kept as literals; the object itself is kept on the node
 * (`odf-chart-source.ts`) so an unchanged chart is written back as LibreOffice made it. Size, name and anchoring are the frame's, as for pictures
 * (`odf-frame-reader.ts`); `svg:desc`/`svg:title` give the alternative text and title.
 *
 * A chart object the model cannot read (a kind it lacks, malformed XML) is reported and left to
 * the frame reader, which keeps its replacement picture when there is one.
 */
import { textSchema, validTextChart } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { NS } from '../xml/namespaces.js';
import { attr, childElement, textContent } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { decodeText } from '../container/zip-reader.js';
import { chartOfDrawObject } from '../slides/odp-charts.js';
import { literalChart } from '../slides/pptx-charts.js';
import { CHART_MEDIA_TYPE } from '../sheets/ods-charts.js';
import type { OdfFrameReader } from './odf-frame-reader.js';
import { odfChartSource } from './odf-chart-source.js';

/** Bytes of a package part, or undefined when absent. */
export type OdfPartBytes = (path: string) => Uint8Array | undefined;

/** What a frame gave: a chart node, a chart object not read (`unread`), or no chart object at all. */
export type ChartOutcome = { readonly chart: PMNode } | { readonly chart: null; readonly unread: boolean };

const NS_CHART = 'urn:oasis:names:tc:opendocument:xmlns:chart:1.0';
const MAX_DEPTH = 256;

/** Reads chart objects of one document; `file` is undefined for flat documents. */
export class OdfChartReader {
  constructor(
    private readonly file: OdfPartBytes | undefined,
    private readonly names: (() => readonly string[]) | undefined = undefined,
  ) {}

  /** The chart of `frame`, or why not. */
  frame(frame: XmlElement, frames: OdfFrameReader | undefined): ChartOutcome {
    if (frame.ns !== NS.draw || frame.local !== 'frame') return { chart: null, unread: false };
    const object = childElement(frame, NS.draw, 'object');
    if (!object || !this.isChart(object)) return { chart: null, unread: false };
    const read = chartOfDrawObject(object, this.file, MAX_DEPTH);
    if (!read || !validTextChart(read)) return { chart: null, unread: true };
    // Values as literals, as DOCX charts are: the references pointed into the object's own table.
    const chart = { ...read, series: literalChart(read).series.map(({ bubbleSizes: _b, ...s }) => s) };
    const text = (el: XmlElement | undefined): string | null => {
      const t = el ? textContent(el) : '';
      return t.trim() === '' ? null : t;
    };
    const placement = frames?.placement(frame) ?? {};
    const pkg = this.file && this.names ? { file: this.file, names: this.names } : undefined;
    const source = odfChartSource(frame, object, pkg, chart);
    const attrs = { ...placement, chart, source, alt: text(childElement(frame, NS.svg, 'desc')), title: text(childElement(frame, NS.svg, 'title')) };
    return { chart: textSchema.nodes.chart!.create(attrs) };
  }

  /** True when `object` holds (flat) or names (packaged) a chart document. */
  private isChart(object: XmlElement): boolean {
    const inline = childElement(object, NS.office, 'document');
    if (inline) {
      const body = childElement(inline, NS.office, 'body');
      return attr(inline, NS.office, 'mimetype') === CHART_MEDIA_TYPE || (body !== undefined && childElement(body, NS.office, 'chart') !== undefined);
    }
    const href = attr(object, NS.xlink, 'href');
    const dir = href?.replace(/^\.\//, '').replace(/\/+$/, '');
    if (!dir || !this.file || dir.split('/').includes('..') || /^[A-Za-z][\w+.-]*:/.test(dir)) return false;
    let bytes: Uint8Array | undefined;
    try {
      bytes = this.file(`${dir}/content.xml`);
    } catch {
      return false;
    }
    // A chart sub-document declares the chart namespace near its start (formulas are MathML).
    return bytes !== undefined && decodeText(bytes.subarray(0, 8192)).includes(NS_CHART);
  }
}

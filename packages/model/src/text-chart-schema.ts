/**
 * Charts in text documents: the `chart` inline atom of the text schema. Spread into `textSchema`
 * by `text-schema.ts`.
 *
 * `chart` is the model's {@link Chart} with its data as literals (the cached values of the
 * file: a text document has no cells for references to reach; its `anchor` means nothing here).
 * Size and placement are those of pictures (`text-image-schema.ts`, EMU), with the same
 * alternative text, title and name.
 *
 * `source` keeps the parts the chart was read from (a DOCX chart part with the parts its
 * relationships reach: styles, colours, the embedded workbook), bytes in base64 so that a
 * stored document stays JSON. Its `sig` is the signature of `chart` when read: while the chart
 * still matches, the same format writes the kept parts back (what the model cannot say
 * survives); once edited, the DOCX writer patches the kept parts with the edited values when it
 * can (keeping their look), else writes the chart from the model.
 *
 * An `odf` source is an ODF chart object: the files of its sub-document folder as named in the
 * package (`Object 1/content.xml`, `styles.xml`, `meta.xml`), or for a flat file one part
 * `office:document` (the object's inline document); and its replacement picture under
 * `ObjectReplacements/`. Each format writes back only sources of its own family.
 */
import type { DOMOutputSpec, NodeSpec } from 'prosemirror-model';
import type { Chart } from './chart.js';
import { EMU_PER_PX, placementAttrs } from './text-image-schema.js';

/** One kept part of a chart's source, bytes in base64. */
export interface ChartSourcePart {
  /** Part name in the package it was read from (`word/charts/chart1.xml`). */
  readonly path: string;
  /** Content type. */
  readonly type: string;
  /** The bytes, base64. */
  readonly data: string;
  /** Its relationships, targets as part names (or URIs when external). */
  readonly rels?: readonly { readonly id: string; readonly type: string; readonly target: string; readonly external?: boolean }[];
}

/** The parts a chart was read from (the chart part first). */
export interface ChartSource {
  /** `ooxml`: a DOCX chart part and what it reaches; `odf`: an ODF chart object (see below). */
  readonly family: 'ooxml' | 'odf';
  readonly parts: readonly ChartSourcePart[];
  /** {@link chartSig} of the chart when read. */
  readonly sig: string;
}

const CHART_TYPES = new Set(['column', 'bar', 'line', 'pie', 'area', 'scatter', 'doughnut', 'radar', 'stock', 'bubble']);
/** Most series and points a text chart holds (beyond: damage, not a chart to draw). */
const MAX_SERIES = 256;
const MAX_POINTS = 100_000;

/** The signature of a chart: a kept source is written while it matches. */
export function chartSig(chart: Chart): string {
  return JSON.stringify(chart);
}

/** The kept parts of a `chart` node's attrs when they still describe its chart, else null. */
export function keptChartParts(attrs: Readonly<Record<string, unknown>>, family: ChartSource['family'] = 'ooxml'): readonly ChartSourcePart[] | null {
  const s = attrs.source as ChartSource | null;
  return s && s.family === family && s.parts.length > 0 && s.sig === chartSig(attrs.chart as Chart) ? s.parts : null;
}

/** True for a chart the text schema accepts. */
export function validTextChart(v: unknown): v is Chart {
  if (typeof v !== 'object' || v === null) return false;
  const c = v as Partial<Chart>;
  if (typeof c.type !== 'string' || !CHART_TYPES.has(c.type) || !Array.isArray(c.series) || c.series.length > MAX_SERIES) return false;
  let points = 0;
  for (const s of c.series as unknown[]) {
    if (typeof s !== 'object' || s === null) return false;
    const values = (s as { cachedValues?: unknown }).cachedValues;
    if (values !== undefined && !Array.isArray(values)) return false;
    points += Array.isArray(values) ? values.length : 0;
  }
  return points <= MAX_POINTS;
}

function validSource(v: unknown): boolean {
  if (v === null) return true;
  const s = v as Partial<ChartSource>;
  return (
    typeof v === 'object' &&
    (s.family === 'ooxml' || s.family === 'odf') &&
    typeof s.sig === 'string' &&
    Array.isArray(s.parts) &&
    s.parts.every((p: Partial<ChartSourcePart>) => typeof p.path === 'string' && typeof p.type === 'string' && typeof p.data === 'string' && (p.rels === undefined || Array.isArray(p.rels)))
  );
}

function emu(name: string): (v: unknown) => void {
  return (v) => {
    if (typeof v !== 'number' || !Number.isInteger(v) || Math.abs(v) > 2 ** 40) throw new RangeError(`${name} must be an integer number of EMU.`);
  };
}

const px = (emuValue: unknown): string => `${String(Math.max(1, Math.round(Number(emuValue) / EMU_PER_PX)))}px`;

export const chartNodeSpecs: Record<string, NodeSpec> = {
  chart: {
    inline: true,
    group: 'inline',
    atom: true,
    draggable: true,
    attrs: {
      chart: {
        validate: (v: unknown) => {
          if (!validTextChart(v)) throw new RangeError('A text chart must be a chart (type and series).');
        },
      },
      width: { default: 4572000, validate: emu('width') },
      height: { default: 2743200, validate: emu('height') },
      alt: { default: null, validate: 'string|null' },
      title: { default: null, validate: 'string|null' },
      name: { default: null, validate: 'string|null' },
      /** The parts read, for same-format writing while unchanged, or null. */
      source: {
        default: null,
        validate: (v: unknown) => {
          if (!validSource(v)) throw new RangeError('A chart source is {family, parts, sig}.');
        },
      },
      ...placementAttrs,
    },
    // Copy and paste inside the editor keep the chart (its kept parts stay behind).
    parseDOM: [
      {
        tag: 'span.text-chart[data-chart]',
        getAttrs: (dom) => {
          try {
            const chart: unknown = JSON.parse(dom.getAttribute('data-chart') ?? '');
            if (!validTextChart(chart)) return false;
            const n = (name: string, fallback: number): number => {
              const v = Number.parseInt(dom.getAttribute(name) ?? '', 10);
              return Number.isFinite(v) && v > 0 ? v : fallback;
            };
            return { chart, width: n('data-width', 4572000), height: n('data-height', 2743200), alt: dom.getAttribute('aria-label') };
          } catch {
            return false;
          }
        },
      },
    ],
    // The editor's node view draws the chart; this is the plain form.
    toDOM: (node): DOMOutputSpec => [
      'span',
      {
        class: 'text-chart',
        role: 'img',
        'aria-label': (node.attrs.alt as string | null) ?? (node.attrs.chart as Chart).title ?? '',
        'data-chart': JSON.stringify(node.attrs.chart),
        'data-width': String(node.attrs.width),
        'data-height': String(node.attrs.height),
        'data-placement': node.attrs.placement as string,
        style: `display: inline-block; width: ${px(node.attrs.width)}; height: ${px(node.attrs.height)}`,
      },
    ],
  },
};

/** Diagnostics about deck content Ostal keeps only in part, reported once per kind over a deck. */
import { flattenShapes } from '@ostal/model';
import type { DeckShape } from '@ostal/model';
import type { DiagnosticSink } from '../diagnostics-sink.js';

const LABEL: Readonly<Record<string, string>> = {
  chart: 'charts',
  media: 'audio or video clips',
  diagram: 'SmartArt diagrams',
  'ole-object': 'embedded objects',
  graphic: 'other graphic objects',
  'content-part': 'ink annotations',
  equation: 'equations',
};

/** One warning per kind of opaque object: kept as is in PPTX, shown and saved elsewhere as its picture (or lost without one). */
export function reportOpaque(shapeLists: readonly (readonly DeckShape[])[], sink: DiagnosticSink): void {
  const counts = new Map<string, { n: number; noPicture: number }>();
  for (const list of shapeLists) {
    for (const s of flattenShapes(list)) {
      // Charts the model holds are drawn and converted as charts: nothing to report.
      if (s.kind !== 'opaque' || s.chart) continue;
      const c = counts.get(s.what) ?? { n: 0, noPicture: 0 };
      c.n += 1;
      if (!s.fallback) c.noPicture += 1;
      counts.set(s.what, c);
    }
  }
  for (const [what, c] of counts) {
    const lost = c.noPicture > 0 ? ` ${String(c.noPicture)} of them have no picture: not shown, and lost when saved in another format.` : '';
    sink.warn('object-as-picture', `${String(c.n)} ${LABEL[what] ?? what} are kept as they are in PowerPoint files, shown and saved in other formats as their picture.${lost}`);
  }
}

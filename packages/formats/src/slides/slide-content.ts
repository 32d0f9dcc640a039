/**
 * What a reader found on one slide, sorted by role, and the rule that turns it into a slide of
 * the model. Shared by the PresentationML reader (ECMA-376 Part 1, 19.3.1.36 placeholder types)
 * and the ODP reader (ODF 1.3 Part 3, 19.418 presentation:class), so both formats map alike:
 * title from the title placeholder, body from the body placeholders or else from the other text
 * shapes, table rows after.
 */
import { makeSlide } from '@ostal/model';
import type { Slide } from '@ostal/model';
import type { DiagnosticSink } from '../diagnostics-sink.js';

/** Kinds of content the model cannot hold, counted so the reader can report them once. */
export type DroppedKind = 'picture' | 'media' | 'chart' | 'diagram' | 'ole-object' | 'graphic' | 'content-part';

/** Text of one slide (or notes page), sorted by role. */
export interface SlideContent {
  /** Paragraphs of each title placeholder, in document order. */
  readonly titles: string[][];
  /** Paragraphs of each body-like placeholder (body, subtitle, outline...). */
  readonly bodies: string[][];
  /** Paragraphs of each text shape that is not a placeholder. */
  readonly others: string[][];
  /** Table rows, one line per row with cells separated by tabs. */
  readonly tableRows: string[];
  readonly dropped: Map<DroppedKind, number>;
}

/** An empty collection to fill while walking a shape tree. */
export function emptyContent(): SlideContent {
  return { titles: [], bodies: [], others: [], tableRows: [], dropped: new Map() };
}

/** Adds one to the count of dropped content of `kind`. */
export function countDropped(dropped: Map<DroppedKind, number>, kind: DroppedKind, n = 1): void {
  dropped.set(kind, (dropped.get(kind) ?? 0) + n);
}

/** Paragraphs joined into one line, as slide titles are: breaks and paragraph ends become spaces. */
export function joinAsLine(paragraphs: readonly string[]): string {
  return paragraphs
    .map((p) => p.replace(/\n/g, ' '))
    .join(' ')
    .trim();
}

/** The text of a notes page: its body placeholders, or else its other text, one line per paragraph. */
export function notesText(content: SlideContent): string {
  return (content.bodies.length > 0 ? content.bodies.flat() : content.others.flat()).join('\n');
}

/** Where a diagnostic about this slide points. */
export interface SlideLocation {
  readonly part: string;
  /** XML path of the shape tree, e.g. `/p:sld/p:cSld/p:spTree`. */
  readonly path: string;
}

/**
 * The model slide for `content`. Reports text boxes appended after a body placeholder and
 * tables flattened into lines; extra titles become the first body lines.
 */
export function composeSlide(content: SlideContent, notes: string, sink: DiagnosticSink, at: SlideLocation): Slide {
  const [first, ...moreTitles] = content.titles;
  const body: string[] = moreTitles.map(joinAsLine).filter((t) => t !== '');
  if (content.bodies.length > 0) {
    body.push(...content.bodies.flat());
    if (content.others.length > 0) {
      // Never lose a person's text: the deck model has one body, so other text boxes follow it.
      body.push(...content.others.flat());
      sink.warn('text-shape-merged', `${String(content.others.length)} text box(es) beside the body placeholder were appended to the body.`, at.part, at.path);
    }
  } else {
    body.push(...content.others.flat());
  }
  if (content.tableRows.length > 0) {
    body.push(...content.tableRows);
    sink.warn('table-flattened', 'A table was imported as lines of text, one per row, cells separated by tabs.', at.part, at.path);
  }
  return makeSlide(joinAsLine(first ?? []), body, notes);
}

const DROPPED_LABEL: Readonly<Record<DroppedKind, string>> = {
  picture: 'pictures',
  media: 'audio or video clips',
  chart: 'charts',
  diagram: 'SmartArt diagrams',
  'ole-object': 'embedded objects',
  graphic: 'other graphic objects',
  'content-part': 'ink content parts',
};

/** One warning per kind of dropped content, with its count over the whole deck. */
export function reportDropped(dropped: ReadonlyMap<DroppedKind, number>, sink: DiagnosticSink): void {
  for (const [kind, n] of dropped) {
    sink.warn(`dropped-${kind}`, `${String(n)} ${DROPPED_LABEL[kind]} could not be kept: Ostal decks hold titles, text and notes only.`);
  }
}

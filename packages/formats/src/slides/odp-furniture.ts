/**
 * Slide furniture (date, footer, slide number) written the ODF way (ODF 1.3 Part 3, 10.9 and
 * 16.37): the master page holds `date-time`, `footer` and `page-number` frames whose text is a
 * field (`presentation:date-time`, `presentation:footer`, `text:page-number`); each page says
 * which it shows (`presentation:display-*` on its drawing-page style) and names its footer text
 * and date (`presentation:footer-decl`, `presentation:date-time-decl` in `office:presentation`,
 * `presentation:use-footer-name` / `use-date-time-name` on `draw:page`).
 *
 * A PPTX slide shows furniture only where it has its own `dt`/`ftr`/`sldNum` placeholder: those
 * placeholders become the page's display flags and declarations instead of frames of the page,
 * so LibreOffice and the reader see them as the master's furniture (at the master's position).
 */
import type { Deck, DeckShape, Slide, TextBody, TextRun, Transform } from '@ostal/model';
import { flattenShapes, resolvedTransform, textBodyLines } from '@ostal/model';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { emuRectAttrs } from './odp-styles.js';
import type { OdpStyleCollector } from './odp-style-collector.js';

type FurnitureType = 'dt' | 'ftr' | 'sldNum';
const CLASS_OF: Readonly<Record<FurnitureType, string>> = { dt: 'date-time', ftr: 'footer', sldNum: 'page-number' };
const TYPES: readonly FurnitureType[] = ['dt', 'ftr', 'sldNum'];

/**
 * True for a slide placeholder written as master furniture rather than as a frame of the page,
 * as LibreOffice reads PPTX: a plain placeholder (no position, geometry, fill, outline, effects,
 * body or visual character properties and no a:pPr of its own, one paragraph of one run) that is
 * a footer with text, a slide number that is only the number field or a date that is only a date
 * field. Anything else — a fixed date, "Page <number>", a number placed or coloured on the slide —
 * stays a frame of the page, with its text.
 */
export function isPageFurniture(shape: DeckShape): boolean {
  const type = shape.placeholder?.type;
  if (type !== 'ftr' && type !== 'dt' && type !== 'sldNum') return false;
  const run = plainSingleRun(shape);
  if (!run) return false;
  if (type === 'ftr') return run.text.trim() !== '';
  return type === 'sldNum' ? run.field === 'slidenum' : run.field?.startsWith('datetime') === true;
}

/** The one run of a placeholder with no look of its own (LibreOffice's footer candidates), if it is one. */
function plainSingleRun(shape: DeckShape): TextRun | undefined {
  if (shape.kind !== 'shape' || shape.xfrm || shape.fill || shape.line || shape.effectsXml || shape.shadow || shape.geometry !== 'rect') return undefined;
  const body = shape.text;
  if (!body || hasKeys(body.props) || body.paragraphs.length !== 1) return undefined;
  const paragraph = body.paragraphs[0]!;
  if (paragraph.style !== undefined || paragraph.runs.length !== 1) return undefined;
  const run = paragraph.runs[0]!;
  const style = run.style;
  const visual = style && (style.font ?? style.size ?? style.bold ?? style.italic ?? style.underline ?? style.strike ?? style.color) !== undefined;
  return visual ? undefined : run;
}

function hasKeys(o: object | undefined): boolean {
  return o !== undefined && Object.values(o).some((v) => v !== undefined);
}

function own(slide: Slide, type: FurnitureType): DeckShape | undefined {
  return (slide.shapes ?? []).find((s) => s.placeholder?.type === type && isPageFurniture(s));
}

function bodyOf(shape: DeckShape | undefined): TextBody | undefined {
  return shape?.kind === 'shape' ? shape.text : undefined;
}

/** The footer and date-time declarations of a document, shared by pages with the same text. */
export class FurnitureDecls {
  private readonly footers = new Map<string, string>();
  private dateName: string | undefined;
  private readonly out: XmlOut[] = [];

  /** The `draw:page` attributes and drawing-page display flags of `slide`. */
  forSlide(slide: Slide): { pageAttrs: Record<string, string | undefined>; display: Record<string, string> } {
    const ftr = own(slide, 'ftr');
    const dt = own(slide, 'dt');
    const footerText = textBodyLines(bodyOf(ftr)).join(' ');
    let footerName: string | undefined;
    if (ftr && footerText !== '') {
      footerName = this.footers.get(footerText);
      if (!footerName) {
        footerName = `ftr${String(this.footers.size + 1)}`;
        this.footers.set(footerText, footerName);
        this.out.push(x('presentation:footer-decl', { 'presentation:name': footerName }, footerText));
      }
    }
    let dateName: string | undefined;
    if (dt) {
      // Only a date field is furniture (a fixed date stays a frame of the page): the current date.
      dateName = this.dateName;
      if (!dateName) {
        dateName = this.dateName = 'dtd1';
        this.out.push(x('presentation:date-time-decl', { 'presentation:name': dateName, 'presentation:source': 'current-date' }));
      }
    }
    return {
      pageAttrs: { 'presentation:use-footer-name': footerName, 'presentation:use-date-time-name': dateName },
      display: {
        'presentation:display-footer': String(footerName !== undefined),
        'presentation:display-page-number': String(own(slide, 'sldNum') !== undefined),
        'presentation:display-date-time': String(dateName !== undefined),
      },
    };
  }

  /** The declarations, for the start of `office:presentation`. */
  get elements(): readonly XmlOut[] {
    return this.out;
  }
}

/** Where PowerPoint's default layouts put the furniture, as shares of the slide. */
const DEFAULT_BOX: Readonly<Record<FurnitureType, readonly [number, number, number, number]>> = {
  dt: [0.05, 0.92, 0.28, 0.055],
  ftr: [0.36, 0.92, 0.28, 0.055],
  sldNum: [0.67, 0.92, 0.28, 0.055],
};

function fieldOf(type: FurnitureType): XmlOut {
  if (type === 'sldNum') return x('text:page-number', {}, '<number>');
  return x(type === 'ftr' ? 'presentation:footer' : 'presentation:date-time');
}

/**
 * The furniture frames of a master page for slides of `layoutId`: at the layout's (or master's)
 * placeholder position, else at PowerPoint's default places, with the placeholder's alignment
 * and font size, unfilled and without outline.
 */
export function masterFurnitureFrames(deck: Deck, layoutId: string | undefined, styles: OdpStyleCollector): XmlOut[] {
  const probe: Slide = { id: '', title: '', body: [], notes: '', ...(layoutId ? { layout: layoutId } : {}) };
  const layout = layoutId ? deck.layouts?.find((l) => l.id === layoutId) : undefined;
  const master = layout ? deck.masters?.find((m) => m.id === layout.master) : deck.masters?.[0];
  return TYPES.map((type) => {
    const shape = [...flattenShapes(layout?.shapes ?? []), ...flattenShapes(master?.shapes ?? [])].find((s) => s.placeholder?.type === type);
    const resolved = resolvedTransform(deck, probe, { kind: 'shape', id: 0, geometry: 'rect', placeholder: { type } });
    const [bx, by, bw, bh] = DEFAULT_BOX[type];
    const t: Transform = resolved ?? { x: Math.round(deck.size.cx * bx), y: Math.round(deck.size.cy * by), cx: Math.round(deck.size.cx * bw), cy: Math.round(deck.size.cy * bh) };
    const paragraph = bodyOf(shape)?.paragraphs[0];
    const align = paragraph?.style?.align;
    const size = paragraph?.runs.find((r) => r.style?.size !== undefined)?.style?.size;
    const pStyle = align
      ? styles.style('paragraph', [x('style:paragraph-properties', { 'fo:text-align': align === 'center' ? 'center' : align === 'right' ? 'end' : align === 'justify' ? 'justify' : 'start' })])
      : undefined;
    const field = fieldOf(type);
    const run = size !== undefined ? x('text:span', { 'text:style-name': styles.style('text', [x('style:text-properties', { 'fo:font-size': `${String(size / 100)}pt` })]) }, field) : field;
    // Without a style of its own, LibreOffice gives the frame its default background-object look: a blue fill and outline.
    const look = styles.style('presentation', [x('style:graphic-properties', { 'draw:stroke': 'none', 'draw:fill': 'none' })]);
    return x('draw:frame', { 'presentation:style-name': look, ...emuRectAttrs(t), 'presentation:class': CLASS_OF[type] }, x('draw:text-box', {}, x('text:p', { 'text:style-name': pStyle }, run)));
  });
}

/**
 * The print layout of a text document: the pages the PDF export prints, as one self-contained
 * HTML document (`exports.pdf` prints it, in Electron and in browser mode alike).
 *
 * The editor's own rendering of each section's blocks is cloned into a hidden box of the
 * section's text width, with the writer's stylesheet, and measured; `print-pagination.ts`
 * decides where pages end (between blocks, table rows or lines of a paragraph); each page is cut
 * out of the flow with a DOM range (so lists and tables split between pages keep their
 * structure, numbering and column widths, and a table's header rows repeat) and laid on a sheet
 * of the section's paper with its margins, header and footer (first-page and even-page stories
 * as `print-stories.ts` picks them), page-number and page-count fields filled per page. Every
 * page carries a named CSS page of its paper size, so sections of other sizes or orientations
 * print on their own paper.
 */
import { docStyleText } from './doc-base-style.js';
import type { PMNodeJSON, SectionProps, TextMedia } from '@ostal/model';
import { MEDIA_SRC_PREFIX, textSchema, TWIPS_PER_PX } from '@ostal/model';
import { DOMSerializer, Node as PMNode } from 'prosemirror-model';
import type { EditorView } from 'prosemirror-view';
import { bodyMargins, geometryOf } from './sheet-geometry.js';
import type { Geometry } from './sheet-geometry.js';
import type { FlowPoint, FlowUnit } from './print-pagination.js';
import { columnGeometry, paginateColumns, sliceHeight } from './print-columns.js';
import type { ColumnGeometry } from './print-columns.js';
import { formatPageNumber, storyOf, storyVariant } from './print-stories.js';
import { headerRows, lineStart, measure } from './print-measure.js';
import { mmOf, namedPages } from './print-paper.js';
import { isMetafile, metafileDataUrl, toBase64 } from '../ui/index.js';

interface Section {
  readonly props: SectionProps | null;
  readonly blocks: HTMLElement[];
}

/** One measured flow (a section's blocks) and its units. */
interface Flow {
  readonly section: Section;
  readonly geometry: Geometry;
  readonly box: HTMLElement;
  readonly units: readonly FlowUnit[];
  readonly elements: readonly HTMLElement[];
  /** First and last unit index of every element holding units. */
  readonly spans: Map<Element, { first: number; last: number }>;
  readonly tables: HTMLTableElement[];
  readonly columns: ColumnGeometry;
}

/** Part of a page's body: one flow's slices side by side in its columns. */
interface Region {
  readonly columns: DocumentFragment[];
  readonly geometry: ColumnGeometry;
  readonly height: number;
}

/** One printed page: its sheet and what it holds. */
interface PrintedPage {
  readonly geometry: Geometry;
  readonly props: SectionProps | null;
  readonly firstOfSection: boolean;
  readonly number: number;
  readonly regions: Region[];
  /** The body's top and height on this sheet (a tall header or footer moves them). */
  readonly top: number;
}

const px = (twips: number): number => twips / TWIPS_PER_PX;

/** The document's sections with the editor's element of each of their blocks. */
function sectionsOf(view: EditorView): Section[] {
  const sections: Section[] = [];
  let blocks: HTMLElement[] = [];
  view.state.doc.forEach((node, offset) => {
    if (node.type.name === 'section_break') {
      sections.push({ props: (node.attrs.section as SectionProps | null) ?? null, blocks });
      blocks = [];
      return;
    }
    const dom = view.nodeDOM(offset);
    if (dom instanceof HTMLElement) blocks.push(dom);
  });
  sections.push({ props: (view.state.doc.attrs.section as SectionProps | null) ?? null, blocks });
  return sections;
}

/** What the editor shows that paper does not: handles, widgets (not the room a floating picture takes in its lines), highlights of the session. */
const SCREEN_ONLY = '.writer-picture__handle, .writer-table-move, .ProseMirror-widget:not(.writer-image--spacer), .writer-comment, .writer-note__popup, .ProseMirror-separator, .column-resize-handle';
const SCREEN_CLASSES = ['writer-misspelt', 'writer-match', 'writer-match--current', 'ProseMirror-selectednode', 'selectedCell', 'writer-page__content--long', 'writer-sheet-column', 'writer-page-top'];

/** A clone of editor content fit for paper: no screen-only parts, pictures as `data:` addresses. */
function cleanCopy(el: HTMLElement, dataUrl: (src: string) => string | undefined): HTMLElement {
  const copy = el.cloneNode(true) as HTMLElement;
  for (const junk of copy.querySelectorAll(SCREEN_ONLY)) junk.remove();
  const all = [copy, ...copy.querySelectorAll('*')];
  for (const node of all) {
    node.removeAttribute('contenteditable');
    node.removeAttribute('tabindex');
    node.removeAttribute('draggable');
    node.classList.remove(...SCREEN_CLASSES);
  }
  for (const img of copy.querySelectorAll('img')) {
    const src = img.getAttribute('data-src') ?? '';
    const url = dataUrl(src);
    if (url) img.setAttribute('src', url);
    else img.removeAttribute('src');
  }
  return copy;
}

/** Ordered lists number their items explicitly, so that a list cut between pages counts on. */
function fixListNumbers(box: HTMLElement): void {
  for (const ol of box.querySelectorAll('ol')) {
    let n = ol.hasAttribute('start') ? ol.start : 1;
    for (const li of ol.children) {
      if (!(li instanceof HTMLLIElement)) continue;
      const own = li.getAttribute('value');
      if (own !== null && Number.isFinite(Number(own))) n = Number(own);
      li.setAttribute('value', String(n));
      n++;
    }
  }
}

function pointOf(flow: Flow, p: FlowPoint): { node: Node; offset: number } {
  const el = flow.elements[p.unit];
  if (!el?.parentNode) return { node: flow.box, offset: flow.box.childNodes.length };
  if (p.line > 0) {
    const line = flow.units[p.unit]?.lines[p.line];
    // Line boxes meet halfway between rows of text: this line's top is that boundary.
    if (line) return lineStart(el, line.top + flow.box.getBoundingClientRect().top);
  }
  return { node: el.parentNode, offset: Array.prototype.indexOf.call(el.parentNode.childNodes, el) };
}

/** Elements holding unit `p.unit` that also hold what comes before `p` (cut there). */
function splitAt(flow: Flow, p: FlowPoint): Element[] {
  const el = flow.elements[p.unit];
  const out: Element[] = [];
  for (let e: Element | null = el ?? null; e && e !== flow.box; e = e.parentElement) {
    const span = flow.spans.get(e);
    if ((span && span.first < p.unit) || (e === el && p.line > 0)) out.push(e);
  }
  return out;
}

/** Cuts the page `from`–`to` out of a flow: lists and tables keep their frame, header rows repeat. */
function cut(flow: Flow, from: FlowPoint, to: FlowPoint): DocumentFragment {
  const range = document.createRange();
  const a = pointOf(flow, from);
  const b = to.unit >= flow.units.length ? { node: flow.box, offset: flow.box.childNodes.length } : pointOf(flow, to);
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  const continued = from.unit === 0 && from.line === 0 ? [] : splitAt(flow, from);
  const ended = to.unit >= flow.units.length ? [] : splitAt(flow, to);
  for (const e of continued) e.setAttribute('data-pdf-cont', '');
  for (const e of ended) e.setAttribute('data-pdf-cut', '');
  const fragment = range.cloneContents();
  // What holds both ends (a table's body, a list, a paragraph) is not in the clone: wrap it back.
  let frame: DocumentFragment = fragment;
  for (let holder: Node | null = range.commonAncestorContainer; holder && holder !== flow.box; holder = holder.parentNode) {
    if (holder.nodeType !== Node.ELEMENT_NODE) continue;
    const wrapper = holder.cloneNode(false);
    wrapper.appendChild(frame);
    frame = document.createDocumentFragment();
    frame.append(wrapper);
  }
  for (const e of continued) e.removeAttribute('data-pdf-cont');
  for (const e of ended) e.removeAttribute('data-pdf-cut');
  for (const table of frame.querySelectorAll('table[data-pdf-cont]')) {
    const original = flow.tables[Number(table.getAttribute('data-pdf-table'))];
    if (!original) continue;
    const body = table.querySelector('tbody') ?? table;
    const repeat = headerRows(original).map((r) => r.cloneNode(true));
    body.prepend(...repeat);
    const cols = original.querySelector('colgroup');
    if (cols && !table.querySelector('colgroup')) table.prepend(cols.cloneNode(true));
  }
  return frame;
}

/** A region of a page's body: one column as it is, several side by side with their rules. */
function regionElement(region: Region): Node {
  const { columns, geometry, height } = region;
  if (geometry.count === 1) {
    const all = document.createDocumentFragment();
    for (const part of columns) all.append(part);
    return all;
  }
  const box = document.createElement('div');
  box.className = 'pdf-columns';
  box.style.height = `${String(height)}px`;
  columns.forEach((part, c) => {
    const left = c * (geometry.width + geometry.gap);
    const column = document.createElement('div');
    column.className = 'pdf-column';
    column.style.cssText = `left:${String(left)}px;width:${String(geometry.width)}px;`;
    column.append(part);
    box.append(column);
    if (geometry.separator && c > 0) {
      const rule = document.createElement('div');
      rule.className = 'pdf-column-rule';
      rule.style.cssText = `left:${String(left - geometry.gap / 2)}px;height:${String(height)}px;`;
      box.append(rule);
    }
  });
  return box;
}

/** A header or footer story as HTML elements (fields of the page filled in). */
function storyElement(story: PMNodeJSON | undefined, dataUrl: (src: string) => string | undefined): HTMLElement | null {
  if (!story) return null;
  let node: PMNode;
  try {
    node = PMNode.fromJSON(textSchema, story);
  } catch {
    return null;
  }
  const box = document.createElement('div');
  box.append(DOMSerializer.fromSchema(textSchema).serializeFragment(node.content));
  if ((box.textContent ?? '').trim() === '' && !box.querySelector('img')) return null;
  return cleanCopy(box, dataUrl);
}

/** The writer's stylesheet rules that draw document content (not the application around it). */
function contentCss(): string {
  const keep = /writer-page__content|ProseMirror|\.field|writer-image|text-frame|writer-note|table-of-contents|writer-outline|writer-page-break|comment-range|tableWrapper|writer-change|writer-ins|writer-del|bookmark/;
  const out: string[] = [];
  for (const sheet of document.styleSheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of rules) if (rule instanceof CSSStyleRule && keep.test(rule.selectorText)) out.push(rule.cssText);
  }
  return out.join('\n');
}

/** Rules of the print layout itself (also applied while measuring, so both lay out alike). */
export const PRINT_CSS = `
html, body { margin: 0; padding: 0; background: #fff; }
.writer-print .pdf-page { position: relative; overflow: hidden; margin: 0; break-after: page; background: #fff; }
.writer-print .pdf-page:last-child { break-after: auto; }
.writer-print .pdf-body, .writer-print .pdf-story { position: absolute; box-sizing: border-box; min-height: 0 !important; height: auto; padding: 0 !important; margin: 0; overflow: visible; }
.writer-print .pdf-story { font-size: 10pt; line-height: 1.3; }
.writer-print .pdf-story p { margin: 0; }
/* A page's first block starts at the body's top; a floating table keeps its offset down (it floats from there). */
.writer-print .pdf-body > :first-child:not([data-floating]), .writer-print .pdf-column > :first-child:not([data-floating]) { margin-top: 0 !important; }
.writer-print .pdf-columns { position: relative; }
.writer-print .pdf-column { position: absolute; top: 0; }
.writer-print .pdf-column-rule { position: absolute; top: 0; border-left: 0.75pt solid #000; }
.writer-print [data-pdf-cont] { margin-top: 0 !important; padding-top: 0 !important; border-top: none !important; text-indent: 0 !important; }
.writer-print [data-pdf-cut] { margin-bottom: 0 !important; padding-bottom: 0 !important; border-bottom: none !important; }
.writer-print li[data-pdf-cont] { list-style-type: none; }
.writer-print li[data-pdf-cont]::marker, .writer-print [data-pdf-cont]::before { content: none !important; }
.writer-print .writer-page-break { display: none !important; }
.writer-print .tableWrapper { overflow: visible !important; }
.writer-print .field, .writer-print .comment-range { background: none !important; }
.writer-print .writer-misspelt { text-decoration: none; }
`;

export interface PrintLayoutOptions {
  /** The editor whose document is printed (its rendering is what prints). */
  readonly view: EditorView;
  /** The document's pictures, by `media:` name. */
  readonly media: TextMedia | undefined;
  /** The document's title (the PDF's). */
  readonly title: string;
  /** The document's language (`fr`...). */
  readonly lang: string;
}

export interface PrintLayout {
  /** The self-contained HTML document (no script, pictures inline). */
  readonly html: string;
  /** How many pages it prints. */
  readonly pages: number;
}

const escapeHtml = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** Lays the document of `options.view` out on pages and returns it as HTML to print. */
export function printLayout(options: PrintLayoutOptions): PrintLayout {
  const { view, media } = options;
  const dataUrls = new Map<string, string>();
  const dataUrl = (src: string): string | undefined => {
    if (!src.startsWith(MEDIA_SRC_PREFIX) || !media) return undefined;
    const known = dataUrls.get(src);
    if (known) return known;
    const key = src.slice(MEDIA_SRC_PREFIX.length);
    const item = Object.prototype.hasOwnProperty.call(media, key) ? media[key] : undefined;
    if (!item) return undefined;
    const url = /^image\/(png|jpeg|gif|bmp|webp|svg\+xml)$/.test(item.mime) ? `data:${item.mime};base64,${toBase64(item.bytes)}` : isMetafile(item.mime, key) ? metafileDataUrl(item.bytes) : null;
    if (!url) return undefined;
    dataUrls.set(src, url);
    return url;
  };

  const style = document.createElement('style');
  style.textContent = PRINT_CSS;
  const host = document.createElement('div');
  host.className = 'writer-print';
  host.setAttribute('aria-hidden', 'true');
  // The document's base formatting and heading looks reach the pages as on screen (doc-base-style.ts),
  // while measuring here and in the printed document's body.
  const docStyle = docStyleText(view.state.doc.attrs);
  host.style.cssText = `position:absolute;left:-100000px;top:0;visibility:hidden;pointer-events:none;${docStyle}`;
  document.head.append(style);
  document.body.append(host);
  try {
    // Each section laid out at its column width; a continuous section keeps the sheet before it.
    const flows: Flow[] = [];
    let previous: Geometry | null = null;
    for (const section of sectionsOf(view)) {
      const geometry: Geometry = section.props?.start === 'continuous' && previous ? previous : geometryOf(section.props);
      previous = geometry;
      const columns = columnGeometry(geometry.width - geometry.left - geometry.right, section.props?.columns, px);
      const box = document.createElement('div');
      box.className = `${view.dom.className} pdf-body`;
      box.classList.remove(...SCREEN_CLASSES);
      box.style.width = `${String(columns.width)}px`;
      box.style.position = 'relative';
      for (const block of section.blocks) box.append(cleanCopy(block, dataUrl));
      fixListNumbers(box);
      const tables = [...box.querySelectorAll('table')];
      tables.forEach((t, i) => t.setAttribute('data-pdf-table', String(i)));
      host.append(box);
      const { units, elements, spans } = measure(box, columns.count > 1);
      flows.push({ section, geometry, box, units, elements, spans, tables, columns });
    }

    // The height of a header or footer story as printed (0: none), measured once per story.
    const storyHeights = new Map<PMNodeJSON, number>();
    const storyHeight = (story: PMNodeJSON | undefined, width: number): number => {
      if (!story) return 0;
      const known = storyHeights.get(story);
      if (known !== undefined) return known;
      const el = storyElement(story, dataUrl);
      let height = 0;
      if (el) {
        el.className = `${view.dom.className} pdf-story`;
        el.classList.remove(...SCREEN_CLASSES);
        el.style.cssText = `position:relative;width:${String(width)}px;`;
        host.append(el);
        height = el.getBoundingClientRect().height;
        el.remove();
      }
      storyHeights.set(story, height);
      return height;
    };
    // The body of a sheet: a header reaching below the top margin pushes it down, a footer
    // reaching above the bottom margin pushes its end up (as in Word and LibreOffice).
    const bodyArea = (g: Geometry, props: SectionProps | null, first: boolean, number: number): { top: number; height: number } => {
      const variant = storyVariant(props, first, number);
      const width = g.width - g.left - g.right;
      const { top, bottom } = bodyMargins(g, storyHeight(storyOf(props?.headers, variant), width), storyHeight(storyOf(props?.footers, variant), width));
      return { top, height: Math.max(1, g.height - top - bottom) };
    };

    // Pages: a section starts a new sheet unless it is continuous; numbers restart where a section says so.
    const pages: { geometry: Geometry; props: SectionProps | null; firstOfSection: boolean; number: number; format: string | undefined; regions: Region[]; used: number; top: number; height: number }[] = [];
    flows.forEach((flow, index) => {
      const props = flow.section.props;
      const continuous = index > 0 && props?.start === 'continuous' && pages.length > 0;
      const last = continuous ? pages[pages.length - 1] : undefined;
      const before = pages[pages.length - 1]?.number ?? 0;
      const restart = props?.pageNumberStart !== undefined && props.pageNumberStart > 0 ? props.pageNumberStart : undefined;
      // The number of the section's page `i` (page 0 of a continuous section is the sheet before's).
      const numberOf = (i: number): number => (last ? last.number + i : (restart ?? before + 1) + i);
      const balance = flows[index + 1]?.section.props?.start === 'continuous';
      const laid = paginateColumns(
        flow.units,
        flow.columns.count,
        (i) => (i === 0 && last ? { height: last.height, used: last.used } : { ...bodyArea(flow.geometry, props, i === 0, numberOf(i)), used: 0 }),
        balance,
      );
      laid.forEach((page, i) => {
        const region: Region = { columns: page.columns.map((slice) => cut(flow, slice.from, slice.to)), geometry: flow.columns, height: Math.max(0, ...page.columns.map((slice) => sliceHeight(flow.units, slice))) };
        if (i === 0 && last) {
          last.regions.push(region);
          last.used += region.height;
          return;
        }
        const area = bodyArea(flow.geometry, props, i === 0, numberOf(i));
        pages.push({ geometry: flow.geometry, props, firstOfSection: i === 0, number: numberOf(i), format: props?.pageNumberFormat, regions: [region], used: region.height, top: area.top, height: area.height });
      });
    });

    const printed: PrintedPage[] = pages.map((p) => ({ geometry: p.geometry, props: p.props, firstOfSection: p.firstOfSection, number: p.number, regions: p.regions, top: p.top }));
    const formats = pages.map((p) => p.format);

    const paper = namedPages(printed.map((p) => p.geometry));
    const out = document.createElement('div');
    printed.forEach((page, i) => {
      const g = page.geometry;
      const sheet = document.createElement('div');
      sheet.className = 'pdf-page';
      sheet.style.cssText = `width:${mmOf(g.width)};height:${mmOf(g.height)};page:${paper.names[i] ?? 'auto'};`;
      const textWidth = `${String(g.width - g.left - g.right)}px`;
      const body = document.createElement('div');
      body.className = `${view.dom.className} pdf-body`;
      body.classList.remove(...SCREEN_CLASSES);
      body.style.cssText = `top:${String(page.top)}px;left:${String(g.left)}px;width:${textWidth};`;
      for (const region of page.regions) body.append(regionElement(region));
      const variant = storyVariant(page.props, page.firstOfSection, page.number);
      const header = storyElement(storyOf(page.props?.headers, variant), dataUrl);
      const footer = storyElement(storyOf(page.props?.footers, variant), dataUrl);
      if (header) {
        header.className = `${body.className} pdf-story pdf-header`;
        header.style.cssText = `top:${String(g.header)}px;left:${String(g.left)}px;width:${textWidth};`;
        sheet.append(header);
      }
      sheet.append(body);
      if (footer) {
        footer.className = `${body.className} pdf-story pdf-footer`;
        footer.style.cssText = `bottom:${String(g.footer)}px;left:${String(g.left)}px;width:${textWidth};`;
        sheet.append(footer);
      }
      const shown = formatPageNumber(page.number, formats[i]);
      for (const field of sheet.querySelectorAll('[data-field="page-number"]')) field.textContent = shown;
      for (const field of sheet.querySelectorAll('[data-field="page-count"]')) field.textContent = String(printed.length);
      out.append(sheet);
    });
    const html = `<!DOCTYPE html><html lang="${escapeHtml(options.lang)}"><head><meta charset="utf-8"><title>${escapeHtml(options.title)}</title><style>${paper.css}\n${contentCss()}\n${PRINT_CSS}</style></head><body class="writer-print" style="${escapeHtml(docStyle)}">${out.innerHTML}</body></html>`;
    return { html, pages: printed.length };
  } finally {
    host.remove();
    style.remove();
  }
}

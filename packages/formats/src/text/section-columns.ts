/**
 * Text columns and line numbering of sections, in both formats (model: `SectionColumns`,
 * `LineNumbering` in `@ostal/model` text-field-schema.ts; lengths in twips).
 *
 * Columns: WordprocessingML `w:cols` (ECMA-376 Part 1, 17.6.4: `w:num`, `w:space`, `w:sep`,
 * `w:equalWidth` with one 17.6.3 `w:col` `w:w`/`w:space` per column) ↔ ODF `style:columns`
 * (ODF 1.3 Part 3, 17.12: `fo:column-count`, `fo:column-gap`, 17.13 `style:column-sep`, 17.14
 * `style:column` with `style:rel-width` and `fo:start-indent`/`fo:end-indent`). An ODF column's
 * relative width holds its indents: the space after column i is its end indent plus the start
 * indent of column i + 1. Writers give relative widths in twips, summing to the text width, as
 * LibreOffice does; the reader takes them as twips too. Equal columns keep no `widths`.
 *
 * Line numbering: `w:lnNumType` (17.6.8: `w:countBy`, `w:start`, `w:distance`, `w:restart`) ↔
 * `text:linenumbering-configuration` (16.29, in styles.xml: `text:number-lines`,
 * `text:increment`, `text:offset`, `text:restart-on-page`), one for the whole ODF document.
 */
import type { LineNumbering, SectionColumns, SectionProps } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { NS } from '../xml/namespaces.js';
import { attr, childElement, childElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { odfLengthToTwips } from './odf-table-styles.js';
import type { WmlNs } from './wml-run-properties.js';

const MAX_COLUMNS = 45;
const MAX_LENGTH = 31680;

type ColumnWidths = NonNullable<SectionColumns['widths']>;

const clampLength = (n: number): number => Math.min(MAX_LENGTH, Math.max(0, Math.round(n)));

/** Columns in the model's form: widths only when they or their spaces differ. */
export function sectionColumns(count: number, gap: number, separator: boolean, widths: ColumnWidths | undefined): SectionColumns | undefined {
  const usable = widths && widths.length >= 2 && widths.length <= MAX_COLUMNS && widths.some((c) => c.width > 0) ? widths.map((c, i) => ({ width: clampLength(c.width), space: i === widths.length - 1 ? 0 : clampLength(c.space) })) : undefined;
  const unequal = usable && (usable.some((c) => c.width !== usable[0]!.width) || usable.slice(0, -1).some((c) => c.space !== usable[0]!.space));
  if (usable && unequal) return { count: usable.length, gap: usable[0]!.space, separator, widths: usable };
  const n = usable ? usable.length : Math.min(MAX_COLUMNS, Math.max(1, count));
  const g = usable ? usable[0]!.space : gap;
  if (n <= 1 && !separator) return undefined;
  return { count: n, gap: Math.max(0, g), separator };
}

function wordOnOff(v: string | undefined, fallback: boolean): boolean {
  return v === undefined ? fallback : !/^(0|false|off)$/i.test(v);
}

function wordTwips(el: XmlElement, ns: WmlNs, local: string): number | undefined {
  const v = attr(el, ns.w, local);
  const n = v === undefined ? NaN : Number(v);
  return Number.isFinite(n) ? n : undefined;
}

/** `w:cols` in the model's form. */
export function readWordColumns(cols: XmlElement, ns: WmlNs, space: (el: XmlElement | undefined, local: string) => number | undefined): SectionColumns | undefined {
  const w = ns.w;
  const listed = childElements(cols, w, 'col');
  const num = Number.parseInt(attr(cols, w, 'num') ?? '', 10);
  const count = Number.isFinite(num) ? num : listed.length || 1;
  const separator = wordOnOff(attr(cols, w, 'sep'), false);
  const gap = space(cols, 'space') ?? space(listed[0], 'space') ?? 720;
  const equal = wordOnOff(attr(cols, w, 'equalWidth'), listed.length === 0);
  const widths = !equal && listed.length >= 2 ? listed.slice(0, MAX_COLUMNS).map((c) => ({ width: wordTwips(c, ns, 'w') ?? 0, space: wordTwips(c, ns, 'space') ?? 0 })) : undefined;
  return sectionColumns(count, gap, separator, widths);
}

/** `w:cols` of the model's columns. */
export function wordColumnsXml(c: SectionColumns): XmlOut {
  const sep = c.separator ? 1 : undefined;
  if (!c.widths) return x('w:cols', { 'w:num': c.count, 'w:space': c.gap, 'w:sep': sep });
  return x(
    'w:cols',
    { 'w:num': c.widths.length, 'w:sep': sep, 'w:equalWidth': 0 },
    c.widths.map((col, i) => x('w:col', { 'w:w': col.width, 'w:space': i < c.widths!.length - 1 ? col.space : undefined })),
  );
}

/**
 * `style:columns` in the model's form. Relative widths are twips when they add up to about
 * `textWidth` (Ostal's), else scaled to it (LibreOffice's add up to 65535); without `textWidth`
 * they are taken as twips.
 */
export function readOdfColumns(el: XmlElement, textWidth?: number): SectionColumns | undefined {
  const n = Number.parseInt(attr(el, NS.fo, 'column-count') ?? '1', 10);
  const sep = childElement(el, NS.style, 'column-sep');
  const separator = sep !== undefined && attr(sep, NS.style, 'style') !== 'none';
  const gap = odfLengthToTwips(attr(el, NS.fo, 'column-gap')) ?? 0;
  const listed = childElements(el, NS.style, 'column').slice(0, MAX_COLUMNS);
  let widths: ColumnWidths | undefined;
  if (listed.length >= 2) {
    const cols = listed.map((c) => ({
      rel: Number.parseFloat(attr(c, NS.style, 'rel-width') ?? ''),
      start: odfLengthToTwips(attr(c, NS.fo, 'start-indent')) ?? 0,
      end: odfLengthToTwips(attr(c, NS.fo, 'end-indent')) ?? 0,
    }));
    const total = cols.reduce((sum, c) => sum + c.rel, 0);
    const scale = textWidth !== undefined && textWidth > 0 && Math.abs(total - textWidth) > textWidth * 0.02 ? textWidth / total : 1;
    if (cols.every((c) => Number.isFinite(c.rel) && c.rel > 0)) widths = cols.map((c, i) => ({ width: c.rel * scale - c.start - c.end, space: c.end + (cols[i + 1]?.start ?? 0) }));
  }
  return sectionColumns(Number.isFinite(n) ? n : 1, gap, separator, widths);
}

/** `style:columns` of the model's columns (one column when none); `textWidth` in twips spreads equal columns. */
export function odfColumnsXml(c: SectionColumns | undefined, pt: (twips: number) => string): XmlOut {
  const count = c?.count ?? 1;
  const sep = c?.separator ? x('style:column-sep', { 'style:width': '0.5pt', 'style:color': '#000000', 'style:height': '100%' }) : null;
  if (!c?.widths) return x('style:columns', { 'fo:column-count': count, 'fo:column-gap': pt(c?.gap ?? 0) }, sep);
  const widths = c.widths;
  const cols = widths.map((col, i) => {
    const start = i > 0 ? widths[i - 1]!.space - Math.floor(widths[i - 1]!.space / 2) : 0;
    const end = i < widths.length - 1 ? Math.floor(col.space / 2) : 0;
    return x('style:column', { 'style:rel-width': `${String(col.width + start + end)}*`, 'fo:start-indent': pt(start), 'fo:end-indent': pt(end) });
  });
  return x('style:columns', { 'fo:column-count': widths.length }, sep, cols);
}

const RESTARTS: Readonly<Record<string, LineNumbering['restart']>> = { newPage: 'page', newSection: 'section', continuous: 'continuous' };
const WORD_RESTART: Readonly<Record<LineNumbering['restart'], string>> = { page: 'newPage', section: 'newSection', continuous: 'continuous' };

/** `w:lnNumType`: line numbering when it counts (`w:countBy` at least 1). */
export function readWordLineNumbering(el: XmlElement | undefined, ns: WmlNs): LineNumbering | undefined {
  if (!el) return undefined;
  const countBy = wordTwips(el, ns, 'countBy');
  if (countBy === undefined || countBy < 1) return undefined;
  const start = wordTwips(el, ns, 'start');
  const distance = wordTwips(el, ns, 'distance');
  return {
    countBy: Math.min(100, Math.round(countBy)),
    ...(start !== undefined && start >= 0 ? { start: Math.min(32767, Math.round(start)) } : {}),
    ...(distance !== undefined && distance >= 0 ? { distance: clampLength(distance) } : {}),
    restart: RESTARTS[attr(el, ns.w, 'restart') ?? 'newPage'] ?? 'page',
  };
}

/** `w:lnNumType` of the model's line numbering. */
export function wordLineNumberingXml(l: LineNumbering | undefined): XmlOut | null {
  return l ? x('w:lnNumType', { 'w:countBy': l.countBy, 'w:start': l.start, 'w:distance': l.distance, 'w:restart': WORD_RESTART[l.restart] }) : null;
}

/** `text:linenumbering-configuration`: line numbering when `text:number-lines` is on. */
export function readOdfLineNumbering(el: XmlElement | undefined): LineNumbering | undefined {
  // ODF 1.3 Part 3, 19.846: on unless said otherwise (LibreOffice leaves it out when on).
  if (!el || attr(el, NS.text, 'number-lines') === 'false') return undefined;
  const inc = Number.parseInt(attr(el, NS.text, 'increment') ?? '1', 10);
  const offset = attr(el, NS.text, 'offset');
  const distance = offset === undefined ? undefined : (odfLengthToTwips(offset) ?? 0);
  return {
    countBy: Number.isFinite(inc) && inc >= 1 ? Math.min(100, inc) : 1,
    ...(distance !== undefined ? { distance: clampLength(distance) } : {}),
    restart: attr(el, NS.text, 'restart-on-page') === 'true' ? 'page' : 'continuous',
  };
}

/** `text:linenumbering-configuration` of the model's line numbering (a section restart restarts nowhere in ODF). */
export function odfLineNumberingXml(l: LineNumbering | undefined, pt: (twips: number) => string): XmlOut | null {
  if (!l) return null;
  return x('text:linenumbering-configuration', {
    'text:number-lines': 'true',
    'style:num-format': '1',
    'text:increment': l.countBy,
    'text:number-position': 'left',
    'text:offset': l.distance !== undefined ? pt(l.distance) : undefined,
    'text:restart-on-page': l.restart === 'page' ? 'true' : 'false',
  });
}

/** The line numbering of the first section that has one (ODF has one for the whole document). */
export function documentLineNumbering(doc: PMNode): LineNumbering | undefined {
  let found: LineNumbering | undefined;
  doc.forEach((b) => {
    if (!found && b.type.name === 'section_break') found = (b.attrs.section as SectionProps | null)?.lineNumbering;
  });
  return found ?? (doc.attrs.section as SectionProps | null | undefined)?.lineNumbering;
}

/** `doc` with `l` on every section (how ODF's document-wide line numbering reads). */
export function withLineNumbering(doc: PMNode, l: LineNumbering | undefined): PMNode {
  if (!l) return doc;
  const add = (s: unknown): SectionProps => ({ ...((s as SectionProps | null) ?? {}), lineNumbering: l });
  const blocks: PMNode[] = [];
  doc.forEach((b) => blocks.push(b.type.name === 'section_break' ? b.type.create({ ...b.attrs, section: add(b.attrs.section) }) : b));
  return doc.type.create({ ...doc.attrs, section: add(doc.attrs.section) }, blocks);
}

/**
 * A section as read, or null/line numbering alone when the rest is nothing or (in files Ostal
 * wrote) the page the writers write for none.
 */
export function keptSection(section: SectionProps, ownFile: boolean, isDefault: (s: SectionProps) => boolean): SectionProps | null {
  const { lineNumbering, ...rest } = section;
  if (Object.keys(rest).length === 0 || (ownFile && isDefault(rest))) return lineNumbering ? { lineNumbering } : null;
  return section;
}

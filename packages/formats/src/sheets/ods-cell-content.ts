/**
 * What one ODS cell holds, for the streamed reader (ods-reader.ts): its attributes (ODF 1.3
 * Part 3, 19.385-19.389 `office:value-type` and the value attributes, 9.1.4 repeats and spans),
 * the text of its paragraphs (6.1.2-6.1.4 white space, `text:s`, `text:tab`, `text:line-break`)
 * and its note (14.1 `office:annotation`).
 */
import type { CellComment } from '@ostal/model';
import type { SaxesTagNS } from 'saxes';
import { NS } from '../xml/namespaces.js';
import { CALCEXT } from './ods-conditional-formats.js';

/** Longest run one `text:s` may expand to; a hostile `text:c="1e9"` must not allocate a gigabyte. */
const MAX_SPACES = 1024;

/** The attribute `local` in namespace `ns` of a streamed tag. */
export function tagAttr(tag: SaxesTagNS, ns: string, local: string): string | undefined {
  for (const key in tag.attributes) {
    const a = tag.attributes[key]!;
    if (a.local === local && a.uri === ns) return a.value;
  }
  return undefined;
}

/** A repeat or span count: a positive integer, else 1. */
export function repeatOf(value: string | undefined): number {
  const n = value === undefined ? 1 : Number(value);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

/** `text:s` as spaces (at most {@link MAX_SPACES}). */
function spacesOf(tag: SaxesTagNS): string {
  return ' '.repeat(Math.min(repeatOf(tagAttr(tag, NS.text, 'c')), MAX_SPACES));
}

/** The cell attributes the reader uses, gathered in one pass (cells are the hot path). */
export interface CellAttrs {
  repeat?: string;
  type?: string;
  value?: string;
  date?: string;
  time?: string;
  boolean?: string;
  string?: string;
  formula?: string;
  calcextType?: string;
  styleName?: string;
  colSpan?: string;
  rowSpan?: string;
  matrixCols?: string;
  matrixRows?: string;
  validation?: string;
}

export function cellAttrs(tag: SaxesTagNS): CellAttrs {
  const out: CellAttrs = {};
  for (const key in tag.attributes) {
    const a = tag.attributes[key]!;
    if (a.uri === NS.office) {
      if (a.local === 'value-type') out.type = a.value;
      else if (a.local === 'value') out.value = a.value;
      else if (a.local === 'date-value') out.date = a.value;
      else if (a.local === 'time-value') out.time = a.value;
      else if (a.local === 'boolean-value') out.boolean = a.value;
      else if (a.local === 'string-value') out.string = a.value;
    } else if (a.uri === NS.table) {
      if (a.local === 'number-columns-repeated') out.repeat = a.value;
      else if (a.local === 'formula') out.formula = a.value;
      else if (a.local === 'style-name') out.styleName = a.value;
      else if (a.local === 'number-columns-spanned') out.colSpan = a.value;
      else if (a.local === 'number-rows-spanned') out.rowSpan = a.value;
      else if (a.local === 'content-validation-name') out.validation = a.value;
      else if (a.local === 'number-matrix-columns-spanned') out.matrixCols = a.value;
      else if (a.local === 'number-matrix-rows-spanned') out.matrixRows = a.value;
    } else if (a.uri === CALCEXT && a.local === 'value-type') out.calcextType = a.value;
  }
  return out;
}

/** `PT12H30M05S` (xsd:duration) as `12:30:05`; other text is returned unchanged. */
export function durationText(d: string): string {
  const m = /^-?P(?:(\d+)D)?T?(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(d.trim());
  if (!m) return d;
  const hours = Number(m[1] ?? 0) * 24 + Number(m[2] ?? 0);
  const sec = m[4] ?? '0';
  const [whole, frac] = sec.split('.');
  const pad = (n: string | number): string => String(n).padStart(2, '0');
  return `${pad(hours)}:${pad(m[3] ?? 0)}:${pad(whole ?? '0')}${frac ? '.' + frac : ''}`;
}

/** The text of a cell's paragraphs, one line each. */
export class CellText {
  private paragraphs: string[] = [];
  private inPara = false;
  private pendingSpace = false;
  /** Depth inside `text:ruby-text` (6.4.3): the reading aid above the base text is not the cell's text. */
  private rubyText = 0;

  /** Starts a new cell. */
  reset(): void {
    this.paragraphs = [];
    this.inPara = false;
    this.rubyText = 0;
  }

  /** The paragraphs joined by line breaks. */
  get text(): string {
    return this.paragraphs.join('\n');
  }

  /** A `text:` element opened inside the cell. */
  open(tag: SaxesTagNS): void {
    const local = tag.local;
    if (local === 'ruby-text') this.rubyText += 1;
    if (this.rubyText > 0) return;
    if ((local === 'p' || local === 'h') && !this.inPara) {
      this.paragraphs.push('');
      this.inPara = true;
      this.pendingSpace = false;
    } else if (this.inPara && local === 's') this.append(spacesOf(tag));
    else if (this.inPara && local === 'tab') this.append('\t');
    else if (this.inPara && local === 'line-break') this.append('\n');
  }

  /** An element closed inside the cell. */
  close(tag: SaxesTagNS): void {
    if (tag.uri === NS.text && tag.local === 'ruby-text' && this.rubyText > 0) this.rubyText -= 1;
    else if (tag.uri === NS.text && (tag.local === 'p' || tag.local === 'h')) {
      // 6.1.2 drops a space only at a paragraph's start or after another: a last one stays
      // (`Berater ` as LibreOffice shows it).
      if (this.pendingSpace) this.paragraphs[this.paragraphs.length - 1] += ' ';
      this.inPara = false;
      this.pendingSpace = false;
    }
  }

  /** Character data inside the cell. */
  addText(t: string): void {
    if (!this.inPara || this.rubyText > 0) return;
    if (!/[ \t\r\n]/.test(t)) {
      this.append(t);
      return;
    }
    // ODF 1.3 Part 3, 6.1.2: white space collapses; text:s carries significant spaces.
    for (const piece of t.split(/([ \t\r\n]+)/)) {
      if (piece === '') continue;
      if (/^[ \t\r\n]/.test(piece)) {
        if (this.paragraphs[this.paragraphs.length - 1] !== '') this.pendingSpace = true;
      } else this.append(piece);
    }
  }

  private append(s: string): void {
    const last = this.paragraphs.length - 1;
    if (this.pendingSpace) this.paragraphs[last] += ' ';
    this.pendingSpace = false;
    this.paragraphs[last] += s;
  }
}

/** An `office:annotation` being read: author, date and paragraphs. */
export class NoteReader {
  private author = '';
  private date = '';
  private readonly paras: string[] = [];
  private field: 'author' | 'date' | null = null;
  private inP = false;

  constructor(
    /** Depth of the `office:annotation` element. */
    readonly depth: number,
    private readonly visible: boolean,
  ) {}

  open(tag: SaxesTagNS): void {
    const { uri: ns, local } = tag;
    if (ns === NS.dc && local === 'creator') this.field = 'author';
    else if (ns === NS.dc && local === 'date') this.field = 'date';
    else if (ns === NS.text && local === 'p') {
      this.paras.push('');
      this.inP = true;
    } else if (this.inP && ns === NS.text && local === 's') this.paras[this.paras.length - 1] += spacesOf(tag);
    else if (this.inP && ns === NS.text && local === 'tab') this.paras[this.paras.length - 1] += '\t';
    else if (this.inP && ns === NS.text && local === 'line-break') this.paras[this.paras.length - 1] += '\n';
  }

  /** An element below the annotation closed. */
  close(tag: SaxesTagNS): void {
    if (tag.uri === NS.dc) this.field = null;
    else if (tag.uri === NS.text && tag.local === 'p') this.inP = false;
  }

  text(t: string): void {
    if (this.field) this[this.field] += t;
    else if (this.inP) this.paras[this.paras.length - 1] += t.replace(/[\r\n]+/g, '');
  }

  /** The note (at A1: the cell places it), or null when it has neither text nor author. */
  comment(): CellComment | null {
    const text = this.paras.join('\n');
    if (text.trim() === '' && this.author === '') return null;
    return { row: 0, col: 0, text, ...(this.author.trim() ? { author: this.author.trim() } : {}), ...(this.date.trim() ? { date: this.date.trim() } : {}), ...(this.visible ? { visible: true } : {}) };
  }
}

/**
 * Section properties of WordprocessingML (ECMA-376 Part 1, 17.6 sections: `w:sectPr` 17.6.17,
 * `w:pgSz` 17.6.13, `w:pgMar` 17.6.11, `w:cols` 17.6.4, `w:type` 17.6.22, `w:titlePg` 17.10.6,
 * `w:pgNumType` 17.6.12; headers and footers 17.10: `w:headerReference` 17.10.5,
 * `w:footerReference` 17.10.2, `w:evenAndOddHeaders` 17.15.1.35) into {@link SectionProps}.
 *
 * A section that names no header (footer) of some type inherits the previous section's one
 * (17.10.5), so each section stores its effective headers and footers. Even-page headers count
 * only when the settings part turns `w:evenAndOddHeaders` on.
 */
import type { HeaderFooterSet, PMNodeJSON, SectionProps, SectionStart } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import { attr, childElement, childElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { onOff, wVal } from './wml-run-properties.js';
import { readWordColumns, readWordLineNumbering } from './section-columns.js';
import type { WmlNs } from './wml-run-properties.js';

/** Resolves a header/footer relationship id to its story (a `doc` node as JSON). */
export type StoryResolver = (relId: string) => PMNodeJSON | undefined;

const UNIT_TWIPS: Readonly<Record<string, number>> = { mm: 1440 / 25.4, cm: 1440 / 2.54, in: 1440, pt: 20, pc: 240, pi: 240 };

/** A twips measure (ST_TwipsMeasure / ST_SignedTwipsMeasure: a number, or in Strict a universal measure like `2.5cm`). */
export function twipsAttr(el: XmlElement | undefined, ns: WmlNs, local: string): number | undefined {
  const v = el ? attr(el, ns.w, local)?.trim() : undefined;
  if (!v) return undefined;
  const m = /^(-?\d+(?:\.\d+)?)(mm|cm|in|pt|pc|pi)?$/.exec(v);
  if (!m) return undefined;
  const n = Number(m[1]) * (m[2] ? UNIT_TWIPS[m[2]]! : 1);
  return Number.isFinite(n) && Math.abs(n) < 1_000_000 ? Math.round(n) : undefined;
}

const STARTS: Readonly<Record<string, SectionStart>> = { nextPage: 'next-page', continuous: 'continuous', evenPage: 'even-page', oddPage: 'odd-page', nextColumn: 'continuous' };

/** Reads the `w:sectPr` elements of one main document part, in order. */
export class WmlSectionReader {
  /** The previous section as declared (for header/footer inheritance) and as kept. */
  private previous: SectionProps | undefined;
  private previousKept: SectionProps | undefined;

  constructor(
    private readonly ns: WmlNs,
    private readonly stories: StoryResolver,
    private readonly evenAndOddHeaders: boolean,
  ) {}

  /** The properties of the section `sectPr` ends, in the model's form (see {@link canonicalSection}). */
  read(sectPr: XmlElement): SectionProps {
    const declared = this.declared(sectPr);
    const kept = canonicalSection(declared, this.previousKept, this.evenAndOddHeaders);
    this.previous = declared;
    this.previousKept = kept;
    return kept;
  }

  /** The properties `sectPr` declares, headers and footers inherited from the previous section. */
  private declared(sectPr: XmlElement): SectionProps {
    const { ns } = this;
    const w = ns.w;
    const out: { -readonly [K in keyof SectionProps]: SectionProps[K] } = {};
    const pgSz = childElement(sectPr, w, 'pgSz');
    const width = twipsAttr(pgSz, ns, 'w');
    const height = twipsAttr(pgSz, ns, 'h');
    if (width !== undefined && height !== undefined && width > 0 && height > 0) {
      const orient = pgSz && attr(pgSz, w, 'orient');
      out.page = { width, height, orientation: orient === 'landscape' || (orient === undefined && width > height) ? 'landscape' : 'portrait' };
    }
    const pgMar = childElement(sectPr, w, 'pgMar');
    if (pgMar) {
      const m = (local: string): number => Math.abs(twipsAttr(pgMar, ns, local) ?? 0);
      out.margins = { top: m('top'), right: m('right'), bottom: m('bottom'), left: m('left') + m('gutter'), header: m('header'), footer: m('footer') };
    }
    const cols = childElement(sectPr, w, 'cols');
    const columns = cols && readWordColumns(cols, ns, (el, local) => twipsAttr(el, ns, local));
    if (columns) out.columns = columns;
    const lineNumbering = readWordLineNumbering(childElement(sectPr, w, 'lnNumType'), ns);
    if (lineNumbering) out.lineNumbering = lineNumbering;
    const type = wVal(childElement(sectPr, w, 'type'), ns);
    if (type !== undefined && STARTS[type]) out.start = STARTS[type];
    if (onOff(childElement(sectPr, w, 'titlePg'), ns)) out.titlePage = true;
    const pgNumType = childElement(sectPr, w, 'pgNumType');
    const start = twipsAttr(pgNumType, ns, 'start');
    if (start !== undefined && start >= 0) out.pageNumberStart = start;
    const fmt = pgNumType && attr(pgNumType, w, 'fmt');
    if (fmt) out.pageNumberFormat = fmt;
    const headers = this.references(sectPr, 'headerReference', this.previous?.headers);
    const footers = this.references(sectPr, 'footerReference', this.previous?.footers);
    if (headers) out.headers = headers;
    if (footers) out.footers = footers;
    return out;
  }

  private references(sectPr: XmlElement, local: string, inherited: HeaderFooterSet | undefined): HeaderFooterSet | undefined {
    const set: { default?: PMNodeJSON; first?: PMNodeJSON; even?: PMNodeJSON } = { ...inherited };
    for (const ref of childElements(sectPr, this.ns.w, local)) {
      const type = attr(ref, this.ns.w, 'type') ?? 'default';
      const id = attr(ref, this.ns.r, 'id');
      if (id === undefined || (type !== 'default' && type !== 'first' && type !== 'even')) continue;
      if (type === 'even' && !this.evenAndOddHeaders) continue;
      const story = this.stories(id);
      if (story) set[type] = story;
    }
    return set.default || set.first || set.even ? set : undefined;
  }
}

/** The story of an empty header or footer: one empty paragraph. */
export const EMPTY_STORY: PMNodeJSON = { type: 'doc', content: [{ type: 'paragraph' }] };

/** True when every story of `set` is empty: the section has no header (footer). */
export function emptySet(set: HeaderFooterSet): boolean {
  return [set.default, set.first, set.even].every((s) => s === undefined || sameStory(s, EMPTY_STORY));
}

/** True when two stories have the same content. */
export function sameStory(a: PMNodeJSON, b: PMNodeJSON): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Drops section breaks that would end an empty section (at the start, after another break) and
 * a break ending the document (its properties become the last section's): ODF cannot express a
 * section without content.
 */
export function withoutEmptySections(doc: PMNode): PMNode {
  const blocks: PMNode[] = [];
  let section: unknown = doc.attrs.section;
  let changed = false;
  doc.forEach((block) => {
    const last = blocks[blocks.length - 1];
    if (block.type.name === 'section_break' && (!last || last.type.name === 'section_break')) {
      changed = true;
      return;
    }
    blocks.push(block);
  });
  const last = blocks[blocks.length - 1];
  if (last?.type.name === 'section_break' && blocks.length > 1) {
    blocks.pop();
    section = last.attrs.section;
    changed = true;
  }
  if (!changed) return doc;
  // The first section left starts the document: it cannot be continuous.
  const firstBreak = blocks.findIndex((b) => b.type.name === 'section_break');
  const notContinuous = (s: unknown): unknown => {
    if ((s as SectionProps | null)?.start !== 'continuous') return s;
    const { start: _start, ...rest } = s as SectionProps;
    return rest;
  };
  if (firstBreak >= 0) blocks[firstBreak] = blocks[firstBreak]!.type.create({ section: notContinuous(blocks[firstBreak]!.attrs.section) });
  else section = notContinuous(section);
  return doc.type.create({ ...doc.attrs, section }, blocks);
}

/** Page number formats both formats express (decimal is the default, left out). */
const PAGE_NUMBER_FORMATS = new Set(['lowerRoman', 'upperRoman', 'lowerLetter', 'upperLetter']);

/**
 * The form of `s` the model keeps, which DOCX and ODF both express (see `SectionProps`):
 * continuous sections take the page of the previous one, first/even stories exist when used.
 */
export function canonicalSection(s: SectionProps, previous: SectionProps | undefined, evenAndOdd: boolean): SectionProps {
  if (s.start === 'continuous' && previous) {
    const { columns: _c, start: _s, ...page } = previous;
    return { ...page, ...(s.columns ? { columns: s.columns } : {}), start: 'continuous' };
  }
  const { start: _start, pageNumberFormat, titlePage, ...rest } = s;
  const out: { -readonly [K in keyof SectionProps]: SectionProps[K] } = { ...rest };
  if (pageNumberFormat !== undefined && PAGE_NUMBER_FORMATS.has(pageNumberFormat)) out.pageNumberFormat = pageNumberFormat;
  // ODF page numbers are positive.
  if (out.pageNumberStart !== undefined && out.pageNumberStart < 1) delete out.pageNumberStart;
  const title = titlePage === true && (s.headers !== undefined || s.footers !== undefined);
  const stories = (set: HeaderFooterSet | undefined): HeaderFooterSet | undefined => {
    if (!set?.default && !(title && set?.first) && !(evenAndOdd && set?.even)) return undefined;
    const def = set.default ?? EMPTY_STORY;
    const even = evenAndOdd ? set.even ?? EMPTY_STORY : undefined;
    const out: HeaderFooterSet = {
      default: def,
      ...(title ? { first: set.first ?? EMPTY_STORY } : {}),
      // Even pages showing the default story have no story of their own.
      ...(even && !sameStory(even, def) ? { even } : {}),
    };
    return emptySet(out) ? undefined : out;
  };
  const headers = stories(s.headers);
  const footers = stories(s.footers);
  if (title && (headers || footers)) out.titlePage = true;
  if (headers) out.headers = headers;
  else delete out.headers;
  if (footers) out.footers = footers;
  else delete out.footers;
  if (out.margins) {
    const m = out.margins;
    out.margins = {
      ...m,
      header: headers ? m.header : 0,
      footer: footers ? m.footer : 0,
      top: headers ? Math.max(m.top, m.header) : m.top,
      bottom: footers ? Math.max(m.bottom, m.footer) : m.bottom,
    };
  }
  return out;
}

/**
 * WordprocessingML revisions and kept equations (ECMA-376 Part 1, 17.13.5 revisions: 17.13.5.14
 * `w:ins`, 17.13.5.12 `w:del`, 17.13.5.22/.25 `w:moveFrom`/`w:moveTo`, 17.13.5.31 `w:rPrChange`,
 * 17.13.5.29 `w:pPrChange`, 17.13.5.15/.16 paragraph mark revisions in `w:pPr/w:rPr`; 22.1
 * Office Math `m:oMath`/`m:oMathPara`), for the reader and the writer.
 *
 * Reading: change info (`w:id`, `w:author`, `w:date`) becomes the model's change marks and
 * `paragraph_change` nodes; the previous formatting of a format change is kept as its source XML.
 * Moves are read as a deletion (`w:moveFrom`) and an insertion (`w:moveTo`). Equations become
 * `opaque` nodes holding the OMML, with their linear text as fallback.
 *
 * Writing: {@link WmlRevisionIds} hands out the `w:id` of each revision element, keeping the
 * model's id when it is a decimal number not yet taken by another change.
 */
import type { Mark, Node as PMNode } from 'prosemirror-model';
import { blockFormerFormat, formerXml, runFormerFormat } from '@ostal/model';
import type { FormerBlock } from '@ostal/model';
import { NS } from '../xml/namespaces.js';
import { attr, childElement } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { sourceOut, xmlSource } from './opaque-xml.js';
import { changeMark, infoOf, opaqueNode, paragraphChange } from './text-changes.js';
import type { ChangeInfo } from './text-changes.js';
import type { WmlNs } from './wml-run-properties.js';

/** Office Math namespaces, Transitional and Strict. */
const MATH_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/math';
const STRICT_MATH_NS = 'http://purl.oclc.org/ooxml/officeDocument/math';

/** Strict namespace URIs mapped to Transitional ones, for kept XML written into a Transitional package. */
const TO_TRANSITIONAL: ReadonlyMap<string, string> = new Map([
  [NS.strictW, NS.w],
  [NS.strictR, NS.r],
  [STRICT_MATH_NS, MATH_NS],
]);

/** Kept OOXML in Transitional namespaces, so Strict and Transitional files keep the same XML. */
function transitional(source: string): string {
  let text = source;
  for (const [strict, to] of TO_TRANSITIONAL) text = text.split(`"${strict}"`).join(`"${to}"`);
  return text;
}

/** Change info of a revision element (an empty author counts as none). */
export function wmlChangeInfo(el: XmlElement, ns: WmlNs): ChangeInfo {
  return { id: attr(el, ns.w, 'id') ?? null, author: attr(el, ns.w, 'author') || null, date: attr(el, ns.w, 'date') || null };
}

/** The mark of a `w:ins`/`w:moveTo` (insertion) or `w:del`/`w:moveFrom` (deletion) wrapper. */
export function wrapperMark(el: XmlElement, ns: WmlNs): Mark {
  const deleted = el.local === 'del' || el.local === 'moveFrom';
  return changeMark(deleted ? 'deletion' : 'insertion', wmlChangeInfo(el, ns));
}

/**
 * The `before` of a `w:rPrChange`/`w:pPrChange`: the model's reading of the previous properties
 * (`former`: marks or block, resolved in the paragraph's styles like the run's own, so that
 * writing them as direct properties keeps their meaning), else their source XML. Null when the
 * element holds no properties element at all.
 */
function before(change: XmlElement, ns: WmlNs, local: 'rPr' | 'pPr', former: ((old: XmlElement) => FormerReading) | undefined): string | null {
  const old = childElement(change, ns.w, local);
  if (!old) return null;
  const reading = former?.(old);
  if (!reading) return old.children.some((c) => typeof c === 'object') ? JSON.stringify({ family: 'ooxml', xml: transitional(xmlSource(old)) }) : null;
  return 'marks' in reading ? runFormerFormat('ooxml', reading.marks) : blockFormerFormat('ooxml', reading.type, reading.attrs);
}

/** What the reader makes of former properties: text marks or a block. */
export type FormerReading = { readonly marks: readonly Mark[] } | FormerBlock;

/**
 * The `format_change` mark of a run whose `w:rPr` holds a `w:rPrChange`, or null; `former`
 * reads the previous `w:rPr` as marks (as the run's own properties are read).
 */
export function runFormatChange(rPr: XmlElement | undefined, ns: WmlNs, former?: (old: XmlElement) => readonly Mark[]): Mark | null {
  const change = rPr && childElement(rPr, ns.w, 'rPrChange');
  return change ? changeMark('format_change', wmlChangeInfo(change, ns), before(change, ns, 'rPr', former && ((old) => ({ marks: former(old) })))) : null;
}

/**
 * `paragraph_change` nodes for a paragraph's `w:pPr`: its mark inserted or deleted
 * (`w:pPr/w:rPr/w:ins|w:del|w:moveTo|w:moveFrom`) and its properties changed (`w:pPrChange`,
 * the previous `w:pPr` read as a block by `former`).
 */
export function paragraphMarkChanges(pPr: XmlElement | undefined, ns: WmlNs, former?: (old: XmlElement) => FormerBlock): PMNode[] {
  if (!pPr) return [];
  const out: PMNode[] = [];
  const rPr = childElement(pPr, ns.w, 'rPr');
  if (rPr) {
    for (const c of rPr.children) {
      if (typeof c !== 'object' || c.ns !== ns.w) continue;
      if (c.local === 'ins' || c.local === 'moveTo') out.push(paragraphChange('insertion', wmlChangeInfo(c, ns)));
      else if (c.local === 'del' || c.local === 'moveFrom') out.push(paragraphChange('deletion', wmlChangeInfo(c, ns)));
    }
  }
  const change = childElement(pPr, ns.w, 'pPrChange');
  if (change) out.push(paragraphChange('format', wmlChangeInfo(change, ns), before(change, ns, 'pPr', former)));
  return out;
}

/** True for an Office Math element that starts an equation. */
export function isMath(el: XmlElement): boolean {
  return (el.ns === MATH_NS || el.ns === STRICT_MATH_NS) && (el.local === 'oMath' || el.local === 'oMathPara');
}

/** The linear text of an equation, without deleted revisions. */
export function mathText(el: XmlElement, ns: WmlNs): string {
  let s = '';
  for (const c of el.children) {
    if (typeof c !== 'object') continue;
    if (c.ns === ns.w && (c.local === 'del' || c.local === 'moveFrom')) continue;
    if (c.local === 't' && c.ns !== ns.w) {
      for (const t of c.children) if (typeof t === 'string') s += t;
    } else s += mathText(c, ns);
  }
  return s;
}

/** An equation kept as an `opaque` node (its OMML), with its linear text as fallback. */
export function mathNode(el: XmlElement, ns: WmlNs, marks: readonly Mark[]): PMNode {
  return opaqueNode('ooxml', 'math', transitional(xmlSource(el)), mathText(el, ns), null, marks);
}

/** Writer output for kept OOXML, Strict namespaces turned Transitional; undefined when unusable. */
export function ooxmlOut(source: string): XmlOut | undefined {
  return sourceOut(transitional(source), new Map([['w', NS.w], ['r', NS.r]]));
}

/** Hands out unique revision ids (`w:id` is shared by all annotation kinds, 17.13.4). */
export class WmlRevisionIds {
  private readonly taken = new Map<string, Mark | PMNode>();
  private next = 1;

  /** The id to write for `change`: its own when free (or held by an equal change), else a new one. */
  idFor(change: Mark | PMNode): string {
    const own = change.attrs.id as string | null;
    if (own !== null && /^\d{1,9}$/.test(own)) {
      const holder = this.taken.get(own);
      if (!holder || (holder.type === change.type && JSON.stringify(holder.attrs) === JSON.stringify(change.attrs))) {
        this.taken.set(own, change);
        return own;
      }
    }
    while (this.taken.has(String(this.next))) this.next++;
    const id = String(this.next++);
    this.taken.set(id, change);
    return id;
  }

  /** Revision attributes for `change` (`w:id`, `w:author`, `w:date`; author is required). */
  attrs(change: Mark | PMNode): Record<string, string | undefined> {
    const info = infoOf(change);
    return { 'w:id': this.idFor(change), 'w:author': info.author ?? '', 'w:date': info.date ?? undefined };
  }

  /**
   * A `w:rPrChange`/`w:pPrChange` element for a format change: `built` (made from the model's
   * former format), else the former properties' source XML when that is all there is, else empty.
   */
  formatChange(change: Mark | PMNode, local: 'rPr' | 'pPr', built: XmlOut | null = null): XmlOut {
    if (built) return x(`w:${local}Change`, this.attrs(change), built);
    const kept = formerXml(change.attrs.before, 'ooxml');
    let old = kept === null ? undefined : ooxmlOut(kept);
    if (old && old.name !== `w:${local}`) old = undefined;
    return x(`w:${local}Change`, this.attrs(change), old ?? x(`w:${local}`));
  }
}

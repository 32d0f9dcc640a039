/**
 * Name matching for PresentationML and DrawingML elements in either conformance class:
 * Transitional (ECMA-376 Part 1, Annex A) or Strict (ISO/IEC 29500-1 Strict, other namespace URIs).
 */
import { NS } from '../xml/namespaces.js';
import { attr, childElement, childElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';

/** A SmartArt drawing part (dsp:drawing, [MS-ODRAWXML] 2.1.1313) uses PresentationML's shape-tree vocabulary. */
const DSP = 'http://schemas.microsoft.com/office/drawing/2008/diagram';
const P = new Set<string>([NS.p, NS.strictP, DSP]);
const A = new Set<string>([NS.a, NS.strictA]);

/** True when `el` is the PresentationML element `local` (Transitional or Strict). */
export function isP(el: XmlElement, local: string): boolean {
  return el.local === local && P.has(el.ns);
}

/** True when `el` is the DrawingML element `local` (Transitional or Strict). */
export function isA(el: XmlElement, local: string): boolean {
  return el.local === local && A.has(el.ns);
}

/** First PresentationML child named `local`. */
export function pChild(el: XmlElement | undefined, local: string): XmlElement | undefined {
  if (!el) return undefined;
  return childElement(el, NS.p, local) ?? childElement(el, NS.strictP, local) ?? childElement(el, DSP, local);
}

/** First DrawingML child named `local`. */
export function aChild(el: XmlElement | undefined, local: string): XmlElement | undefined {
  if (!el) return undefined;
  return childElement(el, NS.a, local) ?? childElement(el, NS.strictA, local);
}

/** DrawingML children named `local`, in document order. */
export function aChildren(el: XmlElement, local: string): XmlElement[] {
  return childElements(el).filter((c) => isA(c, local));
}

/** The `r:id` (or other relationship-namespace) attribute, Transitional or Strict. */
export function relAttr(el: XmlElement, local = 'id'): string | undefined {
  return attr(el, NS.r, local) ?? attr(el, NS.strictR, local);
}

/**
 * The children to read in place of an `mc:AlternateContent` block (ECMA-376 Part 3, 10.2):
 * the fallback, which uses only the base vocabulary, or the first choice when there is none.
 */
export function alternateContent(el: XmlElement): readonly XmlElement[] {
  const fallback = childElement(el, NS.mc, 'Fallback');
  const chosen = fallback ?? childElement(el, NS.mc, 'Choice');
  return chosen ? childElements(chosen) : [];
}

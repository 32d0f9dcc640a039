/**
 * WordprocessingML run properties that map to marks (ECMA-376 Part 1, 17.3.2: `w:b` 17.3.2.1,
 * `w:i` 17.3.2.16, `w:u` 17.3.2.40) and the on/off value type they use (17.17.4 ST_OnOff).
 * Works for Transitional and ISO Strict documents alike: the caller passes the namespace the
 * document uses (Strict: `http://purl.oclc.org/ooxml/wordprocessingml/main`).
 */
import { NS } from '../xml/namespaces.js';
import { attr, childElement } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import type { CharProps } from './text-marks.js';

/** The WordprocessingML and relationship namespaces one document uses. */
export interface WmlNs {
  readonly w: string;
  readonly r: string;
  readonly strict: boolean;
}

/** Transitional namespaces. */
export const WML_TRANSITIONAL: WmlNs = { w: NS.w, r: NS.r, strict: false };
/** ISO/IEC 29500 Strict namespaces. */
export const WML_STRICT: WmlNs = { w: NS.strictW, r: NS.strictR, strict: true };

/** The namespaces of the document whose root element is `root`. */
export function wmlNamespaceOf(root: XmlElement): WmlNs {
  return root.ns === NS.strictW ? WML_STRICT : WML_TRANSITIONAL;
}

/** The `w:val` attribute of `el`. */
export function wVal(el: XmlElement | undefined, ns: WmlNs): string | undefined {
  return el ? attr(el, ns.w, 'val') : undefined;
}

/** An integer attribute value, or undefined when absent or not a number. */
export function intVal(el: XmlElement | undefined, ns: WmlNs, local = 'val'): number | undefined {
  const v = el ? attr(el, ns.w, local) : undefined;
  if (v === undefined) return undefined;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * An on/off property (ST_OnOff): absent element → undefined, element without `w:val` → true,
 * `0`/`false`/`off` → false, anything else → true.
 */
export function onOff(el: XmlElement | undefined, ns: WmlNs): boolean | undefined {
  if (!el) return undefined;
  const v = wVal(el, ns);
  if (v === undefined) return true;
  const l = v.toLowerCase();
  return !(l === '0' || l === 'false' || l === 'off');
}

/** The mark-relevant properties declared by a `w:rPr` element (undefined when none). */
export function readRunProps(rPr: XmlElement | undefined, ns: WmlNs): CharProps | undefined {
  if (!rPr) return undefined;
  const bold = onOff(childElement(rPr, ns.w, 'b'), ns);
  const italic = onOff(childElement(rPr, ns.w, 'i'), ns);
  const u = childElement(rPr, ns.w, 'u');
  let underline: boolean | undefined;
  if (u) {
    const v = wVal(u, ns);
    underline = v === undefined ? true : v !== 'none';
  }
  if (bold === undefined && italic === undefined && underline === undefined) return undefined;
  return { bold, italic, underline };
}

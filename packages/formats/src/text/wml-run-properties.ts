/**
 * WordprocessingML run properties that map to marks (ECMA-376 Part 1, 17.3.2: `w:b` 17.3.2.1,
 * `w:i` 17.3.2.16, `w:u` 17.3.2.40, `w:strike` 17.3.2.37, `w:dstrike` 17.3.2.9, `w:vertAlign`
 * 17.3.2.42, `w:rFonts` 17.3.2.26, `w:sz` 17.3.2.38 (half-points), `w:color` 17.3.2.6,
 * `w:highlight` 17.3.2.15 (ST_HighlightColor 17.18.40), `w:shd` 17.3.2.32) and the on/off value
 * type they use (17.17.4 ST_OnOff).
 * Works for Transitional and ISO Strict documents alike: the caller passes the namespace the
 * document uses (Strict: `http://purl.oclc.org/ooxml/wordprocessingml/main`).
 */
import { NS } from '../xml/namespaces.js';
import { attr, childElement } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { safeColor, safeFontFamily, safeFontSize, safeLanguageTag, safeLetterSpacing } from '@ostal/model';
import type { CharProps } from './text-marks.js';

/** Resolves a theme font name (`minorHAnsi`, `majorAscii`...) to a family, when the theme part says. */
export type ThemeFonts = (theme: string) => string | undefined;

/** ST_HighlightColor values as hex. */
const HIGHLIGHT: Readonly<Record<string, string>> = {
  black: '#000000', blue: '#0000ff', cyan: '#00ffff', green: '#00ff00', magenta: '#ff00ff', red: '#ff0000',
  yellow: '#ffff00', white: '#ffffff', darkBlue: '#000080', darkCyan: '#008080', darkGreen: '#008000',
  darkMagenta: '#800080', darkRed: '#800000', darkYellow: '#808000', darkGray: '#808080', lightGray: '#c0c0c0',
};

/** The `w:highlight` name of a hex colour, when it is one of the named highlights. */
export function highlightName(hex: string): string | undefined {
  for (const [name, value] of Object.entries(HIGHLIGHT)) if (value === hex) return name;
  return undefined;
}

/** A hex colour attribute (`FF0000`) as `#ff0000`; `auto` and garbage give null. */
export function hexColor(v: string | undefined): string | null {
  return v === undefined || v === 'auto' ? null : safeColor(`#${v}`);
}

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

function readFont(rFonts: XmlElement | undefined, ns: WmlNs, theme: ThemeFonts | undefined): string | undefined {
  if (!rFonts) return undefined;
  const direct = attr(rFonts, ns.w, 'ascii') ?? attr(rFonts, ns.w, 'hAnsi');
  const themed = attr(rFonts, ns.w, 'asciiTheme') ?? attr(rFonts, ns.w, 'hAnsiTheme');
  // The theme attribute wins over the explicit name (17.3.2.26).
  const name = themed !== undefined ? theme?.(themed) ?? direct : direct;
  return safeFontFamily(name) ?? undefined;
}

/**
 * Caps (`w:caps` 17.3.2.5, `w:smallCaps` 17.3.2.33), letter spacing (`w:spacing` 17.3.2.35, in
 * twips), languages (`w:lang` 17.3.2.20: `w:val`, `w:eastAsia`, `w:bidi`) and the East-Asian font
 * (`w:rFonts/@w:eastAsia`; the same name as the Latin font means none of its own).
 */
function readCharExtras(rPr: XmlElement, ns: WmlNs, props: CharProps, latinFont: string | undefined): void {
  const w = ns.w;
  const caps = onOff(childElement(rPr, w, 'caps'), ns);
  const small = onOff(childElement(rPr, w, 'smallCaps'), ns);
  if (caps === true) props.caps = 'all';
  else if (small === true) props.caps = 'small';
  else if (caps === false || small === false) props.caps = 'none';
  const spacing = intVal(childElement(rPr, w, 'spacing'), ns);
  if (spacing !== undefined) props.letterSpacing = safeLetterSpacing(spacing / 20);
  const lang = childElement(rPr, w, 'lang');
  if (lang) {
    const tag = (local: string): string | null | undefined => {
      const v = attr(lang, w, local);
      return v === undefined ? undefined : safeLanguageTag(v);
    };
    const val = tag('val');
    const eastAsia = tag('eastAsia');
    const bidi = tag('bidi');
    if (val !== undefined) props.lang = val;
    if (eastAsia !== undefined) props.langEastAsia = eastAsia;
    if (bidi !== undefined) props.langComplex = bidi;
  }
  const fonts = childElement(rPr, w, 'rFonts');
  const eastAsiaFont = fonts && attr(fonts, w, 'eastAsia');
  if (eastAsiaFont !== undefined) {
    const family = safeFontFamily(eastAsiaFont);
    props.fontEastAsia = family === null || family === latinFont ? null : family;
  }
}

/** The mark-relevant properties declared by a `w:rPr` element (undefined when none). */
export function readRunProps(rPr: XmlElement | undefined, ns: WmlNs, theme?: ThemeFonts): CharProps | undefined {
  if (!rPr) return undefined;
  const w = ns.w;
  const props: CharProps = {};
  let any = false;
  const strike = onOff(childElement(rPr, w, 'strike'), ns) ?? onOff(childElement(rPr, w, 'dstrike'), ns);
  if (strike !== undefined) props.strike = strike;
  const va = wVal(childElement(rPr, w, 'vertAlign'), ns);
  if (va === 'superscript' || va === 'subscript' || va === 'baseline') props.vertAlign = va;
  const font = readFont(childElement(rPr, w, 'rFonts'), ns, theme);
  if (font !== undefined) props.font = font;
  const sz = intVal(childElement(rPr, w, 'sz'), ns);
  if (sz !== undefined) props.size = safeFontSize(sz / 2);
  const color = childElement(rPr, w, 'color');
  if (color) props.color = hexColor(wVal(color, ns));
  const hl = wVal(childElement(rPr, w, 'highlight'), ns);
  if (hl !== undefined) props.highlight = HIGHLIGHT[hl] ?? null;
  else {
    const shd = childElement(rPr, w, 'shd');
    if (shd) props.highlight = hexColor(attr(shd, w, 'fill'));
  }
  readCharExtras(rPr, ns, props, font);
  for (const k in props) if ((props as Record<string, unknown>)[k] !== undefined) any = true;
  const bold = onOff(childElement(rPr, ns.w, 'b'), ns);
  const italic = onOff(childElement(rPr, ns.w, 'i'), ns);
  const u = childElement(rPr, ns.w, 'u');
  let underline: boolean | undefined;
  if (u) {
    const v = wVal(u, ns);
    underline = v === undefined ? true : v !== 'none';
  }
  if (bold === undefined && italic === undefined && underline === undefined && !any) return undefined;
  return { ...props, bold, italic, underline };
}

/**
 * Text frames made of paragraphs (ECMA-376 Part 1, 17.3.1.11 `w:framePr`): a paragraph whose
 * properties hold a `w:framePr` is drawn in a frame of its own, positioned like a picture, and
 * adjacent paragraphs with the same frame properties share one frame. Old Word documents and
 * letters use them for address blocks and side notes; they become `text_frame` nodes, as text
 * boxes do, and are written back as text boxes.
 *
 * Drop caps (`w:dropCap`) are also declared through `w:framePr`; those stay ordinary paragraphs.
 */
import { attr, childElement } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import type { WmlNs } from './wml-run-properties.js';

const EMU_PER_TWIP = 635;
/** Width given to a frame that sizes itself to its text: the text width of an A4 page. */
const AUTO_WIDTH_TWIPS = 9072;
/** Height given per paragraph to a frame that says none (a line of 12 pt text). */
const LINE_TWIPS = 276;

// ST_HAnchor / ST_VAnchor (17.18.35, 17.18.100): `text` is the anchoring paragraph's column or text.
const H_RELATIVE: Readonly<Record<string, string>> = { text: 'column', margin: 'margin', page: 'page' };
const V_RELATIVE: Readonly<Record<string, string>> = { text: 'paragraph', margin: 'margin', page: 'page' };
// ST_XAlign / ST_YAlign (17.18.108, 17.18.109); `inline` (vertical) is no alignment.
const X_ALIGNS = new Set(['left', 'center', 'right', 'inside', 'outside']);
const Y_ALIGNS = new Set(['top', 'center', 'bottom', 'inside', 'outside']);
// ST_Wrap (17.18.104): around and auto let text flow beside the frame, notBeside and none do not.
const WRAPS: Readonly<Record<string, string>> = { around: 'square', auto: 'square', tight: 'tight', through: 'through', notBeside: 'top-bottom', none: 'top-bottom' };

/** The `w:framePr` of a paragraph that is part of a text frame (not a drop cap), or undefined. */
export function paragraphFrame(p: XmlElement, ns: WmlNs): XmlElement | undefined {
  const pPr = childElement(p, ns.w, 'pPr');
  const framePr = pPr && childElement(pPr, ns.w, 'framePr');
  // A paragraph that ends a section stays in the flow, where its section break belongs.
  if (!framePr || childElement(pPr, ns.w, 'sectPr')) return undefined;
  const dropCap = attr(framePr, ns.w, 'dropCap');
  return dropCap === undefined || dropCap === 'none' ? framePr : undefined;
}

/** What makes two frames the same frame: all their attributes (17.3.1.11). */
export function frameKey(framePr: XmlElement): string {
  return [...framePr.attrs.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${k}=${v}`).join(' ');
}

function twips(framePr: XmlElement, ns: WmlNs, local: string): number | undefined {
  const v = attr(framePr, ns.w, local);
  if (v === undefined || !/^-?\d+$/.test(v.trim())) return undefined;
  const n = Number(v);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** `text_frame` attributes of a frame holding `paragraphs` paragraphs. */
export function frameAttrs(framePr: XmlElement, ns: WmlNs, paragraphs: number): Record<string, unknown> {
  const w = twips(framePr, ns, 'w');
  const h = twips(framePr, ns, 'h');
  const out: Record<string, unknown> = {
    placement: 'anchored',
    width: Math.max(1, Math.min(w !== undefined && w > 0 ? w : AUTO_WIDTH_TWIPS, 31_680)) * EMU_PER_TWIP,
    height: Math.max(1, Math.min(h !== undefined && h > 0 ? h : LINE_TWIPS * Math.max(1, paragraphs), 31_680)) * EMU_PER_TWIP,
    xRelative: H_RELATIVE[attr(framePr, ns.w, 'hAnchor') ?? 'text'] ?? 'column',
    yRelative: V_RELATIVE[attr(framePr, ns.w, 'vAnchor') ?? 'text'] ?? 'paragraph',
    wrap: WRAPS[attr(framePr, ns.w, 'wrap') ?? 'around'] ?? 'square',
  };
  const x = twips(framePr, ns, 'x');
  const y = twips(framePr, ns, 'y');
  if (x !== undefined) out.x = Math.max(-31_680, Math.min(x, 31_680)) * EMU_PER_TWIP;
  if (y !== undefined) out.y = Math.max(-31_680, Math.min(y, 31_680)) * EMU_PER_TWIP;
  const xAlign = attr(framePr, ns.w, 'xAlign');
  const yAlign = attr(framePr, ns.w, 'yAlign');
  if (xAlign !== undefined && X_ALIGNS.has(xAlign)) out.xAlign = xAlign;
  if (yAlign !== undefined && Y_ALIGNS.has(yAlign)) out.yAlign = yAlign;
  return out;
}

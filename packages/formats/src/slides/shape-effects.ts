/**
 * Shape effects (`a:effectLst`, ECMA-376 Part 1, 20.1.8.26): kept as markup in
 * `GeometryShape.effectsXml` and written back to PPTX as read. ODF 1.3 can say one of them, the
 * outer shadow (`draw:shadow`, `draw:shadow-offset-x/-y`, `draw:shadow-color`,
 * `draw:shadow-opacity`; no blur, which only LibreOffice's extension has): it converts both ways.
 * Glow, soft edges, reflection, inner and preset shadows have no ODF 1.3 form: writing ODP drops
 * them, and `deck-conversion-losses.ts` says so (`effects-dropped`).
 */
import type { DeckShape, DeckTheme } from '@ostal/model';
import { NS } from '../xml/namespaces.js';
import { parseXml } from '../xml/xml-parser.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { attr, childElements } from '../xml/xml-tree.js';
import { elementXml } from './xml-fragment.js';

const A = new Set<string>([NS.a, NS.strictA]);
const EMU_PER_MM = 36_000;
/** Effects ODF 1.3 cannot say. */
const NOT_IN_ODF = new Set(['glow', 'softEdge', 'reflection', 'innerShdw', 'prstShdw', 'blur', 'fillOverlay']);

function aChildren(el: XmlElement): XmlElement[] {
  return childElements(el).filter((c) => A.has(c.ns));
}

/** The kept markup of a shape's `a:effectLst`, or undefined when it has none or an empty one. */
export function readEffectsXml(spPr: XmlElement | undefined): string | undefined {
  const list = spPr ? aChildren(spPr).find((c) => c.local === 'effectLst') : undefined;
  return list && aChildren(list).length > 0 ? elementXml(list) : undefined;
}

function parsed(xml: string | undefined): XmlElement | undefined {
  if (!xml) return undefined;
  try {
    return parseXml(xml, { part: 'shape effects', maxDepth: 64 });
  } catch {
    return undefined;
  }
}

const PRESET_COLORS: Readonly<Record<string, string>> = { black: '000000', white: 'FFFFFF', gray: '808080', red: 'FF0000', blue: '0000FF' };

/** `#rrggbb` and opacity (0-1) of a DrawingML colour element's parent. */
function colorOf(parent: XmlElement, theme: DeckTheme | undefined): { color: string; opacity: number } {
  const el = aChildren(parent)[0];
  let rgb = '000000';
  if (el?.local === 'srgbClr') rgb = attr(el, '', 'val') ?? rgb;
  else if (el?.local === 'schemeClr') rgb = theme?.colors[attr(el, '', 'val') ?? ''] ?? rgb;
  else if (el?.local === 'prstClr') rgb = PRESET_COLORS[attr(el, '', 'val') ?? ''] ?? rgb;
  else if (el?.local === 'sysClr') rgb = attr(el, '', 'lastClr') ?? rgb;
  const alpha = el ? aChildren(el).find((c) => c.local === 'alpha') : undefined;
  const a = alpha ? Number(attr(alpha, '', 'val')) : 100_000;
  return { color: `#${/^[0-9A-Fa-f]{6}$/.test(rgb) ? rgb.toLowerCase() : '000000'}`, opacity: Number.isFinite(a) ? Math.min(Math.max(a / 100_000, 0), 1) : 1 };
}

const mm = (emu: number): string => `${String(Number((emu / EMU_PER_MM).toFixed(6)))}mm`;

/** ODF graphic properties for the outer shadow of `effectsXml`, or {} when it has none. */
export function odfShadowAttrs(effectsXml: string | undefined, theme: DeckTheme | undefined): Record<string, string> {
  const list = parsed(effectsXml);
  const shadow = list ? aChildren(list).find((c) => c.local === 'outerShdw') : undefined;
  if (!shadow) return {};
  const dist = Number(attr(shadow, '', 'dist') ?? '0') || 0;
  const dir = ((Number(attr(shadow, '', 'dir') ?? '0') || 0) / 60_000) * (Math.PI / 180);
  const { color, opacity } = colorOf(shadow, theme);
  return {
    'draw:shadow': 'visible',
    'draw:shadow-offset-x': mm(Math.round(dist * Math.cos(dir))),
    'draw:shadow-offset-y': mm(Math.round(dist * Math.sin(dir))),
    'draw:shadow-color': color,
    'draw:shadow-opacity': `${String(Math.round(opacity * 1000) / 10)}%`,
  };
}

/** The `a:effectLst` markup of an ODF shadow (`get` reads the shape's graphic properties), or undefined. */
export function effectsXmlOfOdfShadow(get: (ns: string, local: string) => string | undefined, toEmu: (length: string | undefined) => number | undefined): string | undefined {
  if (get(NS.draw, 'shadow') !== 'visible') return undefined;
  const dx = toEmu(get(NS.draw, 'shadow-offset-x') ?? '0.2cm') ?? 0;
  const dy = toEmu(get(NS.draw, 'shadow-offset-y') ?? '0.2cm') ?? 0;
  const color = /^#[0-9A-Fa-f]{6}$/.test(get(NS.draw, 'shadow-color') ?? '') ? get(NS.draw, 'shadow-color')!.slice(1).toUpperCase() : '808080';
  const pct = Number((get(NS.draw, 'shadow-opacity') ?? '100%').replace('%', ''));
  const alpha = Number.isFinite(pct) ? Math.round(Math.min(Math.max(pct, 0), 100) * 1000) : 100_000;
  const dist = Math.round(Math.hypot(dx, dy));
  let dir = Math.round((Math.atan2(dy, dx) * 180) / Math.PI * 60_000);
  if (dir < 0) dir += 21_600_000;
  const alphaXml = alpha < 100_000 ? `<a:alpha val="${String(alpha)}"/>` : '';
  return `<a:effectLst xmlns:a="${NS.a}"><a:outerShdw dist="${String(dist)}" dir="${String(dir)}" algn="tl" rotWithShape="0"><a:srgbClr val="${color}">${alphaXml}</a:srgbClr></a:outerShdw></a:effectLst>`;
}

/** Effects of `shapes` (groups included) that ODF 1.3 cannot say, by DrawingML name. */
export function effectsNotInOdf(shapes: readonly DeckShape[], out = new Set<string>()): Set<string> {
  for (const s of shapes) {
    if (s.kind === 'group') effectsNotInOdf(s.children, out);
    if (s.kind !== 'shape' || !s.effectsXml) continue;
    const list = parsed(s.effectsXml);
    for (const e of list ? aChildren(list) : []) if (NOT_IN_ODF.has(e.local)) out.add(e.local);
  }
  return out;
}

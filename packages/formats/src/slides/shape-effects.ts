/**
 * Shape effects (`a:effectLst`, ECMA-376 Part 1, 20.1.8.26): a shape's own, or the theme effect
 * style its `p:style` refers to (20.1.4.2.8 a:effectRef, 20.1.4.1.12 a:effectStyleLst), kept as
 * markup in `GeometryShape.effectsXml` and written back to PPTX as read. The outer shadow
 * (20.1.8.49 a:outerShdw) is also read into `GeometryShape.shadow`, which the slides view draws
 * and ODF 1.3 can say (`draw:shadow`, `draw:shadow-offset-x/-y`, `draw:shadow-color`,
 * `draw:shadow-opacity`; no blur, which only LibreOffice's extension has): it converts both ways.
 * Glow, soft edges, reflection, inner and preset shadows have no ODF 1.3 form: writing ODP drops
 * them, and `deck-conversion-losses.ts` says so (`effects-dropped`).
 */
import type { DeckColor, DeckShape, ShapeShadow } from '@ostal/model';
import { NS } from '../xml/namespaces.js';
import { parseXml } from '../xml/xml-parser.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { attr, childElements } from '../xml/xml-tree.js';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { readColor } from './dml-properties.js';
import { colorXml } from './dml-write.js';
import { elementXml } from './xml-fragment.js';

const A = new Set<string>([NS.a, NS.strictA]);
const EMU_PER_MM = 36_000;
/** Effects ODF 1.3 cannot say. */
const NOT_IN_ODF = new Set(['glow', 'softEdge', 'reflection', 'innerShdw', 'prstShdw', 'blur', 'fillOverlay']);

function aChildren(el: XmlElement): XmlElement[] {
  return childElements(el).filter((c) => A.has(c.ns));
}

/**
 * A theme effect style's list (`a:effectStyle/a:effectLst`) as a shape referring to it shows it:
 * its placeholder colour (`phClr`) replaced by the reference's colour element, followed by the
 * placeholder's own transforms (an opacity, a shade...). Built as new elements; the theme's are
 * not changed.
 */
export function withPlaceholderColor(el: XmlElement, color: XmlElement | undefined): XmlElement {
  const rebuild = (e: XmlElement): XmlElement => {
    if (color && A.has(e.ns) && e.local === 'schemeClr' && attr(e, '', 'val') === 'phClr') {
      return { ns: color.ns, local: color.local, qname: color.qname, attrs: color.attrs, nsDecls: color.nsDecls, children: [...color.children, ...e.children] };
    }
    return { ns: e.ns, local: e.local, qname: e.qname, attrs: e.attrs, nsDecls: e.nsDecls, children: e.children.map((c) => (typeof c === 'string' ? c : rebuild(c))) };
  };
  return rebuild(el);
}

/** The outer shadow of an `a:effectLst`, or undefined. */
export function shadowOfEffectList(list: XmlElement | undefined): ShapeShadow | undefined {
  const el = list ? aChildren(list).find((c) => c.local === 'outerShdw') : undefined;
  if (!el) return undefined;
  const num = (name: string): number => {
    const n = Number(attr(el, '', name) ?? '0');
    return Number.isFinite(n) ? n : 0;
  };
  const blur = num('blurRad');
  return { dist: num('dist'), dir: num('dir'), ...(blur > 0 ? { blur } : {}), color: readColor(el) ?? { rgb: '000000' } };
}

/**
 * The effects a shape shows (20.1.2.2.35 spPr): its own `a:effectLst` (an empty one means none;
 * an `a:effectDag` is not read), else `styled`, the theme effect list its a:effectRef names; as
 * kept markup and as its outer shadow.
 */
export function readShapeEffects(spPr: XmlElement | undefined, styled: XmlElement | undefined): { effectsXml?: string; shadow?: ShapeShadow } {
  const own = spPr ? aChildren(spPr).find((c) => c.local === 'effectLst' || c.local === 'effectDag') : undefined;
  const list = own ?? styled;
  if (!list || list.local !== 'effectLst' || aChildren(list).length === 0) return {};
  const shadow = shadowOfEffectList(list);
  return { effectsXml: elementXml(list), ...(shadow ? { shadow } : {}) };
}

function parsed(xml: string | undefined): XmlElement | undefined {
  if (!xml) return undefined;
  try {
    return parseXml(xml, { part: 'shape effects', maxDepth: 64 });
  } catch {
    return undefined;
  }
}

const mm = (emu: number): string => `${String(Number((emu / EMU_PER_MM).toFixed(6)))}mm`;

/**
 * ODF graphic properties of an outer shadow (`hex` gives a colour's `#rrggbb` under the deck's
 * theme), or {} without one. ODF 1.3 has no blur: it is left out.
 */
export function odfShadowAttrs(shadow: ShapeShadow | undefined, hex: (c: DeckColor) => string): Record<string, string> {
  if (!shadow) return {};
  const dir = (shadow.dir / 60_000) * (Math.PI / 180);
  const opacity = Math.min(Math.max((shadow.color.alpha ?? 100_000) / 100_000, 0), 1);
  return {
    'draw:shadow': 'visible',
    'draw:shadow-offset-x': mm(Math.round(shadow.dist * Math.cos(dir))),
    'draw:shadow-offset-y': mm(Math.round(shadow.dist * Math.sin(dir))),
    'draw:shadow-color': hex(shadow.color),
    'draw:shadow-opacity': `${String(Math.round(opacity * 1000) / 10)}%`,
  };
}

/** The outer shadow of ODF graphic properties (`get` reads them), or undefined. */
export function shadowOfOdf(get: (ns: string, local: string) => string | undefined, toEmu: (length: string | undefined) => number | undefined): ShapeShadow | undefined {
  if (get(NS.draw, 'shadow') !== 'visible') return undefined;
  const dx = toEmu(get(NS.draw, 'shadow-offset-x') ?? '0.2cm') ?? 0;
  const dy = toEmu(get(NS.draw, 'shadow-offset-y') ?? '0.2cm') ?? 0;
  const rgb = /^#[0-9A-Fa-f]{6}$/.test(get(NS.draw, 'shadow-color') ?? '') ? get(NS.draw, 'shadow-color')!.slice(1).toUpperCase() : '808080';
  const pct = Number((get(NS.draw, 'shadow-opacity') ?? '100%').replace('%', ''));
  const alpha = Number.isFinite(pct) ? Math.round(Math.min(Math.max(pct, 0), 100) * 1000) : 100_000;
  let dir = Math.round(((Math.atan2(dy, dx) * 180) / Math.PI) * 60_000);
  if (dir < 0) dir += 21_600_000;
  return { dist: Math.round(Math.hypot(dx, dy)), dir, color: { rgb, ...(alpha < 100_000 ? { alpha } : {}) } };
}

/** The `a:effectLst` of a shadow without kept markup (read from ODF), for PPTX. */
export function shadowEffectListXml(shadow: ShapeShadow): XmlOut {
  return x('a:effectLst', {}, x('a:outerShdw', { blurRad: shadow.blur, dist: shadow.dist, dir: shadow.dir, algn: 'tl', rotWithShape: 0 }, colorXml(shadow.color)));
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

/**
 * DrawingML shape properties read into the deck model (ECMA-376 Part 1, 20.1.7.6 a:xfrm,
 * 20.1.8 fills and a:ln, 20.1.2.3 colours, 20.1.9.18 a:prstGeom). Lengths stay integer EMU.
 */
import type { Crop, CustomPath, DeckColor, Fill, Outline, PictureTile, Transform } from '@ostal/model';
import { attr, childElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { aChild, isA } from './ooxml-names.js';
import { readCustGeomPaths } from './custom-geometry.js';
import { elementXml } from './xml-fragment.js';

/** An integer attribute, or undefined when absent or not a number. */
export function intAttr(el: XmlElement | undefined, name: string): number | undefined {
  if (!el) return undefined;
  const v = attr(el, '', name);
  if (v === undefined || !/^-?\d+$/.test(v.trim())) return undefined;
  const n = Number(v);
  return Number.isSafeInteger(n) ? n : undefined;
}

function boolAttr(el: XmlElement, name: string): boolean | undefined {
  const v = attr(el, '', name);
  return v === undefined ? undefined : v === '1' || v === 'true';
}

/** The transform of `a:xfrm` (or `p:xfrm` of a graphic frame). */
export function readTransform(xfrm: XmlElement | undefined): Transform | undefined {
  if (!xfrm) return undefined;
  const off = aChild(xfrm, 'off');
  const ext = aChild(xfrm, 'ext');
  const x = intAttr(off, 'x');
  const y = intAttr(off, 'y');
  const cx = intAttr(ext, 'cx');
  const cy = intAttr(ext, 'cy');
  if (x === undefined || y === undefined || cx === undefined || cy === undefined) return undefined;
  const rot = intAttr(xfrm, 'rot');
  const flipH = boolAttr(xfrm, 'flipH');
  const flipV = boolAttr(xfrm, 'flipV');
  return { x, y, cx, cy, ...(rot ? { rot } : {}), ...(flipH ? { flipH } : {}), ...(flipV ? { flipV } : {}) };
}

/** The child coordinate space of a group's `a:xfrm` (a:chOff, a:chExt). */
export function readChildSpace(xfrm: XmlElement | undefined): Transform | undefined {
  const off = aChild(xfrm, 'chOff');
  const ext = aChild(xfrm, 'chExt');
  const x = intAttr(off, 'x');
  const y = intAttr(off, 'y');
  const cx = intAttr(ext, 'cx');
  const cy = intAttr(ext, 'cy');
  return x === undefined || y === undefined || cx === undefined || cy === undefined ? undefined : { x, y, cx, cy };
}

const COLOR_ELEMENTS = new Set(['srgbClr', 'schemeClr', 'sysClr', 'prstClr', 'scrgbClr', 'hslClr']);

const PRESET_COLORS: Readonly<Record<string, string>> = { black: '000000', white: 'FFFFFF', red: 'FF0000', green: '008000', blue: '0000FF', yellow: 'FFFF00', gray: '808080' };

/** The colour held by `parent` (a:solidFill, a:gs, a:buClr...), or undefined. */
export function readColor(parent: XmlElement | undefined): DeckColor | undefined {
  const el = parent ? childElements(parent).find((c) => COLOR_ELEMENTS.has(c.local) && isA(c, c.local)) : undefined;
  if (!el) return undefined;
  let base: { rgb?: string; scheme?: string };
  const val = attr(el, '', 'val') ?? '';
  if (el.local === 'srgbClr' && /^[0-9A-Fa-f]{6}$/.test(val)) base = { rgb: val.toUpperCase() };
  else if (el.local === 'schemeClr') base = { scheme: val };
  else if (el.local === 'sysClr') {
    const last = attr(el, '', 'lastClr') ?? '';
    base = /^[0-9A-Fa-f]{6}$/.test(last) ? { rgb: last.toUpperCase() } : { rgb: val === 'window' ? 'FFFFFF' : '000000' };
  } else if (el.local === 'prstClr') base = { rgb: PRESET_COLORS[val] ?? '000000' };
  else return undefined;
  const mod = (name: string): number | undefined => intAttr(childElements(el).find((c) => isA(c, name)), 'val');
  // a:shade and a:tint (darker, lighter) are taken as the luminance change they come close to.
  const shade = mod('shade');
  const tint = mod('tint');
  const lumMod = mod('lumMod') ?? shade ?? tint;
  const lumOff = mod('lumOff') ?? (tint !== undefined && mod('lumMod') === undefined ? 100_000 - tint : undefined);
  const alpha = mod('alpha');
  return { ...base, ...(lumMod !== undefined ? { lumMod } : {}), ...(lumOff !== undefined ? { lumOff } : {}), ...(alpha !== undefined ? { alpha } : {}) };
}

/** The crop of `a:srcRect`. */
export function readCrop(srcRect: XmlElement | undefined): Crop | undefined {
  if (!srcRect) return undefined;
  const crop = { left: intAttr(srcRect, 'l') ?? 0, top: intAttr(srcRect, 't') ?? 0, right: intAttr(srcRect, 'r') ?? 0, bottom: intAttr(srcRect, 'b') ?? 0 };
  return crop.left || crop.top || crop.right || crop.bottom ? crop : undefined;
}

/** Resolves the relationship id of an embedded picture to a media name, or undefined. */
export type MediaResolver = (relId: string | undefined) => string | undefined;

/** The fill among the children of `spPr` (or a:bg/p:bgPr, a:tcPr), or undefined when none is stated. */
export function readFill(parent: XmlElement | undefined, media: MediaResolver): Fill | undefined {
  if (!parent) return undefined;
  for (const c of childElements(parent)) {
    if (isA(c, 'noFill')) return { kind: 'none' };
    if (isA(c, 'solidFill')) {
      const color = readColor(c);
      return color ? { kind: 'solid', color } : undefined;
    }
    if (isA(c, 'gradFill')) {
      const gsLst = aChild(c, 'gsLst');
      const stops = gsLst
        ? childElements(gsLst)
            .filter((g) => isA(g, 'gs'))
            .flatMap((g) => {
              const color = readColor(g);
              return color ? [{ pos: intAttr(g, 'pos') ?? 0, color }] : [];
            })
        : [];
      const lin = aChild(c, 'lin');
      const path = attr(aChild(c, 'path') ?? c, '', 'path');
      const angle = intAttr(lin, 'ang');
      return {
        kind: 'gradient',
        stops,
        ...(angle !== undefined ? { angle } : {}),
        ...(path === 'circle' || path === 'rect' || path === 'shape' ? { path } : {}),
      };
    }
    if (isA(c, 'blipFill')) {
      const blip = aChild(c, 'blip');
      const name = media(blip ? (attr(blip, 'http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'embed') ?? attr(blip, 'http://purl.oclc.org/ooxml/officeDocument/relationships', 'embed')) : undefined);
      if (!name) return undefined;
      const crop = readCrop(aChild(c, 'srcRect'));
      const tile = readTile(aChild(c, 'tile'));
      return { kind: 'picture', media: name, ...(crop ? { crop } : {}), ...(tile ? { tile } : {}) };
    }
  }
  return undefined;
}

const TILE_ALIGNS: readonly string[] = ['tl', 't', 'tr', 'l', 'ctr', 'r', 'bl', 'b', 'br'];

/** An a:tile (20.1.8.58): scale in thousandths of a percent (100 % when absent, or when out of 1 %-10000 %), offset in EMU. */
function readTile(tile: XmlElement | undefined): PictureTile | undefined {
  if (!tile) return undefined;
  const scale = (v: number | undefined): number => (v !== undefined && Number.isFinite(v) && v >= 1000 && v <= 10_000_000 ? v : 100_000);
  const offset = (v: number | undefined): number => (v !== undefined && Number.isFinite(v) && Math.abs(v) <= 51_206_400 ? v : 0);
  const align = attr(tile, '', 'algn');
  const flip = attr(tile, '', 'flip');
  return {
    sx: scale(intAttr(tile, 'sx')),
    sy: scale(intAttr(tile, 'sy')),
    tx: offset(intAttr(tile, 'tx')),
    ty: offset(intAttr(tile, 'ty')),
    ...(align && align !== 'tl' && TILE_ALIGNS.includes(align) ? { align: align as PictureTile['align'] } : {}),
    ...(flip === 'x' || flip === 'y' || flip === 'xy' ? { flip } : {}),
  };
}

/** The outline of `a:ln`. */
export function readOutline(ln: XmlElement | undefined, media: MediaResolver): Outline | undefined {
  if (!ln) return undefined;
  const width = intAttr(ln, 'w');
  const fill = readFill(ln, media);
  const childAttr = (local: string, name: string): string | undefined => {
    const c = aChild(ln, local);
    return c ? attr(c, '', name) : undefined;
  };
  const dash = childAttr('prstDash', 'val');
  const head = childAttr('headEnd', 'type');
  const tail = childAttr('tailEnd', 'type');
  return {
    ...(width !== undefined ? { width } : {}),
    ...(fill ? { fill } : {}),
    ...(dash ? { dash } : {}),
    ...(head && head !== 'none' ? { head } : {}),
    ...(tail && tail !== 'none' ? { tail } : {}),
  };
}

/** Preset name and adjust values of `a:prstGeom`; `custom` for `a:custGeom`, with its markup and its paths when they are plain coordinates. */
export function readGeometry(spPr: XmlElement | undefined): { geometry: string; adjust?: Record<string, number>; customGeometryXml?: string; paths?: CustomPath[] } {
  const prst = aChild(spPr, 'prstGeom');
  if (!prst) {
    const cust = aChild(spPr, 'custGeom');
    if (!cust) return { geometry: 'rect' };
    const paths = readCustGeomPaths(cust, readTransform(aChild(spPr, 'xfrm')));
    return { geometry: 'custom', customGeometryXml: elementXml(cust), ...(paths ? { paths } : {}) };
  }
  const adjust: Record<string, number> = {};
  const av = aChild(prst, 'avLst');
  for (const gd of av ? childElements(av).filter((g) => isA(g, 'gd')) : []) {
    const m = /^val\s+(-?\d+)$/.exec(attr(gd, '', 'fmla') ?? '');
    const name = attr(gd, '', 'name');
    if (m && name) adjust[name] = Number(m[1]);
  }
  return { geometry: attr(prst, '', 'prst') ?? 'rect', ...(Object.keys(adjust).length > 0 ? { adjust } : {}) };
}

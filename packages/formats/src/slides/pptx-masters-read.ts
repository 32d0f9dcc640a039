/**
 * Theme, slide masters and layouts of a PresentationML package (ECMA-376 Part 1, 20.1.6.9
 * a:theme with a:clrScheme and a:fontScheme; 19.3.1.42 p:sldMaster with p:txStyles; 19.3.1.39
 * p:sldLayout; backgrounds 19.3.1.1 p:bg), read into the deck model.
 */
import { THEME_COLOR_SLOTS } from '@ostal/model';
import type { DeckLayout, DeckMaster, DeckTheme, Fill } from '@ostal/model';
import type { OpcPackage } from '../ooxml/opc-package.js';
import { attr, childElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { readColor, readFill } from './dml-properties.js';
import type { MediaResolver } from './dml-properties.js';
import { readLevelStyles } from './dml-rich-text.js';
import { aChild, isP, pChild } from './ooxml-names.js';
import { readShapeTree } from './pptx-shapes.js';
import type { ShapeContext } from './pptx-shapes.js';

/** The theme of `a:theme`. */
export function readTheme(root: XmlElement): DeckTheme {
  const elements = aChild(root, 'themeElements');
  const scheme = aChild(elements, 'clrScheme');
  const colors: Record<string, string> = {};
  for (const slot of THEME_COLOR_SLOTS) {
    const rgb = readColor(aChild(scheme, slot))?.rgb;
    if (rgb) colors[slot] = rgb;
  }
  const fonts = aChild(elements, 'fontScheme');
  const latin = (local: string): string => {
    const l = aChild(aChild(fonts, local), 'latin');
    return (l ? attr(l, '', 'typeface') : undefined) ?? 'Calibri';
  };
  return { name: attr(root, '', 'name') ?? 'Office Theme', colors, majorFont: latin('majorFont'), minorFont: latin('minorFont') };
}

/** The background fill of `p:cSld/p:bg` (p:bgPr), or undefined (p:bgRef uses the theme's, not kept). */
export function readBackground(cSld: XmlElement | undefined, media: MediaResolver): Fill | undefined {
  const bg = pChild(cSld, 'bg');
  const bgPr = pChild(bg, 'bgPr');
  if (bgPr) return readFill(bgPr, media);
  const ref = pChild(bg, 'bgRef');
  const color = ref ? readColor(ref) : undefined;
  return color ? { kind: 'solid', color } : undefined;
}

/** A master: shapes, background, text styles. */
export function readMaster(root: XmlElement, id: string, ctx: ShapeContext): DeckMaster {
  const cSld = pChild(root, 'cSld');
  const styles = pChild(root, 'txStyles');
  const background = readBackground(cSld, ctx.media);
  const titleStyle = readLevelStyles(pChild(styles, 'titleStyle'), ctx.media);
  const bodyStyle = readLevelStyles(pChild(styles, 'bodyStyle'), ctx.media);
  const otherStyle = readLevelStyles(pChild(styles, 'otherStyle'), ctx.media);
  const name = cSld ? attr(cSld, '', 'name') : undefined;
  return {
    id,
    ...(name ? { name } : {}),
    shapes: readShapeTree(cSld, ctx),
    ...(background ? { background } : {}),
    ...(titleStyle ? { titleStyle } : {}),
    ...(bodyStyle ? { bodyStyle } : {}),
    ...(otherStyle ? { otherStyle } : {}),
  };
}

/** A layout of `master`. */
export function readLayout(root: XmlElement, id: string, master: string, ctx: ShapeContext): DeckLayout {
  const cSld = pChild(root, 'cSld');
  const background = readBackground(cSld, ctx.media);
  const name = cSld ? attr(cSld, '', 'name') : undefined;
  const type = attr(root, '', 'type');
  const showMaster = attr(root, '', 'showMasterSp');
  return {
    id,
    master,
    ...(name ? { name } : {}),
    ...(type ? { type } : {}),
    shapes: readShapeTree(cSld, ctx),
    ...(background ? { background } : {}),
    ...(showMaster === '0' || showMaster === 'false' ? { hideMasterShapes: true } : {}),
  };
}

/** True when `root` is a PresentationML element `local`. */
export function isRoot(root: XmlElement | undefined, local: string): root is XmlElement {
  return root !== undefined && isP(root, local);
}

/** Paths of the layouts a master lists, by its relationships. */
export function masterLayoutParts(pkg: OpcPackage, masterPart: string, root: XmlElement): string[] {
  const rels = new Map(pkg.relationships(masterPart).map((r) => [r.id, r]));
  const list = pChild(root, 'sldLayoutIdLst');
  const out: string[] = [];
  for (const el of list ? childElements(list) : []) {
    const id = attr(el, 'http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'id') ?? attr(el, 'http://purl.oclc.org/ooxml/officeDocument/relationships', 'id');
    const rel = id ? rels.get(id) : undefined;
    if (rel && !rel.external && pkg.has(rel.target)) out.push(rel.target);
  }
  return out;
}

/**
 * PowerPoint 2010's slide creation id (p14:creationId in the slide's p:extLst, [MS-PPTX] 2.3.18,
 * ext uri {BB962C8B-B14F-4D97-AF65-F5344CB8AC3E}): a 32-bit number naming the slide, which
 * PowerPoint 365's modern comments name in their anchor (pc:sldMk cId). Kept when read; a slide
 * without one gets a number derived from its id, the same at every save.
 */
import type { Slide } from '@ostal/model';
import { attr, childElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { isP, pChild } from './ooxml-names.js';

export const CREATION_ID_EXT = '{BB962C8B-B14F-4D97-AF65-F5344CB8AC3E}';
const P14 = 'http://schemas.microsoft.com/office/powerpoint/2010/main';

/** FNV-1a of a string, as an unsigned 32-bit number. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The creation id of each slide, in order: its own, else derived from its id; none is 0 and no two are alike. */
export function slideCreationIds(slides: readonly Slide[]): number[] {
  const used = new Set<number>();
  return slides.map((s) => {
    let id = s.creationId ?? fnv1a(s.id);
    while (id === 0 || used.has(id)) id = (id + 1) >>> 0;
    used.add(id);
    return id;
  });
}

/** The slide's p:extLst entry holding its creation id. */
export function creationIdExt(id: number): XmlOut {
  return x('p:ext', { uri: CREATION_ID_EXT }, x('p14:creationId', { 'xmlns:p14': P14, val: id }));
}

/** The creation id a slide (p:sld) holds, if any valid (xsd:unsignedInt). */
export function readCreationId(sld: XmlElement): number | undefined {
  const ext = childElements(pChild(sld, 'extLst') ?? sld).find((e) => isP(e, 'ext') && attr(e, '', 'uri') === CREATION_ID_EXT);
  const el = ext ? childElements(ext, P14, 'creationId')[0] : undefined;
  const v = el ? attr(el, '', 'val') : undefined;
  if (v === undefined || !/^\d{1,10}$/.test(v.trim())) return undefined;
  const n = Number(v);
  return n <= 0xffffffff ? n : undefined;
}

/**
 * The shape tree of a slide or notes slide (ECMA-376 Part 1, 19.3.1.45 p:spTree; 19.3.1.43 p:sp,
 * 19.3.1.22 p:grpSp, 19.3.1.21 p:graphicFrame, 19.3.1.37 p:pic; placeholders 19.3.1.36 p:ph with
 * ST_PlaceholderType 19.7.10) sorted into what a slide of the model holds.
 */
import { attr, childElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { NS } from '../xml/namespaces.js';
import { readTextBody } from './dml-text.js';
import { aChild, aChildren, alternateContent, isA, isP, pChild } from './ooxml-names.js';
import { countDropped, emptyContent, joinAsLine } from './slide-content.js';
import type { DroppedKind, SlideContent } from './slide-content.js';

/** Placeholders that repeat master furniture (date, footer, number) or the slide image on notes. */
const FURNITURE = new Set(['dt', 'ftr', 'hdr', 'sldNum', 'sldImg']);

function placeholderType(nvPr: XmlElement | undefined): string | null {
  const ph = pChild(nvPr, 'ph');
  if (!ph) return null;
  // ST_PlaceholderType defaults to "obj" (19.3.1.36).
  return attr(ph, '', 'type') ?? 'obj';
}

function count(out: SlideContent, kind: DroppedKind): void {
  countDropped(out.dropped, kind);
}

function readShape(sp: XmlElement, out: SlideContent): void {
  const type = placeholderType(pChild(pChild(sp, 'nvSpPr'), 'nvPr'));
  const paragraphs = readTextBody(pChild(sp, 'txBody'));
  if (type === 'title' || type === 'ctrTitle') out.titles.push(paragraphs);
  else if (type !== null && FURNITURE.has(type)) return;
  else if (paragraphs.length === 0) return;
  else if (type !== null) out.bodies.push(paragraphs);
  else out.others.push(paragraphs);
}

function readTable(tbl: XmlElement, out: SlideContent): void {
  for (const tr of aChildren(tbl, 'tr')) {
    const cells: string[] = [];
    for (const tc of aChildren(tr, 'tc')) {
      // Cells covered by a merge (hMerge/vMerge) hold no text of their own.
      if (attr(tc, '', 'hMerge') === '1' || attr(tc, '', 'vMerge') === '1') continue;
      cells.push(joinAsLine(readTextBody(aChild(tc, 'txBody'))));
    }
    if (cells.some((c) => c !== '')) out.tableRows.push(cells.join('\t'));
  }
}

function readGraphicFrame(frame: XmlElement, out: SlideContent): void {
  const data = aChild(aChild(frame, 'graphic'), 'graphicData');
  const tbl = aChild(data, 'tbl');
  if (tbl) {
    readTable(tbl, out);
    return;
  }
  const uri = data ? (attr(data, '', 'uri') ?? '') : '';
  if (/chart/i.test(uri)) count(out, 'chart');
  else if (/diagram/i.test(uri)) count(out, 'diagram');
  else if (/ole/i.test(uri)) count(out, 'ole-object');
  else count(out, 'graphic');
}

function readPicture(pic: XmlElement, out: SlideContent): void {
  const nvPr = pChild(pChild(pic, 'nvPicPr'), 'nvPr');
  const media = nvPr ? childElements(nvPr).some((c) => isA(c, 'videoFile') || isA(c, 'audioFile') || isA(c, 'wavAudioFile') || isA(c, 'quickTimeFile') || isA(c, 'audioCd')) : false;
  count(out, media ? 'media' : 'picture');
}

function visit(nodes: readonly XmlElement[], out: SlideContent): void {
  for (const el of nodes) {
    if (isP(el, 'sp')) readShape(el, out);
    else if (isP(el, 'grpSp')) visit(childElements(el), out);
    else if (isP(el, 'graphicFrame')) readGraphicFrame(el, out);
    else if (isP(el, 'pic')) readPicture(el, out);
    else if (isP(el, 'contentPart')) count(out, 'content-part');
    else if (el.ns === NS.mc && el.local === 'AlternateContent') visit(alternateContent(el), out);
  }
}

/** Sorts the shapes of `p:cSld` (slide, notes slide) by role; unknown elements are skipped. */
export function readShapeTree(cSld: XmlElement | undefined): SlideContent {
  const out = emptyContent();
  const tree = pChild(cSld, 'spTree');
  if (tree) visit(childElements(tree), out);
  return out;
}

/**
 * Pictures of an XLSX worksheet (ECMA-376 Part 1, 20.5.2.25 `xdr:pic` in a 20.5.2.33
 * `twoCellAnchor`, 20.5.2.24 `oneCellAnchor` or 20.5.2.1 `absoluteAnchor`; the bytes named by
 * 20.1.8.13 `a:blip r:embed`; name and alternative text on 20.5.2.8 `xdr:cNvPr`) <->
 * `Sheet.images`.
 *
 * Read: each picture with embedded bytes becomes a {@link SheetImage} tied to the kept drawing
 * by its `cNvPr` id (`keptId`): the XLSX writer leaves it to the kept drawing, which holds its
 * cropping and effects too, and other formats get it from the model. Its size is the shape's own
 * (`a:xfrm`/`xdr:ext`), so it keeps it where cells have other default sizes. Pictures in groups
 * stay in the kept drawing only. Write: pictures without a kept anchor (from ODS, or inserted)
 * become media parts (`xl/media/ostal-imageN.ext`) anchored `oneCellAnchor`: the top-left cell
 * and offset, then the picture's own size (`xdr:ext`). A two-cell anchor would make each
 * application size the picture from its own column widths (LibreOffice's default column is wider
 * than Excel's, so the picture would grow there); a one-cell anchor keeps its size everywhere.
 */
import type { Sheet, SheetImage } from '@ostal/model';
import type { ReadContext } from '../codec.js';
import type { OpcPackage } from '../ooxml/opc-package.js';
import { NS } from '../xml/namespaces.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { attr, childElements } from '../xml/xml-tree.js';
import { escapeAttr } from '../xml/xml-writer.js';
import { decodeBase64, encodeBase64, extensionOfMime, pictureMime } from '../text/text-media.js';
import { EXCEL_CELL, anchorPosition, pointAt } from './sheet-geometry.js';
import { anchorsOf, pointOf, readDrawing, xdr } from './xlsx-charts.js';
import { NS_XDR, freePartName, markerXml } from './xlsx-drawing-writer.js';
import type { NewDrawingObject } from './xlsx-drawing-writer.js';

const EMU_PER_PT = 12_700;
const MAX_PICTURES = 500;
export const REL_IMAGE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image';

/** Picture types a SpreadsheetML drawing shows without an extension (SVG needs a PNG fallback). */
const XLSX_PICTURE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/bmp', 'image/tiff', 'image/x-emf', 'image/x-wmf']);

/** True when the XLSX writer can write `image` (SVG and unknown types are left out and reported). */
export function xlsxCanWritePicture(image: SheetImage): boolean {
  return XLSX_PICTURE_TYPES.has(image.mediaType);
}

/** The first DrawingML (`a:`) child `local` of `el`, Transitional or Strict. */
function dml(el: XmlElement | undefined, local: string): XmlElement | undefined {
  return el ? childElements(el).find((e) => (e.ns === NS.a || e.ns === NS.strictA) && e.local === local) : undefined;
}

/** `cx`/`cy` of an extent element in points, or undefined when missing or not positive. */
function extentPt(el: XmlElement | undefined): { width: number; height: number } | undefined {
  const w = Number(el ? attr(el, '', 'cx') : NaN) / EMU_PER_PT;
  const h = Number(el ? attr(el, '', 'cy') : NaN) / EMU_PER_PT;
  return Number.isFinite(w) && Number.isFinite(h) && w > 0 && h > 0 ? { width: w, height: h } : undefined;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** The anchor and size of a picture anchor, cells placed with Excel's default sizes. */
export function placement(sheet: Sheet, anchor: XmlElement, pic: XmlElement): Pick<SheetImage, 'anchor' | 'size'> {
  const own = extentPt(dml(dml(xdr(pic, 'spPr'), 'xfrm'), 'ext'));
  if (anchor.local === 'twoCellAnchor') {
    const from = pointOf(xdr(anchor, 'from'));
    const to = pointOf(xdr(anchor, 'to'));
    const a = anchorPosition(sheet, from, EXCEL_CELL);
    const b = anchorPosition(sheet, to, EXCEL_CELL);
    const size = own ?? (b.x > a.x && b.y > a.y ? { width: b.x - a.x, height: b.y - a.y } : undefined);
    return { anchor: { from, to }, ...(size ? { size: { width: round(size.width), height: round(size.height) } } : {}) };
  }
  const size = extentPt(xdr(anchor, 'ext')) ?? own ?? { width: 360, height: 216 };
  let start;
  if (anchor.local === 'oneCellAnchor') start = pointOf(xdr(anchor, 'from'));
  else {
    const pos = xdr(anchor, 'pos');
    const x = Number(pos ? attr(pos, '', 'x') : 0) / EMU_PER_PT;
    const y = Number(pos ? attr(pos, '', 'y') : 0) / EMU_PER_PT;
    start = pointAt(sheet, Number.isFinite(x) ? x : 0, Number.isFinite(y) ? y : 0, EXCEL_CELL);
  }
  const p = anchorPosition(sheet, start, EXCEL_CELL);
  return { anchor: { from: start, to: pointAt(sheet, p.x + size.width, p.y + size.height, EXCEL_CELL) }, size: { width: round(size.width), height: round(size.height) } };
}

/**
 * The pictures of the drawing `drawingPart` of `sheet` (whose columns and rows place the
 * anchors), each tied to its anchor by `keptId`.
 */
export function readXlsxPictures(pkg: OpcPackage, drawingPart: string, sheet: Sheet, ctx: ReadContext): SheetImage[] {
  const drawing = readDrawing(pkg, drawingPart);
  if (!drawing) return [];
  const { root, rels } = drawing;
  const out: SheetImage[] = [];
  let linked = 0;
  for (const anchor of anchorsOf(root)) {
    const pic = xdr(anchor, 'pic');
    if (!pic) continue;
    if (out.length >= MAX_PICTURES) break;
    const nv = xdr(xdr(pic, 'nvPicPr'), 'cNvPr');
    const blip = dml(xdr(pic, 'blipFill'), 'blip');
    const embed = blip ? (attr(blip, NS.r, 'embed') ?? attr(blip, NS.strictR, 'embed')) : undefined;
    const rel = embed !== undefined ? rels.get(embed) : undefined;
    if (!rel || rel.external || !pkg.has(rel.target)) {
      linked += 1;
      continue;
    }
    const bytes = pkg.zip.read(rel.target);
    if (bytes.length === 0) continue;
    const id = nv ? attr(nv, '', 'id') : undefined;
    const name = nv ? attr(nv, '', 'name') : undefined;
    const description = (nv ? (attr(nv, '', 'descr') ?? attr(nv, '', 'title')) : undefined)?.trim();
    out.push({
      ...placement(sheet, anchor, pic),
      mediaType: pictureMime(bytes, rel.target),
      base64: encodeBase64(bytes),
      ...(name ? { name } : {}),
      ...(description ? { description } : {}),
      ...(id !== undefined ? { keptId: id } : {}),
    });
  }
  if (linked > 0) ctx.diagnostics.add('info', 'picture-kept-opaque', `${String(linked)} picture(s) of the sheet "${sheet.name}" link to a file outside the workbook; they are kept as they are for XLSX.`, drawingPart);
  return out;
}

/** The pictures of a sheet the XLSX writer must write itself (not held by its kept drawing). */
export function picturesToWrite(sheet: Sheet): SheetImage[] {
  const kept = new Set(sheet.drawing?.format === 'xlsx' ? (sheet.drawing.images ?? []) : []);
  return (sheet.images ?? []).filter((image) => (image.keptId === undefined || !kept.has(image.keptId)) && xlsxCanWritePicture(image));
}

function pictureAnchorXml(sheet: Sheet, image: SheetImage, relId: string, objectId: number, declare: boolean): string {
  // Offsets are normalised to Excel's cells: a picture from ODS may sit further into a (wider) cell.
  const start = anchorPosition(sheet, image.anchor.from, EXCEL_CELL);
  const from = pointAt(sheet, start.x, start.y, EXCEL_CELL);
  const end = anchorPosition(sheet, image.anchor.to, EXCEL_CELL);
  const size = image.size ?? { width: Math.max(end.x - start.x, 1), height: Math.max(end.y - start.y, 1) };
  const emu = (pt: number): string => String(Math.round(pt * EMU_PER_PT));
  const ns = declare ? ` xmlns:xdr="${NS_XDR}" xmlns:a="${NS.a}"` : '';
  const name = escapeAttr(image.name ?? `Image ${String(objectId)}`);
  const descr = image.description ? ` descr="${escapeAttr(image.description)}"` : '';
  return (
    `<xdr:oneCellAnchor${ns}>${markerXml('from', from)}<xdr:ext cx="${emu(size.width)}" cy="${emu(size.height)}"/>` +
    `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="${String(objectId)}" name="${name}"${descr}/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
    `<xdr:blipFill><a:blip xmlns:r="${NS.r}" r:embed="${relId}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
    `<xdr:spPr><a:xfrm><a:off x="${emu(start.x)}" y="${emu(start.y)}"/><a:ext cx="${emu(size.width)}" cy="${emu(size.height)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr>` +
    `</xdr:pic><xdr:clientData/></xdr:oneCellAnchor>`
  );
}

/** Media parts for `images` of `sheet`, as objects for the drawing (xlsx-drawing-writer.ts). */
export function pictureObjects(sheet: Sheet, images: readonly SheetImage[], reserved: Set<string>): NewDrawingObject[] {
  const out: NewDrawingObject[] = [];
  for (const image of images) {
    const data = decodeBase64(image.base64);
    if (!data) continue;
    out.push({
      part: { name: freePartName('xl/media/ostal-image', reserved, `.${extensionOfMime(image.mediaType)}`), contentType: image.mediaType, data, relType: REL_IMAGE },
      anchorXml: (relId, objectId, declare) => pictureAnchorXml(sheet, image, relId, objectId, declare),
    });
  }
  return out;
}

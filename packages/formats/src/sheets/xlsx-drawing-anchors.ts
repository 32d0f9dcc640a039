/**
 * Charts and pictures of a kept XLSX drawing that were moved or resized in Ostal (ECMA-376
 * Part 1, 20.5.2.33 `twoCellAnchor`, 20.5.2.24 `oneCellAnchor`, 20.5.2.1 `absoluteAnchor`):
 * the kept drawing part holds them verbatim, so their anchors are written again from the model
 * wherever the model's anchor is no longer the one the file gave. A two-cell anchor (and a
 * chart's any anchor) becomes a `twoCellAnchor` with the model's two corners, keeping its
 * `editAs` (`oneCell` when it had none: moves with its cells, keeps its size). A picture read
 * from a one-cell or absolute anchor becomes a `oneCellAnchor`: its top-left corner and its own
 * size (`xdr:ext`), so every application shows it at that size whatever its column widths. A
 * picture's own size (`a:xfrm`) follows. Anchors the user did not touch stay byte for byte;
 * anchors inside markup-compatibility blocks are left alone.
 */
import type { ChartAnchor, ChartAnchorPoint, OpaqueDrawing, Sheet, SheetImage } from '@ostal/model';
import { decodeBase64, encodeBase64 } from '../text/text-media.js';
import { NS } from '../xml/namespaces.js';
import { parseXml } from '../xml/xml-parser.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { attr, childElements } from '../xml/xml-tree.js';
import { EXCEL_CELL, anchorPosition, pointAt } from './sheet-geometry.js';
import { anchorOf, findChartRef, xdr } from './xlsx-charts.js';
import { placement } from './xlsx-pictures.js';

const EMU_PER_PT = 12_700;
const ANCHOR = /<([A-Za-z_][\w.-]*:)?(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b[\s\S]*?<\/\1\2>/g;

const r2 = (n: number | undefined): number => Math.round((n ?? 0) * 100) / 100;

function samePoint(a: ChartAnchorPoint, b: ChartAnchorPoint): boolean {
  return a.row === b.row && a.col === b.col && r2(a.dx) === r2(b.dx) && r2(a.dy) === r2(b.dy);
}

function sameAnchor(a: ChartAnchor, b: ChartAnchor): boolean {
  return samePoint(a.from, b.from) && samePoint(a.to, b.to);
}

function sameSize(a: SheetImage['size'], b: SheetImage['size']): boolean {
  return (a === undefined && b === undefined) || (a !== undefined && b !== undefined && r2(a.width) === r2(b.width) && r2(a.height) === r2(b.height));
}

function marker(prefix: string, tag: 'from' | 'to', p: ChartAnchorPoint): string {
  const emu = (pt: number | undefined): string => String(Math.round((pt ?? 0) * EMU_PER_PT));
  const t = (name: string, value: string) => `<${prefix}${name}>${value}</${prefix}${name}>`;
  return `<${prefix}${tag}>${t('col', String(p.col))}${t('colOff', emu(p.dx))}${t('row', String(p.row))}${t('rowOff', emu(p.dy))}</${prefix}${tag}>`;
}

/** Where the XLSX writer puts a picture: its top-left corner on Excel's cells, then its own size. */
function pictureBox(sheet: Sheet, image: SheetImage): { anchor: ChartAnchor; x: number; y: number; width: number; height: number } {
  const start = anchorPosition(sheet, image.anchor.from, EXCEL_CELL);
  const end = anchorPosition(sheet, image.anchor.to, EXCEL_CELL);
  const size = image.size ?? { width: Math.max(end.x - start.x, 1), height: Math.max(end.y - start.y, 1) };
  return {
    anchor: { from: pointAt(sheet, start.x, start.y, EXCEL_CELL), to: pointAt(sheet, start.x + size.width, start.y + size.height, EXCEL_CELL) },
    x: start.x,
    y: start.y,
    width: size.width,
    height: size.height,
  };
}

/** The anchor's children but its position (`from`, `to`, `pos`, `ext`), and its start tag. */
function anchorBody(whole: string, prefix: string, kind: string): { open: string; body: string } {
  const open = /^<[^>]*>/.exec(whole)?.[0] ?? '';
  const close = `</${prefix}${kind}>`;
  let body = whole.slice(open.length, whole.length - close.length);
  const p = prefix.replace(/[.]/g, '\\.');
  for (const name of ['from', 'to']) body = body.replace(new RegExp(`<${p}${name}\\b[^>]*>[\\s\\S]*?</${p}${name}>`), '');
  for (const name of ['pos', 'ext']) body = body.replace(new RegExp(`<${p}${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}${name}>)`), '');
  return { open, body };
}

/** `whole` (one anchor element) as a two-cell anchor at `anchor`. */
function rewritten(whole: string, prefix: string, kind: string, anchor: ChartAnchor): string {
  const { open, body } = anchorBody(whole, prefix, kind);
  const p = prefix.replace(/[.]/g, '\\.');
  let start = open.replace(new RegExp(`^<${p}${kind}`), `<${prefix}twoCellAnchor`);
  if (!/\seditAs=/.test(start)) start = start.replace(/\/?>$/, ' editAs="oneCell">');
  return `${start}${marker(prefix, 'from', anchor.from)}${marker(prefix, 'to', anchor.to)}${body}</${prefix}twoCellAnchor>`;
}

/** `whole` (one anchor element) as a one-cell anchor at `from`, `width` x `height` points. */
function rewrittenOneCell(whole: string, prefix: string, kind: string, from: ChartAnchorPoint, width: number, height: number): string {
  const { open, body } = anchorBody(whole, prefix, kind);
  const p = prefix.replace(/[.]/g, '\\.');
  // `editAs` belongs to two-cell anchors only (ECMA-376 Part 1, 20.5.2.33).
  const start = open.replace(new RegExp(`^<${p}${kind}`), `<${prefix}oneCellAnchor`).replace(/\seditAs="[^"]*"/, '');
  const emu = (pt: number): string => String(Math.round(pt * EMU_PER_PT));
  return `${start}${marker(prefix, 'from', from)}<${prefix}ext cx="${emu(width)}" cy="${emu(height)}"/>${body}</${prefix}oneCellAnchor>`;
}

/** The picture's `a:xfrm` offset and extent set to its box (the reader takes its size from there). */
function withPictureSize(whole: string, box: { x: number; y: number; width: number; height: number }): string {
  const emu = (pt: number): string => String(Math.round(pt * EMU_PER_PT));
  return whole.replace(/(<(?:[A-Za-z_][\w.-]*:)?xfrm\b[^>]*>)([\s\S]*?)(<\/(?:[A-Za-z_][\w.-]*:)?xfrm>)/, (_all, open: string, inner: string, end: string) => {
    const next = inner
      .replace(/(<(?:[A-Za-z_][\w.-]*:)?off\b[^>]*?\sx=")[^"]*("[^>]*?\sy=")[^"]*"/, `$1${emu(box.x)}$2${emu(box.y)}"`)
      .replace(/(<(?:[A-Za-z_][\w.-]*:)?ext\b[^>]*?\scx=")[^"]*("[^>]*?\scy=")[^"]*"/, `$1${emu(box.width)}$2${emu(box.height)}"`);
    return open + next + end;
  });
}

/**
 * The kept drawing of `sheet` with the anchors of the charts (`keptPart`) and pictures
 * (`keptId`) the model placed elsewhere written from the model; the drawing itself when nothing
 * moved.
 */
export function withModelAnchors(sheet: Sheet, drawing: OpaqueDrawing | undefined): OpaqueDrawing | undefined {
  const first = drawing?.parts[0];
  if (!drawing || drawing.format !== 'xlsx' || !first) return drawing;
  const charts = new Map((sheet.charts ?? []).flatMap((c) => (c.keptPart ? [[c.keptPart, c] as const] : [])));
  const images = new Map((sheet.images ?? []).flatMap((i) => (i.keptId !== undefined ? [[i.keptId, i] as const] : [])));
  if (charts.size === 0 && images.size === 0) return drawing;
  const bytes = decodeBase64(first.base64);
  if (!bytes) return drawing;
  const text = new TextDecoder().decode(bytes);
  const root = /<([A-Za-z_][\w.-]*:)?wsDr\b[^>]*>/.exec(text);
  if (!root) return drawing;
  const rootClose = `</${root[1] ?? ''}wsDr>`;
  const targets = new Map((first.rels ?? []).filter((r) => !r.external).map((r) => [r.id, r.target]));
  let changed = false;
  const next = text.replace(ANCHOR, (whole: string, prefix: string | undefined, kind: string) => {
    if (/AlternateContent/.test(whole)) return whole;
    let el: XmlElement | undefined;
    try {
      el = childElements(parseXml(root[0] + whole + rootClose, { part: first.name, maxDepth: 256 }))[0];
    } catch {
      return whole;
    }
    if (!el) return whole;
    const pic = xdr(el, 'pic');
    if (pic) {
      const nv = xdr(xdr(pic, 'nvPicPr'), 'cNvPr');
      const image = nv ? images.get(attr(nv, '', 'id') ?? '') : undefined;
      if (!image) return whole;
      const have = placement(sheet, el, pic);
      if (sameAnchor(have.anchor, image.anchor) && sameSize(have.size, image.size)) return whole;
      changed = true;
      const box = pictureBox(sheet, image);
      const moved =
        kind === 'twoCellAnchor'
          ? rewritten(whole, prefix ?? '', kind, box.anchor)
          : rewrittenOneCell(whole, prefix ?? '', kind, box.anchor.from, box.width, box.height);
      return withPictureSize(moved, box);
    }
    const frame = xdr(el, 'graphicFrame');
    const ref = frame ? findChartRef(frame) : undefined;
    const id = ref ? (attr(ref, NS.r, 'id') ?? attr(ref, NS.strictR, 'id')) : undefined;
    const chart = id !== undefined ? charts.get(targets.get(id) ?? '') : undefined;
    if (!chart || sameAnchor(anchorOf(el), chart.anchor)) return whole;
    changed = true;
    return rewritten(whole, prefix ?? '', kind, chart.anchor);
  });
  if (!changed) return drawing;
  return { ...drawing, parts: [{ ...first, base64: encodeBase64(new TextEncoder().encode(next)) }, ...drawing.parts.slice(1)] };
}

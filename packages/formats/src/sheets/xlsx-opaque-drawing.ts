/**
 * Charts, images and shapes of an XLSX worksheet kept verbatim: the drawing part (ECMA-376
 * Part 1, 20.5 SpreadsheetML drawing, named by 18.3.1.36 `drawing`) and every part reachable from
 * it through relationships (charts 21.2, their styles and colours, media). Ostal does not edit
 * them; a same-format round trip writes them back with their relationships, other formats leave
 * them out (see {@link drawingLossDiagnostics}).
 */
import type { OpaqueDrawing, OpaquePart, Sheet } from '@ostal/model';
import type { ReadContext } from '../codec.js';
import type { OpcPackage } from '../ooxml/opc-package.js';
import type { OpcPartOut, OpcRelOut } from '../ooxml/opc-writer.js';
import { decodeBase64, encodeBase64 } from '../text/text-media.js';
import { drawingObjectCount } from './xlsx-charts.js';

/** More parts than this behind one drawing is not a real file. */
const MAX_PARTS = 2000;

/** Parts the XLSX writer makes itself: a kept drawing never brings its own copy of them. */
const WRITER_PARTS = /^(?:\[Content_Types\]\.xml|_rels\/|docProps\/|xl\/(?:workbook\.xml|styles\.xml|sharedStrings\.xml|_rels\/|worksheets\/|comments\d*\.xml|drawings\/vmlDrawing))/i;

/**
 * The parts reachable from `start` through relationships (`start` first), each with its
 * relationships, leaving out the parts Ostal writes itself and those `skip` names.
 */
export function reachableParts(pkg: OpcPackage, start: string, ctx: ReadContext, skip: (name: string) => boolean = () => false): OpaquePart[] {
  const parts: OpaquePart[] = [];
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (parts.length >= MAX_PARTS) {
      ctx.diagnostics.warn('drawing-truncated', `${start} refers to too many parts; the rest are left out.`, name);
      break;
    }
    const rels = pkg.relationships(name);
    for (const r of rels) {
      if (!r.external && pkg.has(r.target) && !seen.has(r.target) && !WRITER_PARTS.test(r.target) && !skip(r.target)) {
        seen.add(r.target);
        queue.push(r.target);
      }
    }
    const kept = rels.filter((r) => r.external || (pkg.has(r.target) && !WRITER_PARTS.test(r.target)));
    parts.push({
      name,
      contentType: pkg.contentType(name) ?? 'application/octet-stream',
      base64: encodeBase64(pkg.zip.read(name)),
      ...(kept.length > 0 ? { rels: kept.map((r) => ({ id: r.id, type: r.type, target: r.target, ...(r.external ? { external: true } : {}) })) } : {}),
    });
  }
  return parts;
}

/** True for the part names the XLSX writer makes itself (a kept part never replaces them). */
export function isWriterPart(name: string): boolean {
  return WRITER_PARTS.test(name);
}

/** Reads the drawing named by relationship `drawingId` of `sheetPart` and everything it refers to. */
export function readOpaqueDrawing(pkg: OpcPackage, sheetPart: string, drawingId: string, ctx: ReadContext): OpaqueDrawing | undefined {
  const rel = pkg.relationships(sheetPart).find((r) => r.id === drawingId && !r.external);
  if (!rel || !pkg.has(rel.target) || WRITER_PARTS.test(rel.target)) return undefined;
  const parts = reachableParts(pkg, rel.target, ctx);
  ctx.diagnostics.add('info', 'drawing-kept', `The drawing of ${sheetPart} (charts, images, shapes) is kept as it is for XLSX; Ostal shows its charts and pictures.`, rel.target);
  return { format: 'xlsx', parts };
}

/**
 * The parts of a kept drawing for the package being written; `taken` holds part names already
 * used (they are not written twice: sheets may share media). Returns the drawing part's name.
 */
export function opaqueDrawingParts(drawing: OpaqueDrawing, taken: Set<string>, out: OpcPartOut[]): string | undefined {
  const first = drawing.parts[0];
  if (!first || drawing.format !== 'xlsx') return undefined;
  for (const p of drawing.parts) {
    if (taken.has(p.name) || WRITER_PARTS.test(p.name) || p.name.includes('..') || p.name.startsWith('/')) continue;
    const data = decodeBase64(p.base64);
    if (!data) continue;
    taken.add(p.name);
    const rels: OpcRelOut[] = (p.rels ?? []).map((r) => ({ id: r.id, type: r.type, target: r.external ? r.target : `/${r.target}`, ...(r.external ? { external: true } : {}) }));
    out.push({ name: p.name, contentType: p.contentType, data, ...(rels.length > 0 ? { rels } : {}) });
  }
  return first.name;
}

/**
 * What a format other than the drawing's own loses: one warning per sheet whose kept drawing holds
 * more than the charts and pictures the model carries (shapes, groups, charts of a kind Ostal
 * cannot convert); charts and pictures of the model are written to every spreadsheet format but CSV.
 */
export function drawingLossDiagnostics(sheets: readonly Sheet[], format: string): { code: string; message: string }[] {
  const out: { code: string; message: string }[] = [];
  for (const s of sheets) {
    const modelled = format === 'csv' ? 0 : (s.charts ?? []).filter((c) => c.keptPart).length + (s.images ?? []).filter((i) => i.keptId !== undefined).length;
    if (s.drawing && s.drawing.format !== format && drawingObjectCount(s.drawing) > modelled) {
      out.push({ code: 'drawing-dropped', message: `The ${modelled > 0 ? 'shapes or other objects' : 'charts, images or shapes'} of the sheet "${s.name}" are not written to ${format}.` });
    } else if (format === 'csv' && (s.charts ?? []).length > 0 && !s.drawing) {
      out.push({ code: 'drawing-dropped', message: `The charts of the sheet "${s.name}" are not written to csv.` });
    }
  }
  return out;
}

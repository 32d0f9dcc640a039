/**
 * A worksheet's drawing part as the XLSX writer writes it (ECMA-376 Part 1, 20.5 `xdr:wsDr`):
 * the kept drawing read from an XLSX (xlsx-opaque-drawing.ts), less the charts and pictures the
 * user removed, plus anchors for the objects the model holds that it does not (charts inserted in
 * Ostal or read from ODS, xlsx-charts.ts; pictures from ODS, xlsx-pictures.ts), each with the
 * part it refers to. New anchors are appended to the kept drawing part, or make a new one.
 */
import type { OpaqueDrawing, Sheet } from '@ostal/model';
import { NS } from '../xml/namespaces.js';
import type { OpcPartOut } from '../ooxml/opc-writer.js';
import { decodeBase64, encodeBase64 } from '../text/text-media.js';

export const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
export const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';

/** An object to anchor in the drawing, and the part (chart, picture) its anchor refers to. */
export interface NewDrawingObject {
  /** The part the anchor refers to; its name is already reserved. */
  readonly part: { readonly name: string; readonly contentType: string; readonly data: string | Uint8Array; readonly relType: string };
  /** The `xdr:*Anchor` element; `declare` puts the `xdr`/`a` namespace declarations on it. */
  anchorXml(relId: string, objectId: number, declare: boolean): string;
}

/** A part name `${prefix}${n}${suffix}` not in `taken` (lower case names), now taken. */
export function freePartName(prefix: string, taken: Set<string>, suffix = '.xml'): string {
  for (let n = 1; ; n++) {
    const name = `${prefix}${String(n)}${suffix}`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

/** `xdr:from`/`xdr:to` of a cell corner with offsets in points. */
export function markerXml(tag: 'from' | 'to', p: { readonly row: number; readonly col: number; readonly dx?: number; readonly dy?: number }): string {
  const emu = (pt: number | undefined): string => String(Math.round((pt ?? 0) * 12_700));
  return `<xdr:${tag}><xdr:col>${String(p.col)}</xdr:col><xdr:colOff>${emu(p.dx)}</xdr:colOff><xdr:row>${String(p.row)}</xdr:row><xdr:rowOff>${emu(p.dy)}</xdr:rowOff></xdr:${tag}>`;
}

/**
 * The parts of `objects`, and the drawing that anchors them: the sheet's kept drawing with the new
 * anchors appended (returned as a new kept drawing to write), or a new drawing part pushed to `out`
 * (its name returned). `reserved` holds every part name used or kept in the package (lower case).
 */
export function drawingParts(
  objects: readonly NewDrawingObject[],
  kept: OpaqueDrawing | undefined,
  reserved: Set<string>,
  out: OpcPartOut[],
): { drawing?: OpaqueDrawing; drawingPart?: string } {
  if (objects.length === 0) return kept ? { drawing: kept } : {};
  for (const o of objects) out.push({ name: o.part.name, contentType: o.part.contentType, data: o.part.data });
  if (kept && kept.format === 'xlsx' && kept.parts[0]) {
    const first = kept.parts[0];
    const bytes = decodeBase64(first.base64);
    const text = bytes ? new TextDecoder().decode(bytes) : '';
    const close = text.lastIndexOf('</');
    if (close > 0) {
      const usedIds = new Set((first.rels ?? []).map((r) => r.id));
      const rels = [...(first.rels ?? [])];
      let anchors = '';
      objects.forEach((o, i) => {
        let n = i + 1;
        while (usedIds.has(`rIdOstal${String(n)}`)) n++;
        const id = `rIdOstal${String(n)}`;
        usedIds.add(id);
        rels.push({ id, type: o.part.relType, target: o.part.name });
        anchors += o.anchorXml(id, 5000 + i, true);
      });
      const merged = text.slice(0, close) + anchors + text.slice(close);
      return { drawing: { ...kept, parts: [{ ...first, base64: encodeBase64(new TextEncoder().encode(merged)), rels }, ...kept.parts.slice(1)] } };
    }
  }
  const drawingPart = freePartName('xl/drawings/drawing', reserved);
  const body = objects.map((o, i) => o.anchorXml(`rId${String(i + 1)}`, i + 2, false)).join('');
  out.push({
    name: drawingPart,
    contentType: CT_DRAWING,
    data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS.a}">${body}</xdr:wsDr>`,
    rels: objects.map((o, i) => ({ id: `rId${String(i + 1)}`, type: o.part.relType, target: `/${o.part.name}` })),
  });
  return { drawingPart };
}

/**
 * The kept drawing without the charts and pictures the user removed (read into the model, no
 * longer in `Sheet.charts` / `Sheet.images`): their anchors leave the drawing part, and parts no
 * longer reachable from it leave the package. Anchors inside markup-compatibility blocks are left
 * alone.
 */
export function withoutRemovedObjects(sheet: Sheet): OpaqueDrawing | undefined {
  const drawing = sheet.drawing;
  const first = drawing?.parts[0];
  if (!drawing || drawing.format !== 'xlsx' || !first || (!drawing.charts && !drawing.images)) return drawing;
  const currentCharts = new Set((sheet.charts ?? []).map((c) => c.keptPart));
  const removedCharts = new Set((drawing.charts ?? []).filter((p) => !currentCharts.has(p)));
  const currentImages = new Set((sheet.images ?? []).map((i) => i.keptId));
  const removedImages = new Set((drawing.images ?? []).filter((id) => !currentImages.has(id)));
  if (removedCharts.size === 0 && removedImages.size === 0) return drawing;
  const chartIds = new Set((first.rels ?? []).filter((r) => !r.external && removedCharts.has(r.target)).map((r) => r.id));
  const bytes = decodeBase64(first.base64);
  if (!bytes) return drawing;
  let text = new TextDecoder().decode(bytes);
  const anchor = /<([A-Za-z_][\w.-]*:)?(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b[\s\S]*?<\/\1\2>/g;
  text = text.replace(anchor, (whole: string) => {
    if (/AlternateContent/.test(whole)) return whole;
    const chartAt = whole.search(/:chart\b|<chart\b/);
    const chartId = chartAt >= 0 ? /\br?:?id="([^"]+)"/.exec(whole.slice(chartAt))?.[1] : undefined;
    if (chartId !== undefined && chartIds.has(chartId)) return '';
    const pic = /<(?:[A-Za-z_][\w.-]*:)?pic\b[\s\S]*?<(?:[A-Za-z_][\w.-]*:)?cNvPr\b[^>]*?\sid="([^"]+)"/.exec(whole);
    return pic && removedImages.has(pic[1]!) ? '' : whole;
  });
  // Relationships no anchor names any more go, and with them the parts only they reached.
  const named = (id: string): boolean => text.includes(`"${id}"`) || text.includes(`'${id}'`);
  const rels = (first.rels ?? []).filter((r) => r.external || (!chartIds.has(r.id) && (removedImages.size === 0 || named(r.id))));
  const drawingPart = { ...first, base64: encodeBase64(new TextEncoder().encode(text)), rels };
  const byName = new Map(drawing.parts.map((p) => [p.name, p]));
  byName.set(first.name, drawingPart);
  const reach = new Set<string>([first.name]);
  const queue = [first.name];
  while (queue.length > 0) {
    for (const r of byName.get(queue.shift()!)?.rels ?? []) {
      if (!r.external && byName.has(r.target) && !reach.has(r.target)) {
        reach.add(r.target);
        queue.push(r.target);
      }
    }
  }
  const charts = (drawing.charts ?? []).filter((p) => !removedCharts.has(p));
  const images = (drawing.images ?? []).filter((id) => !removedImages.has(id));
  return {
    format: 'xlsx',
    parts: drawing.parts.filter((p) => reach.has(p.name)).map((p) => (p.name === first.name ? drawingPart : p)),
    ...(charts.length > 0 ? { charts } : {}),
    ...(images.length > 0 ? { images } : {}),
  };
}

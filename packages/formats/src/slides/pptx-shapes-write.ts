/**
 * Deck shapes written as a PresentationML shape tree (ECMA-376 Part 1, 19.3.1.43 p:sp,
 * 19.3.1.37 p:pic, 19.3.1.22 p:grpSp, 19.3.1.19 p:cxnSp, 19.3.1.21 p:graphicFrame with a:tbl
 * 21.1.3.13). Opaque objects are written as kept, as charts, as OLE objects embedding Word or Excel
 * packages (ODF text and table objects), or else as their fallback picture.
 */
import { chartGraphicXml, chartPartFor, keptChartMatches, patchedChartFor } from './pptx-charts.js';
import { REL_CHART } from '../ooxml/dml-chart.js';
import type { ConnectorShape, DeckShape, GeometryShape, GroupShape, OpaqueShape, PictureShape, TableShape } from '@ostal/model';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { cropXml, fillXml, geometryXml, outlineXml, textBodyXml, xfrmXml } from './dml-write.js';
import type { PartRefs } from './dml-write.js';
import { fragmentToXmlOut } from './xml-fragment.js';
import { shadowEffectListXml } from './shape-effects.js';
import { custGeomXml } from './custom-geometry.js';
import { NS } from '../xml/namespaces.js';
import { REL_PACKAGE, embeddedOfficeOf } from './pptx-embedded-office.js';
import { crc32 } from '../container/crc32.js';

const TABLE_URI = 'http://schemas.openxmlformats.org/drawingml/2006/table';
const OLE_URI = 'http://schemas.openxmlformats.org/presentationml/2006/ole';

interface Ids {
  next: number;
  readonly used: Set<number>;
}

function shapeId(shape: DeckShape, ids: Ids): number {
  let id = shape.id;
  if (!(id > 0) || ids.used.has(id)) {
    while (ids.used.has(ids.next)) ids.next += 1;
    id = ids.next;
  }
  ids.used.add(id);
  return id;
}

function cNvPr(shape: DeckShape, ids: Ids, fallbackName: string): XmlOut {
  const id = shapeId(shape, ids);
  return x('p:cNvPr', { id, name: shape.name ?? `${fallbackName} ${String(id)}`, descr: shape.description, hidden: shape.hidden ? 1 : undefined });
}

function nvPr(shape: DeckShape): XmlOut {
  const ph = shape.placeholder;
  return x('p:nvPr', {}, ph ? x('p:ph', { type: ph.type === 'obj' ? undefined : ph.type, idx: ph.idx }) : null);
}

/** The shape's geometry: custom markup as read, else custom paths, else the preset. */
function shapeGeometryXml(shape: GeometryShape): XmlOut {
  if (shape.geometry === 'custom') {
    const kept = shape.customGeometryXml ? fragmentToXmlOut(shape.customGeometryXml) : undefined;
    if (kept) return kept;
    if (shape.paths && shape.paths.length > 0) return custGeomXml(shape.paths);
  }
  return geometryXml(shape.geometry, shape.adjust);
}

function sp(shape: GeometryShape, ids: Ids, refs: PartRefs, lang: string | undefined): XmlOut {
  const hasText = shape.text !== undefined || shape.placeholder !== undefined || shape.textBox === true;
  return x(
    'p:sp',
    {},
    x('p:nvSpPr', {}, cNvPr(shape, ids, 'Shape'), x('p:cNvSpPr', { txBox: shape.textBox ? 1 : undefined }, shape.placeholder ? x('a:spLocks', { noGrp: 1 }) : null), nvPr(shape)),
    x(
      'p:spPr',
      {},
      xfrmXml('a:xfrm', shape.xfrm),
      shape.placeholder && !shape.xfrm && shape.geometry === 'rect' ? null : shapeGeometryXml(shape),
      fillXml(shape.fill, refs),
      outlineXml(shape.line, refs),
      // Kept effects, in the Transitional namespace this writer uses (a Strict file's are left out);
      // else a shadow read from ODF.
      shape.effectsXml?.includes(NS.a) ? (fragmentToXmlOut(shape.effectsXml) ?? null) : shape.shadow ? shadowEffectListXml(shape.shadow) : null,
    ),
    hasText ? x('p:txBody', {}, textBodyXml(shape.text, refs, lang)) : null,
  );
}

function pic(shape: PictureShape, ids: Ids, refs: PartRefs): XmlOut | null {
  const id = refs.media(shape.media);
  if (!id) return null;
  return x(
    'p:pic',
    {},
    x('p:nvPicPr', {}, cNvPr(shape, ids, 'Picture'), x('p:cNvPicPr', {}, x('a:picLocks', { noChangeAspect: 1 })), nvPr(shape)),
    x('p:blipFill', {}, x('a:blip', { 'r:embed': id }), cropXml(shape.crop), x('a:stretch', {}, x('a:fillRect'))),
    x('p:spPr', {}, xfrmXml('a:xfrm', shape.xfrm), x('a:prstGeom', { prst: 'rect' }, x('a:avLst')), outlineXml(shape.line, refs)),
  );
}

function cxn(shape: ConnectorShape, ids: Ids, refs: PartRefs): XmlOut {
  return x(
    'p:cxnSp',
    {},
    x(
      'p:nvCxnSpPr',
      {},
      cNvPr(shape, ids, 'Connector'),
      x('p:cNvCxnSpPr', {}, shape.start ? x('a:stCxn', { id: shape.start.id, idx: shape.start.site }) : null, shape.end ? x('a:endCxn', { id: shape.end.id, idx: shape.end.site }) : null),
      nvPr(shape),
    ),
    x('p:spPr', {}, xfrmXml('a:xfrm', shape.xfrm), geometryXml(shape.geometry, undefined), outlineXml(shape.line ?? { width: 12_700, fill: { kind: 'solid', color: { scheme: 'tx1' } } }, refs)),
  );
}

function table(shape: TableShape, ids: Ids, refs: PartRefs, lang: string | undefined): XmlOut {
  const cols = shape.columns.length > 0 ? shape.columns : [shape.xfrm?.cx ?? 914_400];
  // Cells covered by a merge: hMerge right of an anchor, vMerge below it (21.1.3.16 a:tc).
  const cover = new Map<string, { h: boolean; v: boolean }>();
  shape.rows.forEach((row, r) =>
    row.cells.forEach((cell, c) => {
      if (cell.merged) return;
      for (let dr = 0; dr < (cell.rowSpan ?? 1); dr++) for (let dc = 0; dc < (cell.colSpan ?? 1); dc++) if (dr > 0 || dc > 0) cover.set(`${String(r + dr)},${String(c + dc)}`, { h: dc > 0, v: dr > 0 });
    }),
  );
  const rows = shape.rows.map((row, r) =>
    x(
      'a:tr',
      { h: row.height },
      cols.map((_, c) => {
        const cell = row.cells[c];
        const covered = cover.get(`${String(r)},${String(c)}`);
        return x(
          'a:tc',
          { gridSpan: covered ? undefined : cell?.colSpan, rowSpan: covered ? undefined : cell?.rowSpan, hMerge: covered?.h ? 1 : undefined, vMerge: covered?.v ? 1 : undefined },
          x('a:txBody', {}, textBodyXml(cell?.text, refs, lang)),
          x(
            'a:tcPr',
            {},
            outlineXml(cell?.borders?.left, refs, 'a:lnL'),
            outlineXml(cell?.borders?.right, refs, 'a:lnR'),
            outlineXml(cell?.borders?.top, refs, 'a:lnT'),
            outlineXml(cell?.borders?.bottom, refs, 'a:lnB'),
            cell?.fill?.kind === 'picture' ? null : fillXml(cell?.fill, refs),
          ),
        );
      }),
    ),
  );
  return x(
    'p:graphicFrame',
    {},
    x('p:nvGraphicFramePr', {}, cNvPr(shape, ids, 'Table'), x('p:cNvGraphicFramePr', {}, x('a:graphicFrameLocks', { noGrp: 1 })), nvPr(shape)),
    xfrmXml('p:xfrm', shape.xfrm ?? { x: 0, y: 0, cx: cols.reduce((a, b) => a + b, 0), cy: shape.rows.reduce((a, r) => a + r.height, 0) }),
    x(
      'a:graphic',
      {},
      x('a:graphicData', { uri: TABLE_URI }, x('a:tbl', {}, tblPr(shape), x('a:tblGrid', {}, cols.map((w) => x('a:gridCol', { w }))), rows)),
    ),
  );
}

/** a:tblPr: the table's flags and its style id (21.1.3.15); a table without a style keeps row banding on, as before. */
function tblPr(shape: TableShape): XmlOut {
  const s = shape.style;
  if (!s) return x('a:tblPr', { firstRow: shape.headerRow ? 1 : undefined, bandRow: 1 });
  const on = (v: boolean | undefined) => (v ? 1 : undefined);
  return x(
    'a:tblPr',
    { firstRow: on(shape.headerRow), firstCol: on(s.firstCol), lastRow: on(s.lastRow), lastCol: on(s.lastCol), bandRow: on(s.bandRow), bandCol: on(s.bandCol) },
    x('a:tableStyleId', {}, s.id),
  );
}

function group(shape: GroupShape, ids: Ids, refs: PartRefs, lang: string | undefined): XmlOut {
  const xfrm = shape.xfrm ?? { x: 0, y: 0, cx: 0, cy: 0 };
  return x(
    'p:grpSp',
    {},
    x('p:nvGrpSpPr', {}, cNvPr(shape, ids, 'Group'), x('p:cNvGrpSpPr'), nvPr(shape)),
    x('p:grpSpPr', {}, xfrmXml('a:xfrm', xfrm, shape.childSpace ?? xfrm)),
    shape.children.map((c) => shapeXml(c, ids, refs, lang)).filter((e): e is XmlOut => e !== null),
  );
}

const REL_NAMESPACES = new Set(['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships']);

/**
 * A chart, diagram or OLE frame written back as read, with its parts, when it came from PPTX (a
 * chart only while it says what its kept chart part says).
 */
function keptFrame(shape: OpaqueShape, ids: Ids, refs: PartRefs): XmlOut | null {
  const source = shape.source;
  if (source?.format !== 'pptx' || !source.rels || !refs.keep) return null;
  if (shape.chart && !keptChartMatches(source, shape.chart)) return null;
  const renamed = new Map<string, string>();
  for (const [old, rel] of Object.entries(source.rels)) {
    const id = refs.keep(rel.type, rel.path, source.parts ?? [], source.generator, rel.external);
    if (!id) return null;
    renamed.set(old, id);
  }
  const frame = fragmentToXmlOut(source.xml, (uri, _local, value) => (REL_NAMESPACES.has(uri) ? (renamed.get(value) ?? value) : value));
  if (!frame) return null;
  const id = shapeId(shape, ids);
  // The frame's own id follows this slide's numbering (an equation's shape is in mc:Choice and mc:Fallback).
  const deepest = frame.name.endsWith(':AlternateContent') ? 4 : 2;
  const renumber = (el: XmlOut, depth: number): XmlOut => {
    if (depth > deepest) return el;
    if (el.name.endsWith(':cNvPr')) return { ...el, attrs: { ...el.attrs, id } };
    return { ...el, children: el.children.map((c) => (typeof c === 'string' ? c : renumber(c, depth + 1))) };
  };
  return renumber(frame, 0);
}

/**
 * A chart the model holds written as a new chart part: an edited PPTX chart's kept part patched
 * with its parts (`patchedChartFor`) when the patch can say the edit, else from its values (read
 * from ODP, say).
 */
function chartFrame(shape: OpaqueShape, ids: Ids, refs: PartRefs): XmlOut | null {
  if (!shape.chart || !shape.xfrm || !refs.keep) return null;
  const source = shape.source?.format === 'pptx' ? shape.source : undefined;
  const patched = source ? patchedChartFor(source, shape.chart) : undefined;
  // Patched parts that cannot be kept (a name the package cannot hold) leave the chart to its values, never to nothing.
  const kept = patched ? refs.keep(REL_CHART, patched.path, patched.parts, source?.generator) : undefined;
  const values = kept ? undefined : chartPartFor(shape.chart);
  const rel = kept ?? (values && refs.keep(REL_CHART, values.path, [values.part]));
  if (!rel) return null;
  return x('p:graphicFrame', {}, x('p:nvGraphicFramePr', {}, cNvPr(shape, ids, 'Chart'), x('p:cNvGraphicFramePr'), x('p:nvPr')), xfrmXml('p:xfrm', shape.xfrm), chartGraphicXml(rel));
}

/**
 * A Writer text or Calc table embedded in an ODF slide, written as the OLE object PowerPoint
 * embeds a Word or Excel package with (`pptx-embedded-office.ts`), shown by its picture.
 */
function oleFrame(shape: OpaqueShape, ids: Ids, refs: PartRefs): XmlOut | null {
  const office = shape.xfrm && shape.fallback && refs.keep ? embeddedOfficeOf(shape.source) : undefined;
  const picture = office && shape.fallback ? refs.media(shape.fallback) : undefined;
  if (!office || !picture || !shape.xfrm || !refs.keep) return null;
  // Named by its content: the same document embedded twice is one part, two documents never share one.
  const path = `ppt/embeddings/${office.stem}_${(crc32(office.data) >>> 0).toString(16).padStart(8, '0')}.${office.extension}`;
  const rel = refs.keep(REL_PACKAGE, path, [{ path, type: office.contentType, data: office.data }]);
  if (!rel) return null;
  const t = shape.xfrm;
  return x(
    'p:graphicFrame',
    {},
    x('p:nvGraphicFramePr', {}, cNvPr(shape, ids, 'Object'), x('p:cNvGraphicFramePr', {}, x('a:graphicFrameLocks', { noChangeAspect: 1 })), nvPr(shape)),
    xfrmXml('p:xfrm', t),
    x(
      'a:graphic',
      {},
      x(
        'a:graphicData',
        { uri: OLE_URI },
        x(
          'p:oleObj',
          { name: shape.name ?? shape.what, 'r:id': rel, imgW: Math.max(1, t.cx), imgH: Math.max(1, t.cy), progId: office.progId },
          x('p:embed'),
          x(
            'p:pic',
            {},
            x('p:nvPicPr', {}, x('p:cNvPr', { id: 0, name: '' }), x('p:cNvPicPr'), x('p:nvPr')),
            x('p:blipFill', {}, x('a:blip', { 'r:embed': picture }), x('a:stretch', {}, x('a:fillRect'))),
            x('p:spPr', {}, xfrmXml('a:xfrm', t), x('a:prstGeom', { prst: 'rect' }, x('a:avLst'))),
          ),
        ),
      ),
    ),
  );
}

function shapeXml(shape: DeckShape, ids: Ids, refs: PartRefs, lang: string | undefined): XmlOut | null {
  switch (shape.kind) {
    case 'shape':
      return sp(shape, ids, refs, lang);
    case 'picture':
      return pic(shape, ids, refs);
    case 'connector':
      return cxn(shape, ids, refs);
    case 'table':
      return table(shape, ids, refs, lang);
    case 'group':
      return group(shape, ids, refs, lang);
    case 'opaque':
      return keptFrame(shape, ids, refs) ?? chartFrame(shape, ids, refs) ?? oleFrame(shape, ids, refs) ?? (shape.fallback ? pic({ kind: 'picture', id: shape.id, name: shape.name ?? shape.what, media: shape.fallback, ...(shape.xfrm ? { xfrm: shape.xfrm } : {}) }, ids, refs) : null);
  }
}

/** The p:spTree children after its group properties, for these shapes. */
export function shapeTreeXml(shapes: readonly DeckShape[], refs: PartRefs, lang?: string): XmlOut[] {
  // Id 1 is the tree's own group (spTreeHead).
  const ids: Ids = { next: 2, used: new Set([1]) };
  return shapes.map((s) => shapeXml(s, ids, refs, lang)).filter((e): e is XmlOut => e !== null);
}

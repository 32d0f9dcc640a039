/**
 * Pivot tables of an XLSX workbook kept for XLSX (ECMA-376 Part 1, 18.10 PivotTables): the
 * workbook's 18.2.22 `pivotCaches` (cache id -> 18.10.1.67 `pivotCacheDefinition` part, which
 * reaches its 18.10.1.68 `pivotCacheRecords`) and each worksheet's `pivotTable` relationships
 * (18.10.1.73 `pivotTableDefinition` parts). Ostal does not edit them: their output is read as
 * the cells' values, and a same-format round trip writes the parts back, so Excel and LibreOffice
 * find the pivot tables again. Only caches of worksheet data are kept (OLAP and other external
 * sources need connections Ostal does not keep). Other formats get the values (`pivot-table-static`).
 *
 * The parts name number formats and differential formats by the file's stylesheet ids; the
 * writer numbers its stylesheet afresh, so the reader notes what each id meant and the writer
 * renames them ({@link pivotStyleNeeds}, {@link renamePivotStyles}).
 */
import type { CellStyle, OpaquePart, OpaquePivotCaches, OpaquePivotTables, Sheet, Workbook } from '@ostal/model';
import type { ReadContext } from '../codec.js';
import type { OpcPackage } from '../ooxml/opc-package.js';
import type { OpcPartOut, OpcRelOut } from '../ooxml/opc-writer.js';
import { decodeBase64 } from '../text/text-media.js';
import { NS } from '../xml/namespaces.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { attr, childElement, childElements } from '../xml/xml-tree.js';
import { pivotSpecsOfOds } from './ods-pivot-spec.js';
import { isWriterPart, reachableParts } from './xlsx-opaque-drawing.js';
import { pivotPartsOfSpecs } from './xlsx-pivot-spec.js';
import type { XlsxStyles } from './xlsx-styles-reader.js';

export const REL_PIVOT_CACHE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotCacheDefinition';
export const REL_PIVOT_TABLE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/pivotTable';
const MAX_PIVOT_TABLES = 200;

function sml(el: XmlElement | undefined, local: string): XmlElement[] {
  return el ? [...childElements(el, NS.s, local), ...childElements(el, NS.strictS, local)] : [];
}

function textOfPart(part: OpaquePart): string {
  const bytes = decodeBase64(part.base64);
  return bytes ? new TextDecoder().decode(bytes) : '';
}

/** The ids a part names in `attribute` (`numFmtId`, `dxfId`). */
function idsIn(text: string, attribute: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(new RegExp(`\\s${attribute}="(\\d+)"`, 'g'))) out.add(m[1]!);
  return out;
}

/**
 * The workbook's pivot caches of worksheet data (from `pivotCaches` in `workbook`), with what
 * their parts and the sheets' pivot tables name in the stylesheet; undefined when there are none.
 */
export function readPivotCaches(pkg: OpcPackage, workbookPart: string, workbook: XmlElement, ctx: ReadContext): OpaquePivotCaches | undefined {
  const list = sml(workbook, 'pivotCaches').flatMap((el) => sml(el, 'pivotCache'));
  if (list.length === 0) return undefined;
  const rels = new Map(pkg.relationships(workbookPart).map((r) => [r.id, r]));
  const caches: { cacheId: string; part: string }[] = [];
  const parts: OpaquePart[] = [];
  let external = 0;
  for (const entry of list) {
    const cacheId = attr(entry, '', 'cacheId');
    const id = attr(entry, NS.r, 'id') ?? attr(entry, NS.strictR, 'id');
    const rel = id !== undefined ? rels.get(id) : undefined;
    if (cacheId === undefined || !rel || rel.external || !pkg.has(rel.target) || isWriterPart(rel.target)) continue;
    let source: string | undefined;
    try {
      const def = pkg.xml(rel.target);
      source = attr(childElement(def, NS.s, 'cacheSource') ?? childElement(def, NS.strictS, 'cacheSource') ?? def, '', 'type');
    } catch {
      continue;
    }
    if (source !== 'worksheet') {
      external += 1;
      continue;
    }
    caches.push({ cacheId, part: rel.target });
    if (!parts.some((p) => p.name === rel.target)) parts.push(...reachableParts(pkg, rel.target, ctx).filter((p) => !parts.some((q) => q.name === p.name)));
  }
  if (external > 0) ctx.diagnostics.add('info', 'pivot-cache-dropped', `${String(external)} pivot cache(s) read external data (OLAP, connections); they and their pivot tables keep only their values.`, workbookPart);
  if (caches.length === 0) return undefined;
  return { format: 'xlsx', caches, parts };
}

/** The pivot tables of worksheet `sheetPart` whose cache is among `caches`. */
export function readPivotTables(pkg: OpcPackage, sheetPart: string, caches: OpaquePivotCaches | undefined, ctx: ReadContext): OpaquePivotTables | undefined {
  const tables = pkg.relationships(sheetPart).filter((r) => r.type.endsWith('/pivotTable') && !r.external && pkg.has(r.target) && !isWriterPart(r.target));
  if (tables.length === 0) return undefined;
  const cacheParts = new Set(caches?.caches.map((c) => c.part) ?? []);
  const parts: OpaquePart[] = [];
  for (const rel of tables.slice(0, MAX_PIVOT_TABLES)) {
    // The table part alone: the cache it names belongs to the workbook.
    const [part] = reachableParts(pkg, rel.target, ctx, () => true);
    const cache = (pkg.relationships(rel.target).find((r) => r.type.endsWith('/pivotCacheDefinition')) ?? undefined)?.target;
    if (part && cache !== undefined && cacheParts.has(cache)) parts.push({ ...part, ...(part.rels ? { rels: part.rels.filter((r) => r.target === cache) } : {}) });
  }
  if (parts.length === 0) return undefined;
  ctx.diagnostics.add('info', 'pivot-table-kept', `The ${String(parts.length)} pivot table(s) of ${sheetPart} are kept as they are for XLSX; Ostal shows their values.`, sheetPart);
  return { format: 'xlsx', parts };
}

/** What the kept pivot parts name in the stylesheet, by the file's ids (read once all tables are known). */
export function withPivotStyles(caches: OpaquePivotCaches, sheets: readonly Sheet[], styles: XlsxStyles): OpaquePivotCaches {
  const texts = [...caches.parts, ...sheets.flatMap((s) => s.pivotTables?.parts ?? [])].map(textOfPart);
  const numberFormats: Record<string, string> = {};
  const differentialStyles: Record<string, CellStyle> = {};
  for (const text of texts) {
    for (const id of idsIn(text, 'numFmtId')) {
      const code = styles.numberFormats.get(Number(id));
      if (Number(id) >= 164 && code !== undefined) numberFormats[id] = code;
    }
    for (const id of idsIn(text, 'dxfId')) {
      const style = styles.dxfs[Number(id)];
      if (style) differentialStyles[id] = style;
    }
  }
  return {
    ...caches,
    ...(Object.keys(numberFormats).length > 0 ? { numberFormats } : {}),
    ...(Object.keys(differentialStyles).length > 0 ? { differentialStyles } : {}),
  };
}

/** The custom number format codes the kept pivot parts need in the stylesheet. */
export function pivotStyleNeeds(workbook: Workbook): string[] {
  return workbook.pivotCaches?.format === 'xlsx' ? Object.values(workbook.pivotCaches.numberFormats ?? {}) : [];
}

/** A kept pivot part's XML with the file's style ids renamed to the written stylesheet's. */
function renamePivotStyles(text: string, caches: OpaquePivotCaches, numFmtId: (code: string) => number | undefined, dxfId: (style: CellStyle) => number): string {
  return text
    .replace(/(\snumFmtId=")(\d+)"/g, (whole, head: string, id: string) => {
      const code = caches.numberFormats?.[id];
      const next = code !== undefined ? numFmtId(code) : undefined;
      return next !== undefined ? `${head}${String(next)}"` : whole;
    })
    .replace(/(\sdxfId=")(\d+)"/g, (whole, head: string, id: string) => {
      const style = caches.differentialStyles?.[id];
      return style ? `${head}${String(dxfId(style))}"` : whole;
    });
}

function partOut(part: OpaquePart, data: string): OpcPartOut {
  const rels: OpcRelOut[] = (part.rels ?? []).map((r) => ({ id: r.id, type: r.type, target: r.external ? r.target : `/${r.target}`, ...(r.external ? { external: true } : {}) }));
  return { name: part.name, contentType: part.contentType, data: new TextEncoder().encode(data), ...(rels.length > 0 ? { rels } : {}) };
}

/** What the XLSX writer writes for the kept pivot tables. */
export interface PivotPartsOut {
  /** The workbook's `pivotCache` entries (none: no `pivotCaches`), and its relationships to the cache definitions. */
  readonly caches: readonly { readonly cacheId: number; readonly relId: string }[];
  readonly workbookRels: OpcRelOut[];
  /** Relationships of each sheet (by index) to its pivot tables. */
  readonly sheetRels: Map<number, OpcRelOut[]>;
}

/**
 * Writes the kept pivot caches and tables into `out`: tables whose cache is written, caches with
 * their records. `taken` holds part names already written; `numFmtId` and `dxfId`
 * give the written stylesheet's ids.
 */
export function pivotParts(
  workbook: Workbook,
  sheets: readonly Sheet[],
  taken: Set<string>,
  out: OpcPartOut[],
  numFmtId: (code: string) => number | undefined,
  dxfId: (style: CellStyle) => number,
): PivotPartsOut {
  const none: PivotPartsOut = { caches: [], workbookRels: [], sheetRels: new Map() };
  const caches = workbook.pivotCaches;
  // Data pilots read from ODS become new pivot parts (those the spec cannot say stay values).
  if (!caches && workbook.dataPilots?.format === 'ods') return pivotPartsOfSpecs(pivotSpecsOfOds(workbook).specs, workbook, sheets, out);
  if (!caches || caches.format !== 'xlsx') return none;
  const cacheParts = new Set(caches.caches.map((c) => c.part));
  const sheetRels = new Map<number, OpcRelOut[]>();
  const written = new Set<string>();
  const write = (part: OpaquePart): void => {
    if (taken.has(part.name) || isWriterPart(part.name) || part.name.includes('..') || part.name.startsWith('/')) return;
    taken.add(part.name);
    written.add(part.name);
    out.push(partOut(part, renamePivotStyles(textOfPart(part), caches, numFmtId, dxfId)));
  };
  sheets.forEach((sheet, index) => {
    const tables = sheet.pivotTables?.format === 'xlsx' ? sheet.pivotTables.parts : [];
    const rels: OpcRelOut[] = [];
    for (const part of tables) {
      if (!(part.rels ?? []).some((r) => cacheParts.has(r.target))) continue;
      write(part);
      if (written.has(part.name)) rels.push({ id: `rIdPt${String(rels.length + 1)}`, type: REL_PIVOT_TABLE, target: `/${part.name}` });
    }
    if (rels.length > 0) sheetRels.set(index, rels);
  });
  for (const part of caches.parts) write(part);
  const entries = caches.caches.filter((c) => written.has(c.part) && /^\d+$/.test(c.cacheId));
  if (entries.length === 0) return none;
  const workbookRels = entries.map((c, i) => ({ id: `rIdPc${String(i + 1)}`, type: REL_PIVOT_CACHE, target: `/${c.part}` }));
  return { caches: entries.map((c, i) => ({ cacheId: Number(c.cacheId), relId: `rIdPc${String(i + 1)}` })), workbookRels, sheetRels };
}

/** The number of pivot tables of a workbook (XLSX parts or ODS data pilots). */
export function pivotTableCount(workbook: Workbook): number {
  return workbook.sheets.reduce((n, s) => n + (s.pivotTables?.parts.length ?? 0), 0) + (workbook.dataPilots?.count ?? 0);
}


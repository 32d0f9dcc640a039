/**
 * ODS and flat FODS packages read into a workbook: the parts in order (styles, content,
 * settings, meta) through {@link OdsBodyReader}, then what needs the whole document — charts
 * from their `Object N` sub-documents (ODF 1.3 Part 3, 10.4.7 `draw:object`), database ranges as
 * autofilters, data validations by name, frozen panes from the settings.
 */
import { WORKBOOK_VERSION, refreshChartCache } from '@ostal/model';
import type { AutoFilter, Chart, DataValidation, DocumentMeta, Workbook } from '@ostal/model';
import type { ReadContext } from '../codec.js';
import { decodeText } from '../container/zip-reader.js';
import { FormatError } from '../errors.js';
import { OdfPackage } from '../odf/odf-package.js';
import { streamXml } from '../xml/xml-parser.js';
import { CellBudget } from './sheet-grid.js';
import { OdfNodeBuilder } from './odf-style-node.js';
import type { OdfNode } from './odf-style-node.js';
import { autoFilterOfNode, validationOfNode } from './ods-sheet-features.js';
import { chartOfFrame, frameObject } from './ods-charts.js';
import { imageOfFrame } from './ods-images.js';
import type { SheetImage } from '@ostal/model';
import { parseRange } from './xlsx-sheet-reader.js';
import { OdsBodyReader, excelRangeOfOdf } from './ods-reader.js';
import { DiagnosticSink } from '../diagnostics-sink.js';
import { closedPrefix } from '../xml/xml-prefix.js';
import { ODF_PREVIEW_BYTES, PREVIEW_FROM_BYTES } from './sheet-preview.js';

/** Parses a chart sub-document into a node tree, or undefined when unreadable. */
function objectDocument(pkg: OdfPackage, href: string, ctx: ReadContext): OdfNode | undefined {
  const part = `${href}/content.xml`;
  if (!pkg.has(part)) return undefined;
  try {
    const builder = new OdfNodeBuilder();
    streamXml(pkg.text(part), { open: (tag) => builder.open(tag), close: () => builder.close(), text: (t) => builder.text(t) }, { part, maxDepth: ctx.limits.maxXmlDepth });
    return builder.root.children[0];
  } catch (err) {
    if (err instanceof FormatError && err.reason !== 'malformed-xml') throw err;
    return undefined;
  }
}

/** Charts of every sheet from the frames met, with values read from the cells; other frames are reported. */
function withCharts(workbook: Workbook, reader: OdsBodyReader, ctx: ReadContext, part: string, pkg?: OdfPackage): Workbook {
  if (reader.frames.size === 0) return workbook;
  const sheets = workbook.sheets.map((sheet, i) => {
    const frames = reader.frames.get(i) ?? [];
    const charts: Chart[] = [];
    const images: SheetImage[] = [];
    let dropped = 0;
    const readPart = pkg ? (path: string): Uint8Array | undefined => (pkg.has(path) ? pkg.zip.read(path) : undefined) : undefined;
    for (const frame of frames) {
      const obj = frameObject(frame);
      const doc = obj?.inline ?? (obj?.href && pkg ? objectDocument(pkg, obj.href, ctx) : undefined);
      const chart = doc ? chartOfFrame(sheet, frame, doc) : null;
      const image = chart ? null : imageOfFrame(sheet, frame, readPart);
      if (chart) charts.push(chart);
      else if (image) images.push(image);
      else dropped += 1;
    }
    if (dropped > 0) ctx.diagnostics.warn('drawing-dropped', `The ${String(dropped)} chart(s), image(s) or object(s) of the sheet "${sheet.name}" are not kept.`, part);
    return { ...sheet, ...(charts.length > 0 ? { charts } : {}), ...(images.length > 0 ? { images } : {}) };
  });
  const book = { ...workbook, sheets };
  return { ...book, sheets: sheets.map((s) => (s.charts ? { ...s, charts: s.charts.map((c) => refreshChartCache(c, book)) } : s)) };
}

function finish(reader: OdsBodyReader, ctx: ReadContext, part: string, pkg?: OdfPackage): Workbook {
  const sheets = [...reader.sheets];
  if (sheets.length === 0) {
    ctx.diagnostics.warn('no-sheets', 'The document has no table; an empty sheet was added.', part);
    sheets.push({ name: 'Sheet1', rows: [] });
  }
  const meta: DocumentMeta = { ...reader.meta };
  const filters = new Map<string, AutoFilter>();
  for (const node of reader.databaseRanges) {
    const found = autoFilterOfNode(node, (address) => {
      const excel = excelRangeOfOdf(address);
      const m = excel ? /^(?:'((?:[^']|'')*)'|([^!]*))!(.*)$/.exec(excel) : null;
      const range = m ? parseRange(m[3]!.replace(/^.*!/, '')) : null;
      return m && range ? { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!, range } : null;
    });
    if (found && !filters.has(found.sheet)) filters.set(found.sheet, found.filter);
  }
  const rules = new Map<string, Omit<DataValidation, 'ranges'> | null>();
  const withPanes = sheets.map((s, i) => {
    const frozen = reader.frozen.get(s.name);
    const validations: DataValidation[] = [];
    const order = [...reader.validationNodes.keys()];
    const used = [...(reader.validationRanges.get(i) ?? [])].sort(([p], [q]) => order.indexOf(p) - order.indexOf(q));
    for (const [name, ranges] of used) {
      if (!rules.has(name)) {
        const node = reader.validationNodes.get(name);
        const rule = node ? validationOfNode(node) : null;
        if (!rule) ctx.diagnostics.warn('validation-dropped', `The content validation "${name}" could not be translated; it is dropped.`, part);
        rules.set(name, rule);
      }
      const rule = rules.get(name);
      if (rule) validations.push({ ranges, ...rule });
    }
    const filter = filters.get(s.name);
    return {
      ...s,
      ...(frozen ? { frozen } : {}),
      ...(validations.length > 0 ? { validations } : {}),
      ...(filter ? { autoFilter: filter } : {}),
    };
  });
  const styleList = reader.styles.table.styles;
  const externalLinks = reader.externals.links();
  const workbook: Workbook = {
    kind: 'workbook',
    version: WORKBOOK_VERSION,
    meta,
    sheets: withPanes,
    ...(styleList.length > 1 ? { styles: styleList } : {}),
    ...(reader.names.length > 0 ? { names: reader.names } : {}),
    ...(reader.date1904 ? { date1904: true } : {}),
    ...(reader.dataPilots ? { dataPilots: reader.dataPilots } : {}),
    ...(externalLinks.length > 0 ? { externalLinks } : {}),
  };
  return withCharts(workbook, reader, ctx, part, pkg);
}

/**
 * The first rows of a large ODS or FODS (see `ReadOptions.onFirstRows`): the body's first
 * megabyte (`ODF_PREVIEW_BYTES`), cut after its last complete table row and closed, read with the common styles and
 * settings (frozen panes). Tables further on are not in it. Undefined when there is no complete
 * row in it or anything fails: the whole read, which comes next, reports the file's problems.
 */
function previewOds(content: string | undefined, parts: readonly [string, string][], ctx: ReadContext): Workbook | undefined {
  const xml = content === undefined ? undefined : closedPrefix(content, 'table-row');
  if (xml === undefined) return undefined;
  const quiet: ReadContext = { limits: ctx.limits, diagnostics: new DiagnosticSink() };
  try {
    const reader = new OdsBodyReader(quiet, new CellBudget(ctx.limits.maxCells));
    for (const [name, text] of parts) reader.read(name === 'content.xml' ? xml : text, name);
    return finish(reader, quiet, 'content.xml');
  } catch {
    return undefined;
  }
}

/** Hands `preview` to the caller that asked for first rows, if there is one. */
function offer(preview: () => Workbook | undefined, ctx: ReadContext): void {
  if (!ctx.onFirstRows) return;
  const first = preview();
  if (first) ctx.onFirstRows(first);
}

/**
 * Reads an ODS package (spreadsheet or spreadsheet template).
 * @throws FormatError for an unreadable, encrypted or hostile package, or past maxCells.
 */
export function readOds(bytes: Uint8Array, ctx: ReadContext): Workbook {
  const pkg = OdfPackage.open(bytes, ctx.limits, ctx.diagnostics.damaged, ctx.inflated);
  if (pkg.mimeType && !pkg.mimeType.includes('spreadsheet')) {
    ctx.diagnostics.warn('unexpected-media-type', `The package says it is ${pkg.mimeType}; reading its tables anyway.`, 'mimetype');
  }
  if ((pkg.zip.entry('content.xml')?.size ?? 0) >= PREVIEW_FROM_BYTES) {
    offer(() => {
      const optional = (name: string): [string, string][] => (pkg.has(name) ? [[name, pkg.text(name)]] : []);
      return previewOds(pkg.textPrefix('content.xml', ODF_PREVIEW_BYTES), [...optional('styles.xml'), ['content.xml', ''], ...optional('settings.xml')], ctx);
    }, ctx);
  }
  const reader = new OdsBodyReader(ctx, new CellBudget(ctx.limits.maxCells));
  // Common styles (styles.xml) first: automatic cell styles in content.xml name them as parents.
  for (const optional of ['styles.xml']) {
    if (!pkg.has(optional)) continue;
    try {
      reader.read(pkg.text(optional), optional);
    } catch (err) {
      if (err instanceof FormatError && err.reason !== 'malformed-xml') throw err;
      ctx.diagnostics.warn('unreadable-part', `The part ${optional} could not be read; its styles are lost.`, optional);
    }
  }
  reader.read(pkg.text('content.xml'), 'content.xml');
  for (const optional of ['settings.xml']) {
    if (!pkg.has(optional)) continue;
    try {
      reader.read(pkg.text(optional), optional);
    } catch (err) {
      if (err instanceof FormatError && err.reason !== 'malformed-xml') throw err;
      ctx.diagnostics.warn('unreadable-part', `The part ${optional} could not be read; frozen panes are lost.`, optional);
    }
  }
  if (pkg.has('meta.xml')) {
    try {
      reader.read(pkg.text('meta.xml'), 'meta.xml');
    } catch (err) {
      if (err instanceof FormatError && err.reason !== 'malformed-xml') throw err;
      ctx.diagnostics.warn('unreadable-part', 'The document properties (meta.xml) could not be read.', 'meta.xml');
    }
  }
  return finish(reader, ctx, 'content.xml', pkg);
}

/**
 * Reads a flat ODF spreadsheet (`.fods`: one XML document).
 * @throws FormatError `malformed-xml`, `forbidden-dtd`, `limit-exceeded`.
 */
export function readFods(bytes: Uint8Array, ctx: ReadContext): Workbook {
  if (bytes.length > ctx.limits.maxEntryInflated) {
    throw new FormatError('limit-exceeded', `The file is larger than ${String(ctx.limits.maxEntryInflated)} bytes (maxEntryInflated).`);
  }
  const text = decodeText(bytes);
  if (bytes.length >= PREVIEW_FROM_BYTES) offer(() => previewOds(text.slice(0, ODF_PREVIEW_BYTES), [['content.xml', '']], ctx), ctx);
  const reader = new OdsBodyReader(ctx, new CellBudget(ctx.limits.maxCells));
  reader.read(text, 'document.fods');
  return finish(reader, ctx, 'document.fods');
}

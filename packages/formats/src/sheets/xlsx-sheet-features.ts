/**
 * SpreadsheetML sheet features beside the cells (ECMA-376 Part 1): 18.3.1.32-33 data
 * validations, 18.3.1.2 autoFilter with 18.3.2 filter criteria, 18.3.1.18 conditional
 * formatting (rules 18.3.1.10; differential formats 18.8.14), 18.3.1.62 pageMargins,
 * 18.3.1.63 pageSetup, 18.3.1.70 printOptions, 18.3.1.46 headerFooter, 18.3.1.65 pageSetUpPr,
 * and 18.7 comments (the legacy notes). The worksheet reader hands the feature elements over as
 * small trees (`OdfNode`, unprefixed attributes under the '' namespace).
 */
import type {
  AutoFilter,
  CellComment,
  CellRange,
  CellStyle,
  ConditionalFormat,
  ConditionalOperator,
  ConditionalRule,
  DataValidation,
  FilterColumn,
  FilterCondition,
  FilterOperator,
  PageSetup,
  ValidationOperator,
  ValidationType,
} from '@ostal/model';
import type { ReadContext } from '../codec.js';
import { NS } from '../xml/namespaces.js';
import { escapeAttr, escapeText } from '../xml/xml-writer.js';
import { streamXml } from '../xml/xml-parser.js';
import { OdfNodeBuilder, odfText } from './odf-style-node.js';
import type { OdfNode } from './odf-style-node.js';
import { parseRange } from './xlsx-sheet-reader.js';

const VALIDATION_TYPES = new Set<ValidationType>(['any', 'list', 'whole', 'decimal', 'date', 'time', 'textLength', 'custom']);
const OPERATORS = new Set<ValidationOperator>(['between', 'notBetween', 'equal', 'notEqual', 'greaterThan', 'lessThan', 'greaterThanOrEqual', 'lessThanOrEqual']);
const CF_OPERATORS = new Set<ConditionalOperator>([...OPERATORS, 'containsText', 'notContains', 'beginsWith', 'endsWith']);
const FILTER_OPERATORS = new Set<FilterOperator>(['equal', 'notEqual', 'greaterThan', 'greaterThanOrEqual', 'lessThan', 'lessThanOrEqual']);

/** Paper sizes by SpreadsheetML `paperSize` code (18.3.1.63), in millimetres. */
export const PAPER_SIZES: Readonly<Record<number, { width: number; height: number }>> = {
  1: { width: 215.9, height: 279.4 },
  5: { width: 215.9, height: 355.6 },
  8: { width: 297, height: 420 },
  9: { width: 210, height: 297 },
  11: { width: 148, height: 210 },
  13: { width: 182, height: 257 },
};

function a(node: OdfNode, local: string): string | undefined {
  return node.attrs.get(` ${local}`);
}

function flag(node: OdfNode, local: string): boolean | undefined {
  const v = a(node, local);
  return v === undefined ? undefined : v === '1' || v === 'true';
}

function kids(node: OdfNode, local: string): OdfNode[] {
  return node.children.filter((c) => c.local === local && (c.ns === NS.s || c.ns === NS.strictS));
}

function kid(node: OdfNode, local: string): OdfNode | undefined {
  return kids(node, local)[0];
}

/** All text below a node (its own text and its children's), for formula and run elements. */
function textOf(node: OdfNode): string {
  return odfText(node);
}

/** `A1:B2 D4` (ST_Sqref) as ranges; malformed pieces are left out. */
export function rangesOfSqref(sqref: string | undefined): CellRange[] {
  if (!sqref) return [];
  const out: CellRange[] = [];
  for (const piece of sqref.trim().split(/\s+/)) {
    const r = parseRange(piece);
    if (r) out.push(r);
  }
  return out;
}

function formulaText(node: OdfNode | undefined): string | undefined {
  if (!node) return undefined;
  const t = textOf(node).trim();
  return t === '' ? undefined : t.replace(/^=/, '');
}

function message(title: string | undefined, text: string | undefined): { title?: string; text?: string } | undefined {
  if (!title && !text) return undefined;
  return { ...(title ? { title } : {}), ...(text ? { text } : {}) };
}

function validationOf(node: OdfNode): DataValidation | null {
  const ranges = rangesOfSqref(a(node, 'sqref'));
  if (ranges.length === 0) return null;
  const rawType = (a(node, 'type') ?? 'none') as ValidationType | 'none';
  const type: ValidationType = rawType === 'none' ? 'any' : VALIDATION_TYPES.has(rawType) ? rawType : 'any';
  const op = a(node, 'operator') as ValidationOperator | undefined;
  const errorStyle = a(node, 'errorStyle');
  const error = message(a(node, 'errorTitle'), a(node, 'error'));
  const prompt = message(a(node, 'promptTitle'), a(node, 'prompt'));
  const f1 = formulaText(kid(node, 'formula1'));
  const f2 = formulaText(kid(node, 'formula2'));
  const style = errorStyle === 'warning' || errorStyle === 'information' ? errorStyle : undefined;
  return {
    ranges,
    type,
    ...(op && OPERATORS.has(op) && op !== 'between' && type !== 'list' && type !== 'custom' && type !== 'any' ? { operator: op } : {}),
    ...(f1 !== undefined ? { formula1: f1 } : {}),
    ...(f2 !== undefined ? { formula2: f2 } : {}),
    ...(flag(node, 'allowBlank') ? { allowBlank: true } : {}),
    // 18.3.1.32: showDropDown="1" *hides* the in-cell drop-down.
    ...(flag(node, 'showDropDown') ? { hideDropdown: true } : {}),
    ...(prompt ? { prompt } : {}),
    ...(flag(node, 'showInputMessage') ? { showPrompt: true } : {}),
    ...(error || style ? { error: { ...error, ...(style ? { style } : {}) } } : {}),
    ...(flag(node, 'showErrorMessage') ? { showError: true } : {}),
  };
}

function filterColumnOf(node: OdfNode): FilterColumn | null {
  const column = Number(a(node, 'colId'));
  if (!Number.isInteger(column) || column < 0) return null;
  const filters = kid(node, 'filters');
  if (filters) {
    const values = kids(filters, 'filter')
      .map((f) => a(f, 'val'))
      .filter((v): v is string => v !== undefined);
    return { column, values, ...(flag(filters, 'blank') ? { blanks: true } : {}) };
  }
  const custom = kid(node, 'customFilters');
  if (custom) {
    const conditions: FilterCondition[] = [];
    for (const c of kids(custom, 'customFilter')) {
      const op = (a(c, 'operator') ?? 'equal') as FilterOperator;
      const raw = a(c, 'val') ?? '';
      const n = Number(raw);
      if (FILTER_OPERATORS.has(op)) conditions.push({ operator: op, value: raw.trim() !== '' && Number.isFinite(n) ? n : raw });
    }
    if (conditions.length === 0) return null;
    return { column, conditions, ...(flag(custom, 'and') ? { and: true } : {}) };
  }
  return null;
}

function autoFilterOf(node: OdfNode): AutoFilter | null {
  const range = parseRange(a(node, 'ref') ?? '');
  if (!range) return null;
  const columns = kids(node, 'filterColumn')
    .map(filterColumnOf)
    .filter((c): c is FilterColumn => c !== null);
  return { range, ...(columns.length > 0 ? { columns } : {}) };
}

/** Serialises a SpreadsheetML subtree (main namespace only) back to XML, for opaque rules. */
export function smlXml(node: OdfNode): string {
  if (node.ns !== NS.s && node.ns !== NS.strictS) return '';
  const attrs = [...node.attrs]
    .filter(([k]) => k.startsWith(' '))
    .map(([k, v]) => ` ${k.slice(1)}="${escapeAttr(v)}"`)
    .join('');
  const inner = escapeText(node.text.trim() === '' && node.children.length > 0 ? '' : node.text) + node.children.map(smlXml).join('');
  return inner === '' ? `<${node.local}${attrs}/>` : `<${node.local}${attrs}>${inner}</${node.local}>`;
}

function conditionalFormatOf(node: OdfNode, dxfs: readonly CellStyle[]): ConditionalFormat | null {
  const ranges = rangesOfSqref(a(node, 'sqref'));
  if (ranges.length === 0) return null;
  const rules: ConditionalRule[] = [];
  for (const r of kids(node, 'cfRule')) {
    const type = a(r, 'type') ?? '';
    const priority = Number(a(r, 'priority'));
    const dxf = a(r, 'dxfId') !== undefined ? dxfs[Number(a(r, 'dxfId'))] : undefined;
    const common = {
      ...(Number.isInteger(priority) ? { priority } : {}),
      ...(flag(r, 'stopIfTrue') ? { stopIfTrue: true } : {}),
      ...(dxf ? { style: dxf } : {}),
    };
    const formulas = kids(r, 'formula')
      .map((f) => formulaText(f))
      .filter((f): f is string => f !== undefined);
    const op = a(r, 'operator') as ConditionalOperator | undefined;
    if (type === 'cellIs' && op && CF_OPERATORS.has(op) && formulas.length > 0) rules.push({ type: 'cellIs', operator: op, formulas, ...common });
    else if (type === 'expression' && formulas.length > 0) rules.push({ type: 'expression', formulas, ...common });
    else {
      const kind = type === 'colorScale' || type === 'dataBar' || type === 'iconSet' ? type : 'other';
      // Priority and differential style live in the model; the XML keeps the rest.
      const xml = smlXml(r).replace(/^<cfRule\b[^>]*?\/?>/, (head) => head.replace(/\s(?:priority|dxfId)="[^"]*"/g, ''));
      rules.push({ type: kind, xml, ...common });
    }
  }
  return rules.length > 0 ? { ranges, rules } : null;
}

/** Inches (SpreadsheetML margins) to points, rounded to hundredths. */
function inchPoints(v: string | undefined): number | undefined {
  const n = Number(v);
  return v !== undefined && Number.isFinite(n) && n >= 0 && n < 100 ? Math.round(n * 7200) / 100 : undefined;
}

/** `210mm`, `8.5in` (ST_PositiveUniversalMeasure) in millimetres. */
function measureMm(v: string | undefined): number | undefined {
  const m = v ? /^([0-9.]+)(mm|cm|in|pt|pc|pi)$/.exec(v.trim()) : null;
  if (!m) return undefined;
  const n = Number(m[1]);
  const factor = { mm: 1, cm: 10, in: 25.4, pt: 25.4 / 72, pc: 25.4 / 6, pi: 25.4 / 6 }[m[2] as 'mm'];
  return Number.isFinite(n) && n > 0 ? Math.round(n * factor * 10) / 10 : undefined;
}

function pageSetupOf(features: readonly OdfNode[]): PageSetup | undefined {
  let setup: Record<string, unknown> = {};
  let fitToPage = false;
  for (const node of features) {
    switch (node.local) {
      case 'pageSetUpPr':
        fitToPage = flag(node, 'fitToPage') ?? false;
        break;
      case 'pageMargins': {
        const [top, bottom, left, right] = ['top', 'bottom', 'left', 'right'].map((k) => inchPoints(a(node, k)));
        if (top !== undefined && bottom !== undefined && left !== undefined && right !== undefined) {
          const header = inchPoints(a(node, 'header'));
          const footer = inchPoints(a(node, 'footer'));
          setup.margins = { top, bottom, left, right, ...(header !== undefined ? { header } : {}), ...(footer !== undefined ? { footer } : {}) };
        }
        break;
      }
      case 'pageSetup': {
        const o = a(node, 'orientation');
        if (o === 'landscape' || o === 'portrait') setup.orientation = o;
        const w = measureMm(a(node, 'paperWidth'));
        const h = measureMm(a(node, 'paperHeight'));
        const paper = w && h ? { width: w, height: h } : PAPER_SIZES[Number(a(node, 'paperSize') ?? 1)];
        // Letter (code 1) is SpreadsheetML's default: kept only when the file says so.
        if (paper && (a(node, 'paperSize') !== undefined || (w && h))) setup.paper = paper;
        const scale = Number(a(node, 'scale'));
        if (Number.isInteger(scale) && scale >= 10 && scale <= 400 && scale !== 100) setup.scale = scale;
        const fw = a(node, 'fitToWidth');
        const fh = a(node, 'fitToHeight');
        setup.fitWidth = fw === undefined ? 1 : Number(fw);
        setup.fitHeight = fh === undefined ? 1 : Number(fh);
        break;
      }
      case 'printOptions':
        if (flag(node, 'gridLines')) setup.gridLines = true;
        if (flag(node, 'horizontalCentered')) setup.centerHorizontally = true;
        if (flag(node, 'verticalCentered')) setup.centerVertically = true;
        break;
      case 'headerFooter': {
        const header = formulaText(kid(node, 'oddHeader')) === undefined ? undefined : textOf(kid(node, 'oddHeader')!);
        const footer = formulaText(kid(node, 'oddFooter')) === undefined ? undefined : textOf(kid(node, 'oddFooter')!);
        if (header || footer) setup.headerFooter = { ...(header ? { header } : {}), ...(footer ? { footer } : {}) };
        break;
      }
      default:
    }
  }
  const valid = (n: unknown): boolean => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < 32768;
  if (fitToPage && valid(setup.fitWidth) && valid(setup.fitHeight)) {
    delete setup.scale;
  } else {
    delete setup.fitWidth;
    delete setup.fitHeight;
  }
  setup = Object.fromEntries(Object.entries(setup).filter(([, v]) => v !== undefined));
  return Object.keys(setup).length > 0 ? (setup) : undefined;
}

/** What the feature elements of one worksheet say. */
export interface SheetFeatures {
  validations?: DataValidation[];
  autoFilter?: AutoFilter;
  conditionalFormats?: ConditionalFormat[];
  pageSetup?: PageSetup;
  /** Relationship ids of the sheet's drawing and legacy (VML) drawing parts. */
  drawingId?: string;
  legacyDrawingId?: string;
}

/** Turns the feature trees of a worksheet into model features. */
export function sheetFeaturesOf(features: readonly OdfNode[], dxfs: readonly CellStyle[]): SheetFeatures {
  const out: SheetFeatures = {};
  const validations: DataValidation[] = [];
  const formats: ConditionalFormat[] = [];
  for (const node of features) {
    if (node.local === 'dataValidations') {
      for (const v of kids(node, 'dataValidation')) {
        const dv = validationOf(v);
        if (dv) validations.push(dv);
      }
    } else if (node.local === 'autoFilter') {
      const f = autoFilterOf(node);
      if (f) out.autoFilter = f;
    } else if (node.local === 'conditionalFormatting') {
      const cf = conditionalFormatOf(node, dxfs);
      if (cf) formats.push(cf);
    } else if (node.local === 'drawing' || node.local === 'legacyDrawing') {
      const id = node.attrs.get(`${NS.r} id`) ?? node.attrs.get(`${NS.strictR} id`);
      if (id) out[node.local === 'drawing' ? 'drawingId' : 'legacyDrawingId'] = id;
    }
  }
  if (validations.length > 0) out.validations = validations;
  if (formats.length > 0) out.conditionalFormats = formats;
  const page = pageSetupOf(features);
  if (page) out.pageSetup = page;
  return out;
}

/**
 * Reads a comments part (18.7.3): authors and one comment per cell, rich runs joined. Excel
 * starts a note with its author's name in bold followed by a colon; that label is dropped.
 */
export function readCommentsPart(xml: string, part: string, ctx: ReadContext): CellComment[] {
  const builder = new OdfNodeBuilder();
  streamXml(xml, { open: (t) => builder.open(t), close: () => builder.close(), text: (t) => builder.text(t) }, { part, maxDepth: ctx.limits.maxXmlDepth });
  const root = builder.root.children[0];
  if (!root) return [];
  const authorsEl = kid(root, 'authors');
  const authors = authorsEl ? kids(authorsEl, 'author').map((n) => textOf(n)) : [];
  const list = kid(root, 'commentList');
  const out: CellComment[] = [];
  for (const c of list ? kids(list, 'comment') : []) {
    const range = parseRange(a(c, 'ref') ?? '');
    if (!range) continue;
    const author = authors[Number(a(c, 'authorId'))];
    const textEl = kid(c, 'text');
    if (!textEl) continue;
    const runs = kids(textEl, 'r');
    let text: string;
    if (runs.length > 0) {
      const pieces = runs.map((r) => ({ text: kids(r, 't').map(textOf).join(''), bold: kid(r, 'rPr') !== undefined && kid(kid(r, 'rPr')!, 'b') !== undefined }));
      const first = pieces[0]!;
      if (author && first.bold && first.text.trim() === `${author}:`) pieces.shift();
      else if (author && first.bold && first.text.startsWith(`${author}:`)) pieces[0] = { ...first, text: first.text.slice(author.length + 1) };
      text = pieces.map((p) => p.text).join('');
      if (pieces.length < runs.length) text = text.replace(/^\r?\n/, '');
    } else text = kids(textEl, 't').map(textOf).join('');
    text = text.replace(/\r\n?/g, '\n');
    out.push({ row: range.top, col: range.left, text, ...(author ? { author } : {}) });
  }
  return out.sort((p, q) => p.row - q.row || p.col - q.col);
}

/**
 * Writes the sheet features beside the cells (ECMA-376 Part 1): 18.3.1.2 autoFilter,
 * 18.3.1.18 conditionalFormatting, 18.3.1.32 dataValidations, 18.3.1.70 printOptions,
 * 18.3.1.62 pageMargins, 18.3.1.63 pageSetup, 18.3.1.46 headerFooter; and the notes: a
 * comments part (18.7) with the legacy VML drawing Excel needs to show them (Part 4, 19 VML;
 * 18.3.1.48 legacyDrawing). Chunks are returned in the order CT_Worksheet wants them.
 */
import { cellName } from '@ostal/model';
import type { CellComment, CellRange, CellStyle, ConditionalRule, DataValidation, FilterColumn, PageSetup, Sheet } from '@ostal/model';
import { NS } from '../xml/namespaces.js';
import { escapeAttr, escapeText } from '../xml/xml-writer.js';
import { fileFormula } from './xlsx-sheet-writer.js';
import { PAPER_SIZES } from './xlsx-sheet-features.js';

function ref(r: CellRange): string {
  const a = cellName(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${cellName(r.bottom, r.right)}`;
}

export function sqref(ranges: readonly CellRange[]): string {
  return ranges.map(ref).join(' ');
}

function attrs(values: Readonly<Record<string, string | number | boolean | undefined>>): string {
  let s = '';
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined || v === false) continue;
    s += ` ${k}="${escapeAttr(v === true ? '1' : String(v))}"`;
  }
  return s;
}

function formulaEl(name: string, formula: string | undefined): string {
  return formula === undefined ? '' : `<${name}>${escapeText(fileFormula(formula))}</${name}>`;
}

function filterColumnXml(c: FilterColumn): string {
  if (c.values) {
    const vals = c.values.map((v) => `<filter val="${escapeAttr(v)}"/>`).join('');
    return `<filterColumn colId="${String(c.column)}"><filters${c.blanks ? ' blank="1"' : ''}>${vals}</filters></filterColumn>`;
  }
  const conds = (c.conditions ?? []).slice(0, 2).map((f) => `<customFilter${attrs({ operator: f.operator === 'equal' ? undefined : f.operator, val: String(f.value) })}/>`);
  return `<filterColumn colId="${String(c.column)}"><customFilters${c.and ? ' and="1"' : ''}>${conds.join('')}</customFilters></filterColumn>`;
}

/** `autoFilter`, between `sheetData` and `mergeCells`. */
export function autoFilterXml(sheet: Sheet): string {
  const f = sheet.autoFilter;
  if (!f) return '';
  const cols = (f.columns ?? []).filter((c) => c.column >= 0 && c.column <= f.range.right - f.range.left);
  return cols.length === 0 ? `<autoFilter ref="${ref(f.range)}"/>` : `<autoFilter ref="${ref(f.range)}">${cols.map(filterColumnXml).join('')}</autoFilter>`;
}

function validationXml(v: DataValidation): string {
  const type = v.type === 'any' ? undefined : v.type;
  const op = type && type !== 'list' && type !== 'custom' && v.operator && v.operator !== 'between' ? v.operator : undefined;
  const body = type ? formulaEl('formula1', v.formula1) + (op === undefined || op === 'notBetween' ? formulaEl('formula2', v.formula2) : '') : '';
  const open = `<dataValidation${attrs({
    type,
    errorStyle: v.error?.style && v.error.style !== 'stop' ? v.error.style : undefined,
    operator: op,
    allowBlank: v.allowBlank,
    showDropDown: v.hideDropdown,
    showInputMessage: v.showPrompt,
    showErrorMessage: v.showError,
    errorTitle: v.error?.title,
    error: v.error?.text,
    promptTitle: v.prompt?.title,
    prompt: v.prompt?.text,
    sqref: sqref(v.ranges),
  })}`;
  return body === '' ? `${open}/>` : `${open}>${body}</dataValidation>`;
}

function ruleXml(rule: ConditionalRule, dxfId: (style: CellStyle) => number, priority: number): string {
  const common = { priority, stopIfTrue: rule.stopIfTrue };
  if ((rule.type === 'cellIs' || rule.type === 'expression') && rule.formulas && rule.formulas.length > 0) {
    const head = `<cfRule${attrs({ type: rule.type, dxfId: rule.style ? dxfId(rule.style) : undefined, ...common, operator: rule.type === 'cellIs' ? rule.operator : undefined })}>`;
    return head + rule.formulas.slice(0, 2).map((f) => formulaEl('formula', f)).join('') + '</cfRule>';
  }
  if (!rule.xml) return '';
  // Opaque rules keep their XML; priority and differential style are renumbered for this file.
  return rule.xml.replace(/^<cfRule\b([^>]*?)(\/?)>/, (_m, rest: string, slash: string) => {
    const kept = rest.replace(/\s(?:priority|dxfId)="[^"]*"/g, '');
    return `<cfRule${kept}${attrs({ dxfId: rule.style ? dxfId(rule.style) : undefined, priority })}${slash}>`;
  });
}

/** Everything after `mergeCells`: conditional formats, validations, print settings, the notes' drawing. */
export function featuresAfterMergesXml(sheet: Sheet, dxfId: (style: CellStyle) => number, legacyDrawingId?: string, drawingId?: string): string {
  const out: string[] = [];
  let priority = 1;
  for (const cf of sheet.conditionalFormats ?? []) {
    const rules = cf.rules.map((r) => ruleXml(r, dxfId, r.priority ?? priority++)).filter((r) => r !== '');
    if (rules.length > 0 && cf.ranges.length > 0) out.push(`<conditionalFormatting sqref="${sqref(cf.ranges)}">${rules.join('')}</conditionalFormatting>`);
  }
  const dvs = (sheet.validations ?? []).filter((v) => v.ranges.length > 0);
  if (dvs.length > 0) out.push(`<dataValidations count="${String(dvs.length)}">${dvs.map(validationXml).join('')}</dataValidations>`);
  const p = sheet.pageSetup;
  if (p) out.push(pageXml(p));
  if (drawingId) out.push(`<drawing r:id="${drawingId}"/>`);
  if (legacyDrawingId) out.push(`<legacyDrawing r:id="${legacyDrawingId}"/>`);
  return out.join('');
}

function inches(points: number): string {
  return String(Math.round((points / 72) * 10000) / 10000);
}

function pageXml(p: PageSetup): string {
  const out: string[] = [];
  if (p.gridLines || p.centerHorizontally || p.centerVertically) {
    out.push(`<printOptions${attrs({ horizontalCentered: p.centerHorizontally, verticalCentered: p.centerVertically, gridLines: p.gridLines })}/>`);
  }
  const m = p.margins ?? { left: 50.4, right: 50.4, top: 54, bottom: 54, header: 21.6, footer: 21.6 };
  out.push(
    `<pageMargins left="${inches(m.left)}" right="${inches(m.right)}" top="${inches(m.top)}" bottom="${inches(m.bottom)}" header="${inches(m.header ?? 21.6)}" footer="${inches(m.footer ?? 21.6)}"/>`,
  );
  let paperSize: number | undefined;
  let paperWidth: string | undefined;
  let paperHeight: string | undefined;
  if (p.paper) {
    const code = Object.entries(PAPER_SIZES).find(([, s]) => Math.abs(s.width - p.paper!.width) < 1 && Math.abs(s.height - p.paper!.height) < 1);
    if (code) paperSize = Number(code[0]);
    else [paperWidth, paperHeight] = [`${String(p.paper.width)}mm`, `${String(p.paper.height)}mm`];
  }
  const fit = p.fitWidth !== undefined || p.fitHeight !== undefined;
  out.push(
    `<pageSetup${attrs({
      paperSize,
      paperHeight,
      paperWidth,
      scale: !fit && p.scale !== undefined ? Math.round(p.scale) : undefined,
      fitToWidth: fit && p.fitWidth !== 1 ? (p.fitWidth ?? 1) : undefined,
      fitToHeight: fit && p.fitHeight !== 1 ? (p.fitHeight ?? 1) : undefined,
      orientation: p.orientation,
    })}/>`,
  );
  const hf = p.headerFooter;
  if (hf && (hf.header || hf.footer)) {
    out.push(`<headerFooter>${hf.header ? `<oddHeader>${escapeText(hf.header)}</oddHeader>` : ''}${hf.footer ? `<oddFooter>${escapeText(hf.footer)}</oddFooter>` : ''}</headerFooter>`);
  }
  return out.join('');
}

/** True when the sheet's `sheetPr` needs `pageSetUpPr fitToPage` (fit to pages instead of a scale). */
export function fitsToPage(sheet: Sheet): boolean {
  return sheet.pageSetup !== undefined && (sheet.pageSetup.fitWidth !== undefined || sheet.pageSetup.fitHeight !== undefined);
}

/** The comments part (18.7.6) for the notes of one sheet. */
export function commentsPartXml(comments: readonly CellComment[]): string {
  const authors: string[] = [];
  const authorId = (a: string): number => {
    let i = authors.indexOf(a);
    if (i < 0) i = authors.push(a) - 1;
    return i;
  };
  const list = comments.map((c) => {
    const id = authorId(c.author ?? '');
    return `<comment ref="${cellName(c.row, c.col)}" authorId="${String(id)}"><text><r><t xml:space="preserve">${escapeText(c.text)}</t></r></text></comment>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    `<comments xmlns="${NS.s}"><authors>`,
    authors.map((a) => `<author>${escapeText(a)}</author>`).join(''),
    '</authors><commentList>',
    list.join(''),
    '</commentList></comments>',
  ].join('');
}

/**
 * The legacy VML drawing (ECMA-376 Part 4, 19; `x:ClientData ObjectType="Note"`) with one text
 * box per note: Excel shows a note only when such a shape anchors it to its cell.
 * @param sheetNumber one-based; shape ids are unique per sheet block of 1024.
 */
export function commentsVmlXml(comments: readonly CellComment[], sheetNumber: number): string {
  const shapes = comments.map((c, i) => {
    const visible = c.visible === true;
    // Anchor: left column, offset, top row, offset, right column, offset, bottom row, offset.
    const anchor = [c.col + 1, 15, Math.max(0, c.row - 1), 10, c.col + 3, 15, Math.max(0, c.row - 1) + 4, 4].join(', ');
    return [
      `<v:shape id="_x0000_s${String(sheetNumber * 1024 + i + 1)}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:108pt;height:60pt;z-index:${String(i + 1)};visibility:${visible ? 'visible' : 'hidden'}" fillcolor="#ffffe1" o:insetmode="auto">`,
      '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>',
      '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>',
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${String(c.row)}</x:Row><x:Column>${String(c.col)}</x:Column>${visible ? '<x:Visible/>' : ''}</x:ClientData>`,
      '</v:shape>',
    ].join('');
  });
  return [
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">',
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${String(sheetNumber)}"/></o:shapelayout>`,
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>',
    ...shapes,
    '</xml>',
  ].join('');
}

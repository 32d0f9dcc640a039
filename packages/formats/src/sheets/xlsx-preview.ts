/**
 * The first rows of a large XLSX workbook, handed to `ReadContext.onFirstRows` before the rest is
 * read, so that the editor can show the first screen of a file that takes seconds to read.
 *
 * Each worksheet part is inflated only as far as its first 256 KB (`ZipArchive.readPrefix`), cut
 * after its last complete row and closed (`closedPrefix`), and read by the usual worksheet reader. The preview holds
 * what the first screen shows (values with their styles, column widths, row heights, frozen panes,
 * sheet names and visibility); merges, features, drawings and comments come with the whole read.
 * Nothing here can fail the read: any surprise leaves the preview out, and the whole read reports
 * whatever is wrong with the file.
 */
import { WORKBOOK_VERSION } from '@ostal/model';
import type { CellFont, CellStyle, Sheet, SheetVisibility, Workbook } from '@ostal/model';
import type { ReadContext } from '../codec.js';
import { DiagnosticSink } from '../diagnostics-sink.js';
import type { OpcPackage, Relationship } from '../ooxml/opc-package.js';
import { NS } from '../xml/namespaces.js';
import { closedPrefix } from '../xml/xml-prefix.js';
import { attr, childElement, childElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { CellBudget } from './sheet-grid.js';
import { readWorksheet } from './xlsx-sheet-reader.js';
import type { XlsxStyles } from './xlsx-styles-reader.js';
import { PREVIEW_FROM_BYTES, PREVIEW_PART_BYTES } from './sheet-preview.js';

function smlChildren(el: XmlElement, local: string): XmlElement[] {
  return [...childElements(el, NS.s, local), ...childElements(el, NS.strictS, local)];
}

interface WorksheetEntry {
  readonly name: string;
  readonly part: string;
  readonly visibility?: SheetVisibility;
}

/** The workbook's worksheets as the whole read takes them (other sheet kinds and missing parts left out). */
function worksheetEntries(pkg: OpcPackage, wb: XmlElement, rels: readonly Relationship[]): WorksheetEntry[] {
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheetsEl = childElement(wb, NS.s, 'sheets') ?? childElement(wb, NS.strictS, 'sheets');
  const entries: WorksheetEntry[] = [];
  for (const s of sheetsEl ? smlChildren(sheetsEl, 'sheet') : []) {
    const id = attr(s, NS.r, 'id') ?? attr(s, NS.strictR, 'id');
    const rel = id !== undefined ? byId.get(id) : undefined;
    if (!rel || rel.external || !pkg.has(rel.target) || !rel.type.endsWith('/worksheet')) continue;
    const state = attr(s, '', 'state');
    const name = attr(s, '', 'name') ?? `Sheet${String(entries.length + 1)}`;
    entries.push({ name, part: rel.target, ...(state === 'hidden' || state === 'veryHidden' ? { visibility: state } : {}) });
  }
  return entries;
}

export interface PreviewInput {
  readonly pkg: OpcPackage;
  readonly workbook: XmlElement;
  readonly rels: readonly Relationship[];
  readonly strings: readonly string[];
  readonly styles: XlsxStyles;
  readonly theme: readonly string[];
  readonly date1904: boolean;
  readonly defaultFont?: CellFont;
}

/**
 * The preview of a workbook whose worksheets are large, or undefined for a small one (read whole
 * at once) or when no sheet could be cut (the whole read says why).
 */
export function previewWorkbook(input: PreviewInput, ctx: ReadContext): Workbook | undefined {
  const { pkg, strings, styles, theme, date1904 } = input;
  const entries = worksheetEntries(pkg, input.workbook, input.rels);
  const total = entries.reduce((sum, e) => sum + (pkg.zip.entry(e.part)?.size ?? 0), 0);
  if (entries.length === 0 || total < PREVIEW_FROM_BYTES) return undefined;
  // Remarks on the first rows come again, from the whole read: the preview's are dropped.
  const quiet: ReadContext = { limits: ctx.limits, diagnostics: new DiagnosticSink() };
  const budget = new CellBudget(ctx.limits.maxCells);
  const sheets: Sheet[] = [];
  for (const e of entries) {
    const size = pkg.zip.entry(e.part)?.size ?? 0;
    const text = pkg.textPrefix(e.part, PREVIEW_PART_BYTES);
    // A sheet read to its end is whole already; a longer one is cut after its last complete row.
    const xml = text === undefined ? undefined : text.length >= size ? text : closedPrefix(text, 'row');
    let sheet: Sheet = { name: e.name, rows: [] };
    if (xml !== undefined) {
      try {
        const { grid, props } = readWorksheet(xml, e.part, strings, budget, quiet, styles, theme, date1904);
        sheet = {
          ...grid.toSheet(e.name),
          ...(props.columns.length > 0 ? { columns: props.columns } : {}),
          ...(props.rowProps.length > 0 ? { rowProps: props.rowProps } : {}),
          ...(props.frozen ? { frozen: props.frozen } : {}),
          ...(props.tabColor ? { tabColor: props.tabColor } : {}),
        };
      } catch {
        return undefined;
      }
    }
    sheets.push({ ...sheet, ...(e.visibility ? { visibility: e.visibility } : {}) });
  }
  const styleList: readonly CellStyle[] = styles.styles;
  return {
    kind: 'workbook',
    version: WORKBOOK_VERSION,
    meta: {},
    sheets,
    ...(styleList.length > 1 ? { styles: [...styleList] } : {}),
    ...(input.defaultFont ? { defaultFont: input.defaultFont } : {}),
    ...(date1904 ? { date1904 } : {}),
  };
}

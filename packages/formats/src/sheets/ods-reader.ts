/**
 * ODS and flat FODS reading (ODF 1.3 Part 2, 3 for the package; Part 3, 2.2.1 `office:document`
 * for the flat form, 3.1.3 `office:meta`, 16.2 styles, 9.4.11-9.4.13 `table:named-expressions`).
 * This file is the streamed reader of one part (content.xml, styles.xml, settings.xml, meta.xml,
 * or a whole flat .fods); ods-package-reader.ts reads the package. Streamed with saxes; each
 * event goes to the one handler it belongs to:
 * - captured subtrees (`OdfNode` trees): the style sections (office:styles, automatic and
 *   master styles, for ods-styles-reader.ts), content validations, database ranges and pivot
 *   tables (ods-data-pilots.ts),
 *   LibreOffice's conditional formats of a table, and `draw:frame`s (charts, pictures: resolved
 *   by the package reader);
 * - ods-table-reader.ts: a table's columns, rows and cells into a sheet;
 * - ods-cell-content.ts: a cell's attributes, paragraphs and note;
 * - ods-view-settings.ts: frozen panes from the settings.
 */
import type { CellComment, CellRange, DefinedName, DocumentMeta, FrozenPanes, OpaqueDataPilots, Sheet } from '@ostal/model';
import type { SaxesTagNS } from 'saxes';
import type { ReadContext } from '../codec.js';
import { NS } from '../xml/namespaces.js';
import { streamXml } from '../xml/xml-parser.js';
import { fromOpenFormula } from './openformula.js';
import type { CellBudget } from './sheet-grid.js';
import { OdfNodeBuilder, odfAttr } from './odf-style-node.js';
import type { OdfNode } from './odf-style-node.js';
import { OdsStyles } from './ods-styles-reader.js';
import type { OdsFrame } from './ods-charts.js';
import { CALCEXT } from './ods-conditional-formats.js';
import { CellText, NoteReader, cellAttrs, tagAttr } from './ods-cell-content.js';
import type { CellAttrs } from './ods-cell-content.js';
import { OdsTableReader, excelRangeOfOdf } from './ods-table-reader.js';
import { CONFIG, OdsViewSettings } from './ods-view-settings.js';
import { dataPilotsOfNode } from './ods-data-pilots.js';
import { ExternalLinkCollector } from './ods-external-links.js';

export { excelRangeOfOdf } from './ods-table-reader.js';
export { durationText } from './ods-cell-content.js';

/** Frames captured per table at most (each is small). */
const MAX_FRAMES = 500;

const META_FIELDS: Readonly<Record<string, keyof DocumentMeta>> = {
  [`${NS.dc} title`]: 'title',
  [`${NS.dc} creator`]: 'creator',
  [`${NS.meta} initial-creator`]: 'creator',
  [`${NS.meta} creation-date`]: 'created',
  [`${NS.dc} date`]: 'modified',
  [`${NS.dc} language`]: 'language',
};

/** A subtree being captured whole, and what to do with it once closed. */
interface Capture {
  readonly builder: OdfNodeBuilder;
  /** Depth of the captured element. */
  readonly depth: number;
  /** Character data is kept (the conditional formats have none worth keeping). */
  readonly text: boolean;
  /** Called with the builder when the element closes. */
  readonly done: (builder: OdfNodeBuilder) => void;
}

/** The cell being read: its attributes, paragraphs and note. */
interface OpenCell {
  readonly depth: number;
  readonly attrs: CellAttrs;
}

/** Streams ODF spreadsheet XML (content.xml, meta.xml, or a whole flat .fods) into sheets and metadata. */
export class OdsBodyReader {
  readonly sheets: Sheet[] = [];
  readonly meta: Partial<Record<keyof DocumentMeta, string>> = {};
  readonly styles = new OdsStyles();
  readonly names: DefinedName[] = [];
  /** The document counts day numbers from 1904-01-01 (`table:null-date`). */
  date1904 = false;
  /** Cells naming each content validation, by sheet index then validation name. */
  readonly validationRanges = new Map<number, Map<string, CellRange[]>>();
  /** `table:content-validation` elements by name, and `table:database-range` elements. */
  readonly validationNodes = new Map<string, OdfNode>();
  readonly databaseRanges: OdfNode[] = [];
  /** `draw:frame`s holding objects (charts) or pictures, by sheet index. */
  readonly frames = new Map<number, OdsFrame[]>();
  /** The pivot tables (`table:data-pilot-tables`), kept as written. */
  dataPilots: OpaqueDataPilots | undefined;
  /** Other workbooks the formulas name, with the values of their cache tables. */
  readonly externals = new ExternalLinkCollector();
  private readonly settings = new OdsViewSettings();

  constructor(
    private readonly ctx: ReadContext,
    private readonly budget: CellBudget,
  ) {}

  /** Frozen panes by sheet name, from the view settings. */
  get frozen(): ReadonlyMap<string, FrozenPanes> {
    return this.settings.frozen;
  }

  /**
   * Reads one part.
   * @throws FormatError `limit-exceeded`, `malformed-xml`, `forbidden-dtd`.
   */
  read(xml: string, part: string): void {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the stream handlers below need the reader
    const self = this;
    const { ctx, budget, meta, sheets, styles, settings } = this;
    const diag = ctx.diagnostics;
    const tableContext = { ctx, budget, styles, part, date1904: () => self.date1904, externals: self.externals };
    let inSpreadsheet = false;
    let table: OdsTableReader | null = null;
    let cell: OpenCell | null = null;
    const cellText = new CellText();
    let note: NoteReader | null = null;
    let cellNote: CellComment | null = null;
    let skipDepth = 0;
    let metaField: keyof DocumentMeta | null = null;
    let metaText = '';
    let capture: Capture | null = null;

    const startCapture = (tag: SaxesTagNS | null, depth: number, done: Capture['done'], text = true): void => {
      capture = { builder: new OdfNodeBuilder(), depth, text, done };
      if (tag) capture.builder.open(tag);
    };

    /** `table:` elements of the spreadsheet body. */
    const openTableElement = (tag: SaxesTagNS, depth: number): void => {
      const local = tag.local;
      if (table === null && local === 'table') table = new OdsTableReader(tag, depth, tableContext);
      // 9.8 DDE links hold tables of their own (the linked values), which are not sheets.
      else if (table === null && local === 'dde-links') skipDepth = depth;
      else if (table !== null && local === 'table') skipDepth = depth;
      else if (table !== null && local === 'table-header-rows') table.openHeaderRows();
      else if (table !== null && local === 'table-header-columns') table.openHeaderColumns();
      else if (table !== null && local === 'table-column') table.openColumn(tag);
      else if (table !== null && local === 'table-row') table.openRow(tag);
      else if (table === null && local === 'null-date') {
        // 9.4.2: the day serial number 0 stands for; 1904-01-01 is old Mac Excel's epoch.
        const d = tagAttr(tag, NS.table, 'date-value') ?? '';
        if (d.startsWith('1904-01-01')) self.date1904 = true;
        else if (d !== '' && !d.startsWith('1899-12-30')) diag.warn('null-date-ignored', `Day numbers counting from ${d} are read as counting from 1899-12-30.`, part);
      } else if (local === 'named-range' || local === 'named-expression') {
        const name = tagAttr(tag, NS.table, 'name');
        const scope = table !== null ? sheets.length : undefined;
        const range = local === 'named-range' ? tagAttr(tag, NS.table, 'cell-range-address') : undefined;
        const expr = local === 'named-expression' ? tagAttr(tag, NS.table, 'expression') : undefined;
        const formula = range !== undefined ? excelRangeOfOdf(range) : expr !== undefined ? fromOpenFormula(expr, self.externals).formula.replace(/^=/, '') : null;
        if (name && formula) self.names.push({ name, formula, ...(scope !== undefined ? { sheet: scope } : {}) });
        else if (name) diag.warn('defined-name-dropped', `The name "${name}" could not be translated; it is dropped.`, part);
      } else if (table !== null && (local === 'table-cell' || local === 'covered-table-cell')) {
        cell = { depth, attrs: cellAttrs(tag) };
        cellText.reset();
      }
    };

    /** The table closed: its sheet, and what the package reader resolves later. */
    const finishTable = (t: OdsTableReader): void => {
      const done = t.finish(sheets.length);
      if (self.externals.addCache(done.sheet)) return;
      sheets.push(done.sheet);
      if (done.validations.size > 0) self.validationRanges.set(sheets.length - 1, done.validations);
      if (done.frames.length > 0) self.frames.set(sheets.length - 1, done.frames);
      if (done.drawings > 0) diag.warn('drawing-dropped', `The ${String(done.drawings)} chart(s), image(s) or shape(s) of the sheet "${t.name}" are not kept.`, part);
    };

    streamXml(
      xml,
      {
        open(tag, depth) {
          if (skipDepth > 0) return;
          const ns = tag.uri;
          const local = tag.local;
          if (capture) {
            capture.builder.open(tag);
            return;
          }
          if (table && !cell && ns === CALCEXT && local === 'conditional-formats') {
            const t = table;
            startCapture(tag, depth, (b) => (t.calcextFormats = b.root.children[0]), false);
            return;
          }
          if (table && ns === NS.draw && local === 'frame' && !note && table.frames.length < MAX_FRAMES) {
            const t = table;
            const at = cell ? { cell: { row: t.row, col: t.col } } : {};
            startCapture(tag, depth, (b) => {
              const node = b.root.children[0];
              if (node) t.frames.push({ node, ...at });
            });
            return;
          }
          if (note) {
            note.open(tag);
            return;
          }
          if (inSpreadsheet && !table && ns === NS.table && local === 'data-pilot-tables') {
            startCapture(tag, depth, (b) => {
              const node = b.root.children[0];
              const pilots = node ? dataPilotsOfNode(node) : undefined;
              if (pilots) {
                self.dataPilots = pilots;
                diag.add('info', 'pivot-table-kept', `The ${String(pilots.count)} pivot table(s) are kept as they are for ODS; Ostal shows their values.`, part);
              }
            });
            return;
          }
          if (inSpreadsheet && !table && ns === NS.table && (local === 'content-validations' || local === 'database-ranges')) {
            startCapture(tag, depth, (b) => {
              for (const node of b.root.children[0]?.children ?? []) {
                if (node.ns !== NS.table) continue;
                const name = node.local === 'content-validation' ? odfAttr(node, NS.table, 'name') : undefined;
                if (name) self.validationNodes.set(name, node);
                else if (node.local === 'database-range') self.databaseRanges.push(node);
              }
            });
            return;
          }
          if (ns === NS.office && (local === 'styles' || local === 'automatic-styles' || local === 'master-styles') && !inSpreadsheet) {
            // The section element itself is not kept: its styles are the root's children.
            startCapture(null, depth, (b) => styles.register(b.root));
            return;
          }
          if (ns === CONFIG) {
            settings.open(tag, depth);
            return;
          }
          if (metaField === null && (ns === NS.dc || ns === NS.meta)) {
            const field = META_FIELDS[`${ns} ${local}`];
            if (field) {
              metaField = field;
              metaText = '';
            }
            return;
          }
          if (cell) {
            if (ns === NS.office && local === 'annotation') note = new NoteReader(depth, tagAttr(tag, NS.office, 'display') === 'true');
            else if (ns === NS.draw || (ns === NS.text && local === 'note') || ns === NS.table) {
              if (ns === NS.draw && table) table.drawings += 1;
              skipDepth = depth;
            } else if (ns === NS.text) cellText.open(tag);
            return;
          }
          if (table && ns === NS.draw) {
            table.drawings += 1;
            skipDepth = depth;
            return;
          }
          if (ns === NS.office && local === 'spreadsheet') inSpreadsheet = true;
          else if (ns === NS.table && inSpreadsheet) openTableElement(tag, depth);
        },
        close(tag, depth) {
          if (skipDepth > 0) {
            if (depth === skipDepth) skipDepth = 0;
            return;
          }
          if (capture) {
            capture.builder.close();
            if (depth === capture.depth) {
              const done = capture;
              capture = null;
              done.done(done.builder);
            }
            return;
          }
          if (note) {
            if (depth === note.depth) {
              cellNote = note.comment() ?? cellNote;
              note = null;
            } else note.close(tag);
            return;
          }
          if (tag.uri === CONFIG) {
            settings.close(tag, depth);
            return;
          }
          if (metaField !== null) {
            if (tag.uri === NS.dc || tag.uri === NS.meta) {
              const text = metaText.trim();
              if (text !== '' && meta[metaField] === undefined) meta[metaField] = text;
              metaField = null;
            }
            return;
          }
          if (cell) {
            if (depth === cell.depth) {
              table?.closeCell(cell.attrs, cellText.text, cellNote);
              cellNote = null;
              cell = null;
            } else cellText.close(tag);
            return;
          }
          if (tag.uri === NS.office && tag.local === 'spreadsheet') inSpreadsheet = false;
          else if (table && tag.uri === NS.table && tag.local === 'table-row') table.closeRow();
          else if (table && tag.uri === NS.table && tag.local === 'table-header-rows') table.closeHeaderRows();
          else if (table && tag.uri === NS.table && tag.local === 'table-header-columns') table.closeHeaderColumns();
          else if (table && depth === table.depth) {
            finishTable(table);
            table = null;
          }
        },
        text(t) {
          if (skipDepth > 0) return;
          if (capture) {
            if (capture.text) capture.builder.text(t);
            return;
          }
          if (note) {
            note.text(t);
            return;
          }
          if (settings.text(t)) return;
          if (metaField !== null) {
            metaText += t;
            return;
          }
          if (cell) cellText.addText(t);
        },
      },
      { part, maxDepth: ctx.limits.maxXmlDepth },
    );
  }
}

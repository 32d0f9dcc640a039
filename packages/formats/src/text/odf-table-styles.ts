/**
 * ODF styles of tables (ODF 1.3 Part 3, 16.2 `style:style` of the families `table`,
 * `table-column` and `table-cell`; 17.15 table properties `style:width` 20.386 and
 * `fo:break-before` 20.182; 17.16 column properties `style:column-width` 20.245 and
 * `style:rel-column-width` 20.349; 17.18 cell properties `fo:background-color` 20.175 and
 * `fo:border` 20.176.1) and the length values they use (18.3.18 positiveLength).
 */
import { normalizeCellBackground, tableCellMarginsOf } from '@ostal/model';
import type { TableCellMargins } from '@ostal/model';
import { OdfDataStyles } from './odf-data-styles.js';
import { OdfTableTemplates } from './odf-table-template.js';
import { NS } from '../xml/namespaces.js';
import { attr, childElement } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { odfStyleElements } from '../odf/odf-style-groups.js';
import { readOdfBorders } from './border-props.js';
import type { BorderSides } from './border-props.js';

const TWIPS_PER_UNIT: Readonly<Record<string, number>> = { cm: 1440 / 2.54, mm: 1440 / 25.4, in: 1440, inch: 1440, pt: 20, pc: 240, px: 15 };
const MAX_CHAIN = 32;

/** A length (`2.5cm`, `72pt`, `1in`...) in twips, or undefined when it is not a positive length. */
export function odfLengthToTwips(value: string | undefined): number | undefined {
  const m = value === undefined ? null : /^\s*(\d+(?:\.\d+)?|\.\d+)\s*(cm|mm|in|inch|pt|pc|px)\s*$/i.exec(value);
  if (!m) return undefined;
  const n = Number(m[1]) * TWIPS_PER_UNIT[m[2]!.toLowerCase()]!;
  return Number.isFinite(n) && n > 0 ? Math.round(n) : undefined;
}

/** What a table column style says about the column's width. */
export interface OdfColumnStyle {
  /** Absolute width in twips. */
  readonly width: number | undefined;
  /** Relative width (`style:rel-column-width`, e.g. `1000*`). */
  readonly relative: number | undefined;
}

/** What a table cell style says that the model keeps. */
export interface OdfCellStyle {
  readonly background: string | null;
  /** True when some side has a visible border; undefined when the style says nothing. */
  readonly border: boolean | undefined;
  /** The sides the style and its parents declare (nearest first per side); undefined when none does. */
  readonly sides: BorderSides | undefined;
  /** The number format code of the style's data style (`style:data-style-name`), through its parents. */
  readonly format?: string | undefined;
  /** `fo:padding*` through its parents (0 for a side not said), or null for none or Ostal's default padding. */
  readonly margins?: TableCellMargins | null;
}

type PaddingSides = Partial<Record<keyof TableCellMargins, number>>;

interface CellEntry extends Partial<Omit<OdfCellStyle, 'margins'>> {
  readonly parent: string | undefined;
  readonly dataStyle: string | undefined;
  readonly padding?: PaddingSides | undefined;
  /** Only `fo:padding="0.1cm"`, what Ostal writes for cells without margins. */
  readonly defaultPadding?: boolean;
}

/** A padding length in twips (0 allowed), or undefined when not a length. */
function paddingTwips(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (/^\s*0*\.?0*\s*(cm|mm|in|inch|pt|pc|px)?\s*$/i.test(v)) return 0;
  return odfLengthToTwips(v);
}

/** The paddings a cell's properties declare (20.219-20.223), per-side attributes over `fo:padding`. */
function readPadding(props: XmlElement): Pick<CellEntry, 'padding' | 'defaultPadding'> {
  const all = attr(props, NS.fo, 'padding');
  const out: PaddingSides = {};
  for (const side of ['top', 'right', 'bottom', 'left'] as const) {
    const v = paddingTwips(attr(props, NS.fo, `padding-${side}`)) ?? paddingTwips(all);
    if (v !== undefined) out[side] = v;
  }
  if (Object.keys(out).length === 0) return {};
  const sideSaid = ['top', 'right', 'bottom', 'left'].some((side) => attr(props, NS.fo, `padding-${side}`) !== undefined);
  return !sideSaid && all?.trim() === '0.1cm' ? { defaultPadding: true } : { padding: out };
}

/** Table properties the model uses. */
export interface OdfTableStyle {
  readonly width: number | undefined;
  readonly breakBefore: boolean;
}

const BORDER_ATTRS = ['border', 'border-top', 'border-bottom', 'border-left', 'border-right'] as const;

function cellEntry(el: XmlElement): CellEntry {
  const props = childElement(el, NS.style, 'table-cell-properties');
  const parent = attr(el, NS.style, 'parent-style-name');
  if (!props) return { parent, dataStyle: attr(el, NS.style, 'data-style-name') };
  const padding = readPadding(props);
  const bg = attr(props, NS.fo, 'background-color');
  const sides = BORDER_ATTRS.map((a) => attr(props, NS.fo, a)).filter((v): v is string => v !== undefined);
  return {
    parent,
    dataStyle: attr(el, NS.style, 'data-style-name'),
    background: bg === undefined ? undefined : normalizeCellBackground(bg),
    border: sides.length === 0 ? undefined : sides.some((v) => !/^\s*(none|hidden)\b/i.test(v) && !/^\s*0*\.?0*(cm|mm|in|pt|px)\s/i.test(v)),
    sides: readOdfBorders(props),
    ...padding,
  };
}

/** Table, column and cell styles of a document, from content.xml and styles.xml (or one flat document). */
export class OdfTableStyles {
  private readonly tables = new Map<string, OdfTableStyle>();
  private readonly columns = new Map<string, OdfColumnStyle>();
  private readonly cells = new Map<string, CellEntry>();

  /** Collects styles from `roots`, later roots winning (pass styles.xml before content.xml). */
  /** Data styles (number formats of typed cells and date fields). */
  readonly data: OdfDataStyles;
  /** Table templates (`odf-table-template.ts`). */
  readonly templates: OdfTableTemplates;

  constructor(roots: readonly (XmlElement | undefined)[]) {
    this.data = new OdfDataStyles(roots);
    this.templates = new OdfTableTemplates(roots);
    for (const el of odfStyleElements(roots)) {
      const name = attr(el, NS.style, 'name');
      if (name === undefined) continue;
      const family = attr(el, NS.style, 'family');
      if (family === 'table') {
        const props = childElement(el, NS.style, 'table-properties');
        this.tables.set(name, { width: odfLengthToTwips(props && attr(props, NS.style, 'width')), breakBefore: (props && attr(props, NS.fo, 'break-before')) === 'page' });
      } else if (family === 'table-column') {
        const props = childElement(el, NS.style, 'table-column-properties');
        const rel = Number.parseFloat((props && attr(props, NS.style, 'rel-column-width')) ?? '');
        this.columns.set(name, { width: odfLengthToTwips(props && attr(props, NS.style, 'column-width')), relative: Number.isFinite(rel) && rel > 0 ? rel : undefined });
      } else if (family === 'table-cell') {
        this.cells.set(name, cellEntry(el));
      }
    }
  }

  /** Properties of a table style (unknown styles give no width and no break). */
  table(name: string | undefined): OdfTableStyle {
    return (name !== undefined ? this.tables.get(name) : undefined) ?? { width: undefined, breakBefore: false };
  }

  /** Width information of a column style. */
  column(name: string | undefined): OdfColumnStyle {
    return (name !== undefined ? this.columns.get(name) : undefined) ?? { width: undefined, relative: undefined };
  }

  /** Background and borders of a cell style through its parent styles, then, for what it leaves unsaid, of each of `fallbacks` (template regions, most specific first). */
  cell(name: string | undefined, fallbacks: readonly string[] = []): OdfCellStyle {
    let background: string | null | undefined;
    let border: boolean | undefined;
    let sides: BorderSides | undefined;
    let dataStyle: string | undefined;
    let padding: PaddingSides | undefined;
    let defaultPadding = false;
    for (const first of [name, ...fallbacks]) {
      const seen = new Set<string>();
      let n = first;
      while (n !== undefined && !seen.has(n) && seen.size < MAX_CHAIN) {
        seen.add(n);
        const e = this.cells.get(n);
        if (!e) break;
        background ??= e.background;
        border ??= e.border;
        dataStyle ??= e.dataStyle;
        if (e.sides) sides = { ...e.sides, ...sides };
        if (e.defaultPadding && !padding) defaultPadding = true;
        else if (e.padding && !defaultPadding) padding = { ...e.padding, ...padding };
        n = e.parent;
      }
    }
    const margins = padding ? tableCellMarginsOf({ top: padding.top ?? 0, right: padding.right ?? 0, bottom: padding.bottom ?? 0, left: padding.left ?? 0 }) : null;
    return { background: background ?? null, border, sides, format: this.data.code(dataStyle), margins };
  }
}

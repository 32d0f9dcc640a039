/**
 * ODF spreadsheet styles to model styles (ODF 1.3 Part 3: 16.2 `style:style` with families
 * table-cell, table-column, table-row, table; 17.18 `style:table-cell-properties`
 * (fo:background-color, fo:border*, fo:wrap-option, style:rotation-angle, style:vertical-align),
 * 17.6 `style:paragraph-properties` fo:text-align, 17.10 `style:text-properties`, 17.16
 * `style:table-column-properties` style:column-width, 17.17 `style:table-row-properties`
 * style:row-height, 17.15 `style:table-properties` table:display and table:tab-color; data styles
 * through odf-number-format.ts). Parents (`style:parent-style-name`) are resolved; each cell style
 * name is interned once.
 */
import type { BorderLine, BorderLineStyle, CellAlignment, CellBorders, CellFont, CellStyle } from '@ostal/model';
import { StyleTable, normalizeCellStyle } from '@ostal/model';
import { NS } from '../xml/namespaces.js';
import { dateOrderOf, excelCodeOfDataStyle } from './odf-number-format.js';
import type { OdfNode } from './odf-style-node.js';
import { styleMapsOf } from './ods-conditional-formats.js';
import type { OdsStyleMap } from './ods-conditional-formats.js';
import { odfAttr, odfChild } from './odf-style-node.js';

const TABLEOOO = 'http://openoffice.org/2009/table';

/** An ODF length (`2.5cm`, `0.889in`, `12pt`, `10mm`, `1pc`, `16px`) in points, or undefined. */
export function odfLengthToPoints(text: string | undefined): number | undefined {
  const m = /^\s*(-?[\d.]+)\s*(cm|mm|in|pt|pc|px)?\s*$/.exec(text ?? '');
  if (!m) return undefined;
  const v = Number(m[1]);
  const factor = { cm: 72 / 2.54, mm: 72 / 25.4, in: 72, pt: 1, pc: 12, px: 0.75 }[m[2] ?? 'pt'] ?? 1;
  const pt = v * factor;
  return Number.isFinite(pt) ? Math.round(pt * 100) / 100 : undefined;
}

/** `0.06pt solid #000000` as a model border line (thin below 1pt, medium to 2.5pt, thick above). */
function borderOf(text: string | undefined): BorderLine | undefined {
  if (!text || text === 'none' || text === 'hidden') return undefined;
  const parts = text.trim().split(/\s+/);
  const width = odfLengthToPoints(parts.find((p) => /^[\d.]+(cm|mm|in|pt|pc|px)$/.test(p))) ?? 0.75;
  const kind = parts.find((p) => /^(solid|dashed|dotted|double|dot-dash|dot-dot-dash|groove|ridge|inset|outset|wave)$/.test(p)) ?? 'solid';
  const color = parts.find((p) => /^#[0-9a-f]{6}$/i.test(p));
  let style: BorderLineStyle;
  if (kind === 'double') style = 'double';
  else if (kind === 'dashed') style = width > 1 ? 'mediumDashed' : 'dashed';
  else if (kind === 'dotted') style = 'dotted';
  else if (kind === 'dot-dash') style = width > 1 ? 'mediumDashDot' : 'dashDot';
  else if (kind === 'dot-dot-dash') style = width > 1 ? 'mediumDashDotDot' : 'dashDotDot';
  else style = width > 2.5 ? 'thick' : width > 1 ? 'medium' : 'thin';
  return color ? { style, color: color.toUpperCase() } : { style };
}

function merge<T extends object>(a: T | undefined, b: T | undefined): T | undefined {
  if (!a) return b;
  if (!b) return a;
  return { ...a, ...b };
}

/** The model style an ODF cell style sets itself (without its parent). */
function ownStyle(node: OdfNode, dataStyle: (name: string) => string | undefined, automaticOrder: (name: string) => CellStyle['dateOrder']): CellStyle {
  const cell = odfChild(node, NS.style, 'table-cell-properties');
  const para = odfChild(node, NS.style, 'paragraph-properties');
  const text = odfChild(node, NS.style, 'text-properties');
  const dataName = odfAttr(node, NS.style, 'data-style-name');
  let fill: string | undefined;
  let borders: CellBorders | undefined;
  let alignment: CellAlignment | undefined;
  let font: CellFont | undefined;
  if (cell) {
    const bg = odfAttr(cell, NS.fo, 'background-color');
    if (bg && /^#[0-9a-f]{6}$/i.test(bg)) fill = bg.toUpperCase();
    const all = odfAttr(cell, NS.fo, 'border');
    const side = (s: string): BorderLine | undefined => borderOf(odfAttr(cell, NS.fo, `border-${s}`) ?? all);
    borders = { top: side('top'), bottom: side('bottom'), left: side('left'), right: side('right') };
    const va = odfAttr(cell, NS.style, 'vertical-align');
    const rot = Number(odfAttr(cell, NS.style, 'rotation-angle') ?? 0);
    alignment = {
      vertical: va === 'top' ? 'top' : va === 'middle' ? 'center' : undefined,
      wrap: odfAttr(cell, NS.fo, 'wrap-option') === 'wrap' ? true : undefined,
      rotation: Number.isFinite(rot) && rot !== 0 ? (rot > 180 ? rot - 360 : rot <= 90 ? rot : undefined) : undefined,
    };
  }
  if (para) {
    const ta = odfAttr(para, NS.fo, 'text-align');
    const h = ta === 'center' ? 'center' : ta === 'end' || ta === 'right' ? 'right' : ta === 'start' || ta === 'left' ? 'left' : ta === 'justify' ? 'justify' : undefined;
    if (h) alignment = { ...alignment, horizontal: h };
  }
  if (text) {
    const size = odfLengthToPoints(odfAttr(text, NS.fo, 'font-size'));
    const underline = odfAttr(text, NS.style, 'text-underline-style');
    const strike = odfAttr(text, NS.style, 'text-line-through-style');
    const color = odfAttr(text, NS.fo, 'color');
    const weight = odfAttr(text, NS.fo, 'font-weight');
    const fstyle = odfAttr(text, NS.fo, 'font-style');
    font = {
      family: odfAttr(text, NS.style, 'font-name') ?? odfAttr(text, NS.fo, 'font-family')?.replace(/^'|'$/g, ''),
      size: size && size > 0 ? size : undefined,
      bold: weight === undefined ? undefined : weight === 'bold' || Number(weight) >= 600,
      italic: fstyle === undefined ? undefined : fstyle === 'italic' || fstyle === 'oblique',
      underline: underline === undefined ? undefined : underline !== 'none',
      strike: strike === undefined ? undefined : strike !== 'none',
      color: color && /^#[0-9a-f]{6}$/i.test(color) ? color.toUpperCase() : undefined,
    };
  }
  const numberFormat = dataName ? dataStyle(dataName) : undefined;
  const dateOrder = numberFormat !== undefined ? automaticOrder(dataName!) : undefined;
  return { numberFormat, dateOrder, font, fill, borders, alignment };
}

/** Column, row and table properties a style gives. */
export interface OdsLayoutStyle {
  readonly width?: number;
  readonly height?: number;
  readonly hidden?: boolean;
  readonly tabColor?: string;
  /** The table style's master page (print settings). */
  readonly masterPage?: string;
}

/** Styles of one ODF spreadsheet, registered section by section (styles.xml, then content.xml). */
export class OdsStyles {
  readonly table = new StyleTable();
  private readonly styles = new Map<string, OdfNode>();
  /** Page layouts and master pages by name (print settings, see ods-page-setup.ts). */
  readonly pageLayouts = new Map<string, OdfNode>();
  readonly masterPages = new Map<string, OdfNode>();
  private readonly data = new Map<string, OdfNode>();
  private readonly resolved = new Map<string, CellStyle>();
  private readonly indexes = new Map<string, number>();
  private readonly codes = new Map<string, string | undefined>();
  /** Cell style names by display name (LibreOffice's calcext conditions name styles so). */
  private readonly displayNames = new Map<string, string>();
  private readonly maps = new Map<string, readonly OdsStyleMap[]>();
  /** The default cell style's font (`style:default-style` for table-cell), kept apart like xlsx's. */
  defaultFont: CellFont | undefined;

  /** Registers the styles under an `office:styles` or `office:automatic-styles` element. */
  register(section: OdfNode): void {
    for (const node of section.children) {
      const name = odfAttr(node, NS.style, 'name');
      if (node.ns === NS.number && name) this.data.set(name, node);
      else if (node.ns === NS.style && node.local === 'page-layout' && name) this.pageLayouts.set(name, node);
      else if (node.ns === NS.style && node.local === 'master-page' && name) this.masterPages.set(name, node);
      else if (node.ns === NS.style && node.local === 'style' && name) {
        const family = odfAttr(node, NS.style, 'family') ?? '';
        this.styles.set(`${family} ${name}`, node);
        const display = odfAttr(node, NS.style, 'display-name');
        if (family === 'table-cell' && display && !this.displayNames.has(display)) this.displayNames.set(display, name);
      }
    }
  }

  private dataCode(name: string): string | undefined {
    if (!this.codes.has(name)) {
      const node = this.data.get(name);
      this.codes.set(name, node ? excelCodeOfDataStyle(node, (n) => this.data.get(n)) : undefined);
    }
    return this.codes.get(name);
  }

  private dataOrder(name: string): CellStyle['dateOrder'] {
    const node = this.data.get(name);
    return node !== undefined ? dateOrderOf(node) : undefined;
  }

  private cellStyle(name: string, depth = 0): CellStyle {
    const known = this.resolved.get(name);
    if (known) return known;
    const node = this.styles.get(`table-cell ${name}`);
    if (!node || depth > 20) return {};
    const parentName = odfAttr(node, NS.style, 'parent-style-name');
    const parent = parentName ? this.cellStyle(parentName, depth + 1) : {};
    const own = ownStyle(node, (n) => this.dataCode(n), (n) => this.dataOrder(n));
    const style: CellStyle = {
      numberFormat: own.numberFormat ?? parent.numberFormat,
      dateOrder: own.numberFormat !== undefined ? own.dateOrder : parent.dateOrder,
      font: merge(parent.font, own.font),
      fill: own.fill ?? parent.fill,
      borders: merge(parent.borders, own.borders),
      alignment: merge(parent.alignment, own.alignment),
    };
    this.resolved.set(name, style);
    return style;
  }

  /** The model index of the cell style `name` (0 for none or unknown). */
  cellStyleIndex(name: string | undefined): number {
    if (name === undefined) return 0;
    let index = this.indexes.get(name);
    if (index === undefined) {
      index = this.table.intern(this.cellStyle(name));
      this.indexes.set(name, index);
    }
    return index;
  }

  /** The conditional maps (`style:map`) of the cell style `name`; empty for none. */
  mapsOf(name: string): readonly OdsStyleMap[] {
    let maps = this.maps.get(name);
    if (!maps) {
      const node = this.styles.get(`table-cell ${name}`);
      maps = node ? styleMapsOf(node) : [];
      this.maps.set(name, maps);
    }
    return maps;
  }

  /**
   * The style a conditional format applies, named or displayed as `name`: what it and its parents
   * set, short of the `Default` style every cell has anyway; undefined when unknown.
   */
  conditionStyle(name: string): CellStyle | undefined {
    const real = this.styles.has(`table-cell ${name}`) ? name : this.displayNames.get(name);
    if (real === undefined) return undefined;
    const chain: OdfNode[] = [];
    let current: string | undefined = real;
    while (current !== undefined && current !== 'Default' && chain.length < 20) {
      const node = this.styles.get(`table-cell ${current}`);
      if (!node) break;
      chain.unshift(node);
      current = odfAttr(node, NS.style, 'parent-style-name');
    }
    let style: CellStyle = {};
    for (const node of chain) {
      const own = ownStyle(node, (n) => this.dataCode(n), (n) => this.dataOrder(n));
      style = {
        numberFormat: own.numberFormat ?? style.numberFormat,
        dateOrder: own.numberFormat !== undefined ? own.dateOrder : style.dateOrder,
        font: merge(style.font, own.font),
        fill: own.fill ?? style.fill,
        borders: merge(style.borders, own.borders),
        alignment: merge(style.alignment, own.alignment),
      };
    }
    const norm = normalizeCellStyle(style);
    return Object.keys(norm).length > 0 ? norm : undefined;
  }

  /** Width, height, visibility or tab colour from a column, row or table style. */
  layout(family: 'table-column' | 'table-row' | 'table', name: string | undefined): OdsLayoutStyle {
    const node = name !== undefined ? this.styles.get(`${family} ${name}`) : undefined;
    if (!node) return {};
    if (family === 'table-column') {
      const p = odfChild(node, NS.style, 'table-column-properties');
      return { width: p && odfLengthToPoints(odfAttr(p, NS.style, 'column-width')) };
    }
    if (family === 'table-row') {
      const p = odfChild(node, NS.style, 'table-row-properties');
      if (!p || odfAttr(p, NS.style, 'use-optimal-row-height') === 'true') return {};
      return { height: odfLengthToPoints(odfAttr(p, NS.style, 'row-height') ?? odfAttr(p, NS.style, 'min-row-height')) };
    }
    const p = odfChild(node, NS.style, 'table-properties');
    if (!p) return {};
    const tab = odfAttr(p, NS.table, 'tab-color') ?? odfAttr(p, TABLEOOO, 'tab-color');
    return {
      masterPage: odfAttr(node, NS.style, 'master-page-name'),
      hidden: odfAttr(p, NS.table, 'display') === 'false' ? true : undefined,
      tabColor: tab && /^#[0-9a-f]{6}$/i.test(tab) ? tab.toUpperCase() : undefined,
    };
  }
}

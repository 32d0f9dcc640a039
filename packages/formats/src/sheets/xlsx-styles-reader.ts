/**
 * SpreadsheetML stylesheet reading (ECMA-376 Part 1, 18.8.39 `styleSheet`: 18.8.31 `numFmts`,
 * 18.8.23 `fonts`, 18.8.21 `fills` with 18.8.32 `patternFill`, 18.8.5 `borders`, 18.8.10
 * `cellXfs`/18.8.45 `xf` with 18.8.1 `alignment`). Each `cellXfs` entry becomes one interned model
 * style; the reader maps the file's `s` indexes through {@link XlsxStyles.styleOf}. Fonts are kept
 * as differences from the default font (fonts[0]), so unstyled cells stay at style 0. The
 * `applyX` flags are not trusted: Excel shows a cell's font, fill and borders whatever they say.
 */
import type { BorderLine, BorderLineStyle, CellAlignment, CellBorders, CellFont, CellStyle } from '@ostal/model';
import { StyleTable, normalizeCellStyle } from '@ostal/model';
import { NS } from '../xml/namespaces.js';
import { modelBooleanCode } from './sml-boolean-format.js';
import { attr, childElement, childElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { BUILTIN_NUMBER_FORMATS } from './sml-number-formats.js';
import { smlColor } from './sml-colors.js';

const BORDER_STYLES = new Set<string>([
  'thin', 'medium', 'thick', 'dashed', 'dotted', 'double', 'hair', 'mediumDashed', 'dashDot', 'mediumDashDot', 'dashDotDot', 'mediumDashDotDot', 'slantDashDot',
]);
const H_ALIGN = new Set(['left', 'center', 'right', 'justify', 'fill', 'centerContinuous', 'distributed']);
const V_ALIGN = new Set(['top', 'center', 'bottom', 'justify', 'distributed']);

function kids(el: XmlElement | undefined, local: string): XmlElement[] {
  if (!el) return [];
  return [...childElements(el, NS.s, local), ...childElements(el, NS.strictS, local)];
}

function kid(el: XmlElement | undefined, local: string): XmlElement | undefined {
  return el ? (childElement(el, NS.s, local) ?? childElement(el, NS.strictS, local)) : undefined;
}


const dxfCode = (code: string | undefined): string | undefined => (code !== undefined ? modelBooleanCode(code) : undefined);
/** Boolean property elements (`<b/>`, `<b val="0"/>`). */
function flag(el: XmlElement, local: string): boolean | undefined {
  const k = kid(el, local);
  if (!k) return undefined;
  const v = attr(k, '', 'val');
  return v === undefined || v === '1' || v === 'true';
}

function fontOf(el: XmlElement, theme: readonly string[]): CellFont {
  const size = Number(attr(kid(el, 'sz') ?? el, '', 'val'));
  const u = kid(el, 'u');
  return {
    family: attr(kid(el, 'name') ?? el, '', 'val'),
    size: Number.isFinite(size) && size > 0 ? size : undefined,
    bold: flag(el, 'b'),
    italic: flag(el, 'i'),
    underline: u ? attr(u, '', 'val') !== 'none' : undefined,
    strike: flag(el, 'strike'),
    color: smlColor(kid(el, 'color'), theme),
  };
}

/** The members of `font` that differ from `base` (the workbook's default font). */
function fontDiff(font: CellFont, base: CellFont): CellFont | undefined {
  const out: Record<string, unknown> = {};
  for (const key of ['family', 'size', 'bold', 'italic', 'underline', 'strike', 'color'] as const) {
    const v = font[key];
    const b = base[key];
    if (v === undefined || v === b) continue;
    if (v === false && b === undefined) continue;
    if (key === 'color' && v === '#000000' && b === undefined) continue;
    out[key] = v;
  }
  return Object.keys(out).length > 0 ? (out) : undefined;
}

function fillOf(el: XmlElement, theme: readonly string[]): string | undefined {
  const p = kid(el, 'patternFill');
  if (p) {
    const type = attr(p, '', 'patternType');
    if (!type || type === 'none' || type === 'gray125') return undefined;
    return smlColor(kid(p, 'fgColor'), theme) ?? (type === 'solid' ? undefined : smlColor(kid(p, 'bgColor'), theme));
  }
  const g = kid(el, 'gradientFill');
  // A gradient keeps its first stop colour: the model has solid fills only.
  return g ? smlColor(kid(kid(g, 'stop'), 'color'), theme) : undefined;
}

function lineOf(el: XmlElement | undefined, theme: readonly string[]): BorderLine | undefined {
  const style = el && attr(el, '', 'style');
  if (!el || !style || !BORDER_STYLES.has(style)) return undefined;
  const color = smlColor(kid(el, 'color'), theme);
  return color ? { style: style as BorderLineStyle, color } : { style: style as BorderLineStyle };
}

function bordersOf(el: XmlElement, theme: readonly string[]): CellBorders {
  return {
    left: lineOf(kid(el, 'left') ?? kid(el, 'start'), theme),
    right: lineOf(kid(el, 'right') ?? kid(el, 'end'), theme),
    top: lineOf(kid(el, 'top'), theme),
    bottom: lineOf(kid(el, 'bottom'), theme),
  };
}

function alignmentOf(el: XmlElement | undefined): CellAlignment | undefined {
  if (!el) return undefined;
  const h = attr(el, '', 'horizontal');
  const v = attr(el, '', 'vertical');
  const rot = Number(attr(el, '', 'textRotation') ?? 0);
  const indent = Number(attr(el, '', 'indent') ?? 0);
  const wrap = attr(el, '', 'wrapText');
  return {
    horizontal: h && H_ALIGN.has(h) ? (h as CellAlignment['horizontal']) : undefined,
    vertical: v && V_ALIGN.has(v) && v !== 'bottom' ? (v as CellAlignment['vertical']) : undefined,
    wrap: wrap === '1' || wrap === 'true' ? true : undefined,
    // 18.18.86 ST_TextRotation: 0-90 counter-clockwise, 91-180 are -1..-90; 255 is stacked text.
    rotation: rot > 0 && rot <= 90 ? rot : rot > 90 && rot <= 180 ? 90 - rot : undefined,
    indent: indent > 0 && Number.isInteger(indent) ? indent : undefined,
  };
}

/** A workbook's cell formats, read once; worksheets map their `s` attributes through it. */
export class XlsxStyles {
  readonly table = new StyleTable();
  private readonly xfToStyle: number[] = [];
  /** Custom number format codes in the file, by id (for `ostal inspect`-like reports and tests). */
  readonly numberFormats = new Map<number, string>(BUILTIN_NUMBER_FORMATS);
  /** The default font (fonts[0]); style fonts are kept as differences from it. */
  defaultFont: CellFont | undefined;
  /** Differential formats (18.8.14 `dxf`) of conditional formatting, by index. */
  readonly dxfs: CellStyle[] = [];

  constructor(styleSheet: XmlElement | undefined, theme: readonly string[]) {
    if (!styleSheet) return;
    for (const f of kids(kid(styleSheet, 'numFmts'), 'numFmt')) {
      const id = Number(attr(f, '', 'numFmtId'));
      const code = attr(f, '', 'formatCode');
      if (Number.isInteger(id) && code !== undefined) this.numberFormats.set(id, modelBooleanCode(code));
    }
    const fonts = kids(kid(styleSheet, 'fonts'), 'font').map((f) => fontOf(f, theme));
    const base = fonts[0] ?? {};
    if (fonts[0]) this.defaultFont = { family: base.family, size: base.size, color: base.color && base.color !== '#000000' ? base.color : undefined };
    const fills = kids(kid(styleSheet, 'fills'), 'fill').map((f) => fillOf(f, theme));
    const borders = kids(kid(styleSheet, 'borders'), 'border').map((b) => bordersOf(b, theme));
    for (const xf of kids(kid(styleSheet, 'cellXfs'), 'xf')) {
      const num = (name: string): number => Number(attr(xf, '', name) ?? 0);
      const font = fonts[num('fontId')];
      const style: CellStyle = {
        numberFormat: this.numberFormats.get(num('numFmtId')),
        font: font && fontDiff(font, base),
        fill: fills[num('fillId')],
        borders: borders[num('borderId')],
        alignment: alignmentOf(kid(xf, 'alignment')),
      };
      this.xfToStyle.push(this.table.intern(style));
    }
    for (const dxf of kids(kid(styleSheet, 'dxfs'), 'dxf')) {
      const f = kid(dxf, 'font');
      const fill = kid(kid(dxf, 'fill'), 'patternFill');
      const numFmt = kid(dxf, 'numFmt');
      const b = kid(dxf, 'border');
      const font = f ? fontOf(f, theme) : undefined;
      // A dxf's solid fill names its colour in bgColor (18.8.32 note), unlike cell fills.
      const fillColor = fill ? (smlColor(kid(fill, 'bgColor'), theme) ?? smlColor(kid(fill, 'fgColor'), theme)) : undefined;
      this.dxfs.push(
        normalizeCellStyle({
          font: font && Object.keys(font).length > 0 ? font : undefined,
          fill: fillColor,
          numberFormat: numFmt ? dxfCode(attr(numFmt, '', 'formatCode')) : undefined,
          borders: b ? bordersOf(b, theme) : undefined,
        }),
      );
    }
  }

  /** The model style index for a cell's `s` attribute (0 for none or an unknown index). */
  styleOf(s: string | undefined): number {
    if (s === undefined) return 0;
    return this.xfToStyle[Number(s)] ?? 0;
  }

  /** The interned styles, index 0 the default. */
  get styles(): readonly CellStyle[] {
    return this.table.styles;
  }
}

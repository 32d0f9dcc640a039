/**
 * SpreadsheetML stylesheet writing (ECMA-376 Part 1, 18.8.39 `styleSheet`: 18.8.31 `numFmts`,
 * 18.8.23 `fonts`, 18.8.21 `fills`, 18.8.5 `borders`, 18.8.9 `cellStyleXfs`, 18.8.10 `cellXfs`,
 * 18.8.1 `alignment`). `cellXfs` entry i is the model's style i, so cells write their style
 * index as `s` unchanged. Fonts, fills, borders and custom number formats are deduplicated.
 */
import { fileBooleanCode } from './sml-boolean-format.js';
import type { BorderLine, CellFont, CellStyle } from '@ostal/model';
import { NS } from '../xml/namespaces.js';
import { serializeXml, x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { builtinNumberFormatId } from './sml-number-formats.js';

/** The default font every style's font is relative to (what Excel's Normal style uses). */
export const DEFAULT_FONT = { family: 'Calibri', size: 11 } as const;

function argb(color: string): string {
  return 'FF' + color.replace('#', '').toUpperCase();
}

class Interner<T> {
  readonly items: T[] = [];
  private readonly keys = new Map<string, number>();
  constructor(initial: readonly T[]) {
    for (const item of initial) this.index(item);
  }
  index(item: T): number {
    const key = JSON.stringify(item);
    let i = this.keys.get(key);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(item);
      this.keys.set(key, i);
    }
    return i;
  }
}

function fontXml(font: CellFont): XmlOut {
  return x(
    'font',
    {},
    font.bold ? x('b') : null,
    font.italic ? x('i') : null,
    font.strike ? x('strike') : null,
    font.underline ? x('u') : null,
    x('sz', { val: font.size ?? DEFAULT_FONT.size }),
    font.color ? x('color', { rgb: argb(font.color) }) : null,
    x('name', { val: font.family ?? DEFAULT_FONT.family }),
  );
}

function lineXml(name: string, line: BorderLine | undefined): XmlOut {
  if (!line) return x(name);
  return x(name, { style: line.style }, x('color', line.color ? { rgb: argb(line.color) } : { auto: 1 }));
}

/** A differential format (18.8.14): only what the conditional format changes. */
function dxfXml(style: CellStyle, index: number): XmlOut {
  const f = style.font;
  const code = style.numberFormat;
  return x(
    'dxf',
    {},
    f
      ? x(
          'font',
          {},
          f.bold !== undefined ? x('b', { val: f.bold ? 1 : 0 }) : null,
          f.italic !== undefined ? x('i', { val: f.italic ? 1 : 0 }) : null,
          f.strike ? x('strike') : null,
          f.underline ? x('u') : null,
          f.color ? x('color', { rgb: argb(f.color) }) : null,
        )
      : null,
    code !== undefined ? x('numFmt', { numFmtId: builtinNumberFormatId(code) ?? 400 + index, formatCode: fileBooleanCode(code) }) : null,
    style.fill ? x('fill', {}, x('patternFill', { patternType: 'solid' }, x('fgColor', { rgb: argb(style.fill) }), x('bgColor', { rgb: argb(style.fill) }))) : null,
    style.borders ? x('border', {}, lineXml('left', style.borders.left), lineXml('right', style.borders.right), lineXml('top', style.borders.top), lineXml('bottom', style.borders.bottom)) : null,
  );
}

/**
 * The custom number formats (code -> id from 164) of the stylesheet written for `styles`, in the
 * order met, then `extraCodes` (formats kept parts name, such as pivot tables).
 */
export function customNumberFormats(styles: readonly CellStyle[] = [{}], extraCodes: readonly string[] = []): Map<string, number> {
  const numFmts = new Map<string, number>();
  for (const code of [...styles.map((s) => s.numberFormat), ...extraCodes]) {
    if (code !== undefined && code !== 'General' && builtinNumberFormatId(code) === undefined && !numFmts.has(code)) numFmts.set(code, 164 + numFmts.size);
  }
  return numFmts;
}

/** The id the stylesheet written with `numFmts` ({@link customNumberFormats}) gives a format code (0 for General). */
export function numberFormatId(code: string | undefined, numFmts: ReadonlyMap<string, number>): number {
  return code === undefined || code === 'General' ? 0 : (builtinNumberFormatId(code) ?? numFmts.get(code) ?? 0);
}

/**
 * The stylesheet part for `styles` (index 0 the default; an absent table writes the default only);
 * `extraCodes` are number formats written though no style uses them.
 * @returns the part's XML.
 */
export function stylesXml(styles: readonly CellStyle[] = [{}], defaultFont: CellFont = {}, dxfs: readonly CellStyle[] = [], extraCodes: readonly string[] = []): string {
  const list = styles.length > 0 ? styles : [{}];
  const base: CellFont = { ...DEFAULT_FONT, ...defaultFont };
  const fonts = new Interner<CellFont>([base]);
  const fills = new Interner<string>(['none', 'gray125']);
  const borders = new Interner<CellStyle['borders']>([{}]);
  const numFmts = customNumberFormats(list, extraCodes);
  const xfs = list.map((style) => {
    const numFmtId = numberFormatId(style.numberFormat, numFmts);
    const fontId = style.font ? fonts.index({ ...base, ...style.font }) : 0;
    const fillId = style.fill ? fills.index(style.fill) : 0;
    const b = style.borders;
    const borderId = b && (b.left || b.right || b.top || b.bottom) ? borders.index(b) : 0;
    const al = style.alignment;
    const alignment = al
      ? x('alignment', {
          horizontal: al.horizontal,
          vertical: al.vertical,
          wrapText: al.wrap ? 1 : undefined,
          textRotation: al.rotation === undefined || al.rotation === 0 ? undefined : al.rotation > 0 ? Math.min(90, al.rotation) : 90 + Math.min(90, -al.rotation),
          indent: al.indent || undefined,
        })
      : null;
    return x(
      'xf',
      {
        numFmtId,
        fontId,
        fillId,
        borderId,
        xfId: 0,
        applyNumberFormat: numFmtId !== 0 ? 1 : undefined,
        applyFont: fontId !== 0 ? 1 : undefined,
        applyFill: fillId !== 0 ? 1 : undefined,
        applyBorder: borderId !== 0 ? 1 : undefined,
        applyAlignment: alignment ? 1 : undefined,
      },
      alignment,
    );
  });
  const fillXml = (f: string): XmlOut =>
    f === 'none' || f === 'gray125'
      ? x('fill', {}, x('patternFill', { patternType: f }))
      : x('fill', {}, x('patternFill', { patternType: 'solid' }, x('fgColor', { rgb: argb(f) }), x('bgColor', { indexed: 64 })));
  const borderXml = (bd: CellStyle['borders']): XmlOut =>
    x('border', {}, lineXml('left', bd?.left), lineXml('right', bd?.right), lineXml('top', bd?.top), lineXml('bottom', bd?.bottom), x('diagonal'));
  const baseXf = { numFmtId: 0, fontId: 0, fillId: 0, borderId: 0 };
  return serializeXml(
    x(
      'styleSheet',
      { xmlns: NS.s },
      numFmts.size > 0 ? x('numFmts', { count: numFmts.size }, [...numFmts].map(([code, numFmtId]) => x('numFmt', { numFmtId, formatCode: fileBooleanCode(code) }))) : null,
      x('fonts', { count: fonts.items.length }, fonts.items.map(fontXml)),
      x('fills', { count: fills.items.length }, fills.items.map(fillXml)),
      x('borders', { count: borders.items.length }, borders.items.map(borderXml)),
      x('cellStyleXfs', { count: 1 }, x('xf', baseXf)),
      x('cellXfs', { count: xfs.length }, xfs),
      x('cellStyles', { count: 1 }, x('cellStyle', { name: 'Normal', xfId: 0, builtinId: 0 })),
      dxfs.length > 0 ? x('dxfs', { count: dxfs.length }, dxfs.map((d, i) => dxfXml(d, i))) : null,
    ),
  );
}

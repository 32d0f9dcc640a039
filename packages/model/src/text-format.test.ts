import { describe, expect, it } from 'vitest';
import { blockFormatDom, blockFormatOf } from './text-block-format.js';
import { TEXT_DOCUMENT_VERSION, migrateTextDocument } from './text-document.js';
import { cssFontFamily, cssFontSizeToPt, cssLengthToTwips, safeColor, safeFontFamily, safeFontSize } from './text-format.js';
import { textSchema } from './text-schema.js';

describe('direct formatting values', () => {
  it('normalises colours and refuses anything else', () => {
    expect(safeColor('#FF0000')).toBe('#ff0000');
    expect(safeColor('#f00')).toBe('#ff0000');
    expect(safeColor('rgb(255, 0, 0)')).toBe('#ff0000');
    expect(safeColor('url(x)')).toBeNull();
    expect(safeColor('expression(alert(1))')).toBeNull();
  });

  it('keeps font names with safe characters only', () => {
    expect(safeFontFamily('"Times New Roman"')).toBe('Times New Roman');
    expect(cssFontFamily("'Liberation Serif', serif")).toBe('Liberation Serif');
    expect(safeFontFamily('x;} body{')).toBeNull();
  });

  it('converts CSS lengths and sizes', () => {
    expect(cssLengthToTwips('36pt')).toBe(720);
    expect(cssLengthToTwips('1in')).toBe(1440);
    expect(cssLengthToTwips('-18pt')).toBe(-360);
    expect(cssLengthToTwips('calc(1px)')).toBeNull();
    expect(cssFontSizeToPt('14pt')).toBe(14);
    expect(cssFontSizeToPt('16px')).toBe(12);
    expect(safeFontSize(0)).toBeNull();
  });

  it('renders paragraph formatting as inline CSS', () => {
    const p = textSchema.nodes.paragraph!.create({ align: 'center', indentLeft: 567, lineHeight: 1.5, styleName: 'Body Text' });
    expect(blockFormatDom(p.attrs)).toEqual({ style: 'text-align: center; margin-left: 28.35pt; line-height: calc(1.5 * var(--line-factor, 1))', 'data-style-name': 'Body Text' });
    expect(blockFormatOf(p.attrs).keepWithNext).toBe(false);
  });

  it('refuses invalid attribute values', () => {
    expect(() => textSchema.nodes.paragraph!.create({ align: 'middle' })).toThrow(RangeError);
    expect(() => textSchema.marks.color!.create({ color: 'red' })).toThrow(RangeError);
    expect(() => textSchema.marks.font_size!.create({ size: 0.3 })).toThrow(RangeError);
  });

  it('keeps superscript and subscript exclusive', () => {
    const sup = textSchema.marks.superscript!.create();
    const sub = textSchema.marks.subscript!.create();
    expect(sub.addToSet([sup])).toEqual([sub]);
  });

  it('migrates version 2 documents to the current version with default attributes', () => {
    const doc = migrateTextDocument({ kind: 'text', version: 2, meta: {}, content: { type: 'doc', content: [{ type: 'paragraph' }] } });
    expect(doc.version).toBe(TEXT_DOCUMENT_VERSION);
  });
});

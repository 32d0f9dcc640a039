/**
 * The document's base formatting (`@ostal/model` `text-doc-base.ts`) on its way through the
 * codecs: readers make it from the baseline their styles resolve (DOCX `w:docDefaults` with the
 * default paragraph style, ODF `style:default-style` with `Standard`); writers write it back as
 * that baseline (DOCX `w:rPrDefault`/`w:pPrDefault`, ODF the paragraph `style:default-style`).
 */
import { storedTextBase } from '@ostal/model';
import type { TextBase } from '@ostal/model';
import type { Node as PMNode } from 'prosemirror-model';
import type { BlockProps } from './block-props.js';
import { runFormat } from './text-marks.js';
import type { CharProps, RunFormat } from './text-marks.js';

/**
 * The base formatting a baseline gives: `run` and `block` as the styles resolve them, `size`
 * the format's own default font size (Word 10 pt, ECMA-376 Part 1, 17.3.2.38; LibreOffice
 * 12 pt) where the baseline declares none. Spacing and indents not declared are 0, lines single.
 */
export function textBaseFromBaseline(run: CharProps, block: BlockProps, defaults: { readonly size: number }): TextBase {
  return {
    font: run.font ?? null,
    fontEastAsia: run.fontEastAsia && run.fontEastAsia !== run.font ? run.fontEastAsia : null,
    size: run.size ?? defaults.size,
    color: run.color ?? null,
    align: block.align ?? null,
    indentLeft: block.indentLeft ?? 0,
    indentRight: block.indentRight ?? 0,
    indentFirstLine: block.indentFirstLine ?? 0,
    spaceBefore: Math.max(0, block.spaceBefore ?? 0),
    spaceAfter: Math.max(0, block.spaceAfter ?? 0),
    lineHeight: block.lineHeight ?? 1,
  };
}

/** `doc` with `base` as its base formatting (stored as what differs from Ostal's). */
export function withTextBase(doc: PMNode, base: TextBase): PMNode {
  const stored = storedTextBase(base);
  if (stored === null && (doc.attrs.base ?? null) === null) return doc;
  return doc.type.create({ ...doc.attrs, base: stored }, doc.content);
}

/** The run properties the writers declare as the document's default (font, size, colour). */
export function baseRunFormat(base: TextBase): RunFormat {
  return runFormat({ font: base.font, fontEastAsia: base.fontEastAsia, size: base.size, color: base.color });
}

/** The paragraph attributes the writers declare as the document's default (zero indents left out). */
export function baseBlockAttrs(base: TextBase): Record<string, unknown> {
  return {
    align: base.align ?? undefined,
    indentLeft: base.indentLeft !== 0 ? base.indentLeft : undefined,
    indentRight: base.indentRight !== 0 ? base.indentRight : undefined,
    indentFirstLine: base.indentFirstLine !== 0 ? base.indentFirstLine : undefined,
    spaceBefore: base.spaceBefore,
    spaceAfter: base.spaceAfter,
    lineHeight: base.lineHeight,
  };
}


/**
 * The formatting a named paragraph style holds when written: what every paragraph naming it
 * (model `styleName`) has in common — alignment, spacing and indents (ECMA-376 17.7.5 /
 * ODF 1.3 §17.6 paragraph properties) and the font, size, colour, bold and italic of all their
 * text (17.7.4 / §16.27.28). The paragraphs keep their own direct formatting too, so a file
 * reads back the same; the style then says in the file what the style editor set. Character
 * styles (`char_style`) hold what all their runs share the same way.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { formatOfNode, runFormat } from './text-marks.js';
import type { CharProps, RunFormat } from './text-marks.js';

/** The shared properties of one named style: paragraph attributes and a character format. */
export interface NamedStyleProps {
  /** Paragraph attributes, under the model's names (`align`, `spaceBefore`...). */
  readonly block: Readonly<Record<string, unknown>>;
  readonly run: RunFormat;
}

/** Marks a property the paragraphs of a style do not share. */
const DIFFERS = Symbol('differs');
const BLOCK_KEYS = ['align', 'spaceBefore', 'spaceAfter', 'indentLeft', 'indentRight', 'indentFirstLine'] as const;
const RUN_KEYS = ['font', 'size', 'color', 'bold', 'italic'] as const;
const CHAR_STYLE_KEYS = ['font', 'size', 'color', 'bold', 'italic', 'underline', 'caps', 'letterSpacing', 'lang'] as const;

/**
 * Calls `fn` with every paragraph of `doc` (headers, footers, notes, cells and text boxes
 * included) and whether it sits in a list item.
 */
function eachParagraph(doc: PMNode, fn: (paragraph: PMNode, inList: boolean) => void): void {
  const visit = (node: PMNode, inList: boolean) => {
    // Headers, footers and other stories live in attributes (a section's header is a doc of its own):
    // their paragraphs use the same styles, so they must agree too.
    for (const story of storiesIn(node.attrs)) visit(node.type.schema.nodeFromJSON(story), false);
    node.forEach((child) => {
      for (const story of storiesIn(child.attrs)) visit(child.type.schema.nodeFromJSON(story), false);
      if (child.isTextblock) {
        fn(child, inList);
        // Footnotes and endnotes hold paragraphs of their own inside the text.
        child.forEach((inline) => {
          for (const story of storiesIn(inline.attrs)) visit(inline.type.schema.nodeFromJSON(story), false);
          if (!inline.isText && !inline.isLeaf) visit(inline, false);
        });
      } else if (!child.isLeaf) visit(child, inList || child.type.name === 'list_item');
    });
  };
  visit(doc, false);
}

const meet = (common: Map<string, unknown>, k: string, v: unknown) => {
  if (!common.has(k)) common.set(k, v);
  else if (common.get(k) !== v) common.set(k, DIFFERS);
};

function sharedRun(common: Map<string, unknown>): RunFormat {
  const run: CharProps = {};
  for (const [k, v] of common) if (v !== DIFFERS && v !== null && v !== false) (run as Record<string, unknown>)[k] = v;
  return runFormat(run);
}

/** The shared properties of each `styleName` of `doc`'s paragraphs (list items leave indents to their list). */
export function namedStyleProps(doc: PMNode): Map<string, NamedStyleProps> {
  const seen = new Map<string, { block: Map<string, unknown>; run: Map<string, unknown>; inList: boolean }>();
  eachParagraph(doc, (child, inList) => {
    if (child.type.name !== 'paragraph' || typeof child.attrs.styleName !== 'string') return;
    const entry = seen.get(child.attrs.styleName) ?? { block: new Map(), run: new Map(), inList: false };
    seen.set(child.attrs.styleName, entry);
    entry.inList ||= inList;
    for (const k of BLOCK_KEYS) meet(entry.block, k, child.attrs[k] ?? null);
    child.forEach((inline) => {
      // Fields, pictures and breaks count too: a style's bold would reach a field that is not bold.
      const p = formatOfNode(inline).props;
      for (const k of RUN_KEYS) meet(entry.run, k, p[k] ?? (k === 'bold' || k === 'italic' ? false : null));
    });
  });
  const out = new Map<string, NamedStyleProps>();
  for (const [name, entry] of seen) {
    const block: Record<string, unknown> = {};
    for (const [k, v] of entry.block) if (v !== DIFFERS && v !== null && !(entry.inList && k.startsWith('indent'))) block[k] = v;
    out.set(name, { block, run: sharedRun(entry.run) });
  }
  return out;
}

/**
 * The shared character format of the runs of each character style (`char_style` mark) of
 * `doc`: font, size, colour, bold, italic, underline, capitals, letter spacing and language, as its
 * style holds them when written.
 */
export function namedCharStyleProps(doc: PMNode): Map<string, RunFormat> {
  const seen = new Map<string, Map<string, unknown>>();
  eachParagraph(doc, (paragraph) => {
    paragraph.forEach((inline) => {
      const p = formatOfNode(inline).props;
      if (!p.charStyle) return;
      const common = seen.get(p.charStyle) ?? new Map<string, unknown>();
      seen.set(p.charStyle, common);
      for (const k of CHAR_STYLE_KEYS) meet(common, k, p[k] ?? (k === 'bold' || k === 'italic' || k === 'underline' ? false : null));
    });
  });
  return new Map([...seen].map(([name, common]) => [name, sharedRun(common)]));
}

/** The documents (`{ type: 'doc' }` JSON) held anywhere in a node's attributes: headers, footers... */
function storiesIn(value: unknown, depth = 0): object[] {
  if (depth > 8 || value === null || typeof value !== 'object') return [];
  if (!Array.isArray(value) && (value as { type?: unknown }).type === 'doc') return [value];
  const out: object[] = [];
  for (const v of Array.isArray(value) ? value : Object.values(value)) out.push(...storiesIn(v, depth + 1));
  return out;
}

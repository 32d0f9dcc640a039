/**
 * The ProseMirror schema of Ostal text documents: paragraphs, headings, lists, tables (see
 * `text-table-schema.ts` for their units), page breaks, line breaks, paragraph formatting
 * (`text-block-format.ts`), the bold, italic, underline, strike, superscript/subscript, font,
 * font size, colour and highlight marks (units in `text-format.ts`), caps, letter spacing,
 * language and East-Asian font (`text-char-property-schema.ts`) and links (targets filtered
 * by `text-link.ts`); character styles and the style sheet (`text-styles.ts`).
 *
 * One schema serves the editor, the format readers/writers and the CLI, so that a document read
 * from a file can be mounted in the editor without translation. Node and mark names are part of
 * the stored JSON (see {@link TextDocument}); renaming one needs a migration.
 */
import { Schema } from 'prosemirror-model';
import type { DOMOutputSpec, MarkSpec, NodeSpec } from 'prosemirror-model';
import { blockFormatAttrs, blockFormatDom, parseBlockFormat } from './text-block-format.js';
import { cssFontFamily, cssFontSizeToPt, fontFamilyCss, safeColor, validateFormat } from './text-format.js';
import { safeLinkHref } from './text-link.js';
import { bulletListAttrs, bulletListDom, orderedListAttrs, orderedListDom, parseBulletListDom, parseOrderedListDom } from './text-list-format.js';
import { changeMarkSpecs, changeNodeSpecs } from './text-change-schema.js';
import { charPropertyMarkSpecs } from './text-char-property-schema.js';
import { docSectionAttrs, fieldMarkSpecs, fieldNodeSpecs } from './text-field-schema.js';
import { imageMarkSpecs, imageNodeSpecs } from './text-image-schema.js';
import { shapeNodeSpecs } from './text-shape-schema.js';
import { chartNodeSpecs } from './text-chart-schema.js';
import { noteMarkSpecs, noteNodeSpecs } from './text-note-schema.js';
import { tableNodeSpecs } from './text-table-schema.js';
import { docOutlineAttrs, headingOutlineAttrs } from './text-outline.js';
import { docStyleAttrs, styleMarkSpecs } from './text-styles.js';
import { docNoteAttrs } from './text-note-settings.js';
import { docBaseAttrs } from './text-doc-base.js';
import { docHeadingLookAttrs } from './text-heading-looks.js';

/**
 * Deepest heading level: ODF outline levels go to 10 (ODF 1.3 Part 3, 19.844), Word's headings
 * to 9. HTML has six: levels 7-10 show as `h6` with their level in `aria-level`.
 */
export const MAX_HEADING_LEVEL = 10;

/** The HTML element and attributes of a heading of `level` (1-10). */
function headingDom(level: number): { tag: string; attrs: Record<string, string> } {
  return level <= 6 ? { tag: `h${String(level)}`, attrs: {} } : { tag: 'h6', attrs: { 'aria-level': String(level), 'data-level': String(level) } };
}

const nodes: Record<string, NodeSpec> = {
  doc: { content: 'block+', attrs: { ...docSectionAttrs, ...docOutlineAttrs, ...docStyleAttrs, ...docNoteAttrs, ...docBaseAttrs, ...docHeadingLookAttrs } },
  paragraph: {
    attrs: blockFormatAttrs,
    content: 'inline*',
    group: 'block',
    parseDOM: [{ tag: 'p', getAttrs: (dom) => ({ ...parseBlockFormat(dom) }) }],
    toDOM: (node): DOMOutputSpec => ['p', blockFormatDom(node.attrs), 0],
  },
  heading: {
    attrs: {
      level: {
        default: 1,
        validate: (v: unknown) => {
          if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > MAX_HEADING_LEVEL) throw new RangeError(`Heading levels are 1 to ${String(MAX_HEADING_LEVEL)}.`);
        },
      },
      ...blockFormatAttrs,
      ...headingOutlineAttrs,
    },
    content: 'inline*',
    group: 'block',
    defining: true,
    parseDOM: [
      {
        tag: 'h6[data-level]',
        getAttrs: (dom: HTMLElement) => {
          const level = Number(dom.getAttribute('data-level'));
          return { level: Number.isInteger(level) && level >= 6 && level <= MAX_HEADING_LEVEL ? level : 6, ...parseBlockFormat(dom) };
        },
      },
      ...[1, 2, 3, 4, 5, 6].map((level) => ({ tag: `h${level}`, getAttrs: (dom: HTMLElement) => ({ level, ...parseBlockFormat(dom) }) })),
    ],
    toDOM: (node): DOMOutputSpec => {
      const { tag, attrs } = headingDom(Number(node.attrs.level));
      return [tag, { ...blockFormatDom(node.attrs), ...attrs }, 0];
    },
  },
  bullet_list: {
    attrs: bulletListAttrs,
    content: 'list_item+',
    group: 'block',
    parseDOM: [{ tag: 'ul', getAttrs: (dom) => parseBulletListDom(dom) }],
    toDOM: (node): DOMOutputSpec => ['ul', bulletListDom(node.attrs), 0],
  },
  /** Number format, label and continuation: `text-list-format.ts`. */
  ordered_list: {
    attrs: { order: { default: 1, validate: 'number' }, ...orderedListAttrs },
    content: 'list_item+',
    group: 'block',
    parseDOM: [{ tag: 'ol', getAttrs: (dom) => parseOrderedListDom(dom) }],
    toDOM: (node): DOMOutputSpec => ['ol', orderedListDom(node.attrs), 0],
  },
  list_item: {
    content: 'paragraph block*',
    defining: true,
    parseDOM: [{ tag: 'li' }],
    toDOM: (): DOMOutputSpec => ['li', 0],
  },
  ...tableNodeSpecs,
  /** A page break between blocks: the next block starts on a new page. */
  page_break: {
    group: 'block',
    atom: true,
    selectable: true,
    parseDOM: [{ tag: 'hr[data-page-break]' }],
    toDOM: (): DOMOutputSpec => ['hr', { 'data-page-break': 'true', class: 'page-break' }],
  },
  text: { group: 'inline' },
  hard_break: {
    inline: true,
    group: 'inline',
    selectable: false,
    parseDOM: [{ tag: 'br' }],
    toDOM: (): DOMOutputSpec => ['br'],
  },
  ...noteNodeSpecs,
  ...changeNodeSpecs,
  ...imageNodeSpecs,
  ...shapeNodeSpecs,
  ...chartNodeSpecs,
  ...fieldNodeSpecs,
};

const marks: Record<string, MarkSpec> = {
  /** A hyperlink; `href` is always a target {@link safeLinkHref} accepts. */
  link: {
    attrs: {
      href: { validate: (v: unknown) => { if (typeof v !== 'string' || safeLinkHref(v) !== v) throw new RangeError('Link targets must be http(s), mailto, ostal or #anchor addresses.'); } },
      title: { default: null, validate: 'string|null' },
    },
    inclusive: false,
    parseDOM: [
      {
        tag: 'a[href]',
        getAttrs: (dom) => {
          const href = safeLinkHref(dom.getAttribute('href'));
          return href === null ? false : { href, title: dom.getAttribute('title') };
        },
      },
    ],
    toDOM: (mark): DOMOutputSpec => ['a', { href: safeLinkHref(mark.attrs.href as string), title: mark.attrs.title as string | null, rel: 'noopener noreferrer nofollow' }, 0],
  },
  bold: {
    parseDOM: [{ tag: 'strong' }, { tag: 'b' }, { style: 'font-weight=bold' }],
    toDOM: (): DOMOutputSpec => ['strong', 0],
  },
  italic: {
    parseDOM: [{ tag: 'em' }, { tag: 'i' }, { style: 'font-style=italic' }],
    toDOM: (): DOMOutputSpec => ['em', 0],
  },
  underline: {
    parseDOM: [{ tag: 'u' }, { style: 'text-decoration=underline' }],
    toDOM: (): DOMOutputSpec => ['u', 0],
  },
  strike: {
    parseDOM: [{ tag: 's' }, { tag: 'strike' }, { tag: 'del' }, { style: 'text-decoration=line-through' }, { style: 'text-decoration-line=line-through' }],
    toDOM: (): DOMOutputSpec => ['s', 0],
  },
  /** Superscript and subscript exclude each other. */
  superscript: {
    excludes: 'superscript subscript',
    parseDOM: [{ tag: 'sup' }, { style: 'vertical-align=super' }],
    toDOM: (): DOMOutputSpec => ['sup', 0],
  },
  subscript: {
    excludes: 'superscript subscript',
    parseDOM: [{ tag: 'sub' }, { style: 'vertical-align=sub' }],
    toDOM: (): DOMOutputSpec => ['sub', 0],
  },
  /** A font family, by name. */
  font: {
    attrs: { family: { validate: validateFormat.family } },
    parseDOM: [{ style: 'font-family', getAttrs: (v) => { const family = cssFontFamily(v); return family === null ? false : { family }; } }],
    toDOM: (mark): DOMOutputSpec => ['span', { style: `font-family: ${fontFamilyCss(mark.attrs.family as string)}` }, 0],
  },
  /** A font size in points (half-point steps). */
  font_size: {
    attrs: { size: { validate: validateFormat.size } },
    parseDOM: [{ style: 'font-size', getAttrs: (v) => { const size = cssFontSizeToPt(v); return size === null ? false : { size }; } }],
    toDOM: (mark): DOMOutputSpec => ['span', { style: `font-size: ${String(mark.attrs.size)}pt` }, 0],
  },
  /** Text colour, `#rrggbb`. */
  color: {
    attrs: { color: { validate: validateFormat.color } },
    parseDOM: [{ style: 'color', getAttrs: (v) => { const color = safeColor(v); return color === null ? false : { color }; } }],
    toDOM: (mark): DOMOutputSpec => ['span', { style: `color: ${mark.attrs.color as string}` }, 0],
  },
  /** Highlight (background) colour, `#rrggbb`. */
  highlight: {
    attrs: { color: { validate: validateFormat.color } },
    parseDOM: [{ tag: 'mark', getAttrs: (dom) => ({ color: safeColor(dom.style.backgroundColor) ?? '#ffff00' }) }, { style: 'background-color', getAttrs: (v) => { const color = safeColor(v); return color === null ? false : { color }; } }],
    toDOM: (mark): DOMOutputSpec => ['mark', { style: `background-color: ${mark.attrs.color as string}` }, 0],
  },
  ...charPropertyMarkSpecs,
  ...styleMarkSpecs,
  ...noteMarkSpecs,
  ...changeMarkSpecs,
  ...imageMarkSpecs,
  ...fieldMarkSpecs,
};

/** The schema shared by the writer module and the text format readers/writers. */
export const textSchema = new Schema({ nodes, marks });

/** Names of the character marks (toggled on and off without attributes). */
export type TextMarkName = 'bold' | 'italic' | 'underline' | 'strike' | 'superscript' | 'subscript';

/** Names of the character marks that carry a value (a font, a size, a colour). */
export type TextValueMarkName = 'font' | 'font_size' | 'color' | 'highlight';

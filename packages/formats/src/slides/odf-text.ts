/**
 * ODF paragraph text for slides (ODF 1.3 Part 3, 5.1.3 text:p / 5.1.2 text:h, 5.3 text:list,
 * 6.1.2 white space handling: runs of space, tab and newline collapse to one space and leading
 * ones are ignored, while text:s, text:tab and text:line-break carry explicit white space).
 * A line break inside a paragraph is `\n` in the model.
 */
import { NS } from '../xml/namespaces.js';
import { attr, childElements } from '../xml/xml-tree.js';
import type { XmlElement, XmlNode } from '../xml/xml-tree.js';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';

/** Elements inside a paragraph whose text is not part of it (notes, annotations, tracked changes). */
const SKIPPED = new Set(['note', 'ruby-text', 'tracked-changes', 'change', 'change-start', 'change-end', 'bookmark-ref']);

/** The text of one `text:p` or `text:h`. */
export function odfParagraphText(p: XmlElement): string {
  let out = '';
  let atStart = true;
  let lastSpace = false;
  const visit = (nodes: readonly XmlNode[]): void => {
    for (const node of nodes) {
      if (typeof node === 'string') {
        let t = node.replace(/[ \t\r\n]+/g, ' ');
        if (t.startsWith(' ') && (atStart || lastSpace)) t = t.slice(1);
        if (t === '') continue;
        out += t;
        atStart = false;
        lastSpace = t.endsWith(' ');
        continue;
      }
      if (node.ns === NS.text) {
        if (node.local === 's') {
          const n = Number(attr(node, NS.text, 'c') ?? '1');
          out += ' '.repeat(Number.isInteger(n) && n > 0 ? Math.min(n, 10_000) : 1);
        } else if (node.local === 'tab') out += '\t';
        else if (node.local === 'line-break') out += '\n';
        else if (!SKIPPED.has(node.local)) {
          visit(node.children);
          continue;
        } else continue;
        atStart = false;
        lastSpace = false;
      } else if (node.ns === NS.office && node.local === 'annotation') {
        continue;
      } else if (node.ns !== NS.draw) {
        // Unknown inline markup (extensions): keep its text.
        visit(node.children);
      }
    }
  };
  visit(p.children);
  return out;
}

/** Collects paragraphs of a block container (text box, shape, list item), lists flattened. */
export interface OdfBlocks {
  readonly paragraphs: string[];
  /** True when a list nested inside another was flattened. */
  nested: boolean;
}

function readBlocks(el: XmlElement, out: OdfBlocks, listDepth: number): void {
  for (const c of childElements(el)) {
    if (c.ns !== NS.text) continue;
    if (c.local === 'p' || c.local === 'h') out.paragraphs.push(odfParagraphText(c));
    else if (c.local === 'list') {
      if (listDepth > 0) out.nested = true;
      for (const item of childElements(c, NS.text)) {
        if (item.local === 'list-item' || item.local === 'list-header') readBlocks(item, out, listDepth + 1);
      }
    } else if (c.local === 'section' || c.local === 'soft-page-break') readBlocks(c, out, listDepth);
  }
}

/**
 * The paragraphs of a container of text blocks (`draw:text-box`, a shape with text).
 * All-empty text yields no paragraphs, as an empty placeholder carries none.
 */
export function readOdfBlocks(container: XmlElement): OdfBlocks {
  const out: OdfBlocks = { paragraphs: [], nested: false };
  readBlocks(container, out, 0);
  if (out.paragraphs.every((p) => p === '')) out.paragraphs.length = 0;
  return out;
}

/**
 * The content of a `text:p` for `text`: spaces that would collapse become `text:s`, tabs
 * `text:tab`, `\n` `text:line-break`.
 */
export function odfParagraphContent(text: string): (XmlOut | string)[] {
  const out: (XmlOut | string)[] = [];
  let buf = '';
  let lineStart = true;
  const flush = (): void => {
    if (buf !== '') out.push(buf);
    buf = '';
  };
  const re = /( +)|(\t)|(\n)|([^ \t\n]+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1]) {
      const n = m[1].length;
      if (lineStart) {
        flush();
        out.push(x('text:s', { 'text:c': n > 1 ? n : undefined }));
      } else {
        buf += ' ';
        if (n > 1) {
          flush();
          out.push(x('text:s', { 'text:c': n - 1 > 1 ? n - 1 : undefined }));
        }
      }
    } else if (m[2]) {
      flush();
      out.push(x('text:tab'));
    } else if (m[3]) {
      flush();
      out.push(x('text:line-break'));
    } else {
      buf += m[4] ?? '';
    }
    lineStart = false;
  }
  flush();
  return out;
}

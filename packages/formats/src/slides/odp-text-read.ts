/**
 * Text of ODF drawing shapes read into deck text bodies (ODF 1.3 Part 3, 5.1 paragraphs, 5.3 lists,
 * 6 spans and fields; 16.2 automatic styles with 20 paragraph and text properties), and the
 * context the ODP shape reader works in: styles by family and name, pictures, kept objects.
 */
import type { Bullet, Chart, OpaqueSource, ParagraphStyle, RunStyle, TextBody, TextParagraph, TextRun } from '@ostal/model';
import { NS } from '../xml/namespaces.js';
import { attr, childElement, childElements, textContent } from '../xml/xml-tree.js';
import type { XmlElement, XmlNode } from '../xml/xml-tree.js';
import { odfLengthToCentiPoints } from './odf-lengths.js';
import { bulletOfLevelStyle, levelIndents, levelStyleElement } from './odf-lists.js';

/** Styles of the document by family and name, and its pictures. */
export interface OdpReadContext {
  style(family: string, name: string | undefined): XmlElement | undefined;
  /** Named drawing style (draw:gradient, draw:fill-image...) of office:styles. */
  named(local: string, name: string | undefined): XmlElement | undefined;
  /** Media name for a picture element (draw:image, draw:fill-image), stored in the deck's media. */
  picture(el: XmlElement): string | undefined;
  /** Bytes of a media item read so far (to size a picture for its crop). */
  mediaData(name: string): Uint8Array | undefined;
  /** The chart a `draw:object` holds, when the model can express it. */
  chart?(obj: XmlElement): Chart | undefined;
  /** The object element and its sub-document files, kept for same-format saves. */
  keep?(obj: XmlElement): OpaqueSource | undefined;
  /** The page master's body paragraph style at a level: what outline paragraphs inherit. */
  outlineLevel?(level: number): ParagraphStyle | undefined;
}

/** A property of a style or its parents (by `style:parent-style-name`). */
export function styleProp(ctx: OdpReadContext, family: string, name: string | undefined, props: string, ns: string, local: string): string | undefined {
  let style = ctx.style(family, name);
  for (let depth = 0; style && depth < 8; depth++) {
    const p = childElement(style, NS.style, props);
    const v = p ? attr(p, ns, local) : undefined;
    if (v !== undefined) return v;
    style = ctx.style(family, attr(style, NS.style, 'parent-style-name'));
  }
  return undefined;
}

export function hexColor(v: string | undefined): { rgb: string } | undefined {
  return v && /^#[0-9a-fA-F]{6}$/.test(v) ? { rgb: v.slice(1).toUpperCase() } : undefined;
}

/** Reads run properties of a text style. */
function runStyle(ctx: OdpReadContext, name: string | undefined, link?: string): RunStyle | undefined {
  const get = (ns: string, local: string): string | undefined => styleProp(ctx, 'text', name, 'text-properties', ns, local);
  const style: { -readonly [K in keyof RunStyle]: RunStyle[K] } = {};
  if (name !== undefined) {
    const size = odfLengthToCentiPoints(get(NS.fo, 'font-size'));
    if (size !== undefined) style.size = size;
    const weight = get(NS.fo, 'font-weight');
    if (weight !== undefined) style.bold = weight === 'bold' || Number(weight) >= 600;
    const italic = get(NS.fo, 'font-style');
    if (italic !== undefined) style.italic = italic === 'italic' || italic === 'oblique';
    const underline = get(NS.style, 'text-underline-style');
    if (underline !== undefined) style.underline = underline !== 'none';
    const strike = get(NS.style, 'text-line-through-style');
    if (strike !== undefined) style.strike = strike !== 'none';
    const color = hexColor(get(NS.fo, 'color'));
    if (color) style.color = color;
    const family = get(NS.fo, 'font-family') ?? get(NS.style, 'font-name');
    if (family) style.font = family.replace(/^'|'$/g, '');
  }
  if (link) style.link = link;
  return Object.keys(style).length > 0 ? style : undefined;
}

export const ALIGN: Readonly<Record<string, ParagraphStyle['align']>> = { start: 'left', left: 'left', center: 'center', end: 'right', right: 'right', justify: 'justify' };

function paragraphStyle(ctx: OdpReadContext, name: string | undefined, level: number, bullet: Bullet | undefined, indents: { marginLeft?: number; indent?: number } = {}): ParagraphStyle | undefined {
  const get = (ns: string, local: string): string | undefined => styleProp(ctx, 'paragraph', name, 'paragraph-properties', ns, local);
  const style: { -readonly [K in keyof ParagraphStyle]: ParagraphStyle[K] } = {};
  if (name !== undefined) {
    const align = ALIGN[get(NS.fo, 'text-align') ?? ''];
    if (align) style.align = align;
    const before = odfLengthToCentiPoints(get(NS.fo, 'margin-top'));
    if (before !== undefined) style.spaceBefore = { pts: before };
    const after = odfLengthToCentiPoints(get(NS.fo, 'margin-bottom'));
    if (after !== undefined) style.spaceAfter = { pts: after };
    const lh = get(NS.fo, 'line-height');
    if (lh?.endsWith('%')) style.lineSpacing = { pct: Math.round(Number(lh.slice(0, -1)) * 1000) };
  }
  if (level > 0) style.level = level;
  if (bullet) style.bullet = bullet;
  if (bullet?.kind !== 'none') {
    if (indents.marginLeft !== undefined) style.marginLeft = indents.marginLeft;
    if (indents.indent !== undefined) style.indent = indents.indent;
  }
  return Object.keys(style).length > 0 ? style : undefined;
}

function paragraphRuns(p: XmlElement, ctx: OdpReadContext): TextRun[] {
  const runs: TextRun[] = [];
  let atStart = true;
  let lastSpace = false;
  const push = (text: string, style: RunStyle | undefined): void => {
    const last = runs[runs.length - 1];
    if (last && !last.field && JSON.stringify(last.style) === JSON.stringify(style)) runs[runs.length - 1] = { ...last, text: last.text + text };
    else runs.push(style ? { text, style } : { text });
  };
  const visit = (nodes: readonly XmlNode[], styleName: string | undefined, link: string | undefined): void => {
    for (const node of nodes) {
      const style = runStyle(ctx, styleName, link);
      if (typeof node === 'string') {
        let t = node.replace(/[ \t\r\n]+/g, ' ');
        if (t.startsWith(' ') && (atStart || lastSpace)) t = t.slice(1);
        if (t === '') continue;
        push(t, style);
        atStart = false;
        lastSpace = t.endsWith(' ');
      } else if (node.ns === NS.text) {
        if (node.local === 's') {
          const n = Number(attr(node, NS.text, 'c') ?? '1');
          push(' '.repeat(Number.isInteger(n) && n > 0 ? Math.min(n, 10_000) : 1), style);
        } else if (node.local === 'tab') push('\t', style);
        else if (node.local === 'line-break') push('\n', style);
        else if (node.local === 'page-number' || node.local === 'date') {
          const text = node.children.filter((c): c is string => typeof c === 'string').join('');
          runs.push({ text, field: node.local === 'date' ? 'datetime' : 'slidenum', ...(style ? { style } : {}) });
        } else if (node.local === 'span') {
          visit(node.children, attr(node, NS.text, 'style-name') ?? styleName, link);
          continue;
        } else if (node.local === 'a') {
          visit(node.children, attr(node, NS.text, 'style-name') ?? styleName, attr(node, NS.xlink, 'href'));
          continue;
        } else if (node.local !== 'note' && node.local !== 'tracked-changes') {
          visit(node.children, styleName, link);
          continue;
        } else continue;
        atStart = false;
        lastSpace = false;
      } else if (node.ns !== NS.draw && node.ns !== NS.office) {
        visit(node.children, styleName, link);
      }
    }
  };
  visit(p.children, undefined, undefined);
  return runs;
}

/** Rich paragraphs of a text container; lists give levels, and their list styles bullets and numbering (an outline without a list style of its own takes the master's). */
export function readOdfText(container: XmlElement, ctx: OdpReadContext, outline: boolean): TextBody {
  const paragraphs: TextParagraph[] = [];
  /** Numbering restarts (text:start-value) carried to the following items of the same level. */
  const starts = new Map<number, number>();
  const walk = (el: XmlElement, level: number, listStyle: string | undefined, inList: boolean, header: boolean, start: number | undefined): void => {
    for (const c of childElements(el)) {
      if (c.ns !== NS.text) continue;
      if (c.local === 'p' || c.local === 'h') {
        let bullet: Bullet | undefined;
        let indents: { marginLeft?: number; indent?: number } = {};
        // An empty list header is how an empty paragraph of a list is written (it shows no label): it keeps the list's bullet for the text typed into it.
        if (header && textContent(c) !== '') bullet = { kind: 'none' };
        else if (inList && (listStyle !== undefined || !outline)) {
          const lvl = levelStyleElement(ctx.style('list', listStyle), level);
          bullet = bulletOfLevelStyle(lvl, (el) => ctx.picture(el)) ?? { kind: 'char', char: '•' };
          indents = levelIndents(lvl);
          if (start !== undefined) starts.set(level, start);
          const restart = starts.get(level);
          if (bullet.kind === 'number' && restart !== undefined) bullet = { ...bullet, startAt: restart };
        } else if (outline && !inList) bullet = { kind: 'none' };
        if (outline && bullet) {
          // What the master gives (LibreOffice repeats it in each list) stays inherited.
          const master = ctx.outlineLevel?.(level);
          if (master?.bullet && JSON.stringify(master.bullet) === JSON.stringify(bullet)) {
            bullet = undefined;
            indents = {
              ...(indents.marginLeft !== undefined && indents.marginLeft !== master.marginLeft ? { marginLeft: indents.marginLeft } : {}),
              ...(indents.indent !== undefined && indents.indent !== master.indent ? { indent: indents.indent } : {}),
            };
          }
        }
        const style = paragraphStyle(ctx, attr(c, NS.text, 'style-name'), level, bullet, indents);
        paragraphs.push({ runs: paragraphRuns(c, ctx), ...(style ? { style } : {}) });
        start = undefined;
      } else if (c.local === 'list') {
        const ls = attr(c, NS.text, 'style-name') ?? listStyle;
        const depth = inList ? Math.min(8, level + 1) : level;
        for (const l of [...starts.keys()]) if (l > depth || (!inList && l >= depth)) starts.delete(l);
        for (const item of childElements(c, NS.text)) {
          if (item.local !== 'list-item' && item.local !== 'list-header') continue;
          const n = Number(attr(item, NS.text, 'start-value'));
          walk(item, depth, ls, true, item.local === 'list-header', Number.isInteger(n) && n > 1 && n < 32_768 ? n : undefined);
        }
      } else if (c.local === 'section') walk(c, level, listStyle, inList, false, undefined);
    }
  };
  walk(container, 0, undefined, false, false, undefined);
  return { paragraphs };
}


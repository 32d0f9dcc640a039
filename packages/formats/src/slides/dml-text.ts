/**
 * DrawingML text bodies (ECMA-376 Part 1, 21.1.2: a:txBody, a:p, a:r, a:br, a:fld) read into
 * plain paragraphs and written back from them. A line break inside a paragraph (a:br) is `\n`.
 */
import { NS } from '../xml/namespaces.js';
import { childElements, textContent } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { alternateContent, isA } from './ooxml-names.js';

function paragraphText(p: XmlElement): string {
  let s = '';
  const visit = (nodes: readonly XmlElement[]): void => {
    for (const c of nodes) {
      if (isA(c, 'r') || isA(c, 'fld')) {
        for (const t of childElements(c)) if (isA(t, 't')) s += textContent(t);
      } else if (isA(c, 'br')) {
        s += '\n';
      } else if (c.ns === NS.mc && c.local === 'AlternateContent') {
        visit(alternateContent(c));
      }
    }
  };
  visit(childElements(p));
  return s;
}

/**
 * The paragraphs of a text body (`a:txBody` or `p:txBody`), one string per `a:p`.
 * A body whose paragraphs are all empty yields `[]`: an empty placeholder carries no text.
 */
export function readTextBody(txBody: XmlElement | undefined): string[] {
  if (!txBody) return [];
  const paras = childElements(txBody)
    .filter((c) => isA(c, 'p'))
    .map(paragraphText);
  return paras.every((p) => p === '') ? [] : paras;
}

/** One `a:p` for a paragraph; `\n` becomes `a:br`. Runs carry only text, styles come from the master. */
export function writeParagraph(text: string, lang?: string): XmlOut {
  const rPr = lang ? x('a:rPr', { lang }) : null;
  const parts: XmlOut[] = [];
  text.split('\n').forEach((line, i) => {
    if (i > 0) parts.push(x('a:br', {}, rPr));
    if (line !== '') parts.push(x('a:r', {}, rPr, x('a:t', {}, line)));
  });
  return x('a:p', {}, parts, lang ? x('a:endParaRPr', { lang }) : null);
}

/**
 * The children of a text body for these paragraphs: `a:bodyPr`, `a:lstStyle`, then one `a:p`
 * each (at least one, as CT_TextBody requires).
 */
export function writeTextBodyContent(paragraphs: readonly string[], lang?: string): XmlOut[] {
  const ps = paragraphs.length > 0 ? paragraphs.map((p) => writeParagraph(p, lang)) : [writeParagraph('', lang)];
  return [x('a:bodyPr'), x('a:lstStyle'), ...ps];
}

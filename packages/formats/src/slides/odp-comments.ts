/**
 * Slide comments in ODF presentations. ODF 1.3 gives a draw:page no annotation; LibreOffice
 * writes them as `officeooo:annotation` children of the page (its extension namespace, with the
 * content of ODF's office:annotation: svg:x/svg:y anchor, dc:creator, dc:date,
 * meta:creator-initials, text:p paragraphs), and reads `office:annotation` there too. Both are
 * read. Nothing is written: an ODF 1.3 document must not carry the extension element (see
 * deck-conversion-losses.ts, which reports the loss).
 */
import type { SlideComment } from '@ostal/model';
import { NS } from '../xml/namespaces.js';
import { attr, childElements, textContent } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { odfLengthToEmu } from './odf-lengths.js';
import { odfParagraphText } from './odf-text.js';

/** LibreOffice's extension namespace for office features ODF lacks (prefix officeooo). */
export const OFFICEOOO = 'http://openoffice.org/2009/office';

const MAX_COMMENTS = 10_000;
const MAX_TEXT = 100_000;

function isAnnotation(el: XmlElement): boolean {
  return el.local === 'annotation' && (el.ns === OFFICEOOO || el.ns === NS.office);
}

function childText(el: XmlElement, ns: string, local: string): string | undefined {
  const c = childElements(el, ns, local)[0];
  const t = c ? textContent(c).trim() : '';
  return t === '' ? undefined : t;
}

/** The text:p and text:h of an annotation, lists included, in order. */
function paragraphsOf(el: XmlElement, depth = 0): XmlElement[] {
  if (depth > 16) return [];
  return childElements(el).flatMap((c) => {
    if (c.ns !== NS.text) return [];
    if (c.local === 'p' || c.local === 'h') return [c];
    return c.local === 'list' || c.local === 'list-item' || c.local === 'list-header' ? paragraphsOf(c, depth + 1) : [];
  });
}

/** The annotations of a draw:page as slide comments, in document order. */
export function readOdpComments(page: XmlElement): SlideComment[] | undefined {
  const out: SlideComment[] = [];
  for (const a of childElements(page).filter(isAnnotation).slice(0, MAX_COMMENTS)) {
    const text = paragraphsOf(a)
      .map(odfParagraphText)
      .join('\n')
      .slice(0, MAX_TEXT);
    const initials = childText(a, NS.meta, 'creator-initials');
    const date = childText(a, NS.dc, 'date');
    const at = (v: string | undefined): number => Math.max(0, odfLengthToEmu(v) ?? 0);
    out.push({
      author: childText(a, NS.dc, 'creator') ?? '',
      ...(initials ? { initials } : {}),
      ...(date ? { date } : {}),
      text,
      x: at(attr(a, NS.svg, 'x')),
      y: at(attr(a, NS.svg, 'y')),
    });
  }
  return out.length > 0 ? out : undefined;
}

/**
 * Slide comments in PresentationML. Read: the comment authors part (ECMA-376 Part 1, 19.4.3
 * p:cmAuthorLst) and each slide's comments part (19.4.4 p:cmLst, 19.4.1 p:cm with p:pos and
 * p:text; PowerPoint 2013 threads replies with p15:threadingInfo/p15:parentCm in p:extLst), or
 * PowerPoint's modern comments (p188:cmLst with p188:replyLst, authors in p188:authorLst) when
 * a slide has no classic ones, with their status (`resolved`). Written as modern comments only, as
 * PowerPoint 365 does: see pptx-modern-comments.ts.
 *
 * Positions: classic p:pos counts in 1/576 inch (PowerPoint's master units, eight per point; the
 * standard leaves the unit to the application), i.e. 1587.5 EMU; modern p188:pos is in EMU.
 */
import type { CommentEntry, Slide, SlideComment } from '@ostal/model';
import { attr, childElements } from '../xml/xml-tree.js';
import type { XmlElement } from '../xml/xml-tree.js';
import { intAttr } from './dml-properties.js';
import { isA, isP, pChild } from './ooxml-names.js';
import { BRACED_GUID, P188 } from './pptx-modern-comments.js';

/** EMU per p:pos unit (1/576 inch). */
const EMU_PER_COMMENT_UNIT = 1587.5;

const P15 = 'http://schemas.microsoft.com/office/powerpoint/2012/main';

/** Relationship types: classic parts end with these after the officeDocument base; modern ones are Office 2018's. */
export const COMMENT_RELS = {
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  authors: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/commentAuthors',
  modernComments: 'http://schemas.microsoft.com/office/2018/10/relationships/comments',
  modernAuthors: 'http://schemas.microsoft.com/office/2018/10/relationships/authors',
} as const;

/** At most this many comments are read per slide (hostile files). */
const MAX_COMMENTS = 10_000;
/** Longest comment text kept, in UTF-16 units. */
const MAX_TEXT = 100_000;

export interface CommentAuthor {
  readonly name: string;
  readonly initials?: string;
  /** The author's GUID, for modern comments' authors (p188:author `id`). */
  readonly guid?: string;
}


function ownText(el: XmlElement | undefined): string {
  if (!el) return '';
  return el.children
    .map((c) => (typeof c === 'string' ? c : ownText(c)))
    .join('')
    .slice(0, MAX_TEXT);
}

/** Authors by id from a p:cmAuthorLst or p188:authorLst root. */
export function readCommentAuthors(root: XmlElement | undefined): Map<string, CommentAuthor> {
  const out = new Map<string, CommentAuthor>();
  if (!root) return out;
  for (const a of childElements(root)) {
    if (!(isP(a, 'cmAuthor') || (a.ns === P188 && a.local === 'author'))) continue;
    const id = attr(a, '', 'id');
    if (id === undefined) continue;
    const initials = attr(a, '', 'initials');
    const guid = a.ns === P188 && BRACED_GUID.test(id) ? { guid: id.toUpperCase() } : {};
    out.set(id, { name: attr(a, '', 'name') ?? '', ...(initials ? { initials } : {}), ...guid });
  }
  return out;
}

function entry(author: CommentAuthor | undefined, date: string | undefined, text: string, id?: string): CommentEntry {
  return {
    ...(id !== undefined && BRACED_GUID.test(id) ? { id: id.toUpperCase() } : {}),
    ...(author?.guid ? { authorId: author.guid } : {}),
    author: author?.name ?? '',
    ...(author?.initials ? { initials: author.initials } : {}),
    ...(date ? { date } : {}),
    text: text.replace(/\r\n?/g, '\n'),
  };
}

/** The p15:parentCm of a classic comment, as `authorId:idx`. */
function parentKey(cm: XmlElement): string | undefined {
  for (const ext of childElements(pChild(cm, 'extLst') ?? cm).filter((e) => isP(e, 'ext'))) {
    for (const info of childElements(ext, P15, 'threadingInfo')) {
      const parent = childElements(info, P15, 'parentCm')[0];
      if (parent) return `${attr(parent, '', 'authorId') ?? ''}:${attr(parent, '', 'idx') ?? ''}`;
    }
  }
  return undefined;
}

/** Comments of a classic comments part (p:cmLst): replies go under the comment they answer, in file order. */
export function readClassicComments(root: XmlElement | undefined, authors: ReadonlyMap<string, CommentAuthor>): SlideComment[] {
  if (!root || !isP(root, 'cmLst')) return [];
  const top: { comment: SlideComment; replies: CommentEntry[] }[] = [];
  const byKey = new Map<string, { comment: SlideComment; replies: CommentEntry[] }>();
  for (const cm of childElements(root).filter((e) => isP(e, 'cm')).slice(0, MAX_COMMENTS)) {
    const authorId = attr(cm, '', 'authorId') ?? '';
    const base = entry(authors.get(authorId), attr(cm, '', 'dt'), ownText(pChild(cm, 'text')));
    const parent = parentKey(cm);
    const thread = parent === undefined ? undefined : byKey.get(parent);
    if (thread) {
      thread.replies.push(base);
      continue;
    }
    const pos = pChild(cm, 'pos');
    const at = (v: number | undefined): number => (v !== undefined && Number.isFinite(v) && v >= 0 ? Math.round(v * EMU_PER_COMMENT_UNIT) : 0);
    const item = { comment: { ...base, x: at(intAttr(pos, 'x')), y: at(intAttr(pos, 'y')) }, replies: [] as CommentEntry[] };
    top.push(item);
    byKey.set(`${authorId}:${attr(cm, '', 'idx') ?? ''}`, item);
  }
  return top.map(({ comment, replies }) => (replies.length > 0 ? { ...comment, replies } : comment));
}

/** Text of a p188:txBody: its paragraphs' runs, one line per paragraph. */
function modernText(cm: XmlElement): string {
  const body = childElements(cm, P188, 'txBody')[0];
  if (!body) return '';
  const para = (p: XmlElement): string =>
    childElements(p)
      .map((r) => (isA(r, 'r') || isA(r, 'fld') ? ownText(childElements(r).find((t) => isA(t, 't'))) : isA(r, 'br') ? '\n' : ''))
      .join('');
  return childElements(body)
    .filter((p) => isA(p, 'p'))
    .map(para)
    .join('\n')
    .slice(0, MAX_TEXT);
}

/** Comments of a modern comments part (p188:cmLst), replies from each p188:replyLst. */
export function readModernComments(root: XmlElement | undefined, authors: ReadonlyMap<string, CommentAuthor>): SlideComment[] {
  if (!root || root.ns !== P188 || root.local !== 'cmLst') return [];
  return childElements(root, P188, 'cm')
    .slice(0, MAX_COMMENTS)
    .map((cm) => {
      const replies = childElements(childElements(cm, P188, 'replyLst')[0] ?? cm, P188, 'reply').map((r) =>
        entry(authors.get(attr(r, '', 'authorId') ?? ''), attr(r, '', 'created'), modernText(r), attr(r, '', 'id')),
      );
      // p188:pos is an a:CT_Point2D, in EMU (not the classic 1/576 inch).
      const pos = childElements(cm, P188, 'pos')[0];
      const at = (v: number | undefined): number => (v !== undefined && Number.isFinite(v) && v >= 0 ? Math.round(v) : 0);
      const comment: SlideComment = {
        ...entry(authors.get(attr(cm, '', 'authorId') ?? ''), attr(cm, '', 'created'), modernText(cm), attr(cm, '', 'id')),
        x: at(intAttr(pos, 'x')),
        y: at(intAttr(pos, 'y')),
        // ST_CommentStatus: active, resolved or closed; a closed thread is resolved too.
        ...(attr(cm, '', 'status') === 'resolved' || attr(cm, '', 'status') === 'closed' ? { resolved: true } : {}),
      };
      return replies.length > 0 ? { ...comment, replies } : comment;
    });
}

/** True when a slide has comments to write. */
export function hasComments(slide: Slide): boolean {
  return (slide.comments?.length ?? 0) > 0;
}

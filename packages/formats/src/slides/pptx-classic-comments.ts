/**
 * Slide comments written as classic PowerPoint comments (ECMA-376 Part 1, 19.4: ppt/commentAuthors.xml
 * p:cmAuthorLst and one p:cmLst part per slide, replies threaded the PowerPoint 2013 way with
 * p15:threadingInfo/p15:parentCm). PowerPoint and LibreOffice both read them, but they cannot say
 * that a comment is resolved: a deck with a resolved comment is written with modern comments
 * instead (pptx-modern-comments.ts), which LibreOffice 7.4 does not read.
 *
 * Positions: p:pos counts in 1/576 inch (PowerPoint's master units, eight per point; the standard
 * leaves the unit to the application), i.e. 1587.5 EMU.
 */
import type { CommentEntry, SlideComment } from '@ostal/model';
import { serializeXml, x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { PML_NAMESPACES } from './pptx-placeholders.js';
import { initialsOf, pptxDate } from './pptx-modern-comments.js';

/** EMU per p:pos unit (1/576 inch). */
const EMU_PER_COMMENT_UNIT = 1587.5;

const P15 = 'http://schemas.microsoft.com/office/powerpoint/2012/main';
/** p:ext uri of PowerPoint 2013's comment threading (p15:threadingInfo). */
const THREADING_EXT = '{C676402C-5697-4E1C-873F-D02D1690AC5C}';

export const CLASSIC_COMMENT_CONTENT_TYPES = {
  comments: 'application/vnd.openxmlformats-officedocument.presentationml.comments+xml',
  authors: 'application/vnd.openxmlformats-officedocument.presentationml.commentAuthors+xml',
} as const;

/** True when some comment of the deck is resolved, which only modern comments can hold. */
export function needsModernComments(slides: readonly { readonly comments?: readonly SlideComment[] }[]): boolean {
  return slides.some((s) => s.comments?.some((c) => c.resolved === true) === true);
}

/** The deck's comment authors, numbered from 0 in order of first comment, with each one's comment count. */
export class CommentAuthors {
  private readonly list: { name: string; initials: string; count: number }[] = [];
  private readonly byKey = new Map<string, number>();

  /** Id of the author of `e`, counting one more comment for them; returns the id and the comment's idx. */
  take(e: CommentEntry): { authorId: number; idx: number } {
    const initials = e.initials ?? initialsOf(e.author);
    const key = `${e.author}\u0000${initials}`;
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = this.list.length;
      this.list.push({ name: e.author, initials, count: 0 });
      this.byKey.set(key, id);
    }
    const a = this.list[id];
    if (!a) return { authorId: id, idx: 1 };
    a.count += 1;
    return { authorId: id, idx: a.count };
  }

  get size(): number {
    return this.list.length;
  }

  /** The p:cmAuthorLst part. */
  xml(): string {
    return serializeXml(
      x(
        'p:cmAuthorLst',
        PML_NAMESPACES,
        this.list.map((a, id) => x('p:cmAuthor', { id, name: a.name, initials: a.initials, lastIdx: a.count, clrIdx: id % 10 })),
      ),
    );
  }
}

/** The comments part of one slide (p:cmLst): each comment then its replies, threaded with p15:parentCm. */
export function slideCommentsXml(comments: readonly SlideComment[], authors: CommentAuthors): string {
  const out: XmlOut[] = [];
  const cm = (e: CommentEntry, pos: { x: number; y: number }, parent?: { authorId: number; idx: number }): { authorId: number; idx: number } => {
    const { authorId, idx } = authors.take(e);
    const threading = parent
      ? x(
          'p:extLst',
          {},
          x('p:ext', { uri: THREADING_EXT }, x('p15:threadingInfo', { 'xmlns:p15': P15 }, x('p15:parentCm', { authorId: parent.authorId, idx: parent.idx }))),
        )
      : null;
    const el = x(
      'p:cm',
      { authorId, dt: pptxDate(e.date), idx },
      x('p:pos', { x: Math.max(0, Math.round(pos.x / EMU_PER_COMMENT_UNIT)), y: Math.max(0, Math.round(pos.y / EMU_PER_COMMENT_UNIT)) }),
      x('p:text', {}, e.text),
      threading,
    );
    out.push(el);
    return { authorId, idx };
  };
  for (const c of comments) {
    const ids = cm(c, c);
    for (const r of c.replies ?? []) cm(r, c, ids);
  }
  return serializeXml(x('p:cmLst', PML_NAMESPACES, out));
}

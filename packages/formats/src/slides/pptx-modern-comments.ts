/**
 * Slide comments written the way PowerPoint for Microsoft 365 writes them ("modern" comments,
 * [MS-PPTX] 2.3 and the p188 schema; ECMA-376 has no clause for them): one comments part per
 * slide (p188:cmLst, each p188:cm with a GUID `id`, `authorId`, `created`, `status="resolved"`
 * when resolved, a pc:sldMkLst anchor naming the slide, p188:pos, p188:replyLst and p188:txBody),
 * the authors in ppt/authors.xml (p188:authorLst), and the slide naming its part with a
 * p188:commentRel in its own p:extLst. PowerPoint writes no classic comments beside them, so
 * neither do we: a deck holding both shows each comment twice there.
 *
 * p188:pos is an a:CT_Point2D, in EMU from the top-left corner of the anchor (here the slide).
 */
import type { CommentEntry, DocumentMeta, SlideComment } from '@ostal/model';
import { serializeXml, x } from '../xml/xml-writer.js';
import type { XmlOut } from '../xml/xml-writer.js';
import { NS } from '../xml/namespaces.js';

export const P188 = 'http://schemas.microsoft.com/office/powerpoint/2018/8/main';
/** Namespace of PowerPoint's command monikers (pc:sldMkLst), [MS-PPTX] 2.3.1. */
const PC = 'http://schemas.microsoft.com/office/powerpoint/2013/main/command';
/** p:ext uri of the slide extension holding p188:commentRel. */
export const COMMENT_REL_EXT = '{6950BFC3-D8DA-4A85-94F7-54DA5524770B}';

export const MODERN_COMMENT_CONTENT_TYPES = {
  comments: 'application/vnd.ms-powerpoint.comments+xml',
  authors: 'application/vnd.ms-powerpoint.authors+xml',
} as const;

/** A GUID as PowerPoint writes them (`{…}`, 36 hex digits and dashes inside), the only form kept from a file. */
export const BRACED_GUID = /^\{[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\}$/;

/**
 * `created` written for an entry without a date when nothing else dates it (p188 requires one):
 * a fixed value, so that saving again does not change the part.
 */
export const UNDATED_CREATED = '1970-01-01T00:00:00Z';

/** A braced upper-case GUID derived from `seed`, so that the same deck saves to the same bytes. */
export function stableGuid(seed: string): string {
  // Four 32-bit FNV-1a hashes of the seed, each with its own offset, make the 128 bits.
  const words = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b].map((start) => {
    let h = start >>> 0;
    for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193) >>> 0;
    return h.toString(16).padStart(8, '0').toUpperCase();
  });
  const hex = words.join('');
  // Version 4 and variant bits, as a random GUID would have them.
  const v = `${hex.slice(0, 12)}4${hex.slice(13, 16)}${'89AB'[parseInt(hex[16] ?? '0', 16) % 4] ?? '8'}${hex.slice(17)}`;
  return `{${v.slice(0, 8)}-${v.slice(8, 12)}-${v.slice(12, 16)}-${v.slice(16, 20)}-${v.slice(20, 32)}}`;
}

/** A date PowerPoint accepts (xsd:dateTime, at most milliseconds), or undefined. */
export function pptxDate(date: string | undefined): string | undefined {
  if (!date) return undefined;
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.exec(date.trim());
  if (!m) return undefined;
  return `${m[1] ?? ''}${m[2] ? m[2].slice(0, 4) : ''}${m[3] ?? ''}`;
}

/** Initials of a name when the file gave none ("Marie Dupont" -> "MD"). */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 3)
    .map((w) => [...w][0] ?? '')
    .join('')
    .toUpperCase();
}

/**
 * The deck's comment authors, each with a GUID, in order of first comment or reply: the GUID the
 * file gave them (CommentEntry.authorId), else one derived from their name and initials.
 */
export class ModernCommentAuthors {
  private readonly list: { id: string; name: string; initials: string }[] = [];
  private readonly byKey = new Map<string, string>();
  private readonly used = new Set<string>();

  /** The GUID of the author of `e`, adding them on first sight. */
  idOf(e: CommentEntry): string {
    const initials = e.initials ?? initialsOf(e.author);
    const own = e.authorId !== undefined && BRACED_GUID.test(e.authorId) ? e.authorId.toUpperCase() : undefined;
    const key = own ?? `${e.author}\u0000${initials}`;
    let id = this.byKey.get(key);
    if (id === undefined) {
      id = own ?? stableGuid(`author\u0000${key}`);
      // A kept GUID may equal a derived one only by chance; derive another then.
      for (let n = 1; this.used.has(id); n++) id = stableGuid(`author\u0000${key}\u0000${String(n)}`);
      this.used.add(id);
      this.list.push({ id, name: e.author, initials });
      this.byKey.set(key, id);
    }
    return id;
  }

  get size(): number {
    return this.list.length;
  }

  /** The ppt/authors.xml part (p188:authorLst); userId is the name, as for a local account. */
  xml(): string {
    return serializeXml(
      x(
        'p188:authorLst',
        { 'xmlns:a': NS.a, 'xmlns:r': NS.r, 'xmlns:p188': P188 },
        this.list.map((a) => x('p188:author', { id: a.id, name: a.name, initials: a.initials, userId: a.name, providerId: 'None' })),
      ),
    );
  }
}

/** A p188:txBody holding `text`, one a:p per line. */
function txBody(text: string): XmlOut {
  return x(
    'p188:txBody',
    {},
    x('a:bodyPr'),
    x('a:lstStyle'),
    text.split('\n').map((line) => x('a:p', {}, line === '' ? null : x('a:r', {}, x('a:t', {}, line)))),
  );
}

/**
 * What tells one deck from another for derived GUIDs: its creation date, author and title, which
 * a deck keeps from save to save (its slides' text does not). Two decks made apart differ in it;
 * two copies of one file share it, as they share the GUIDs PowerPoint wrote in them.
 */
export function deckGuidSeed(meta: DocumentMeta): string {
  return [meta.created ?? '', meta.creator ?? '', meta.title ?? ''].join('\u0000');
}

/**
 * The GUIDs of a deck's comment entries: each entry's own (CommentEntry.id, kept from the file or
 * given when the comment was made), else one derived from the deck ({@link deckGuidSeed}), the
 * entry's place in it and its content, the same at every save. No two entries get the same one.
 */
export class ModernCommentIds {
  private readonly used = new Set<string>();

  constructor(private readonly deckSeed = '') {}

  /** The GUID of `e`; `place` names where it is in the deck (slide index, comment, reply). */
  idOf(e: CommentEntry, place: string): string {
    const own = e.id !== undefined && BRACED_GUID.test(e.id) ? e.id.toUpperCase() : undefined;
    const seed = `${this.deckSeed}\u0000${place}\u0000${e.author}\u0000${e.date ?? ''}\u0000${e.text}`;
    let id = own ?? stableGuid(seed);
    for (let n = 1; this.used.has(id); n++) id = stableGuid(`${seed}\u0000${String(n)}`);
    this.used.add(id);
    return id;
  }
}

/**
 * The modern comments part of one slide.
 * @param slide what the anchor (pc:sldMk) names: the slide's p:sldId id in presentation.xml and
 * its p14:creationId; `index`, its place in the deck (for GUIDs of entries that have none);
 * `undated`, the `created` written for an undated comment (the deck's creation date, else
 * UNDATED_CREATED): `created` is required, and must not change from one save to the next. An
 * undated reply takes its comment's date.
 */
export function modernCommentsXml(
  comments: readonly SlideComment[],
  authors: ModernCommentAuthors,
  ids: ModernCommentIds,
  slide: { sldId: number; creationId: number; index: number; undated: string },
): string {
  const cms = comments.map((c, i) => {
    const place = `${String(slide.index)}.${String(i)}`;
    const created = pptxDate(c.date) ?? slide.undated;
    const replies = (c.replies ?? []).map((r, j) =>
      x('p188:reply', { id: ids.idOf(r, `${place}.${String(j)}`), authorId: authors.idOf(r), created: pptxDate(r.date) ?? created }, txBody(r.text)),
    );
    return x(
      'p188:cm',
      { id: ids.idOf(c, place), authorId: authors.idOf(c), created, status: c.resolved ? 'resolved' : undefined },
      x('pc:sldMkLst', {}, x('pc:docMk'), x('pc:sldMk', { cId: slide.creationId, sldId: slide.sldId })),
      x('p188:pos', { x: Math.max(0, Math.round(c.x)), y: Math.max(0, Math.round(c.y)) }),
      replies.length > 0 ? x('p188:replyLst', {}, replies) : null,
      txBody(c.text),
    );
  });
  return serializeXml(x('p188:cmLst', { 'xmlns:a': NS.a, 'xmlns:r': NS.r, 'xmlns:p188': P188, 'xmlns:pc': PC }, cms));
}

/** The slide's p:extLst entry naming its comments part by relationship id. */
export function commentRelExt(relId: string): XmlOut {
  return x('p:ext', { uri: COMMENT_REL_EXT }, x('p188:commentRel', { 'xmlns:p188': P188, 'r:id': relId }));
}

/**
 * Excel's threaded comments ([MS-XLSX] 2.1.x: the `threadedComment` part of a worksheet, one
 * `threadedComment` per message with `ref`, `dT` (date), `personId`, `id`, `parentId` for
 * replies, `done` for a resolved thread; the workbook's `personList` with `displayName`s). They
 * become model comments with author, date and replies, and are written back the same way: a
 * comment with replies is a thread, whose legacy note (author `tc={id}`) holds the thread as
 * text for applications that know only notes; a comment without replies stays a plain note.
 */
import type { CellComment, CommentReply } from '@ostal/model';
import { cellName } from '@ostal/model';
import type { ReadContext } from '../codec.js';
import type { OpcPackage } from '../ooxml/opc-package.js';
import { escapeAttr, escapeText } from '../xml/xml-writer.js';
import { streamXml } from '../xml/xml-parser.js';
import { OdfNodeBuilder, odfText } from './odf-style-node.js';
import type { OdfNode } from './odf-style-node.js';
import { parseRange } from './xlsx-sheet-reader.js';

export const NS_THREADED = 'http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments';
export const REL_THREADED = 'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment';
export const REL_PERSON = 'http://schemas.microsoft.com/office/2017/10/relationships/person';
export const CT_THREADED = 'application/vnd.ms-excel.threadedcomments+xml';
export const CT_PERSON = 'application/vnd.ms-excel.person+xml';

function parse(xml: string, part: string, ctx: ReadContext): OdfNode | undefined {
  const builder = new OdfNodeBuilder();
  streamXml(xml, { open: (t) => builder.open(t), close: () => builder.close(), text: (t) => builder.text(t) }, { part, maxDepth: ctx.limits.maxXmlDepth });
  return builder.root.children[0];
}

function att(node: OdfNode, local: string): string | undefined {
  return node.attrs.get(` ${local}`);
}

function children(node: OdfNode, local: string): OdfNode[] {
  return node.children.filter((c) => c.ns === NS_THREADED && c.local === local);
}

/** Display names of the workbook's persons by id; empty when the workbook has none. */
export function readPersons(pkg: OpcPackage, workbookPart: string, ctx: ReadContext): Map<string, string> {
  const out = new Map<string, string>();
  const rel = pkg.relationships(workbookPart).find((r) => r.type === REL_PERSON && !r.external);
  if (!rel || !pkg.has(rel.target)) return out;
  try {
    const root = parse(pkg.text(rel.target), rel.target, ctx);
    for (const p of root ? children(root, 'person') : []) {
      const id = att(p, 'id');
      const name = att(p, 'displayName');
      if (id && name) out.set(id, name);
    }
  } catch {
    ctx.diagnostics.warn('unreadable-part', `The persons part ${rel.target} could not be read; comment authors are lost.`, rel.target);
  }
  return out;
}

/** `2022-03-13T10:07:02.61` kept as written when it is a date-time. */
function dateOf(value: string | undefined): string | undefined {
  return value && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.test(value) ? value : undefined;
}

/**
 * The threads of a worksheet by cell (`row,col`), each a comment with its replies; empty when
 * the sheet has no threaded comments part.
 */
export function readThreadedComments(pkg: OpcPackage, sheetPart: string, persons: ReadonlyMap<string, string>, ctx: ReadContext): Map<string, CellComment> {
  const out = new Map<string, CellComment>();
  const rel = pkg.relationships(sheetPart).find((r) => r.type === REL_THREADED && !r.external);
  if (!rel || !pkg.has(rel.target)) return out;
  let root: OdfNode | undefined;
  try {
    root = parse(pkg.text(rel.target), rel.target, ctx);
  } catch {
    ctx.diagnostics.warn('unreadable-part', `The threaded comments part ${rel.target} could not be read; their notes are read instead.`, rel.target);
    return out;
  }
  const byId = new Map<string, string>();
  const replies = new Map<string, CommentReply[]>();
  for (const c of root ? children(root, 'threadedComment') : []) {
    const range = parseRange(att(c, 'ref') ?? '');
    if (!range) continue;
    const textEl = children(c, 'text')[0];
    const text = (textEl ? odfText(textEl) : '').replace(/\r\n?/g, '\n').replace(/\n$/, '');
    const author = persons.get(att(c, 'personId') ?? '');
    const date = dateOf(att(c, 'dT'));
    const message = { text, ...(author ? { author } : {}), ...(date ? { date } : {}) };
    const key = `${String(range.top)},${String(range.left)}`;
    const parent = att(c, 'parentId');
    if (parent !== undefined && byId.has(parent)) {
      const list = replies.get(byId.get(parent)!) ?? [];
      list.push(message);
      replies.set(byId.get(parent)!, list);
    } else if (!out.has(key)) {
      const id = att(c, 'id');
      if (id) byId.set(id, key);
      const done = att(c, 'done');
      out.set(key, { row: range.top, col: range.left, ...message, ...(done === '1' || done === 'true' ? { resolved: true } : {}), threaded: true });
    }
  }
  for (const [key, list] of replies) {
    const c = out.get(key);
    if (c) out.set(key, { ...c, replies: list });
  }
  return out;
}

/** Legacy notes with the threads put in their place (a thread's note is only its text fallback). */
export function withThreads(notes: readonly CellComment[], threads: ReadonlyMap<string, CellComment>): CellComment[] {
  if (threads.size === 0) return [...notes];
  const out = new Map<string, CellComment>();
  for (const n of notes) out.set(`${String(n.row)},${String(n.col)}`, n);
  for (const [key, t] of threads) {
    const note = out.get(key);
    out.set(key, note?.visible ? { ...t, visible: true } : t);
  }
  return [...out.values()].sort((p, q) => p.row - q.row || p.col - q.col);
}

// --- writing ---

/** A stable GUID-shaped id: `{…}` from a kind and two numbers (same file, same ids). */
export function threadId(kind: number, a: number, b: number): string {
  const hex = (n: number, len: number): string => n.toString(16).toUpperCase().padStart(len, '0').slice(-len);
  return `{0571A1${hex(kind, 2)}-${hex(a >>> 16, 4)}-${hex(a & 0xffff, 4)}-8000-${hex(b, 12)}}`;
}

/** Comments written as threads: Excel's threaded comments, and any comment with replies. */
export function isThread(c: CellComment): boolean {
  return c.threaded === true || (c.replies?.length ?? 0) > 0;
}

/** Everyone who wrote in the threads of the workbook, with their person ids. */
export class PersonList {
  private readonly ids = new Map<string, string>();

  id(name: string): string {
    let id = this.ids.get(name);
    if (!id) {
      id = threadId(1, 0, this.ids.size + 1);
      this.ids.set(name, id);
    }
    return id;
  }

  get size(): number {
    return this.ids.size;
  }

  xml(): string {
    const persons = [...this.ids].map(([name, id]) => `<person displayName="${escapeAttr(name)}" id="${id}" userId="${escapeAttr(name)}" providerId="None"/>`);
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<personList xmlns="${NS_THREADED}">${persons.join('')}</personList>`;
  }
}

/** The text a thread's legacy note carries, for applications without threads. */
export function threadFallbackText(c: CellComment): string {
  const line = (m: { text: string; author?: string; date?: string }): string => `${m.author ?? '?'}${m.date ? ` (${m.date.slice(0, 10)})` : ''}: ${m.text}`;
  return [line(c), ...(c.replies ?? []).map(line)].join('\n');
}

/** The threaded comments part of one sheet (`sheet` one-based), for its comments with replies. */
export function threadedCommentsXml(comments: readonly CellComment[], sheet: number, persons: PersonList): string {
  const out: string[] = [];
  comments.forEach((c, i) => {
    if (!isThread(c)) return;
    const ref = cellName(c.row, c.col);
    const id = threadId(2, sheet, i * 1000);
    const message = (m: { text: string; author?: string; date?: string }, mid: string, parent?: string, done?: boolean): string =>
      `<threadedComment ref="${ref}"${m.date ? ` dT="${escapeAttr(m.date)}"` : ''} personId="${persons.id(m.author ?? '')}" id="${mid}"${parent ? ` parentId="${parent}"` : ''}${done ? ' done="1"' : ''}><text xml:space="preserve">${escapeText(m.text)}</text></threadedComment>`;
    out.push(message(c, id, undefined, c.resolved));
    (c.replies ?? []).forEach((r, k) => out.push(message(r, threadId(2, sheet, i * 1000 + k + 1), id)));
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ThreadedComments xmlns="${NS_THREADED}">${out.join('')}</ThreadedComments>`;
}

/** The legacy note of comment `i` of a sheet: a thread's is its fallback text under author `tc={id}`. */
export function legacyNote(c: CellComment, sheet: number, i: number): CellComment {
  return isThread(c) ? { ...c, text: threadFallbackText(c), author: `tc=${threadId(2, sheet, i * 1000)}` } : c;
}

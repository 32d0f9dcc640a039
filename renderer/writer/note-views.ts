/**
 * How the writer shows footnotes, endnotes and comments (model: `text-note-schema.ts`).
 *
 * - A note is its citation in superscript — its number in document order (footnotes 1, 2, 3...,
 *   endnotes i, ii, iii..., counted apart, as Word shows them, or in the format and from the
 *   start value of the document's note settings, `text-note-settings.ts`, restarting by section,
 *   chapter or page as they say) or its custom mark — with the
 *   note's text in a box that opens on hover or keyboard focus, like Word's note tooltip.
 * - A comment is a small marker where it starts, showing author, date and text the same way;
 *   the commented text (`comment_range` mark) is highlighted by the stylesheet. Replies and
 *   resolved comments are labelled.
 *
 * Notes and comments are atoms here: their text is shown, not edited.
 */
import { DOMSerializer } from 'prosemirror-model';
import type { Node as PMNode } from 'prosemirror-model';
import type { EditorView, NodeView } from 'prosemirror-view';
import { noteCitation, noteNumbers } from '@ostal/model';
import { pageViewInfo } from './page-view-plugin.js';

/** Strings the note and comment views show, already translated. */
export interface NoteLabels {
  /** "Note de bas de page", "Note de fin", "Commentaire". */
  readonly footnote: string;
  readonly endnote: string;
  readonly comment: string;
  /** "Réponse", "Résolu", "Auteur inconnu". */
  readonly reply: string;
  readonly resolved: string;
  readonly unknownAuthor: string;
  /** An ISO date as the user reads it (the ISO text itself when it is no date). */
  readonly formatDate: (iso: string) => string;
}

/** The blocks of a note or comment as read-only DOM. */
function contentDOM(node: PMNode): HTMLElement | DocumentFragment {
  return DOMSerializer.fromSchema(node.type.schema).serializeFragment(node.content);
}

const liveNotes = new WeakMap<EditorView, Set<NoteView>>();

/** The view of a `note`: superscript citation, and its text in a box shown on hover or focus. */
export class NoteView implements NodeView {
  readonly dom: HTMLElement;
  private readonly citation: HTMLElement;
  private readonly box: HTMLElement;
  /** The number last given by `renumberNotes`, kept when the note is redrawn. */
  private number: number | undefined;

  constructor(
    private node: PMNode,
    private readonly view: EditorView,
    private readonly labels: NoteLabels,
  ) {
    this.dom = document.createElement('span');
    this.dom.className = 'writer-note';
    this.dom.tabIndex = 0;
    this.dom.contentEditable = 'false';
    this.citation = document.createElement('sup');
    this.citation.className = 'writer-note__citation';
    this.box = document.createElement('span');
    this.box.className = 'writer-note__box';
    this.box.setAttribute('role', 'note');
    this.dom.append(this.citation, this.box);
    this.render();
    let set = liveNotes.get(view);
    if (!set) liveNotes.set(view, (set = new Set()));
    set.add(this);
  }

  /** Sets the citation: the custom mark, or `number` in the document's format for the note's kind. */
  setNumber(number: number | undefined): void {
    this.number = number;
    const text = noteCitation(this.view.state.doc, this.node, number);
    if (this.citation.textContent !== text) this.citation.textContent = text;
    const kind = this.node.attrs.kind === 'endnote' ? this.labels.endnote : this.labels.footnote;
    const label = `${kind} ${text} : ${this.node.textContent}`;
    if (this.dom.getAttribute('aria-label') !== label) this.dom.setAttribute('aria-label', label);
  }

  get noteNode(): PMNode {
    return this.node;
  }

  update(node: PMNode): boolean {
    if (node.type !== this.node.type) return false;
    // Redrawn with new decorations around it: the same note shows the same.
    if (node === this.node) return true;
    this.node = node;
    this.render();
    return true;
  }

  stopEvent(): boolean {
    return false;
  }

  ignoreMutation(): boolean {
    return true;
  }

  destroy(): void {
    liveNotes.get(this.view)?.delete(this);
  }

  private render(): void {
    this.dom.dataset.kind = this.node.attrs.kind as string;
    const title = document.createElement('span');
    title.className = 'writer-note__title';
    title.textContent = this.node.attrs.kind === 'endnote' ? this.labels.endnote : this.labels.footnote;
    this.box.replaceChildren(title, contentDOM(this.node));
    this.setNumber(this.number);
  }
}

/**
 * Renumbers the notes shown in `view` (document order, footnotes and endnotes apart); call after
 * each update. Cheap on a long document: only blocks changed since the last call are walked.
 * A kind restarting on each page restarts where the page view's pages start (`pageViewInfo`,
 * after each layout); the draft view has no pages: the count goes on.
 */
export function renumberNotes(view: EditorView): void {
  const set = liveNotes.get(view);
  if (!set || set.size === 0) return;
  const numbers = noteNumbers(view.state.doc, pageViewInfo(view.state).starts);
  for (const v of set) v.setNumber(numbers.get(v.noteNode));
}

/** The view of a `comment`: a marker with author, date and text in a box shown on hover or focus. */
export function commentView(node: PMNode, labels: NoteLabels): NodeView {
  const dom = document.createElement('span');
  dom.className = 'writer-comment';
  dom.tabIndex = 0;
  dom.contentEditable = 'false';
  const render = (n: PMNode): void => {
    const author = (n.attrs.author as string | null) ?? labels.unknownAuthor;
    const date = n.attrs.date as string | null;
    const marker = document.createElement('span');
    marker.className = 'writer-comment__marker';
    marker.setAttribute('aria-hidden', 'true');
    marker.textContent = (n.attrs.initials as string | null) ?? author.slice(0, 1).toUpperCase();
    const box = document.createElement('span');
    box.className = 'writer-comment__box';
    box.setAttribute('role', 'note');
    const head = document.createElement('span');
    head.className = 'writer-comment__head';
    const who = document.createElement('strong');
    who.textContent = author;
    head.append(who);
    if (date) {
      const when = document.createElement('span');
      when.className = 'writer-comment__date';
      when.textContent = labels.formatDate(date);
      head.append(' ', when);
    }
    const tags = [n.attrs.parent !== null ? labels.reply : null, n.attrs.resolved ? labels.resolved : null].filter((s): s is string => s !== null);
    for (const tag of tags) {
      const el = document.createElement('span');
      el.className = 'writer-comment__tag';
      el.textContent = tag;
      head.append(' ', el);
    }
    box.append(head, contentDOM(n));
    dom.dataset.reply = n.attrs.parent !== null ? 'true' : 'false';
    dom.dataset.resolved = n.attrs.resolved ? 'true' : 'false';
    dom.setAttribute('aria-label', `${labels.comment}, ${author}${date ? `, ${labels.formatDate(date)}` : ''}${tags.length > 0 ? `, ${tags.join(', ')}` : ''} : ${n.textContent}`);
    dom.replaceChildren(marker, box);
  };
  render(node);
  return {
    dom,
    update: (n) => {
      if (n.type !== node.type) return false;
      render(n);
      return true;
    },
    ignoreMutation: () => true,
  };
}

/** Node views of notes and comments, for an editor's `nodeViews`. */
export function noteViews(labels: NoteLabels): Record<'note' | 'comment', (node: PMNode, view: EditorView) => NodeView> {
  return { note: (node, view) => new NoteView(node, view, labels), comment: (node) => commentView(node, labels) };
}

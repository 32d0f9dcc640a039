/**
 * The slides editor's comment state and commands: the panel's text field, the thread shown, and
 * every change of the slide's comments committed as one undo step. The author is the user's name
 * from the settings (empty when unset).
 */
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { Deck, Transform } from '@ostal/model';
import { addComment, commentEntry, deleteComment, editCommentText, moveComment, newCommentPoint, replyToComment, setCommentResolved } from './comment-operations.js';
import { CommentMarkers, SlideCommentsPanel } from './SlideComments.js';
import type { CommentDraft } from './SlideComments.js';
import type { SlidesCommentLabels } from './slides-comment-labels.js';

export interface SlideCommentsUi {
  readonly panel: ReactNode;
  readonly markers: ReactNode;
}

export function useSlideComments(deck: Deck, index: number, author: string, labels: SlidesCommentLabels, selectedFrame: Transform | undefined, commit: (next: Deck, merge?: string) => void): SlideCommentsUi {
  const [state, setState] = useState<{ slide: string | undefined; draft: CommentDraft | null; active: number | undefined; focus: number }>({ slide: undefined, draft: null, active: undefined, focus: 0 });
  const slide = deck.slides[index];
  // Another slide: no text field open, no thread shown.
  const own = state.slide === slide?.id ? state : { slide: slide?.id, draft: null, active: undefined, focus: 0 };
  const comments = slide?.comments ?? [];
  const set = (patch: Partial<typeof own>) => setState({ ...own, ...patch });
  const change = (next: Deck, active?: number) => {
    commit(next);
    set({ draft: null, active });
  };
  const now = () => new Date();
  const panel = slide ? (
    <SlideCommentsPanel
      key={slide.id}
      comments={comments}
      labels={labels}
      draft={own.draft}
      onDraft={(draft) => set({ draft })}
      active={own.active}
      focusToken={own.focus}
      commands={{
        onAdd: (text) => change(addComment(deck, index, commentEntry(author, text, now()), newCommentPoint(deck, index, selectedFrame)), comments.length),
        onReply: (i, text) => change(replyToComment(deck, index, i, commentEntry(author, text, now())), i),
        onEdit: (ref, text) => change(editCommentText(deck, index, ref, text), ref.comment),
        onDelete: (ref) => change(deleteComment(deck, index, ref), ref.reply === undefined ? undefined : ref.comment),
        onResolve: (i, resolved) => change(setCommentResolved(deck, index, i, resolved), i),
      }}
    />
  ) : null;
  const markers = slide && comments.length > 0 ? <CommentMarkers comments={comments} size={deck.size} labels={labels} active={own.active} onActivate={(i) => set({ active: i, focus: own.focus + 1 })} onMove={(i, at, merge) => {
    commit(moveComment(deck, index, i, at), merge && slide ? `${merge}:${slide.id}` : undefined);
    set({ active: i });
  }} /> : null;
  return { panel, markers };
}

/**
 * Comments and tracked changes in the editor: the comments pane and its new-comment draft, the
 * Révision shortcuts (Ctrl+Alt+M new comment, Ctrl+Shift+E recording on/off), the author and
 * date of what the user adds, and the status line while recording.
 */
import { useState } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent, ReactNode, RefObject } from 'react';
import type { Command, EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { CommentsPane } from './CommentsPane.js';
import { addComment, commentDate, commentThreads, deleteComment, goToComment, newCommentId, replyToComment, setCommentResolved } from './comment-commands.js';
import type { CommentAuthor } from './comment-commands.js';
import { isTracking, setTracking } from './track-changes.js';
import type { ReviewActions } from './ReviewTools.js';
import type { ReviewLabels } from './review-labels.js';
import { syncSelectionFromPage } from './dom-selection.js';

export interface UseReviewOptions {
  readonly viewRef: RefObject<EditorView | null>;
  readonly labels: ReviewLabels;
  /** The user's name from the settings ('' when none). */
  readonly author: string;
  readonly run: (command: Command) => void;
}

export function useReview({ viewRef, labels, author, run }: UseReviewOptions) {
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<{ quote: string; key: number } | null>(null);
  const who = (): CommentAuthor => ({ name: author.trim() === '' ? labels.unknownAuthor : author.trim(), date: commentDate(new Date()) });

  const newComment = () => {
    const view = viewRef.current;
    if (!view || !view.editable) return;
    syncSelectionFromPage(view);
    const { from, to, empty } = view.state.selection;
    const quote = empty ? '' : view.state.doc.textBetween(from, to, ' ').slice(0, 80);
    setOpen(true);
    setDraft((d) => ({ quote, key: (d?.key ?? 0) + 1 }));
  };

  const toggleTracking = () => {
    const view = viewRef.current;
    if (view) run(setTracking(!isTracking(view.state)));
  };

  const actions: ReviewActions = {
    onNewComment: newComment,
    commentsOpen: open,
    onComments: () => setOpen((o) => !o),
    onToggleTracking: toggleTracking,
  };

  /** Handles the Révision shortcuts; true when the key was one. */
  const onKeyDown = (event: ReactKeyboardEvent): boolean => {
    const ctrl = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    if (ctrl && event.altKey && !event.shiftKey && (key === 'm' || event.code === 'KeyM')) newComment();
    else if (ctrl && event.shiftKey && !event.altKey && (key === 'e' || event.code === 'KeyE')) toggleTracking();
    else return false;
    event.preventDefault();
    event.stopPropagation();
    return true;
  };

  return {
    actions,
    onKeyDown,
    /** The author and date of a change recorded now. */
    changeAuthor: who,
    pane: (state: EditorState): ReactNode =>
      open ? (
        <CommentsPane
          labels={labels}
          threads={commentThreads(state.doc)}
          draft={draft}
          onPost={(text) => {
            setDraft(null);
            const view = viewRef.current;
            if (view) run(addComment(newCommentId(view.state.doc), who(), text));
          }}
          onCancelDraft={() => {
            setDraft(null);
            viewRef.current?.focus();
          }}
          onReply={(id, text) => {
            const view = viewRef.current;
            if (view) run(replyToComment(id, newCommentId(view.state.doc), who(), text));
          }}
          onResolve={(id, resolved) => run(setCommentResolved(id, resolved))}
          onDelete={(id) => run(deleteComment(id))}
          onGo={(id) => run(goToComment(id))}
        />
      ) : null,
    status: (state: EditorState): ReactNode => (isTracking(state) ? <span className="writer-status__tracking">{labels.tracking}</span> : null),
  };
}

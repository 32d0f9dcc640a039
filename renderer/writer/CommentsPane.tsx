/**
 * The comments pane (Révision > Commentaires): every thread in document order with its author,
 * date, commented text and replies; reply, resolve or reopen, delete; a new comment is typed at
 * the top. Clicking a thread puts the cursor at its text. Ctrl+Enter posts, Escape cancels.
 */
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { Button } from '../ui/index.js';
import type { CommentThread } from './comment-commands.js';
import type { ReviewLabels } from './review-labels.js';

export interface CommentsPaneProps {
  readonly labels: ReviewLabels;
  readonly threads: readonly CommentThread[];
  /** The text a new comment is being written on (null: no new comment open). */
  readonly draft: { readonly quote: string; readonly key: number } | null;
  readonly onPost: (text: string) => void;
  readonly onCancelDraft: () => void;
  readonly onReply: (id: string, text: string) => void;
  readonly onResolve: (id: string, resolved: boolean) => void;
  readonly onDelete: (id: string) => void;
  readonly onGo: (id: string) => void;
}

/** A text field with Publier / Annuler (Ctrl+Enter posts, Escape cancels). */
function Composer({ label, labels, onPost, onCancel, autoFocus }: { label: string; labels: ReviewLabels; onPost: (text: string) => void; onCancel: () => void; autoFocus: boolean }) {
  const [text, setText] = useState('');
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, [autoFocus]);
  const post = () => {
    if (text.trim() !== '') onPost(text);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      post();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
    }
  };
  return (
    <div className="writer-comments__composer">
      <textarea ref={ref} className="ui-input" aria-label={label} placeholder={label} rows={3} value={text} onChange={(e) => setText(e.target.value)} onKeyDown={onKeyDown} />
      <div className="writer-comments__actions">
        <Button variant="primary" disabled={text.trim() === ''} onClick={post}>
          {labels.post}
        </Button>
        <Button onClick={onCancel}>{labels.cancel}</Button>
      </div>
    </div>
  );
}

export function CommentsPane({ labels, threads, draft, onPost, onCancelDraft, onReply, onResolve, onDelete, onGo }: CommentsPaneProps) {
  const [replying, setReplying] = useState<string | null>(null);
  const head = (author: string | null, date: string | null) => (
    <div className="writer-comments__head">
      <span className="writer-comments__author">{author ?? labels.unknownAuthor}</span>
      {date && <span className="writer-comments__date">{labels.formatDate(date)}</span>}
    </div>
  );
  return (
    <aside className="writer-comments" aria-label={labels.comments}>
      <h2 className="writer-comments__title">{labels.comments}</h2>
      {draft && (
        <section className="writer-comments__thread writer-comments__thread--new" aria-label={labels.newComment}>
          {draft.quote !== '' && <p className="writer-comments__quote">{labels.onText(draft.quote)}</p>}
          <Composer key={draft.key} label={labels.commentText} labels={labels} onPost={onPost} onCancel={onCancelDraft} autoFocus />
        </section>
      )}
      {threads.length === 0 && !draft && <p className="writer-comments__empty">{labels.noComments}</p>}
      <ul className="writer-comments__list">
        {threads.map((t) => (
          <li key={t.id}>
            <article className={t.resolved ? 'writer-comments__thread writer-comments__thread--resolved' : 'writer-comments__thread'} aria-label={`${t.author ?? labels.unknownAuthor} : ${t.text}`}>
              <button type="button" className="writer-comments__go" onClick={() => onGo(t.id)}>
                {head(t.author, t.date)}
                {t.quote !== '' && <span className="writer-comments__quote">{labels.onText(t.quote)}</span>}
                <span className="writer-comments__text">{t.text}</span>
                {t.resolved && <span className="writer-comments__tag">{labels.resolved}</span>}
              </button>
              {t.replies.map((r) => (
                <div key={r.id} className="writer-comments__reply">
                  {head(r.author, r.date)}
                  <p className="writer-comments__text">{r.text}</p>
                  <Button variant="quiet" aria-label={`${labels.delete} (${r.author ?? labels.unknownAuthor} : ${r.text})`} onClick={() => onDelete(r.id)}>
                    {labels.delete}
                  </Button>
                </div>
              ))}
              {replying === t.id ? (
                <Composer
                  label={labels.replyText}
                  labels={labels}
                  autoFocus
                  onCancel={() => setReplying(null)}
                  onPost={(text) => {
                    setReplying(null);
                    onReply(t.id, text);
                  }}
                />
              ) : (
                <div className="writer-comments__actions">
                  <Button variant="quiet" onClick={() => setReplying(t.id)}>
                    {labels.reply}
                  </Button>
                  <Button variant="quiet" onClick={() => onResolve(t.id, !t.resolved)}>
                    {t.resolved ? labels.reopen : labels.resolve}
                  </Button>
                  <Button variant="quiet" onClick={() => onDelete(t.id)}>
                    {labels.delete}
                  </Button>
                </div>
              )}
            </article>
          </li>
        ))}
      </ul>
    </aside>
  );
}

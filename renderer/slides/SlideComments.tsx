/**
 * Review comments of the selected slide: the Comments panel (each thread with its author, date,
 * text and replies; new comment, reply, edit, delete, resolve / reopen) and the numbered markers
 * drawn on the canvas at each comment's place. A marker shows its thread in the panel. In a text
 * field, Ctrl+Enter saves and Escape cancels.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Deck, SlideComment } from '@ostal/model';
import { Button } from '../ui/index.js';
import type { CommentRef } from './comment-operations.js';
import type { SlidesCommentLabels } from './slides-comment-labels.js';
import './slides-comments.css';

/** What the text field of the panel is doing. */
export type CommentDraft = { readonly mode: 'new' } | { readonly mode: 'reply'; readonly comment: number } | { readonly mode: 'edit'; readonly ref: CommentRef };

export interface CommentCommands {
  readonly onAdd: (text: string) => void;
  readonly onReply: (comment: number, text: string) => void;
  readonly onEdit: (ref: CommentRef, text: string) => void;
  readonly onDelete: (ref: CommentRef) => void;
  readonly onResolve: (comment: number, resolved: boolean) => void;
}

function Composer({ label, initial, labels, onSave, onCancel }: { label: string; initial: string; labels: SlidesCommentLabels; onSave: (text: string) => void; onCancel: () => void }) {
  const [text, setText] = useState(initial);
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const save = () => {
    if (text.trim()) onSave(text.trim());
  };
  const onKey = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      save();
    }
  };
  return (
    <div className="slides-comments__composer">
      <textarea ref={ref} className="ui-textarea" aria-label={label} rows={3} value={text} onChange={(e) => setText(e.target.value)} onKeyDown={onKey} />
      <div className="slides-side__buttons">
        <Button variant="primary" disabled={!text.trim()} onClick={save}>
          {labels.save}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          {labels.cancel}
        </Button>
      </div>
    </div>
  );
}

function Byline({ author, date, labels }: { author: string; date: string | undefined; labels: SlidesCommentLabels }) {
  return (
    <p className="slides-comments__byline">
      <strong className="slides-comments__author">{author || labels.unknownAuthor}</strong>
      {date ? (
        <time className="slides-comments__date" dateTime={date}>
          {labels.date(date)}
        </time>
      ) : null}
    </p>
  );
}

export interface SlideCommentsPanelProps {
  readonly comments: readonly SlideComment[];
  readonly labels: SlidesCommentLabels;
  readonly draft: CommentDraft | null;
  readonly onDraft: (draft: CommentDraft | null) => void;
  /** The thread to show (a marker was activated), and a counter that moves the focus to it. */
  readonly active: number | undefined;
  readonly focusToken: number;
  readonly commands: CommentCommands;
}

export function SlideCommentsPanel({ comments, labels, draft, onDraft, active, focusToken, commands }: SlideCommentsPanelProps) {
  const id = useId();
  const listRef = useRef<HTMLOListElement>(null);
  const activeRef = useRef(active);
  activeRef.current = active;
  // Only a marker's activation moves the focus (not other changes of the thread shown).
  useEffect(() => {
    if (focusToken === 0 || activeRef.current === undefined) return;
    listRef.current?.querySelector<HTMLElement>(`[data-comment="${String(activeRef.current)}"]`)?.focus();
  }, [focusToken]);
  const done = () => onDraft(null);
  const editing = (ref: CommentRef) => draft?.mode === 'edit' && draft.ref.comment === ref.comment && draft.ref.reply === ref.reply;
  return (
    <section className="slides-side__comments slides-comments" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="slides-side__heading">
        {labels.heading(comments.length)}
      </h2>
      {draft?.mode === 'new' ? (
        <Composer label={labels.textField} initial="" labels={labels} onCancel={done} onSave={(text) => commands.onAdd(text)} />
      ) : (
        <Button variant="quiet" onClick={() => onDraft({ mode: 'new' })}>
          {labels.add}
        </Button>
      )}
      {comments.length === 0 ? <p className="slides-side__help">{labels.none}</p> : null}
      <ol className="slides-comments__list" ref={listRef}>
        {comments.map((c, i) => (
          <li key={i}>
            <article
              className={`slides-comments__thread${active === i ? ' slides-comments__thread--active' : ''}${c.resolved ? ' slides-comments__thread--resolved' : ''}`}
              data-comment={i}
              tabIndex={-1}
              aria-label={labels.thread(i + 1, c.author || labels.unknownAuthor, c.replies?.length ?? 0)}
            >
              <p className="slides-comments__head">
                <span className="slides-comments__number" aria-hidden="true">
                  {i + 1}
                </span>
                {c.resolved ? <span className="slides-comments__tag">{labels.resolved}</span> : null}
              </p>
              <Byline author={c.author} date={c.date} labels={labels} />
              {editing({ comment: i }) ? (
                <Composer label={labels.textField} initial={c.text} labels={labels} onCancel={done} onSave={(text) => commands.onEdit({ comment: i }, text)} />
              ) : (
                <p className="slides-comments__text">{c.text}</p>
              )}
              <div className="slides-side__buttons">
                <Button variant="quiet" onClick={() => onDraft({ mode: 'reply', comment: i })}>
                  {labels.reply}
                </Button>
                <Button variant="quiet" onClick={() => onDraft({ mode: 'edit', ref: { comment: i } })}>
                  {labels.edit}
                </Button>
                <Button variant="quiet" onClick={() => commands.onResolve(i, !c.resolved)}>
                  {c.resolved ? labels.reopen : labels.resolve}
                </Button>
                <Button variant="quiet" onClick={() => commands.onDelete({ comment: i })}>
                  {labels.remove}
                </Button>
              </div>
              {c.replies && c.replies.length > 0 ? (
                <ol className="slides-comments__replies">
                  {c.replies.map((r, j) => (
                    <li key={j} aria-label={labels.replyBy(r.author || labels.unknownAuthor)}>
                      <Byline author={r.author} date={r.date} labels={labels} />
                      {editing({ comment: i, reply: j }) ? (
                        <Composer label={labels.textField} initial={r.text} labels={labels} onCancel={done} onSave={(text) => commands.onEdit({ comment: i, reply: j }, text)} />
                      ) : (
                        <p className="slides-comments__text">{r.text}</p>
                      )}
                      <div className="slides-side__buttons">
                        <Button variant="quiet" onClick={() => onDraft({ mode: 'edit', ref: { comment: i, reply: j } })}>
                          {labels.edit}
                        </Button>
                        <Button variant="quiet" onClick={() => commands.onDelete({ comment: i, reply: j })}>
                          {labels.remove}
                        </Button>
                      </div>
                    </li>
                  ))}
                </ol>
              ) : null}
              {draft?.mode === 'reply' && draft.comment === i ? <Composer label={labels.replyField} initial="" labels={labels} onCancel={done} onSave={(text) => commands.onReply(i, text)} /> : null}
            </article>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Arrow steps of a focused marker, in EMU: 1 mm, and 1 cm with Shift. */
const MARKER_STEP = 36_000;
const MARKER_STEP_LARGE = 360_000;
const MARKER_ARROWS: Readonly<Record<string, readonly [number, number]>> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

export interface CommentMarkersProps {
  readonly comments: readonly SlideComment[];
  readonly size: Deck['size'];
  readonly labels: SlidesCommentLabels;
  readonly active: number | undefined;
  readonly onActivate: (i: number) => void;
  /** Moves marker `i` to a point of the slide (EMU); `merge` joins successive arrow steps into one undo step. */
  readonly onMove: (i: number, at: { x: number; y: number }, merge?: string) => void;
}

/**
 * The numbered markers of the slide's comments, laid over the canvas (positions as shares of the
 * slide). A click shows the thread; dragging moves the marker, as do the arrows (1 mm, Shift 1 cm).
 */
export function CommentMarkers({ comments, size, labels, active, onActivate, onMove }: CommentMarkersProps) {
  const drag = useRef<{ i: number; x: number; y: number; px: number; py: number; moved: boolean; scale: number } | null>(null);
  const [moving, setMoving] = useState<{ i: number; x: number; y: number } | null>(null);
  return (
    <>
      {comments.map((c, i) => {
        const at = moving?.i === i ? moving : c;
        return (
          <button
            key={i}
            type="button"
            className={`slides-comment-marker${active === i ? ' slides-comment-marker--active' : ''}${c.resolved ? ' slides-comment-marker--resolved' : ''}`}
            style={{ left: `${String((at.x / size.cx) * 100)}%`, top: `${String((at.y / size.cy) * 100)}%` }}
            aria-label={labels.marker(i + 1, c.author || labels.unknownAuthor)}
            aria-describedby="slides-comment-marker-help"
            title={c.text}
            data-comment-marker={i}
            onPointerDown={(e) => {
              e.stopPropagation();
              if (e.button !== 0) return;
              const canvas = e.currentTarget.offsetParent?.getBoundingClientRect();
              drag.current = { i, x: c.x, y: c.y, px: e.clientX, py: e.clientY, moved: false, scale: canvas && canvas.width > 0 ? size.cx / canvas.width : 0 };
              e.currentTarget.setPointerCapture(e.pointerId);
            }}
            onPointerMove={(e) => {
              const d = drag.current;
              if (!d || d.scale === 0) return;
              const dx = e.clientX - d.px;
              const dy = e.clientY - d.py;
              if (!d.moved && Math.hypot(dx, dy) < 3) return;
              d.moved = true;
              setMoving({ i, x: Math.min(size.cx, Math.max(0, d.x + dx * d.scale)), y: Math.min(size.cy, Math.max(0, d.y + dy * d.scale)) });
            }}
            onPointerUp={(e) => {
              const d = drag.current;
              drag.current = null;
              e.currentTarget.releasePointerCapture(e.pointerId);
              if (d?.moved && moving) onMove(i, { x: moving.x, y: moving.y });
              setMoving(null);
            }}
            onClick={() => {
              if (!moving) onActivate(i);
            }}
            onDoubleClick={(e) => e.stopPropagation()}
            onKeyDown={(e) => {
              const dir = MARKER_ARROWS[e.key];
              if (dir && !e.ctrlKey && !e.metaKey && !e.altKey) {
                e.preventDefault();
                const step = e.shiftKey ? MARKER_STEP_LARGE : MARKER_STEP;
                onMove(i, { x: c.x + dir[0] * step, y: c.y + dir[1] * step }, `comment-move:${String(i)}`);
              }
              if (e.key !== 'Tab') e.stopPropagation();
            }}
          >
            {i + 1}
          </button>
        );
      })}
      <span id="slides-comment-marker-help" className="slides-visually-hidden">
        {labels.markerHelp}
      </span>
    </>
  );
}

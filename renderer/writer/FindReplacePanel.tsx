/**
 * The find and replace bar (Ctrl+F / Ctrl+H): text, "Remplacer par", match case, whole word,
 * regular expressions, previous/next, replace / replace all, and where the current match is
 * ("3 sur 12"). Matches are highlighted in the text (find-replace.ts). Escape closes it and
 * gives the focus back to the text.
 */
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { Command, EditorState } from 'prosemirror-state';
import { Button } from '../ui/index.js';
import { findStep, replaceAll, replaceCurrent, searchState, setSearch } from './find-replace.js';
import type { WriterMoreLabels } from './writer-more-labels.js';

export interface FindReplacePanelProps {
  readonly state: EditorState;
  readonly labels: WriterMoreLabels;
  /** Runs a command without moving the focus. */
  readonly apply: (command: Command) => void;
  readonly showReplace: boolean;
  /** Changes each time Ctrl+F / Ctrl+H is pressed again: the find field takes the focus back. */
  readonly focusKey: number;
  /** Text selected when the bar opened, searched first. */
  readonly initialText: string;
  readonly onClose: () => void;
}

export function FindReplacePanel({ state, labels, apply, showReplace, focusKey, initialText, onClose }: FindReplacePanelProps) {
  const [text, setText] = useState(initialText);
  const [replacement, setReplacement] = useState('');
  const [matchCase, setMatchCase] = useState(false);
  const [wholeWord, setWholeWord] = useState(false);
  const [regexp, setRegexp] = useState(false);
  const [message, setMessage] = useState('');
  const findRef = useRef<HTMLInputElement>(null);
  const replaceRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    apply(setSearch({ text, matchCase, wholeWord, regexp }));
    setMessage('');
  }, [text, matchCase, wholeWord, regexp]);

  useEffect(() => () => apply(setSearch(null)), []);

  useEffect(() => {
    const target = showReplace && text !== '' ? replaceRef.current : findRef.current;
    target?.focus();
    target?.select();
  }, [focusKey, showReplace]);

  const search = searchState(state);
  const total = search.matches.length;
  const status = text === '' ? '' : search.invalid ? labels.invalidRegexp : total === 0 ? labels.noMatch : labels.matchPosition(search.current + 1, total);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  };
  const onFindKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      apply(findStep(event.shiftKey ? -1 : 1));
    }
  };
  const doReplaceAll = () => {
    const count = total;
    apply(replaceAll(replacement));
    setMessage(labels.replaced(count));
    // The button goes disabled (nothing left to replace): the focus stays in the bar.
    replaceRef.current?.focus();
  };

  return (
    <div className="writer-find" role="search" aria-label={labels.findPanel} onKeyDown={onKeyDown}>
      <div className="writer-find__row">
        <input ref={findRef} className="ui-input writer-find__input" type="search" aria-label={labels.findWhat} placeholder={labels.findWhat} value={text} onChange={(e) => setText(e.target.value)} onKeyDown={onFindKey} aria-invalid={search.invalid || undefined} />
        <Button variant="quiet" aria-label={labels.previous} title={`${labels.previous} (Maj+Entrée)`} disabled={total === 0} onClick={() => apply(findStep(-1))}>
          <span aria-hidden="true">↑</span>
        </Button>
        <Button variant="quiet" aria-label={labels.next} title={`${labels.next} (Entrée)`} disabled={total === 0} onClick={() => apply(findStep(1))}>
          <span aria-hidden="true">↓</span>
        </Button>
        <span className="writer-find__status" role="status">
          {message || status}
        </span>
        <Button variant="quiet" aria-label={labels.closeFind} title={`${labels.closeFind} (Échap)`} onClick={onClose}>
          <span aria-hidden="true">✕</span>
        </Button>
      </div>
      <div className="writer-find__row">
        <label className="writer-find__option">
          <input type="checkbox" checked={matchCase} onChange={(e) => setMatchCase(e.target.checked)} /> {labels.matchCase}
        </label>
        <label className="writer-find__option">
          <input type="checkbox" checked={wholeWord} onChange={(e) => setWholeWord(e.target.checked)} /> {labels.wholeWord}
        </label>
        <label className="writer-find__option">
          <input type="checkbox" checked={regexp} onChange={(e) => setRegexp(e.target.checked)} /> {labels.regexp}
        </label>
      </div>
      {showReplace && (
        <div className="writer-find__row">
          <input
            ref={replaceRef}
            className="ui-input writer-find__input"
            type="text"
            aria-label={labels.replaceWith}
            placeholder={labels.replaceWith}
            value={replacement}
            onChange={(e) => setReplacement(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                apply(replaceCurrent(replacement));
              }
            }}
          />
          <Button
            disabled={total === 0}
            onClick={() => {
              apply(replaceCurrent(replacement));
              if (total === 1) replaceRef.current?.focus();
            }}
          >
            {labels.replaceOne}
          </Button>
          <Button disabled={total === 0} onClick={doReplaceAll}>
            {labels.replaceAll}
          </Button>
        </div>
      )}
    </div>
  );
}

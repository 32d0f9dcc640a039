/**
 * The sheet's find and replace bar (Ctrl+F, Ctrl+H): searched text, "Remplacer par", match case,
 * whole cell, previous/next (the grid selects the match), replace, replace all (one batch, one
 * undo step) and where the current match is ("2 sur 5"). Escape closes it.
 */
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { Button } from '../ui/index.js';
import type { SheetSearch } from './find-replace-sheet.js';
import type { SheetsDataLabels } from './sheets-data-labels.js';

export interface FindReplaceSheetProps {
  readonly labels: SheetsDataLabels;
  readonly showReplace: boolean;
  /** Changes each time Ctrl+F / Ctrl+H is pressed again: the find field takes the focus back. */
  readonly focusKey: number;
  /** Matching cells, row by row; `revision` changes when the sheet changes. */
  readonly find: (search: SheetSearch) => readonly { row: number; col: number }[];
  readonly revision: number;
  /** Replaces in the given cells (all matches when none given); returns how many cells changed. */
  readonly replace: (search: SheetSearch, replacement: string, cells?: readonly { row: number; col: number }[]) => number;
  /** Shows a match in the grid without taking the focus. */
  readonly show: (cell: { row: number; col: number }) => void;
  readonly onClose: () => void;
}

export function FindReplaceSheet({ labels, showReplace, focusKey, find, revision, replace, show, onClose }: FindReplaceSheetProps) {
  const [text, setText] = useState('');
  const [replacement, setReplacement] = useState('');
  const [matchCase, setMatchCase] = useState(false);
  const [wholeCell, setWholeCell] = useState(false);
  const [current, setCurrent] = useState(-1);
  const [message, setMessage] = useState('');
  const findRef = useRef<HTMLInputElement>(null);
  const search: SheetSearch = { text, matchCase, wholeCell };
  const matches = revision >= 0 ? find(search) : [];
  const total = matches.length;

  useEffect(() => {
    findRef.current?.focus();
    findRef.current?.select();
  }, [focusKey]);
  useEffect(() => {
    setCurrent(-1);
    setMessage('');
  }, [text, matchCase, wholeCell]);

  const step = (delta: number) => {
    if (total === 0) return;
    const next = current < 0 ? (delta > 0 ? 0 : total - 1) : (current + delta + total) % total;
    setCurrent(next);
    setMessage('');
    show(matches[next]!);
  };

  const status = text === '' ? '' : total === 0 ? labels.noMatch : current >= 0 ? labels.matchPosition(current + 1, total) : labels.matchPosition(0, total);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  };

  return (
    <div className="sheets-find" role="search" aria-label={labels.find} onKeyDown={onKeyDown}>
      <input
        ref={findRef}
        className="ui-input sheets-find__input"
        type="search"
        aria-label={labels.findWhat}
        placeholder={labels.findWhat}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            step(e.shiftKey ? -1 : 1);
          }
        }}
      />
      <Button variant="quiet" aria-label={labels.findPrevious} title={`${labels.findPrevious} (Maj+Entrée)`} disabled={total === 0} onClick={() => step(-1)}>
        <span aria-hidden="true">↑</span>
      </Button>
      <Button variant="quiet" aria-label={labels.findNext} title={`${labels.findNext} (Entrée)`} disabled={total === 0} onClick={() => step(1)}>
        <span aria-hidden="true">↓</span>
      </Button>
      <label className="sheets-find__option">
        <input type="checkbox" checked={matchCase} onChange={(e) => setMatchCase(e.target.checked)} /> {labels.matchCase}
      </label>
      <label className="sheets-find__option">
        <input type="checkbox" checked={wholeCell} onChange={(e) => setWholeCell(e.target.checked)} /> {labels.wholeCell}
      </label>
      {showReplace && (
        <>
          <input
            className="ui-input sheets-find__input"
            type="text"
            aria-label={labels.replaceWith}
            placeholder={labels.replaceWith}
            value={replacement}
            onChange={(e) => setReplacement(e.target.value)}
          />
          <Button
            disabled={total === 0 || current < 0}
            onClick={() => {
              const cell = matches[current];
              if (!cell) return;
              replace(search, replacement, [cell]);
              setMessage(labels.replaced(1));
            }}
          >
            {labels.replaceOne}
          </Button>
          <Button
            disabled={total === 0}
            onClick={() => {
              setMessage(labels.replaced(replace(search, replacement)));
              setCurrent(-1);
            }}
          >
            {labels.replaceAll}
          </Button>
        </>
      )}
      <span className="sheets-find__status" role="status">
        {message || status}
      </span>
      <Button variant="quiet" aria-label={labels.closeFind} title={`${labels.closeFind} (Échap)`} onClick={onClose}>
        <span aria-hidden="true">✕</span>
      </Button>
    </div>
  );
}

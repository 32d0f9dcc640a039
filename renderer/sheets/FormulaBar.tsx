/**
 * Name box + formula input above the grid. The name box shows the active cell ("A4") and jumps
 * to a typed reference; the formula input shows the raw content (`{=...}` for a cell of an array
 * formula) and commits on Enter, as an array formula on Ctrl+Shift+Enter (Escape puts the cell's
 * content back).
 */
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { cellName, parseCellName } from '@ostal/model';
import type { SheetsLabels } from './sheets-labels.js';
import { useFormulaAssist } from './FunctionHint.js';

export interface FormulaBarProps {
  readonly row: number;
  readonly col: number;
  /** Raw content of the active cell, in the user's language. */
  readonly text: string;
  readonly labels: SheetsLabels;
  /** BCP 47 language of function names and separators (`=SOMME(A1;2,5)` in French). */
  readonly locale: string;
  readonly onCommit: (text: string) => void;
  /** Ctrl+Shift+Enter: `text` entered as an array formula over the selection. */
  readonly onCommitArray?: (text: string) => void;
  readonly onGoTo: (row: number, col: number) => void;
  /** Gives the focus back to the grid. */
  readonly onDone: () => void;
  /** Changes when an entry was refused: the bar shows the cell's content again. */
  readonly resetKey?: number;
}

export function FormulaBar({ row, col, text, labels, locale, onCommit, onCommitArray, onGoTo, onDone, resetKey = 0 }: FormulaBarProps) {
  const name = cellName(row, col);
  const [draft, setDraft] = useState(text);
  const [nameDraft, setNameDraft] = useState(name);
  // Enter/Escape hand the focus back to the grid; the blur that follows must not commit again.
  const handledRef = useRef(false);
  const assist = useFormulaAssist({ value: draft, onChange: setDraft, locale, labels: labels.data });

  useEffect(() => setDraft(text), [text, row, col, resetKey]);
  useEffect(() => setNameDraft(name), [name]);

  const onFormulaKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (assist.onKeyDown(event)) return;
    // The grid takes the focus back; it must not also see this key (Enter would open its editor).
    if (event.key === 'Enter' || event.key === 'Escape') event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      handledRef.current = true;
      if (event.shiftKey && (event.ctrlKey || event.metaKey) && onCommitArray) onCommitArray(draft);
      else onCommit(draft);
      onDone();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      handledRef.current = true;
      setDraft(text);
      onDone();
    }
  };

  const onNameKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === 'Escape') event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      const target = parseCellName(nameDraft);
      if (target) onGoTo(target.row, target.col);
      else setNameDraft(name);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setNameDraft(name);
      onDone();
    }
  };

  return (
    <div className="sheets-formula-bar">
      <input
        className="ui-input sheets-formula-bar__name"
        aria-label={labels.nameBox}
        value={nameDraft}
        spellCheck={false}
        onChange={(event) => setNameDraft(event.target.value)}
        onFocus={(event) => event.target.select()}
        onKeyDown={onNameKey}
      />
      <span className="sheets-formula-bar__fx" aria-hidden="true">
        ƒx
      </span>
      <input
        ref={assist.ref}
        {...assist.fieldProps}
        className="ui-input sheets-formula-bar__formula"
        aria-label={labels.formulaBar}
        value={draft}
        spellCheck={false}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onFormulaKey}
        onFocus={() => {
          handledRef.current = false;
        }}
        onBlur={() => {
          if (!handledRef.current && draft !== text) onCommit(draft);
        }}
      />
      {assist.popup}
    </div>
  );
}

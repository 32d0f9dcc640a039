/**
 * The data tools above the grid: the "Trier…" and "Rechercher et remplacer" buttons, the sort
 * dialog, the find and replace bar, and their shortcuts (Ctrl+F, Ctrl+H) while the sheet is the
 * active document. Every change is one `setMany` batch through `applyEdits` (one undo step).
 */
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { Button } from '../ui/index.js';
import { editText } from './cell-text.js';
import type { BooleanWords } from './cell-text.js';
import { findCells, replaceEdits } from './find-replace-sheet.js';
import type { SearchContext } from './find-replace-sheet.js';
import { FindReplaceSheet } from './FindReplaceSheet.js';
import type { CellRange, GridAdapter } from './grid-adapter.js';
import type { CellEdit } from './sheet-transfer.js';
import { sortPlan } from './paste-special.js';
import type { StyleCopy } from './paste-special.js';
import type { SheetsDataLabels } from './sheets-data-labels.js';
import { SortDialog } from './SortDialog.js';
import { sortCutsArray, sortRegion } from './sort-range.js';
import type { WorkbookEngine } from './workbook-engine.js';

export interface SheetsDataToolsProps {
  readonly engine: () => WorkbookEngine;
  readonly grid: () => GridAdapter | null;
  readonly sheet: number;
  readonly locale: string;
  readonly words: BooleanWords;
  readonly labels: SheetsDataLabels;
  /** True while this workbook is the document shown (shortcuts apply only then). */
  readonly active: boolean;
  /** Changes whenever cells change. */
  readonly revision: number;
  readonly applyEdits: (edits: readonly CellEdit[], range?: CellRange, styles?: readonly StyleCopy[]) => void;
  /** Shows "You cannot change part of an array" (a sort through an array area). */
  readonly refuseArray: () => void;
  /** More buttons at the end of the data toolbar (autofilter, paste special). */
  readonly extra?: ReactNode;
}

export function SheetsDataTools({ engine, grid, sheet, locale, words, labels, active, revision, applyEdits, refuseArray, extra }: SheetsDataToolsProps) {
  const [find, setFind] = useState<null | 'find' | 'replace'>(null);
  const [focusKey, setFocusKey] = useState(0);
  const [sortRange, setSortRange] = useState<CellRange | null>(null);

  const openFind = (replace: boolean) => {
    setFind(replace ? 'replace' : 'find');
    setFocusKey((k) => k + 1);
  };

  useEffect(() => {
    if (!active) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key !== 'f' && key !== 'h') return;
      event.preventDefault();
      event.stopPropagation();
      openFind(key === 'h');
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [active]);

  const search = (): SearchContext => ({ engine: engine(), sheet, locale, words });

  const openSort = () => {
    const selection = grid()?.selection?.() ?? { top: 0, left: 0, bottom: 0, right: 0 };
    setSortRange(sortRegion(engine(), sheet, selection));
  };

  const titleOf = (col: number) => (sortRange ? editText(engine().raw(sheet, sortRange.top, col), locale, words) : '');
  // A first row of texts above other values is most likely a header row.
  const guessHeader = (range: CellRange) => {
    for (let c = range.left; c <= range.right; c += 1) {
      const value = engine().value(sheet, range.top, c);
      if (value !== null && typeof value !== 'string') return false;
    }
    return range.bottom > range.top;
  };

  return (
    <>
      <div className="sheets-data-bar" role="toolbar" aria-label={labels.toolbar}>
        <Button variant="quiet" onClick={openSort}>
          {labels.sort}
        </Button>
        <Button variant="quiet" shortcut="Control+H" onClick={() => openFind(true)}>
          {labels.find}
        </Button>
        {extra}
      </div>
      {find !== null && (
        <FindReplaceSheet
          labels={labels}
          showReplace={find === 'replace'}
          focusKey={focusKey}
          revision={revision}
          find={(s) => findCells(search(), s)}
          replace={(s, replacement, cells) => {
            const edits = replaceEdits(search(), s, replacement, cells ? [...cells] : undefined);
            applyEdits(edits);
            return edits.length;
          }}
          show={(cell) => grid()?.select(cell.row, cell.col)}
          onClose={() => {
            setFind(null);
            grid()?.focus();
          }}
        />
      )}
      {sortRange && (
        <SortDialog
          labels={labels}
          left={sortRange.left}
          right={sortRange.right}
          titleOf={titleOf}
          header={guessHeader(sortRange)}
          onCancel={() => setSortRange(null)}
          onSort={(header, keys) => {
            setSortRange(null);
            if (sortCutsArray(engine(), sheet, sortRange, header)) {
              refuseArray();
              return;
            }
            const plan = sortPlan(engine(), sheet, sortRange, { header, keys, locale });
            applyEdits(plan.edits, sortRange, plan.styles);
            grid()?.focus();
          }}
        />
      )}
    </>
  );
}

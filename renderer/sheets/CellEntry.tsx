/**
 * What happens when someone enters text in a cell (in-cell editor, formula bar, validation list):
 * dates, times and percentages are read with the format they were typed in (given to the cell
 * when it has none), and a data validation refuses (stop), questions (warning) or notes
 * (information) an entry outside its rule with the file's message or a French explanation of
 * the rule. A cell with an input message shows it beside the cell while it is selected.
 */
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { cellName } from '@ostal/model';
import type { DataValidation } from '@ostal/model';
import { Button, Dialog } from '../ui/index.js';
import type { BooleanWords } from './cell-text.js';
import { displayValue } from './cell-text.js';
import { toLocalFormula } from './formula-locale.js';
import type { GridAdapter } from './grid-adapter.js';
import { setNumberFormat } from './sheet-format.js';
import type { SheetsToolsLabels } from './sheets-tools-labels.js';
import { editTextFor, parseTypedEntry } from './typed-values.js';
import type { TypedEntry } from './typed-values.js';
import { alertFor, customFormulaAt, entryAllowed, promptAt, ruleBounds, validationAt } from './validation-check.js';
import type { ValidationAlert, ValidationContext } from './validation-check.js';
import type { WorkbookEngine } from './workbook-engine.js';

/** Text typed into one cell. */
export interface TypedText {
  readonly row: number;
  readonly col: number;
  readonly text: string;
}

export interface CellEntryOptions {
  readonly engine: () => WorkbookEngine;
  readonly grid: () => GridAdapter | null;
  readonly sheet: () => number;
  readonly locale: string;
  readonly words: BooleanWords;
  readonly labels: SheetsToolsLabels['validation'];
  /** Choices of a list validation as cells show them. */
  readonly choices: (validation: DataValidation) => string[];
  /** Text the grid's editor holds for a cell (what the engine has). */
  readonly textAt: (row: number, col: number) => string;
  /** Shows the result of an applied entry (refresh, dirty, revision). */
  readonly applied: () => void;
}

interface Pending {
  readonly entries: readonly (TypedText & TypedEntry)[];
  readonly alert: ValidationAlert;
  readonly message: string;
}

/** Applies typed entries as one undo step: contents, then the typed format on cells that have none. */
export function applyTypedEntries(engine: WorkbookEngine, sheet: number, entries: readonly (TypedText & TypedEntry)[]): void {
  engine.history.transaction(() => {
    engine.setMany(
      sheet,
      entries.map((e) => ({ row: e.row, col: e.col, raw: e.raw })),
    );
    for (const e of entries) {
      if (e.format && !engine.styleAt(sheet, e.row, e.col).numberFormat)
        engine.formatRange(sheet, { top: e.row, left: e.col, bottom: e.row, right: e.col }, setNumberFormat(e.format));
    }
  });
}

export function useCellEntry(options: CellEntryOptions): { commit: (texts: readonly TypedText[]) => void; overlay: ReactNode; refusals: number } {
  const { engine, grid, sheet, locale, words, labels } = options;
  const [pending, setPending] = useState<Pending | null>(null);
  const [refusals, setRefusals] = useState(0);
  /** An entry to edit again once its alert has gone (Réessayer). */
  const [retry, setRetry] = useState<TypedText | null>(null);

  /** How rules read the workbook; `entry`: the one being judged (custom rules compute with it in place). */
  const context = (entry?: TypedText & TypedEntry): ValidationContext => ({
    evaluate: (formula) => engine().evaluate(sheet(), formula),
    choices: options.choices,
    shown: (value) => displayValue(value, locale, words),
    ...(entry
      ? {
          withEntry: (formula: string) => engine().evaluateWithEntries(sheet(), [{ row: entry.row, col: entry.col, raw: entry.raw }], formula),
          // A formula entry is judged by what it computes in its cell.
          entryValue: () => engine().evaluateWithEntries(sheet(), [{ row: entry.row, col: entry.col, raw: entry.raw }], cellName(entry.row, entry.col)),
        }
      : {}),
  });

  const describe = (v: DataValidation, ctx: ValidationContext, at: TypedText): string => {
    if (v.type === 'custom') {
      const formula = customFormulaAt(v, at.row, at.col);
      return formula ? labels.custom(toLocalFormula(`=${formula}`, locale)) : labels.fallback;
    }
    const { a, b } = ruleBounds(v, ctx);
    const code = v.type === 'date' ? 'DD/MM/YYYY' : v.type === 'time' ? 'HH:MM' : undefined;
    const show = (n: number | undefined) => (n === undefined ? '' : editTextFor(n, code, locale, words, engine().date1904));
    const choices = v.type === 'list' ? ctx.choices(v).join(' ; ') : '';
    return labels.rule(v.type, v.operator ?? 'between', show(a), show(b), choices);
  };

  const apply = (entries: readonly (TypedText & TypedEntry)[]) => {
    applyTypedEntries(engine(), sheet(), entries);
    // The grid's copy of the cells, then the recomputed results: drawn once.
    const show = () => {
      grid()?.setCellTexts(entries.map((e) => ({ row: e.row, col: e.col, text: options.textAt(e.row, e.col) })));
      options.applied();
    };
    const g = grid();
    if (g?.batch) g.batch(show);
    else show();
  };

  const commit = (texts: readonly TypedText[]) => {
    if (texts.length === 0) return;
    const e = engine();
    const entries = texts.map((t) => ({ ...t, ...parseTypedEntry(t.text, locale, words, e.date1904) }));
    // One typed cell is checked against its validation (clearing or pasting blocks is not).
    const only = entries.length === 1 ? entries[0] : undefined;
    const rule = only && only.text !== '' ? validationAt(e.sheetProps(sheet()).validations, only.row, only.col) : undefined;
    if (only && rule) {
      const ctx = context(only);
      const alert = alertFor(rule);
      if (alert && !entryAllowed(rule, only.raw, ctx, only.row, only.col)) {
        // The grid already shows what was typed: put the cell's content back while the alert is open.
        grid()?.setCellText(only.row, only.col, options.textAt(only.row, only.col));
        // The alert gives the keyboard back to the grid, not to the formula bar (whose blur would commit again).
        const focused = document.activeElement;
        if (focused instanceof HTMLElement && !focused.closest('.sheets-grid')) focused.blur();
        setPending({ entries, alert, message: alert.text ?? describe(rule, ctx, only) });
        setRefusals((n) => n + 1);
        return;
      }
    }
    apply(entries);
  };

  /** keep: the entry goes in; retry: the editor opens again on it (Réessayer, or Non to a warning); cancel: it is dropped. */
  const close = (choice: 'keep' | 'retry' | 'cancel') => {
    const p = pending;
    setPending(null);
    if (!p) return;
    if (choice === 'keep') apply(p.entries);
    const first = p.entries[0];
    if (first && choice === 'retry' && p.entries.length === 1 && grid()?.editWith) {
      // After the alert has closed and given the focus back (see the effect below).
      setRetry(first);
      return;
    }
    requestAnimationFrame(() => {
      if (first) grid()?.select(first.row, first.col);
      grid()?.focus();
    });
  };

  useEffect(() => {
    if (!retry || pending) return;
    setRetry(null);
    requestAnimationFrame(() => grid()?.editWith?.(retry.row, retry.col, retry.text));
  }, [retry, pending, grid]);

  const overlay: ReactNode = pending ? (
    <Dialog
      title={pending.alert.title ?? labels.title}
      role="alertdialog"
      size="small"
      onCancel={() => close('cancel')}
      footer={
        pending.alert.style === 'stop' ? (
          <>
            <Button variant="primary" onClick={() => close('retry')}>
              {labels.retry}
            </Button>
            <Button onClick={() => close('cancel')}>{labels.cancel}</Button>
          </>
        ) : pending.alert.style === 'warning' ? (
          <>
            <Button onClick={() => close('keep')}>{labels.yes}</Button>
            <Button variant="primary" onClick={() => close('retry')}>
              {labels.no}
            </Button>
            <Button onClick={() => close('cancel')}>{labels.cancel}</Button>
          </>
        ) : (
          <>
            <Button variant="primary" onClick={() => close('keep')}>
              {labels.ok}
            </Button>
            <Button onClick={() => close('cancel')}>{labels.cancel}</Button>
          </>
        )
      }
    >
      <p className={`sheets-validation-alert sheets-validation-alert--${pending.alert.style}`}>{pending.message}</p>
      {pending.alert.style === 'warning' ? <p>{labels.continueQuestion}</p> : null}
    </Dialog>
  ) : null;

  return { commit, overlay, refusals };
}

export interface InputHelpProps {
  readonly validations: readonly DataValidation[] | undefined;
  readonly row: number;
  readonly col: number;
  readonly grid: () => GridAdapter | null;
  readonly label: string;
  readonly active: boolean;
  /** Changes when the grid scrolled or redrew (the note follows the cell). */
  readonly revision: number;
}

/** The input message of the selected cell's validation, beside the cell (as Excel shows it). */
export function InputHelp({ validations, row, col, grid, label, active, revision }: InputHelpProps) {
  const prompt = active ? promptAt(validations, row, col) : undefined;
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null);
  useEffect(() => {
    if (!prompt) {
      setPlace(null);
      return undefined;
    }
    // The grid may draw the cell a few frames after it is selected (a busy machine, a scroll):
    // look again on the next frames rather than leaving the note hidden.
    let frame = 0;
    let tries = 0;
    const look = () => {
      const rect = grid()?.cellElement(row, col)?.getBoundingClientRect();
      if (rect) setPlace({ left: rect.right + 4, top: rect.bottom + 2 });
      else if (++tries < 120) frame = requestAnimationFrame(look);
      else setPlace(null);
    };
    frame = requestAnimationFrame(look);
    return () => cancelAnimationFrame(frame);
  }, [prompt?.text, prompt?.title, row, col, revision]);
  if (!prompt) return null;
  return (
    <div className="sheets-input-help" role="note" aria-label={label} style={place ? { left: place.left, top: place.top } : { visibility: 'hidden' }}>
      {prompt.title ? <strong>{prompt.title}</strong> : null}
      <span>{prompt.text}</span>
    </div>
  );
}

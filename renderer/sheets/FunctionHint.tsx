/**
 * Formula autocomplete and argument hint for a text field. Typing `=SO` lists the matching
 * functions in the user's language (a listbox the field controls as a combobox: arrows move,
 * Tab or Enter inserts `SOMME(`, Escape closes); inside a call, the hint shows the argument list
 * with the current argument highlighted.
 */
import { useCallback, useId, useLayoutEffect, useRef, useState } from 'react';
import type { ReactElement, SyntheticEvent } from 'react';
import { formulaContextAt, functionHint, functionSuggestions, insertFunction } from './formula-autocomplete.js';
import type { FunctionHintModel } from './formula-autocomplete.js';
import type { SheetsDataLabels } from './sheets-data-labels.js';
import './sheets-data.css';

export interface FormulaAssistOptions {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly locale: string;
  readonly labels: SheetsDataLabels;
}

type Field = HTMLInputElement | HTMLTextAreaElement;

/** What the key handler needs of a React or DOM keyboard event. */
export interface KeyLike {
  readonly key: string;
  preventDefault(): void;
  stopPropagation(): void;
}

export interface FormulaAssist {
  /** Attach to the field. */
  readonly ref: (el: Field | null) => void;
  /** ARIA combobox attributes and caret tracking for the field. */
  readonly fieldProps: {
    role: 'combobox';
    'aria-autocomplete': 'list';
    'aria-expanded': boolean;
    'aria-controls': string;
    'aria-activedescendant'?: string;
    'aria-describedby'?: string;
    onSelect: (event: SyntheticEvent<Field>) => void;
    onKeyUp: (event: SyntheticEvent<Field>) => void;
    onClick: (event: SyntheticEvent<Field>) => void;
  };
  /**
   * Handles the suggestion keys (arrows, Tab, Enter, Escape) when the list is open; returns true
   * when the key was used and the field should ignore it.
   */
  readonly onKeyDown: (event: KeyLike) => boolean;
  /** The list and the hint, to render after the field. */
  readonly popup: ReactElement | null;
}

/** Formula help for one field. */
export function useFormulaAssist({ value, onChange, locale, labels }: FormulaAssistOptions): FormulaAssist {
  const id = useId();
  const fieldRef = useRef<Field | null>(null);
  // Re-render when the caret moves; the caret itself is read from the field (it moves with typing).
  const [, setCaretMoves] = useState(0);
  const [active, setActive] = useState(0);
  // Escape closes the list until the text changes.
  const [dismissed, setDismissed] = useState<string | null>(null);
  const pendingCaret = useRef<number | null>(null);
  const [focused, setFocused] = useState(false);
  const ref = useCallback((el: Field | null) => {
    const onFocus = () => setFocused(true);
    const onBlur = () => setFocused(false);
    fieldRef.current?.removeEventListener('focus', onFocusRef.current);
    fieldRef.current?.removeEventListener('blur', onBlurRef.current);
    fieldRef.current = el;
    setFocused(el !== null && el.ownerDocument.activeElement === el);
    onFocusRef.current = onFocus;
    onBlurRef.current = onBlur;
    el?.addEventListener('focus', onFocus);
    el?.addEventListener('blur', onBlur);
  }, []);
  const onFocusRef = useRef<() => void>(() => undefined);
  const onBlurRef = useRef<() => void>(() => undefined);

  useLayoutEffect(() => {
    const field = fieldRef.current;
    if (pendingCaret.current !== null && field) {
      field.setSelectionRange(pendingCaret.current, pendingCaret.current);
      pendingCaret.current = null;
      setCaretMoves((n) => n + 1);
    }
  }, [value]);

  const field = fieldRef.current;
  const caret = field && field.value === value ? (field.selectionStart ?? value.length) : value.length;
  const context = focused ? formulaContextAt(value, Math.min(caret, value.length), locale) : {};
  const suggestions = context.prefix && dismissed !== value ? functionSuggestions(context.prefix.text, locale) : [];
  const open = suggestions.length > 0;
  const current = Math.min(active, Math.max(suggestions.length - 1, 0));
  const hint = focused ? functionHint(context, locale) : undefined;
  const listId = `${id}-functions`;
  const hintId = `${id}-hint`;
  const optionId = (i: number) => `${id}-fn-${String(i)}`;

  const track = (_event: SyntheticEvent<Field>) => {
    setCaretMoves((n) => n + 1);
  };

  const pick = (index: number) => {
    const chosen = suggestions[index];
    if (!chosen || !context.prefix) return;
    const next = insertFunction(value, context.prefix.start, Math.min(caret, value.length), chosen.name);
    pendingCaret.current = next.caret;
    setActive(0);
    onChange(next.text);
  };

  const onKeyDown = (event: KeyLike): boolean => {
    if (!open) return false;
    switch (event.key) {
      case 'ArrowDown':
        setActive((current + 1) % suggestions.length);
        break;
      case 'ArrowUp':
        setActive((current - 1 + suggestions.length) % suggestions.length);
        break;
      case 'Tab':
      case 'Enter':
        pick(current);
        break;
      case 'Escape':
        setDismissed(value);
        break;
      default:
        return false;
    }
    event.preventDefault();
    event.stopPropagation();
    return true;
  };

  const popup =
    open || hint ? (
      <div className="sheets-formula-assist">
        {open ? (
          <ul className="sheets-formula-assist__list" role="listbox" id={listId} aria-label={labels.functions}>
            {suggestions.map((s, i) => (
              <li
                key={s.canonical}
                id={optionId(i)}
                role="option"
                aria-selected={i === current}
                className="sheets-formula-assist__option"
                onMouseDown={(event) => {
                  // Keep the focus in the field.
                  event.preventDefault();
                  pick(i);
                }}
              >
                {s.name}
              </li>
            ))}
          </ul>
        ) : null}
        {hint ? <HintLine id={hintId} hint={hint} label={labels.functionHint} /> : null}
      </div>
    ) : null;

  return {
    ref,
    fieldProps: {
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': open,
      'aria-controls': listId,
      ...(open ? { 'aria-activedescendant': optionId(current) } : {}),
      ...(hint ? { 'aria-describedby': hintId } : {}),
      onSelect: track,
      onKeyUp: track,
      onClick: track,
    },
    onKeyDown,
    popup,
  };
}

/** `SOMME(nombre1; [nombre2]; …)` with the current argument in bold. */
function HintLine({ id, hint, label }: { id: string; hint: FunctionHintModel; label: string }) {
  return (
    <div className="sheets-formula-assist__hint" id={id} role="note" aria-label={label}>
      <span className="sheets-formula-assist__name">{hint.name}</span>(
      {hint.argumentsList.map((arg, i) => (
        <span key={`${arg}-${String(i)}`}>
          {i > 0 ? `${hint.separator} ` : ''}
          {i === hint.current ? <strong className="sheets-formula-assist__current">{arg}</strong> : arg}
        </span>
      ))}
      )
    </div>
  );
}

/**
 * Formula autocomplete and argument hint for the grid's in-cell editor: the same help as the
 * formula bar, attached to whatever text area the grid uses for editing (found by focus and
 * input events inside the grid), shown under the cell. Its keys (arrows, Tab, Enter, Escape) are
 * taken before the grid sees them while the list is open.
 */
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useFormulaAssist } from './FunctionHint.js';
import type { SheetsDataLabels } from './sheets-data-labels.js';

export interface CellEditorAssistProps {
  /** The grid's container. */
  readonly host: HTMLElement | null;
  readonly locale: string;
  readonly labels: SheetsDataLabels;
}

export function CellEditorAssist({ host, locale, labels }: CellEditorAssistProps) {
  const [field, setField] = useState<HTMLTextAreaElement | null>(null);
  const [value, setValue] = useState('');
  const [, setMoves] = useState(0);

  useEffect(() => {
    if (!host) return undefined;
    const doc = host.ownerDocument;
    const editorOf = (target: EventTarget | null) => (target instanceof HTMLTextAreaElement && host.contains(target) ? target : null);
    const onInput = (event: Event) => {
      const editor = editorOf(event.target);
      if (!editor) return;
      setField(editor);
      setValue(editor.value);
    };
    const onFocusOut = (event: FocusEvent) => {
      if (editorOf(event.target)) setField(null);
    };
    const onMove = (event: Event) => {
      if (editorOf(event.target)) setMoves((n) => n + 1);
    };
    doc.addEventListener('input', onInput, true);
    doc.addEventListener('focusin', onInput, true);
    doc.addEventListener('focusout', onFocusOut, true);
    doc.addEventListener('keyup', onMove, true);
    doc.addEventListener('click', onMove, true);
    return () => {
      doc.removeEventListener('input', onInput, true);
      doc.removeEventListener('focusin', onInput, true);
      doc.removeEventListener('focusout', onFocusOut, true);
      doc.removeEventListener('keyup', onMove, true);
      doc.removeEventListener('click', onMove, true);
    };
  }, [host]);

  const assist = useFormulaAssist({
    value: field ? value : '',
    onChange: (next) => {
      if (!field) return;
      field.value = next;
      setValue(next);
    },
    locale,
    labels,
  });

  useEffect(() => {
    assist.ref(field);
  }, [field]);

  // The list's keys go to the list before the grid (which listens on the document) sees them.
  useEffect(() => {
    if (!field) return undefined;
    const win = field.ownerDocument.defaultView;
    const onKey = (event: KeyboardEvent) => {
      if (event.target !== field) return;
      if (assist.onKeyDown(event)) event.stopImmediatePropagation();
    };
    win?.addEventListener('keydown', onKey, true);
    return () => win?.removeEventListener('keydown', onKey, true);
  });

  // Combobox semantics on the grid's editor while it edits.
  useEffect(() => {
    if (!field) return;
    const props = assist.fieldProps;
    field.setAttribute('aria-autocomplete', 'list');
    field.setAttribute('aria-expanded', String(props['aria-expanded']));
    field.setAttribute('aria-controls', props['aria-controls']);
    if (props['aria-activedescendant']) field.setAttribute('aria-activedescendant', props['aria-activedescendant']);
    else field.removeAttribute('aria-activedescendant');
    if (props['aria-describedby']) field.setAttribute('aria-describedby', props['aria-describedby']);
    else field.removeAttribute('aria-describedby');
  });

  if (!field || !assist.popup) return null;
  const rect = field.getBoundingClientRect();
  return createPortal(
    <div className="sheets-cell-assist" style={{ left: rect.left, top: rect.bottom + 2 }}>
      {assist.popup}
    </div>,
    field.ownerDocument.body,
  );
}

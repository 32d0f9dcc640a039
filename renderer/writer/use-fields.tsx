/**
 * Fields in the editor (`field-commands.ts`): Insertion ▸ Champ…, editing the selected field
 * (double-click, Enter, "Modifier le champ…"), and "Mettre à jour les champs" (F9).
 */
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent, ReactNode, RefObject } from 'react';
import type { DocumentMeta } from '@ostal/model';
import type { Command } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { FieldDialog } from './FieldDialog.js';
import { fieldEditProps, insertField, selectedField, setField, specOfField, updateAllFields } from './field-commands.js';
import type { FieldAt } from './field-commands.js';
import type { FieldContext } from './field-format.js';
import type { FieldLabels } from './field-labels.js';
import type { WriterMoreLabels } from './writer-more-labels.js';
import { syncSelectionFromPage } from './dom-selection.js';

export interface UseFieldsOptions {
  readonly viewRef: RefObject<EditorView | null>;
  readonly loadingRef: RefObject<boolean>;
  readonly meta: DocumentMeta;
  /** The user's name: the author of a document that names none. */
  readonly author: string;
  /** The file's name with its extension ('' while it has none): file-name fields show it. */
  readonly fileName: string;
  readonly labels: FieldLabels;
  readonly run: (command: Command) => void;
}

export function useFields({ viewRef, loadingRef, meta, author, fileName, labels, run }: UseFieldsOptions) {
  // null: closed; { field: null }: inserting.
  const [dialog, setDialog] = useState<{ readonly field: FieldAt | null } | null>(null);
  const context = (): FieldContext => ({
    now: new Date(),
    language: meta.language ?? (document.documentElement.lang || 'fr'),
    title: meta.title ?? '',
    author: meta.creator ?? author,
    fileName,
  });
  // Back to the text once the dialog has closed (the dialog gives the focus back to its opener first).
  const wasOpen = useRef(false);
  useEffect(() => {
    if (dialog === null && wasOpen.current) viewRef.current?.focus();
    wasOpen.current = dialog !== null;
  }, [dialog]);
  const openRef = useRef<(field: FieldAt | null) => void>(() => undefined);
  openRef.current = (field) => {
    if (!loadingRef.current) setDialog({ field });
  };
  const open = (field: FieldAt | null) => {
    const view = viewRef.current;
    if (view) syncSelectionFromPage(view);
    openRef.current(field);
  };
  const editSelected = () => {
    const view = viewRef.current;
    if (!view) return;
    syncSelectionFromPage(view);
    const field = selectedField(view.state);
    if (field) openRef.current(field);
  };
  const update = () => run(updateAllFields(context()));
  return {
    /** Editor props: double-click on a field, Enter on a selected one, open its dialog. */
    editProps: fieldEditProps((field) => openRef.current(field)),
    onInsert: () => open(null),
    onEdit: editSelected,
    onUpdate: update,
    /** F9 updates the fields, as in Word and LibreOffice. True when the key was used. */
    onKeyDown: (event: ReactKeyboardEvent): boolean => {
      if (event.key !== 'F9' || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return false;
      event.preventDefault();
      update();
      return true;
    },
    dialog: (more: WriterMoreLabels): ReactNode => {
      if (!dialog) return null;
      const close = () => setDialog(null);
      const field = dialog.field;
      return (
        <FieldDialog
          labels={labels}
          more={more}
          initial={field ? specOfField(field.node) : null}
          context={context()}
          onClose={close}
          onSubmit={(spec) => {
            close();
            run(field ? setField(field.pos, spec, context()) : insertField(spec, context()));
          }}
        />
      );
    },
  };
}

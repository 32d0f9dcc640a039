/**
 * The style editor's wiring in the writer: "Modifier le style…" opens the dialog on the style of
 * the paragraph at the cursor (with "Basé sur" and "Style du paragraphe suivant" for a named
 * style), "Nouveau style…" names a paragraph style after the selected paragraphs or a character
 * style after the selected text
 * (`paragraph-styles.ts`, `StyleDialog.tsx`). The dialog gives the focus back to the text when it
 * closes.
 */
import { useEffect, useRef, useState } from 'react';
import type { ReactNode, RefObject } from 'react';
import type { Command } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { NewStyleDialog, StyleDialog } from './StyleDialog.js';
import { createStyle, namedStyles, styleDisplayName, styleKeyAt, styleParagraphCount, styleProps } from './paragraph-styles.js';
import { CharStyleDialog } from './CharStyleDialog.js';
import { charBasedOnChoices, charStyleBasedOn, charStyleProps, charStyleRuns, deleteCharStyle, modifyCharStyle } from './char-style-commands.js';
import type { CharStyleProps } from './char-style-commands.js';
import { basedOnChoices, charStyleAt, charStyleNames, styleSheetOf, createCharStyle, modifyStyleAndRelations, paragraphStyleNames, styleRelations } from './style-sheet-commands.js';
import type { StyleDialogRelations } from './StyleDialog.js';
import type { StyleKey, StyleProps } from './paragraph-styles.js';
import type { WriterLabels } from './writer-labels.js';
import { syncSelectionFromPage } from './dom-selection.js';

type StyleDialogState =
  | { readonly kind: 'modify'; readonly key: StyleKey; readonly props: StyleProps; readonly count: number; readonly relations: StyleDialogRelations | null }
  | { readonly kind: 'create' }
  | { readonly kind: 'character'; readonly name: string; readonly props: CharStyleProps; readonly count: number; readonly basedOn: string | null; readonly choices: readonly string[] };

export interface UseNamedStylesOptions {
  readonly viewRef: RefObject<EditorView | null>;
  /** True while a long document is still arriving (nothing can be edited). */
  readonly loadingRef: RefObject<boolean>;
  readonly labels: WriterLabels;
  /** Runs a command on the view and gives the focus back to the text. */
  readonly run: (command: Command) => void;
}

export function useNamedStyles({ viewRef, loadingRef, labels, run }: UseNamedStylesOptions) {
  const [dialog, setDialog] = useState<StyleDialogState | null>(null);
  // Back to the text once the dialog has closed (after it gave the focus back to its opener).
  const hadDialog = useRef(false);
  useEffect(() => {
    if (dialog === null && hadDialog.current) viewRef.current?.focus();
    hadDialog.current = dialog !== null;
  }, [dialog]);
  const close = () => setDialog(null);

  const onModifyStyle = () => {
    const view = viewRef.current;
    if (!view || loadingRef.current) return;
    syncSelectionFromPage(view);
    const key = styleKeyAt(view.state);
    const doc = view.state.doc;
    const relations = key.kind === 'named' ? { ...styleRelations(doc, key.name), basedOnChoices: basedOnChoices(doc, key.name), nextChoices: paragraphStyleNames(doc) } : null;
    setDialog({ kind: 'modify', key, props: styleProps(doc, key), count: styleParagraphCount(doc, key), relations });
  };
  const onNewStyle = () => {
    const view = viewRef.current;
    if (!view || loadingRef.current) return;
    syncSelectionFromPage(view);
    setDialog({ kind: 'create' });
  };

  /** "Modifier le style de caractère…": the dialog on the character style at the cursor (none: nothing happens). */
  const onModifyCharStyle = () => {
    const view = viewRef.current;
    if (!view || loadingRef.current) return;
    syncSelectionFromPage(view);
    const name = charStyleAt(view.state);
    if (name === null) return;
    const doc = view.state.doc;
    setDialog({ kind: 'character', name, props: charStyleProps(doc, name), count: charStyleRuns(doc, name).length, basedOn: charStyleBasedOn(doc, name), choices: charBasedOnChoices(charStyleNames(doc), styleSheetOf(doc), name) });
  };

  const render = (): ReactNode => {
    const view = viewRef.current;
    if (!dialog || !view) return null;
    if (dialog.kind === 'character') {
      const taken = (n: string) => charStyleNames(view.state.doc).includes(n);
      return (
        <CharStyleDialog
          labels={labels}
          name={dialog.name}
          props={dialog.props}
          count={dialog.count}
          basedOn={dialog.basedOn}
          basedOnChoices={dialog.choices}
          taken={taken}
          onClose={close}
          onDelete={() => {
            close();
            run(deleteCharStyle(dialog.name));
          }}
          onSubmit={(change) => {
            close();
            run(modifyCharStyle(dialog.name, dialog.props, change, taken));
          }}
        />
      );
    }
    if (dialog.kind === 'modify') {
      return (
        <StyleDialog
          labels={labels}
          name={styleDisplayName(dialog.key, labels)}
          props={dialog.props}
          count={dialog.count}
          relations={dialog.relations}
          onClose={close}
          onSubmit={(props, relations) => {
            close();
            run(modifyStyleAndRelations(dialog.key, dialog.props, props, relations));
          }}
        />
      );
    }
    return (
      <NewStyleDialog
        labels={labels}
        taken={(name, family) => (family === 'character' ? charStyleNames(view.state.doc) : [...namedStyles(view.state.doc), ...paragraphStyleNames(view.state.doc)]).includes(name) || Object.values(labels.styles).includes(name)}
        onClose={close}
        onSubmit={(name, family) => {
          close();
          run(family === 'character' ? createCharStyle(name) : createStyle(name));
        }}
      />
    );
  };

  return { actions: { onModifyStyle, onNewStyle, onModifyCharStyle }, dialog: render };
}

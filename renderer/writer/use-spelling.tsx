/**
 * Spelling in the writer: the plugin (`spell-plugin.ts`) on the shared worker's dictionaries,
 * and what the context menu shows over a misspelt word (suggestions, Ignorer tout, Ajouter au
 * dictionnaire).
 */
import { useMemo, useRef, useState } from 'react';
import type { EditorView } from 'prosemirror-view';
import type { Plugin } from 'prosemirror-state';
import { sharedSpellChecker } from './spell-checker.js';
import { ignoreWord, misspellingAt, spellPlugin } from './spell-plugin.js';
import type { Misspelling } from './spell-plugin.js';
import type { SpellingMenu } from './ContextMenu.js';

export interface SpellingLabels {
  /** Disabled item when the dictionary has nothing close: "(Aucune suggestion)". */
  readonly noSuggestions: string;
  readonly ignoreAll: string;
  readonly addToDictionary: string;
}

export interface UseSpellingOptions {
  /** The document's language tag (text without its own language is in it). */
  readonly documentLang: string | null;
  /** Words the user's personal dictionary holds. */
  readonly personalWords: readonly string[];
  /** Adds a word to the personal dictionary (settings); without it, no "Ajouter au dictionnaire". */
  readonly onAddWord: ((word: string) => void) | undefined;
  readonly labels: SpellingLabels;
}

export function useSpelling({ documentLang, personalWords, onAddWord, labels }: UseSpellingOptions) {
  const personalRef = useRef<ReadonlySet<string>>(new Set());
  personalRef.current = useMemo(() => new Set(personalWords), [personalWords.join('\n')]);
  // The word under the context menu, with its suggestions once the worker gave them.
  const [target, setTarget] = useState<(Misspelling & { suggestions: readonly string[] }) | null>(null);
  const [plugin] = useState<Plugin>(() => spellPlugin({ checker: sharedSpellChecker(), documentLang, personal: () => personalRef.current }));

  /** Looks for a misspelt word at `pos`; calls `open` once its suggestions are there (at once when there is none). */
  const prepareMenu = (view: EditorView, pos: number, open: () => void): void => {
    const found = misspellingAt(view.state, pos);
    if (!found) {
      setTarget(null);
      open();
      return;
    }
    void sharedSpellChecker()
      .suggest(found.lang, found.word)
      .then((suggestions) => {
        if (view.isDestroyed) return;
        setTarget({ ...found, suggestions });
        open();
      });
  };

  /** The context menu's spelling part for the word it was opened on, or undefined. */
  const menu = (view: EditorView): SpellingMenu | undefined => {
    if (!target) return undefined;
    const { word, from, to, suggestions } = target;
    return {
      suggestions,
      noSuggestions: labels.noSuggestions,
      ignoreAll: labels.ignoreAll,
      addToDictionary: onAddWord ? labels.addToDictionary : null,
      onReplace: (replacement) => {
        if (view.state.doc.textBetween(from, to) === word) view.dispatch(view.state.tr.insertText(replacement, from, to));
      },
      onIgnore: () => ignoreWord(word)(view.state, view.dispatch),
      onAdd: () => {
        onAddWord?.(word);
        ignoreWord(word)(view.state, view.dispatch);
      },
    };
  };

  return { plugin, prepareMenu, menu, closeMenu: () => setTarget(null) };
}

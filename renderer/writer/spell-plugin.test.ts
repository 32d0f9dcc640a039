import nspell from 'nspell';
import en from 'dictionary-en';
import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from 'prosemirror-state';
import type { Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { textSchema } from '@ostal/model';
import { blockWords, spellLanguage } from './spell-words.js';
import { ignoreWord, misspellingAt, spellKey, spellPlugin } from './spell-plugin.js';
import type { SpellChecker } from './spell-checker.js';

// The English dictionary the application ships (the French one takes seconds to load: the e2e test uses it).
const english = nspell(Buffer.from(en.aff), Buffer.from(en.dic));
const checker: SpellChecker = {
  misspelt: (lang, words) => Promise.resolve(lang === 'en' ? words.filter((w) => !english.correct(w)) : []),
  suggest: (_lang, word) => Promise.resolve(english.suggest(word)),
  dispose: () => undefined,
};

const p = (...content: Parameters<typeof textSchema.text>[0][]) => textSchema.node('paragraph', null, content.map((t) => textSchema.text(t)));

/** An editor stand-in: applies transactions and tells the plugin view, as EditorView does. */
function mount(doc: ReturnType<typeof textSchema.node>, personal: ReadonlySet<string> = new Set()) {
  const plugin = spellPlugin({ checker, documentLang: 'en-GB', personal: () => personal });
  let state = EditorState.create({ doc, plugins: [plugin] });
  const view = {
    get state() {
      return state;
    },
    dispatch(tr: Transaction) {
      state = state.apply(tr);
      pluginView.update?.(view as unknown as EditorView, state);
    },
  };
  const pluginView = plugin.spec.view!(view as unknown as EditorView);
  const flagged = () => spellKey.getState(state)!.decos.find().map((d) => state.doc.textBetween(d.from, d.to));
  const settled = async () => {
    await expect.poll(() => spellKey.getState(state)!.dirty.length === 0 && !(pluginView as unknown as { busy: boolean }).busy).toBe(true);
  };
  return { view, flagged, settled, get state() { return state; }, destroy: () => pluginView.destroy?.() };
}

describe('spelling words', () => {
  it('takes words with apostrophes and hyphens, in the language of their text', () => {
    const lang = textSchema.marks.language!.create({ lang: 'en-US' });
    const block = textSchema.node('paragraph', null, [textSchema.text('L’État a peut-être reçu 12kg de '), textSchema.text('colour', [lang]), textSchema.text(' à www.x.fr, a@b.fr ONU')]);
    const words = blockWords(block, 0, 'fr-FR');
    expect(words.map((w) => `${w.word}:${w.lang}`)).toEqual(['L’État:fr', 'peut-être:fr', 'reçu:fr', 'de:fr', 'colour:en']);
    const first = words[0]!;
    expect(block.textBetween(first.from - 1, first.to - 1)).toBe('L’État');
  });

  it('knows the languages a dictionary ships for', () => {
    expect([spellLanguage('fr-FR'), spellLanguage('en_GB'), spellLanguage('de-DE'), spellLanguage(null)]).toEqual(['fr', 'en', null, null]);
  });
});

describe('spelling as you type', () => {
  it('underlines the words the dictionary does not know, and only those', async () => {
    const editor = mount(textSchema.node('doc', null, [p('The comittee will recieve the report.'), p('Nothing wrong here.')]));
    await editor.settled();
    expect(editor.flagged()).toEqual(['comittee', 'recieve']);
    const at = misspellingAt(editor.state, 8);
    expect(at?.word).toBe('comittee');
    expect(await checker.suggest('en', 'recieve')).toContain('receive');
    editor.destroy();
  });

  it('checks again what an edit touched, and leaves the word at the cursor until the cursor leaves it', async () => {
    const editor = mount(textSchema.node('doc', null, [p('Good text.')]));
    await editor.settled();
    expect(editor.flagged()).toEqual([]);
    // Types " speling" at the end of the paragraph: the cursor is in the word.
    const typed = editor.state.tr.insertText(' speling', 10);
    editor.view.dispatch(typed.setSelection(TextSelection.create(typed.doc, 18)));
    await editor.settled();
    expect(editor.flagged()).toEqual([]);
    // The cursor goes back to the start: the word is checked.
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, 1)));
    await expect.poll(() => editor.flagged()).toEqual(['speling']);
    // Fixing it clears the underline.
    editor.view.dispatch(editor.state.tr.insertText('l', 15));
    await expect.poll(() => editor.flagged()).toEqual([]);
    editor.destroy();
  });

  it('clears an ignored word everywhere, and never flags personal dictionary words', async () => {
    const editor = mount(textSchema.node('doc', null, [p('Ostal and Ostal, with Marianne-Elysee.'), p('Ostal again, teh end.')]), new Set(['Marianne-Elysee']));
    await editor.settled();
    expect(editor.flagged()).toEqual(['Ostal', 'Ostal', 'Ostal', 'teh']);
    ignoreWord('Ostal')(editor.state, (tr) => editor.view.dispatch(tr));
    expect(editor.flagged()).toEqual(['teh']);
    editor.destroy();
  });
});

describe('spelling after undo', () => {
  it('checks a word an undo brings back at once, even with the cursor in it', async () => {
    const { history, undo } = await import('prosemirror-history');
    const plugin = spellPlugin({ checker, documentLang: 'en', personal: () => new Set() });
    let state = EditorState.create({ doc: textSchema.node('doc', null, [p('A recieve here')]), plugins: [history(), plugin] });
    const view = {
      get state() {
        return state;
      },
      dispatch(tr: Transaction) {
        state = state.apply(tr);
        pluginView.update?.(view as unknown as EditorView, state);
      },
    };
    const pluginView = plugin.spec.view!(view as unknown as EditorView);
    const flagged = () => spellKey.getState(state)!.decos.find().map((d) => state.doc.textBetween(d.from, d.to));
    await expect.poll(flagged).toEqual(['recieve']);
    // Replaced from the menu, then undone: the cursor ends in the word, which is underlined again.
    view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, 6)));
    view.dispatch(state.tr.insertText('receive', 3, 10));
    await expect.poll(flagged).toEqual([]);
    undo(state, (tr) => view.dispatch(tr));
    expect(state.doc.textContent).toBe('A recieve here');
    expect(state.selection.head).toBe(6);
    await expect.poll(flagged).toEqual(['recieve']);
    pluginView.destroy?.();
  });
});

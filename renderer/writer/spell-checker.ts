/**
 * The spelling checker the writer asks: which words a dictionary does not know, and what it
 * suggests for one. `createSpellWorker` runs the compact dictionaries (`spell-lexicon.ts`, built
 * from Hunspell's) in a Web Worker so that loading them and checking never holds up typing.
 */
import type { SpellLanguage } from './spell-words.js';

export interface SpellChecker {
  /** Of `words` (all in `lang`), those the dictionary does not know; [] while it loads or when it cannot be loaded. */
  misspelt(lang: SpellLanguage, words: readonly string[]): Promise<readonly string[]>;
  /** Up to a few replacements for `word`, best first. */
  suggest(lang: SpellLanguage, word: string): Promise<readonly string[]>;
  /** Stops the worker. */
  dispose(): void;
}

type SpellQuestion = { readonly type: 'misspelt'; readonly lang: SpellLanguage; readonly words: readonly string[] } | { readonly type: 'suggest'; readonly lang: SpellLanguage; readonly word: string };

/** A request to the spelling worker (`spell-worker.ts`): a question, its id and the page's address (dictionaries are found from it). */
export type SpellRequest = SpellQuestion & { readonly id: number; readonly base: string };

/** The worker's answer to request `id`: the words, or an error message. */
export type SpellResponse = { readonly id: number; readonly words: readonly string[] } | { readonly id: number; readonly error: string };

/** Where a language's compact dictionary is, relative to the page (the renderer build writes it there). */
export function dictionaryUrl(lang: SpellLanguage, base: string): string {
  return new URL(`dictionaries/${lang}/words.gz`, base).href;
}

/** The checker of the writer: one worker for the page, dictionaries loaded on first use. */
export function createSpellWorker(): SpellChecker {
  const worker = new Worker(new URL('./spell-worker.ts', import.meta.url), { type: 'module', name: 'ostal-spelling' });
  let next = 1;
  const waiting = new Map<number, (words: readonly string[]) => void>();
  worker.onmessage = (event: MessageEvent<SpellResponse>) => {
    const done = waiting.get(event.data.id);
    waiting.delete(event.data.id);
    // A dictionary that cannot be loaded flags nothing.
    done?.('words' in event.data ? event.data.words : []);
  };
  const ask = (request: SpellQuestion): Promise<readonly string[]> =>
    new Promise((resolve) => {
      const id = next++;
      waiting.set(id, resolve);
      worker.postMessage({ ...request, id, base: document.baseURI });
    });
  return {
    misspelt: (lang, words) => ask({ type: 'misspelt', lang, words }),
    suggest: (lang, word) => ask({ type: 'suggest', lang, word }),
    dispose: () => {
      worker.terminate();
      for (const done of waiting.values()) done([]);
      waiting.clear();
    },
  };
}

let shared: SpellChecker | null = null;

/** The page's one spelling worker (each dictionary is loaded once for every open document). */
export function sharedSpellChecker(): SpellChecker {
  shared ??= createSpellWorker();
  return shared;
}

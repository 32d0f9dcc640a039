/**
 * The spelling worker: loads a language's compact dictionary (`spell-lexicon.ts`, fetched from
 * the application's own files, never the network) on first use and answers `SpellRequest`s.
 */
import { loadLexicon } from './spell-lexicon.js';
import type { Lexicon } from './spell-lexicon.js';
import { dictionaryUrl } from './spell-checker.js';
import type { SpellRequest, SpellResponse } from './spell-checker.js';
import type { SpellLanguage } from './spell-words.js';

const SUGGESTIONS = 6;
const checkers = new Map<SpellLanguage, Promise<Lexicon>>();

async function load(lang: SpellLanguage, base: string): Promise<Lexicon> {
  const response = await fetch(dictionaryUrl(lang, base));
  if (!response.ok) throw new Error(`The ${lang} dictionary could not be read (${String(response.status)}).`);
  return loadLexicon(response);
}

function checker(lang: SpellLanguage, base: string): Promise<Lexicon> {
  let found = checkers.get(lang);
  if (!found) {
    found = load(lang, base);
    checkers.set(lang, found);
  }
  return found;
}

/** Hunspell dictionaries spell the apostrophe straight; text usually has the typographic one. */
function asDictionary(word: string): string {
  return word.replace(/’/g, "'");
}

const scope = self as unknown as { onmessage: ((event: MessageEvent<SpellRequest>) => void) | null; postMessage: (message: SpellResponse) => void };
scope.onmessage = (event) => {
  const request = event.data;
  checker(request.lang, request.base).then(
    (spell) => {
      if (request.type === 'misspelt') {
        scope.postMessage({ id: request.id, words: request.words.filter((w) => !spell.correct(w) && !spell.correct(asDictionary(w))) });
      } else {
        const typographic = request.word.includes('’');
        const words = spell.suggest(asDictionary(request.word)).slice(0, SUGGESTIONS);
        scope.postMessage({ id: request.id, words: typographic ? words.map((w) => w.replace(/'/g, '’')) : words });
      }
    },
    (error: unknown) => scope.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) }),
  );
};

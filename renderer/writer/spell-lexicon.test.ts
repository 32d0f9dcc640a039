import { gzipSync } from 'node:zlib';
import nspell from 'nspell';
import en from 'dictionary-en';
import { describe, expect, it } from 'vitest';
import { lexiconFromHunspell } from '../spell-lexicon-build.js';
import { Lexicon, loadLexicon } from './spell-lexicon.js';

// A small French-like dictionary: elided articles as a prefix, plurals as a suffix, a name kept in its case.
const AFF = ['SET UTF-8', 'TRY esianrtolcdugmpéèhbfvàêçôxy', 'ICONV 1', 'ICONV ’ \'', 'KEEPCASE K', 'REP 1', 'REP ph f', 'PFX L Y 1', "PFX L 0 l' [aeiouhé]", 'SFX S Y 1', 'SFX S 0 s .', ''].join('\n');
const DIC = ['5', 'homme/LS', 'écrire', 'Paris/K', 'fantôme/S', 'été/LS', ''].join('\n');

describe('compact spelling dictionaries', () => {
  const lexicon = new Lexicon(lexiconFromHunspell(AFF, DIC));

  it('holds every form the affixes give, and only those', () => {
    for (const w of ['homme', 'hommes', "l'homme", "l'hommes", 'fantômes', "l'été", 'écrire', 'Paris']) expect(lexicon.has(w), w).toBe(true);
    for (const w of ['homm', 'hommez', "l'écrire", 'écrires', 'paris', 'zzz', '']) expect(lexicon.has(w), w).toBe(false);
  });

  it('checks as Hunspell does: typographic apostrophe, capitals, words kept in their case', () => {
    for (const w of ['l’homme', 'Hommes', 'HOMMES', 'L’Été', 'Paris']) expect(lexicon.correct(w), w).toBe(true);
    for (const w of ['paris', 'PARIS', 'ecrire', 'l’écrire', 'Fantome']) expect(lexicon.correct(w), w).toBe(false);
  });

  it('suggests known words one edit away, the same letter with its accent first, and the replacement table', () => {
    expect(lexicon.suggest('ecrire')).toEqual(['écrire']);
    expect(lexicon.suggest('hommme')[0]).toBe('homme');
    expect(lexicon.suggest('Hommse')[0]).toBe('Hommes');
    expect(lexicon.suggest('phantôme')).toEqual(['fantôme']);
    expect(lexicon.suggest('homme')).toEqual([]);
    expect(lexicon.suggest('qwxzqwxz')).toEqual([]);
  });

  it('agrees with nspell on the English dictionary the application ships', async () => {
    const reference = nspell(Buffer.from(en.aff), Buffer.from(en.dic));
    const compact = await loadLexicon(new Blob([gzipSync(lexiconFromHunspell(en.aff.toString(), en.dic.toString()))]));
    const text =
      'The council approved the budget for the new library yesterday, although several members werent sure about the costs. Accomodation, recieve and seperate are common misspellings; colour and color, organise and organize are both accepted. NASA, Paris, London and iPhone appear too, as does don’t.';
    const words = text.match(/[\p{L}’']+/gu) ?? [];
    expect(words.length).toBeGreaterThan(40);
    for (const w of words) expect(compact.correct(w), w).toBe(reference.correct(w.replace(/’/g, "'")));
    expect(compact.suggest('recieve')).toContain('receive');
    expect(compact.suggest('seperate')).toContain('separate');
  });
});

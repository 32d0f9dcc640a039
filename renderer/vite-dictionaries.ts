// Ships the spell-checking dictionaries with the renderer: the Hunspell files of the npm packages
// `dictionary-fr` (MPL-2.0, Grammalecte) and `dictionary-en` (MIT AND BSD, SCOWL), expanded at
// build time into the compact form the writer loads (`words.gz`, `spell-lexicon-build.ts`), go to
// dist/renderer/dictionaries/<lang>/ with their licence, where the writer's spelling worker
// fetches them from the application's own files (never the network).
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { compressedLexicon } from './spell-lexicon-build.js';
import type { Plugin } from 'vite';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The npm package of each language's dictionary. */
export const DICTIONARIES: Readonly<Record<'fr' | 'en', string>> = { fr: 'dictionary-fr', en: 'dictionary-en' };

/** A Vite plugin copying the dictionaries into the build output. */
export function dictionaries(): Plugin {
  let outDir = '';
  return {
    name: 'ostal-dictionaries',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    writeBundle() {
      for (const [lang, pkg] of Object.entries(DICTIONARIES)) {
        const from = path.join(root, 'node_modules', pkg);
        const to = path.join(outDir, 'dictionaries', lang);
        mkdirSync(to, { recursive: true });
        copyFileSync(path.join(from, 'license'), path.join(to, 'LICENSE.txt'));
        writeFileSync(path.join(to, 'words.gz'), compressedLexicon(from, path.join(root, 'node_modules', '.cache', 'ostal-spelling')));
      }
    },
  };
}

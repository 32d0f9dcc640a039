// Ships the spell-checking dictionaries with the renderer: the Hunspell files of the npm packages
// `dictionary-fr` (MPL-2.0, Grammalecte) and `dictionary-en` (MIT AND BSD, SCOWL) go to
// dist/renderer/dictionaries/<lang>/ with their licence, where the writer's spelling worker
// fetches them from the application's own files (never the network).
import { copyFileSync, mkdirSync } from 'node:fs';
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
        for (const file of ['index.aff', 'index.dic', 'license']) copyFileSync(path.join(from, file), path.join(to, file === 'license' ? 'LICENSE.txt' : file));
      }
    },
  };
}

// Writes the packaging files generated from the app's own tables (never edited by hand):
// build/policies/ostal.admx, build/policies/{fr-FR,en-US}/ostal.adml (Group Policy templates from
// electron/services/policy-templates.ts) and build/linux/{ostal.desktop,ostal-mime.xml} (from
// electron/services/file-types.ts). test/build/packaging.test.ts fails when they are stale.
// Usage: npm run packaging:generate
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import os from 'node:os';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The generated files: repository-relative path → content. */
export async function packagingFiles() {
  const out = path.join(os.tmpdir(), `ostal-packaging-${process.pid}.mjs`);
  await build({
    stdin: {
      contents: "export { admx, adml } from './electron/services/policy-templates.ts'; export { desktopEntry, mimeInfoXml } from './electron/services/file-types.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'warning',
  });
  const m = await import(pathToFileURL(out).href);
  return {
    'build/policies/ostal.admx': m.admx(),
    'build/policies/fr-FR/ostal.adml': m.adml('fr'),
    'build/policies/en-US/ostal.adml': m.adml('en'),
    'build/linux/ostal.desktop': m.desktopEntry('/opt/Ostal/ostal'),
    'build/linux/ostal-mime.xml': m.mimeInfoXml(),
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const [rel, content] of Object.entries(await packagingFiles())) {
    const file = path.join(root, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    console.log(`wrote ${rel}`);
  }
}

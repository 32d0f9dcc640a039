// Bundles the Node side (CLI, browser-mode host, Electron main and preload) into dist/ with esbuild.
// Runs on `npm ci` (prepare) so that `npx ostal` works right after install.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entries = [
  { in: 'electron/cli/main.ts', out: 'dist/cli.cjs', external: [] },
  { in: 'electron/web/main.ts', out: 'dist/web.cjs', external: [] },
  { in: 'electron/main/index.ts', out: 'dist/electron/main.cjs', external: ['electron'] },
  { in: 'electron/preload/index.ts', out: 'dist/electron/preload.cjs', external: ['electron'] },
];

for (const e of entries) {
  const input = path.join(root, e.in);
  if (!existsSync(input)) throw new Error(`build-node: missing entry ${e.in}`);
  await build({
    entryPoints: [input],
    outfile: path.join(root, e.out),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    external: e.external,
    logLevel: 'warning',
    legalComments: 'none',
  });
}

// `npm run bench`: builds the CLI (the benchmark times `ostal convert` end to end), bundles the
// benchmark runner and its child process with esbuild, and runs it (writes docs/benchmarks.md).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const node = spawnSync(process.execPath, [path.join(root, 'build/build-node.mjs')], { stdio: 'inherit', cwd: root });
if (node.status !== 0) process.exit(node.status ?? 1);
for (const entry of ['corpus-convert', 'read-write-child', 'hostile-child']) {
  await build({
    entryPoints: [path.join(root, `test/bench/${entry}.ts`)],
    outfile: path.join(root, `dist/bench/${entry}.mjs`),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'warning',
    // An alias: bundled modules may import createRequire themselves.
    banner: { js: "import { createRequire as benchCreateRequire } from 'node:module'; const require = benchCreateRequire(import.meta.url);" },
  });
}
const r = spawnSync(process.execPath, ['--expose-gc', path.join(root, 'dist/bench/corpus-convert.mjs')], { stdio: 'inherit', cwd: root });
process.exit(r.status ?? 1);

// `npm run bench`: builds the app (the benchmark times `ostal convert` end to end and opens a long
// document in the writer), bundles the
// benchmark runner and its child process with esbuild, and runs it (writes docs/benchmarks.md).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The whole app: the CLI for `ostal convert`, the web host and the renderer for the editor section.
// The hostile-file section alone (OSTAL_BENCH_ONLY=hostile) needs only the bundled child.
// The typing profile names functions as in the sources: its renderer is not minified.
if (process.env.OSTAL_BENCH_ONLY !== 'hostile') {
  const env = process.env.OSTAL_BENCH_ONLY === 'typing-profile' ? { ...process.env, OSTAL_RENDERER_MINIFY: '0' } : process.env;
  const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', cwd: root, env });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
for (const entry of ['corpus-convert', 'read-write-child', 'hostile-child']) {
  await build({
    entryPoints: [path.join(root, `test/bench/${entry}.ts`)],
    outfile: path.join(root, `dist/bench/${entry}.mjs`),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'warning',
    // Playwright drives Chromium for the editor section; it stays a package, not bundled.
    external: ['@playwright/test', 'playwright', 'playwright-core'],
    // An alias: bundled modules may import createRequire themselves.
    banner: { js: "import { createRequire as benchCreateRequire } from 'node:module'; const require = benchCreateRequire(import.meta.url);" },
  });
}
const r = spawnSync(process.execPath, ['--expose-gc', path.join(root, 'dist/bench/corpus-convert.mjs')], { stdio: 'inherit', cwd: root });
process.exit(r.status ?? 1);

// `npm run bench`: bundles the benchmark runner with esbuild and runs it (writes docs/benchmarks.md).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist/bench/corpus-convert.mjs');
await build({
  entryPoints: [path.join(root, 'test/bench/corpus-convert.ts')],
  outfile: out,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  logLevel: 'warning',
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
});
const r = spawnSync(process.execPath, ['--expose-gc', out], { stdio: 'inherit', cwd: root });
process.exit(r.status ?? 1);

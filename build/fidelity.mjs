// `npm run fidelity`: bundles the fidelity harness (test/fidelity/harness) with esbuild and runs it
// from the repository root, passing the arguments through (see docs/fidelity.md).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist/fidelity/harness/main.mjs');
await build({
  entryPoints: [path.join(root, 'test/fidelity/harness/main.ts')],
  outfile: out,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  logLevel: 'warning',
  // fflate's Node build declares its own createRequire, so the shim's name must not clash with it.
  banner: { js: "import { createRequire as ostalCreateRequire } from 'node:module'; const require = ostalCreateRequire(import.meta.url);" },
});
const r = spawnSync(process.execPath, [out, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
process.exit(r.status ?? 1);

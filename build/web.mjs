// `npm run web [-- --port <n> --root <dir>]`: runs the browser-mode host (dist/web.cjs) with the
// given flags, building the Node bundles first when they are missing, and the renderer too when
// it has not been built (a failed renderer build is reported, and the host still starts).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const webBundle = path.join(root, 'dist', 'web.cjs');

function runStep(label, args) {
  process.stderr.write(`ostal web: ${label}...\n`);
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  return result.status === 0;
}

if (!existsSync(webBundle) && !runStep('building the Node side', [path.join(root, 'build', 'build-node.mjs')])) {
  process.stderr.write('ostal web: the build failed; see the errors above.\n');
  process.exit(1);
}
if (!existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) {
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const ok = existsSync(vite) && runStep('building the renderer', [vite, 'build', '--config', 'renderer/vite.config.ts']);
  if (!ok) process.stderr.write('ostal web: the renderer is not built; pages will say so until `npm run build` succeeds.\n');
}

const child = spawn(process.execPath, [webBundle, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 0 : 1));
});

// `npm start`: launches Ostal in Electron. The Electron binary comes from GitHub, which some
// machines cannot reach; when it is missing, this says so plainly and runs the browser-mode host
// instead (open the printed URL in a browser). Set OSTAL_NO_ELECTRON=1 to go straight to that.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

/**
 * The Electron binary's path, or null. `require('electron')` returns the path, but first tries to
 * download a missing binary; run it in a child with a time limit so a blocked network cannot hang us.
 */
function electronBinary() {
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const binary = probe.status === 0 ? probe.stdout.trim() : '';
  if (binary !== '' && existsSync(binary)) return binary;
  const reason = (probe.stderr ?? '').split('\n').find((line) => /^\s*Error:/.test(line));
  if (reason) process.stderr.write(`ostal: electron says: ${reason.trim()}\n`);
  else if (probe.error) process.stderr.write(`ostal: electron probe: ${probe.error.message}\n`);
  return null;
}

function forward(child) {
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

const binary = process.env.OSTAL_NO_ELECTRON ? null : electronBinary();
if (binary !== null) {
  forward(spawn(binary, [root, ...args], { cwd: root, stdio: 'inherit' }));
} else {
  process.stderr.write(
    [
      'ostal: the Electron runtime is not available on this machine (its binary is downloaded from',
      'GitHub on first use, and that download failed or was skipped). Starting the browser-mode host',
      'instead: open the URL below in Chromium or Firefox.',
      '',
    ].join('\n'),
  );
  forward(spawn(process.execPath, [path.join(root, 'build', 'web.mjs'), ...args], { cwd: root, stdio: 'inherit' }));
}

/**
 * A browser-mode host (`dist/web.cjs`) as a process the test owns: started on a given OSTAL_HOME,
 * killed with SIGKILL as a crash would end it, started again on the same OSTAL_HOME.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface HostProcess {
  readonly child: ChildProcess;
  /** URL printed by the host, token included. */
  readonly url: string;
}

/**
 * Starts a host over `home` (OSTAL_HOME) whose dialogs start in `docs`, with `documents` to open
 * on its command line (and `env` added to its environment); resolves once it listens.
 */
export function startHostProcess(home: string, docs: string, documents: readonly string[] = [], env: Readonly<Record<string, string>> = {}): Promise<HostProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'dist/web.cjs'), '--port', '0', '--root', docs, ...documents], {
      env: { ...process.env, OSTAL_HOME: home, OSTAL_POLICY_FILE: path.join(home, 'no-policy.json'), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`host did not start: ${out}${err}`)), 20_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Ostal web: (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: m[1] });
      }
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === null) reject(new Error(`host exited with ${String(code)}: ${err}`));
    });
  });
}

/** Kills the host as a crash would (SIGKILL: no clean-up runs) and waits until it is gone. */
export function killHost(host: HostProcess): Promise<void> {
  return new Promise((resolve) => {
    if (host.child.exitCode !== null || host.child.signalCode !== null) {
      resolve();
      return;
    }
    host.child.once('exit', () => resolve());
    host.child.kill('SIGKILL');
  });
}

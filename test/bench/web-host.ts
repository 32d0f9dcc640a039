/**
 * Starts the browser-mode host (`dist/web.cjs`) on a free loopback port for the benchmarks that drive
 * the real interface in Chromium, with its own Ostal home and no policy file.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

export async function startHost(root: string, home: string): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [path.resolve(import.meta.dirname, '../web.cjs'), '--port', '0', '--root', root], {
    env: { ...process.env, OSTAL_HOME: home, OSTAL_POLICY_FILE: path.join(home, 'no-policy.json') },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Ostal web: (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`host exited with ${String(code)}`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

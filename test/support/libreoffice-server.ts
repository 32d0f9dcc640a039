/**
 * One LibreOffice kept running per test process, converting through its UNO bridge
 * (`libreoffice-uno.py`, run by the system Python that has LibreOffice's `uno` module).
 *
 * `soffice --convert-to` starts a whole office for every file: about five seconds of processor
 * before any work, which hundreds of judged conversions pay again and again. A running office
 * answers in a fraction of that. The office gets its own profile and pipe name, so parallel test
 * processes never share one; a small shell watchdog ends it when the test process is gone, even
 * when that process is killed.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const PYTHON = '/usr/bin/python3';
const SCRIPT = path.join(import.meta.dirname, 'libreoffice-uno.py');

/** What a conversion through the running office gave. */
export type ServerConversion = 'converted' | 'unavailable';

interface Server {
  readonly pipe: string;
  readonly group: number;
  readonly profile: string;
}

let server: Server | null = null;
let usable: boolean | null = null;

/** True when the system Python can talk to LibreOffice (python3-uno is installed). */
function unoAvailable(): boolean {
  if (usable === null) {
    try {
      execFileSync(PYTHON, ['-c', 'import uno'], { stdio: 'ignore', timeout: 30_000 });
      usable = process.env.OSTAL_LO_SERVER !== '0';
    } catch {
      usable = false;
    }
  }
  return usable;
}

function stop(): void {
  if (!server) return;
  try {
    process.kill(-server.group, 'SIGKILL');
  } catch {
    // Already gone.
  }
  rmSync(server.profile, { recursive: true, force: true });
  server = null;
}

function start(): Server {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'ostal-lo-server-'));
  const pipe = `ostal-test-${String(process.pid)}-${path.basename(profile)}`;
  const office = [
    'soffice',
    `-env:UserInstallation=${pathToFileURL(path.join(profile, 'profile')).href}`,
    '--headless', '--invisible', '--norestore', '--nologo', '--nodefault', '--nolockcheck',
    `--accept=pipe,name=${pipe};urp;StarOffice.ComponentContext`,
  ].map((arg) => `'${arg}'`).join(' ');
  // The watchdog leads its own process group: when the test process or the office is gone, it
  // kills the group, the office with it.
  const watchdog = `${office} & office=$!; while kill -0 ${String(process.pid)} 2>/dev/null && kill -0 $office 2>/dev/null; do sleep 1; done; kill -9 0`;
  const child = spawn('/bin/sh', ['-c', watchdog], { detached: true, stdio: 'ignore' });
  child.unref();
  if (child.pid === undefined) throw new Error('could not start LibreOffice');
  if (server === null) process.once('exit', stop);
  return { pipe, group: child.pid, profile };
}

/**
 * Converts `input` into `outdir` (the file named as `soffice --convert-to` names it) through the
 * running office, started on first use. 'unavailable' when it cannot: no python3-uno, or no
 * filter known here for that target and document (the caller then runs `soffice --convert-to`).
 * @throws Error when LibreOffice cannot open or write the file, as `soffice --convert-to` fails.
 */
export function convertWithServer(input: string, outdir: string, target: string): ServerConversion {
  if (!unoAvailable()) return 'unavailable';
  // `ext`, or `ext:Filter name:options` as `soffice --convert-to` takes them.
  const [ext = '', filter, ...options] = target.split(':');
  const args = filter === undefined ? [ext] : [ext, filter, ...(options.length > 0 ? [options.join(':')] : [])];
  for (let attempt = 0; attempt < 2; attempt += 1) {
    server ??= start();
    try {
      execFileSync(PYTHON, [SCRIPT, server.pipe, input, outdir, ...args], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 240_000 });
      return 'converted';
    } catch (error) {
      const status = (error as { status?: number | null }).status;
      if (status === 4) return 'unavailable';
      if (status === 2) throw new Error(`LibreOffice did not convert ${path.basename(input)} to ${target}: ${String((error as { stderr?: Buffer }).stderr ?? '')}`, { cause: error });
      // No answer, a crash or a hang: a fresh office, once.
      stop();
      if (attempt === 1) throw error;
    }
  }
  return 'unavailable';
}

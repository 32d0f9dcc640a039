/**
 * One LibreOffice kept running per test worker slot, converting through its UNO bridge
 * (`libreoffice-uno.py`, run by the system Python that has LibreOffice's `uno` module).
 *
 * `soffice --convert-to` starts a whole office for every file: about five seconds of processor
 * before any work, which hundreds of judged conversions pay again and again. A running office
 * answers in a fraction of that. Vitest runs each test file in a new process, so the office
 * outlives the file that started it: it belongs to the worker slot (`VITEST_POOL_ID`, Playwright's
 * `TEST_PARALLEL_INDEX`) of the test run (the runner's process), and the next file of that slot
 * finds it through a small state folder. Slots never share an office, and only one file runs in
 * a slot at a time. A shell watchdog ends the office when the runner is gone, even when it is
 * killed, and removes its profile. Without a slot (a script), the office is the process's own.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const PYTHON = '/usr/bin/python3';
const SCRIPT = path.join(import.meta.dirname, 'libreoffice-uno.py');
/** Conversions after which a slot's office is replaced by a fresh one (an office grows with use). */
const RECYCLE_AFTER = 400;

/** What a conversion through the running office gave. */
export type ServerConversion = 'converted' | 'unavailable';

interface Server {
  readonly pipe: string;
  /** The state folder: the office's profile, the watchdog's process group, the conversion count. */
  readonly dir: string;
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

/** The process the office lives as long as, and the name of its state folder. */
function owner(): { readonly pid: number; readonly name: string } {
  const slot = process.env.VITEST_POOL_ID ?? process.env.TEST_PARALLEL_INDEX;
  if (slot !== undefined && /^\d+$/.test(slot)) return { pid: process.ppid, name: `ostal-lo-slot-${String(process.ppid)}-${slot}` };
  return { pid: process.pid, name: `ostal-lo-process-${String(process.pid)}` };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function groupOf(dir: string): number | undefined {
  try {
    const pid = Number(readFileSync(path.join(dir, 'group'), 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function stop(target: Server): void {
  const group = groupOf(target.dir);
  if (group !== undefined) {
    try {
      process.kill(-group, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  rmSync(target.dir, { recursive: true, force: true });
  if (server === target) server = null;
}

/** The slot's running office, or a new one. */
function acquire(): Server {
  if (server) return server;
  const { pid, name } = owner();
  const dir = path.join(os.tmpdir(), name);
  const pipe = name;
  const group = groupOf(dir);
  if (group !== undefined && alive(group)) return (server = { pipe, dir });
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const office = [
    'soffice',
    `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`,
    '--headless', '--invisible', '--norestore', '--nologo', '--nodefault', '--nolockcheck',
    `--accept=pipe,name=${pipe};urp;StarOffice.ComponentContext`,
  ].map((arg) => `'${arg}'`).join(' ');
  // The watchdog leads its own process group: when the owner or the office is gone, it removes
  // the state folder and kills the group, the office with it.
  const watchdog = `${office} & office=$!; while kill -0 ${String(pid)} 2>/dev/null && kill -0 $office 2>/dev/null; do sleep 1; done; rm -rf '${dir}'; kill -9 0`;
  const child = spawn('/bin/sh', ['-c', watchdog], { detached: true, stdio: 'ignore' });
  child.unref();
  if (child.pid === undefined) throw new Error('could not start LibreOffice');
  writeFileSync(path.join(dir, 'group'), String(child.pid));
  server = { pipe, dir };
  // A process's own office goes with it; a slot's stays for the slot's next test file.
  if (pid === process.pid) process.once('exit', () => { if (server) stop(server); });
  return server;
}

/** Counts one conversion; true when the office has done enough to be replaced before the next. */
function worn(target: Server): boolean {
  const file = path.join(target.dir, 'count');
  const count = (existsSync(file) ? Number(readFileSync(file, 'utf8')) || 0 : 0) + 1;
  writeFileSync(file, String(count));
  return count >= RECYCLE_AFTER;
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
    const office = acquire();
    try {
      execFileSync(PYTHON, [SCRIPT, office.pipe, input, outdir, ...args], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 240_000 });
      if (worn(office)) stop(office);
      return 'converted';
    } catch (error) {
      const status = (error as { status?: number | null }).status;
      if (status === 4) return 'unavailable';
      if (status === 2) throw new Error(`LibreOffice did not convert ${path.basename(input)} to ${target}: ${String((error as { stderr?: Buffer }).stderr ?? '')}`, { cause: error });
      // No answer, a crash or a hang: a fresh office, once.
      stop(office);
      if (attempt === 1) throw error;
    }
  }
  return 'unavailable';
}

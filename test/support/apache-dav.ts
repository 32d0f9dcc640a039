/**
 * A private Apache httpd with mod_dav on 127.0.0.1, for the sync tests: its own temporary
 * ServerRoot and config, a free port, Basic auth from its own password file (users `anne` and
 * `bernard`), a DavLockDB, and three WebDAV roots shaped like the platforms Ostal talks to:
 * - `/webdav/drives/` (eXo Platform)
 * - `/portal/rest/private/jcr/repository/collaboration/` (older eXo)
 * - `/remote.php/dav/` (Nextcloud / ownCloud: Anne's files under `files/anne/`, Bernard's under
 *   `files/bernard/`; Anne may also log in with her e-mail {@link NEXTCLOUD_EMAIL_LOGIN}, as
 *   Nextcloud allows, while her files stay under her user id `anne`)
 * and `/site/`, a plain web folder (not WebDAV). `stop()` and `start()` may be called again to
 * simulate the server going down and coming back on the same port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const DAV_USERS = { anne: 'mot-de-passe-Anne', bernard: 'mot-de-passe-Bernard' } as const;

/** Anne's e-mail login (Nextcloud accepts it; her user id, and files folder, stay `anne`). */
export const NEXTCLOUD_EMAIL_LOGIN = { username: 'anne.dupont@region.fr', password: 'app-password-Anne-42' } as const;

const MODULES = '/usr/lib/apache2/modules';

/** The apache2 / httpd binary, or undefined when none is installed. */
export function apacheBinary(): string | undefined {
  for (const candidate of ['/usr/sbin/apache2', '/usr/sbin/httpd', '/usr/local/sbin/httpd']) if (existsSync(candidate)) return candidate;
  return undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`Apache: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface ApacheDav {
  readonly port: number;
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** Folder served at `/webdav/drives/` (files can be written here directly to simulate a colleague). */
  readonly exoFolder: string;
  /** Anne's Nextcloud files, served at `/remote.php/dav/files/anne/`. */
  readonly nextcloudFolder: string;
  /** Stops the server (the port stays reserved for a later {@link start}). */
  stop(): Promise<void>;
  /** Starts it again on the same port. */
  start(): Promise<void>;
  /** Stops it and removes every file. */
  dispose(): Promise<void>;
  /** Apache's error log so far (to explain a failure). */
  errorLog(): string;
}

/** Options of {@link startApacheDav}. */
export interface ApacheDavOptions {
  /** Serve HTTPS (mod_ssl) with this certificate and key (PEM files), e.g. from `test-ca.ts`. */
  readonly tls?: { readonly certFile: string; readonly keyFile: string };
}

/** Starts a private Apache with mod_dav. @throws Error when Apache is not installed or does not start. */
export async function startApacheDav(options: ApacheDavOptions = {}): Promise<ApacheDav> {
  const binary = apacheBinary();
  if (!binary) throw new Error('Apache httpd is not installed (apt-get install apache2).');
  const root = mkdtempSync(path.join(os.tmpdir(), 'ostal-dav-'));
  // The server's children run as www-data when the tests run as root: they must traverse it.
  chmodSync(root, 0o755);
  const port = await freePort();
  const exoFolder = path.join(root, 'exo');
  const legacyFolder = path.join(root, 'exo-legacy');
  const nextcloudDav = path.join(root, 'nextcloud');
  const nextcloudFolder = path.join(nextcloudDav, 'files', 'anne');
  const bernardFolder = path.join(nextcloudDav, 'files', 'bernard');
  const siteFolder = path.join(root, 'site');
  const lockFolder = path.join(root, 'lock');
  for (const folder of [exoFolder, legacyFolder, nextcloudFolder, bernardFolder, siteFolder, lockFolder, path.join(root, 'run')]) mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(siteFolder, 'index.html'), '<!doctype html><title>Intranet</title><p>Bienvenue</p>');
  const htpasswd = [...Object.entries(DAV_USERS), [NEXTCLOUD_EMAIL_LOGIN.username, NEXTCLOUD_EMAIL_LOGIN.password]]
    .map(([user, password]) => `${user}:{SHA}${createHash('sha1').update(password).digest('base64')}`)
    .join('\n');
  writeFileSync(path.join(root, 'htpasswd'), htpasswd + '\n');
  const isRoot = process.getuid?.() === 0;
  const davLocation = (url: string, folder: string): string => `
Alias ${url} "${folder}/"
<Directory "${folder}">
  Require all granted
</Directory>
<Location ${url}>
  DAV On
  AuthType Basic
  AuthName "Ostal test"
  AuthBasicProvider file
  AuthUserFile "${path.join(root, 'htpasswd')}"
  Require valid-user
</Location>`;
  const conf = `
ServerRoot "${root}"
ServerName 127.0.0.1
Listen 127.0.0.1:${String(port)}
PidFile "${path.join(root, 'run', 'httpd.pid')}"
DefaultRuntimeDir "${path.join(root, 'run')}"
Mutex file:${path.join(root, 'run')} default
ErrorLog "${path.join(root, 'error.log')}"
LogLevel warn
${isRoot ? 'User www-data\nGroup www-data' : ''}
LoadModule mpm_event_module ${MODULES}/mod_mpm_event.so
LoadModule authz_core_module ${MODULES}/mod_authz_core.so
LoadModule authz_user_module ${MODULES}/mod_authz_user.so
LoadModule authn_core_module ${MODULES}/mod_authn_core.so
LoadModule authn_file_module ${MODULES}/mod_authn_file.so
LoadModule auth_basic_module ${MODULES}/mod_auth_basic.so
LoadModule alias_module ${MODULES}/mod_alias.so
LoadModule dir_module ${MODULES}/mod_dir.so
LoadModule mime_module ${MODULES}/mod_mime.so
LoadModule dav_module ${MODULES}/mod_dav.so
LoadModule dav_fs_module ${MODULES}/mod_dav_fs.so
${
  options.tls
    ? `LoadModule socache_shmcb_module ${MODULES}/mod_socache_shmcb.so
LoadModule ssl_module ${MODULES}/mod_ssl.so
SSLSessionCache "shmcb:${path.join(root, 'run', 'ssl_scache')}(512000)"
SSLEngine on
SSLCertificateFile "${options.tls.certFile}"
SSLCertificateKeyFile "${options.tls.keyFile}"`
    : ''
}
TypesConfig /etc/mime.types
StartServers 1
ServerLimit 1
ThreadsPerChild 25
MaxRequestWorkers 25
KeepAlive Off
DavLockDB "${path.join(lockFolder, 'davlock')}"
DocumentRoot "${siteFolder}"
<Directory "${siteFolder}">
  Require all granted
  DirectoryIndex index.html
</Directory>
${davLocation('/webdav/drives/', exoFolder)}
${davLocation('/portal/rest/private/jcr/repository/collaboration/', legacyFolder)}
${davLocation('/remote.php/dav/', nextcloudDav)}
`;
  const confFile = path.join(root, 'httpd.conf');
  writeFileSync(confFile, conf);
  if (isRoot) {
    for (const folder of [exoFolder, legacyFolder, nextcloudDav, path.join(nextcloudDav, 'files'), nextcloudFolder, bernardFolder, lockFolder]) chownSync(folder, 33, 33);
  }
  let child: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();

  const start = async (): Promise<void> => {
    const proc = spawn(binary, ['-f', confFile, '-DFOREGROUND'], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LANG: 'C' } });
    child = proc;
    let stderr = '';
    proc.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    let dead = false;
    exited = new Promise((resolve) => proc.once('exit', () => {
      dead = true;
      resolve();
    }));
    try {
      await waitFor(async () => {
        if (dead) {
          const log = existsSync(path.join(root, 'error.log')) ? readFileSync(path.join(root, 'error.log'), 'utf8') : '';
          throw new Error(`Apache exited at start: ${stderr}\n${log}`);
        }
        return canConnect(port);
      }, 'the port to open');
    } catch (error) {
      proc.kill('SIGKILL');
      throw error;
    }
  };

  const stop = async (): Promise<void> => {
    if (!child || child.exitCode !== null) return;
    child.kill('SIGTERM');
    await exited;
    child = undefined;
    await waitFor(async () => !(await canConnect(port)), 'the port to close');
  };

  await start();
  return {
    port,
    origin: `${options.tls ? 'https' : 'http'}://127.0.0.1:${String(port)}`,
    exoFolder,
    nextcloudFolder,
    stop,
    start,
    errorLog() {
      const log = path.join(root, 'error.log');
      return existsSync(log) ? readFileSync(log, 'utf8') : '';
    },
    async dispose() {
      await stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

let agedWrites = 0;

/**
 * Writes a file into a served folder as the server's user would (a colleague's edit). The file's
 * time is set a minute back, a distinct millisecond each call, so that Apache gives it a strong
 * ETag at once (see {@link ageServedFile}) and two writes never share one.
 */
export function writeServedFile(folder: string, name: string, content: string | Uint8Array): void {
  const file = path.join(folder, name);
  writeFileSync(file, content);
  if (process.getuid?.() === 0) chownSync(file, 33, 33);
  const past = new Date(Date.now() - 60_000 + ++agedWrites);
  utimesSync(file, past, past);
}

/**
 * Sets a served file's modification time a minute back. Apache gives a weak ETag to a file
 * written within the current second (and `If-Match` then never matches); real platforms give
 * strong ones, so tests that need a strong ETag at once age the file first.
 */
export function ageServedFile(folder: string, name: string): void {
  const past = new Date(Date.now() - 60_000);
  utimesSync(path.join(folder, name), past, past);
}

/** Creates a folder in a served folder as the server's user would. */
export function makeServedFolder(folder: string, name: string): void {
  const dir = path.join(folder, name);
  mkdirSync(dir, { recursive: true });
  if (process.getuid?.() === 0) chownSync(dir, 33, 33);
}

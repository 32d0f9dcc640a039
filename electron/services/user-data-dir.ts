/**
 * Where Ostal keeps its own data (settings, recent files, backups, recovery snapshots), and where
 * IT puts the machine policy. One place for both, so the CLI, the web host and Electron agree.
 */
import os from 'node:os';
import path from 'node:path';

/** What the resolution depends on; the defaults are the running process's. */
export interface PlatformInfo {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  readonly homedir: string;
}

function currentPlatform(): PlatformInfo {
  return { env: process.env, platform: process.platform, homedir: os.homedir() };
}

/**
 * The user-data folder: `OSTAL_HOME` when set (tests, portable installs), else
 * `%APPDATA%\Ostal` on Windows, `~/Library/Application Support/Ostal` on macOS,
 * `$XDG_CONFIG_HOME/ostal` (default `~/.config/ostal`) elsewhere. The folder may not exist yet.
 */
export function resolveOstalHome(info: PlatformInfo = currentPlatform()): string {
  const override = info.env.OSTAL_HOME;
  if (override !== undefined && override.trim() !== '') return path.resolve(override);
  if (info.platform === 'win32') {
    return path.win32.join(info.env.APPDATA ?? path.win32.join(info.homedir, 'AppData', 'Roaming'), 'Ostal');
  }
  if (info.platform === 'darwin') return path.posix.join(info.homedir, 'Library', 'Application Support', 'Ostal');
  const xdg = info.env.XDG_CONFIG_HOME;
  const base = xdg !== undefined && path.posix.isAbsolute(xdg) ? xdg : path.posix.join(info.homedir, '.config');
  return path.posix.join(base, 'ostal');
}

/**
 * The machine policy file: `OSTAL_POLICY_FILE` when set, else `%ProgramData%\Ostal\policy.json`
 * on Windows, `/Library/Application Support/Ostal/policy.json` on macOS, `/etc/ostal/policy.json`
 * elsewhere.
 */
export function resolvePolicyFile(info: PlatformInfo = currentPlatform()): string {
  const override = info.env.OSTAL_POLICY_FILE;
  if (override !== undefined && override.trim() !== '') return path.resolve(override);
  if (info.platform === 'win32') {
    return path.win32.join(info.env.ProgramData ?? info.env.PROGRAMDATA ?? 'C:\\ProgramData', 'Ostal', 'policy.json');
  }
  if (info.platform === 'darwin') return '/Library/Application Support/Ostal/policy.json';
  return '/etc/ostal/policy.json';
}

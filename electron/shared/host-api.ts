/**
 * The whole host surface the renderer sees, and the channel names derived from it.
 * One interface per service; main (Electron IPC), preload and the web host all bind from here.
 */
import type { FilesService } from './files.js';
import type { LinksService } from './links.js';
import type { RecentService } from './recent.js';
import type { SettingsService } from './settings.js';
import type { SyncService } from './sync.js';
import type { RecoveryService } from './recovery.js';
import type { LockService } from './locks.js';
import type { LaunchService } from './launch.js';
import type { TemplatesService } from './templates.js';
import type { ExportsService } from './exports.js';

export interface HostServices {
  readonly files: FilesService;
  readonly recent: RecentService;
  readonly settings: SettingsService;
  readonly links: LinksService;
  readonly sync: SyncService;
  readonly recovery: RecoveryService;
  readonly locks: LockService;
  readonly launch: LaunchService;
  readonly templates: TemplatesService;
  readonly exports: ExportsService;
}

type MethodsOf<S> = { [M in keyof S]: S[M] extends (...args: never[]) => unknown ? M : never }[keyof S];

/** `files.read`, `settings.set`, ... */
export type Channel = {
  [S in keyof HostServices]: `${S & string}.${MethodsOf<HostServices[S]> & string}`;
}[keyof HostServices];

/** Every channel, checked against {@link Channel} at compile time; preload and hosts allow only these. */
export const CHANNELS = [
  'files.read',
  'files.save',
  'files.list',
  'files.documentsFolder',
  'recent.list',
  'recent.add',
  'recent.remove',
  'recent.clear',
  'settings.get',
  'settings.set',
  'links.open',
  'sync.accounts',
  'sync.testAccount',
  'sync.addAccount',
  'sync.removeAccount',
  'sync.list',
  'sync.open',
  'sync.save',
  'sync.close',
  'sync.status',
  'sync.resolveConflict',
  'sync.retry',
  'sync.takeLinks',
  'sync.followLink',
  'sync.checkRemote',
  'recovery.store',
  'recovery.list',
  'recovery.read',
  'recovery.remove',
  'locks.acquire',
  'locks.release',
  'launch.take',
  'launch.openWindow',
  'launch.takeNew',
  'templates.list',
  'exports.pdf',
] as const satisfies readonly Channel[];

/** Compile-time check that CHANNELS lists every channel. */
type Missing = Exclude<Channel, (typeof CHANNELS)[number]>;
const _allListed: Missing extends never ? true : Missing = true;
void _allListed;

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}

/**
 * Builds the Node host services from one user-data folder: what Electron main, the browser-mode
 * host and the CLI each call once at start.
 */
import path from 'node:path';
import type { HostServices } from '../shared/host-api.js';
import { NodeFilesService } from './files-service.js';
import type { WriteStep } from './atomic-write.js';
import { NodeRecentService } from './recent-service.js';
import { NodeLinksService } from './links-service.js';
import type { ExternalOpener } from './links-service.js';
import { NodeSettingsService } from './settings-service.js';
import { NodeRecoveryService } from './recovery-service.js';
import { NodeLockService } from './lock-service.js';
import { NodeLaunchService } from './launch-service.js';
import { NodeTemplatesService } from './templates-service.js';
import { NodeExportsService } from './exports-service.js';
import { resolveOstalHome, resolvePolicyFile } from './user-data-dir.js';
import type { FetchLike } from '@ostal/sync';
import type { SecretCipher } from './secret-store.js';
import { FileSecretStore } from './secret-store.js';
import { NodeSyncService } from './sync-service.js';
import { cachedPolicy, readRegistryPolicy } from './registry-policy.js';
import { policyCaFetch } from './ca-fetch.js';
import { meteredNetworkProbe, remoteChecksPausedBy } from './metered-network.js';

export interface HostServicesOptions {
  /** User-data folder; default {@link resolveOstalHome} (OSTAL_HOME or the platform's). */
  readonly ostalHome?: string;
  /** Machine policy file; default {@link resolvePolicyFile}. */
  readonly policyFile?: string;
  /** Folder the Open/Save dialogs start in; default `~/Documents` or home. */
  readonly documentsFolder?: string;
  /** Folders of the templates the start page offers (`resources/templates` of the app). */
  readonly templatesFolders?: readonly string[];
  /** Replaces the atomic save's write step (tests). */
  readonly writeStep?: WriteStep;
  /** Opens checked web and mail addresses outside the app (Electron's shell); none in browser mode. */
  readonly openExternal?: ExternalOpener;
  /** Encrypts sync passwords at rest: Electron's `safeStorage` in main; none (0600 file) by default. */
  readonly secretCipher?: SecretCipher;
  /** The network for sync: Electron's `net.fetch` in main; Node's `fetch` by default. */
  readonly fetch?: FetchLike;
  /** True while the platform change checks should wait (Electron main: on battery power). */
  readonly remoteChecksPaused?: () => boolean;
  /** True on a metered network (default: the OS's answer, metered-network.ts; tests pass their own). */
  readonly meteredNetwork?: () => Promise<boolean>;
}

/** The concrete services, with their Node-only extras (policy problems for the log). */
export interface NodeHostServices extends HostServices {
  readonly files: NodeFilesService;
  readonly recent: NodeRecentService;
  readonly settings: NodeSettingsService;
  readonly links: NodeLinksService;
  readonly sync: NodeSyncService;
  readonly recovery: NodeRecoveryService;
  readonly locks: NodeLockService;
  readonly launch: NodeLaunchService;
  readonly templates: NodeTemplatesService;
  readonly exports: NodeExportsService;
  /** The user-data folder in use. */
  readonly ostalHome: string;
}

/** Creates the files, recent, settings, recovery and lock services over one user-data folder. */
export function createHostServices(options: HostServicesOptions = {}): NodeHostServices {
  const ostalHome = options.ostalHome ?? resolveOstalHome();
  const settings = new NodeSettingsService({
    userFile: path.join(ostalHome, 'settings.json'),
    policyFile: options.policyFile ?? resolvePolicyFile(),
    // Group Policy (HKLM\Software\Policies\Ostal) on Windows, over the policy file.
    ...(process.platform === 'win32' ? { registryPolicy: cachedPolicy(() => readRegistryPolicy(), 30_000) } : {}),
    // A new change-check interval applies at once (`sync` is created below, before any call).
    onSet: (key) => {
      if (key === 'remoteCheckSeconds') sync.remoteCheckChanged();
    },
  });
  const files = new NodeFilesService({
    backupFolder: path.join(ostalHome, 'backups'),
    ...(options.documentsFolder !== undefined ? { documentsFolder: options.documentsFolder } : {}),
    ...(options.writeStep !== undefined ? { writeStep: options.writeStep } : {}),
  });
  const recent = new NodeRecentService({
    file: path.join(ostalHome, 'recent.json'),
    maxRecent: async () => (await settings.get()).values.maxRecent,
  });
  const sync = new NodeSyncService({
    folder: path.join(ostalHome, 'sync'),
    secrets: new FileSecretStore(path.join(ostalHome, 'sync', 'secrets.json'), options.secretCipher),
    // On Node, the CA named by policy (`trustedCaFile`) is trusted too; Electron passes its own fetch.
    fetch: options.fetch ?? policyCaFetch(async () => (await settings.get()).values.trustedCaFile, (input, init) => fetch(input, init)),
    language: async () => (await settings.get()).values.locale,
    remoteCheckSeconds: async () => (await settings.get()).values.remoteCheckSeconds,
    // On battery, or on a metered network unless the setting (policy-lockable) says to go on.
    remoteChecksPaused: remoteChecksPausedBy({
      onBattery: options.remoteChecksPaused,
      onMetered: async () => (await settings.get()).values.remoteCheckOnMetered,
      metered: options.meteredNetwork ?? meteredNetworkProbe(),
    }),
    presetPlatform: async () => {
      const { values, locked } = await settings.get();
      return locked.includes('platformUrl') && values.platformUrl !== '' ? { kind: values.platformKind, siteUrl: values.platformUrl } : undefined;
    },
  });
  const recovery = new NodeRecoveryService({ folder: path.join(ostalHome, 'recovery') });
  const locks = new NodeLockService({ recordsFolder: path.join(ostalHome, 'locks'), profileFolder: ostalHome });
  const templates = new NodeTemplatesService(options.templatesFolders ?? []);
  return { files, recent, settings, sync, recovery, locks, launch: new NodeLaunchService(), templates, links: new NodeLinksService(options.openExternal), exports: new NodeExportsService(), ostalHome };
}

/**
 * The typed host client: the renderer's view of {@link HostServices}. Each method returns the
 * value or throws a {@link HostCallError} carrying the host's code.
 */
import type {
  Channel,
  DirListing,
  EffectiveSettings,
  FileContent,
  HostServices,
  LockResult,
  RecentEntry,
  RecoveryEntry,
  RecoveryInput,
  SavedFile,
  SaveOptions,
  SettingKey,
  Settings,
  TemplateEntry,
} from '../../../electron/shared/index.js';
import type {
  AccountSyncState,
  ConflictChoice,
  OpenLink,
  RemoteDocument,
  RemoteDocumentState,
  RemoteListing,
  SyncAccount,
  SyncAccountInput,
  SyncConnectionStatus,
} from '../../../electron/shared/sync.js';
import type { NewDocumentKind } from '../../../electron/shared/new-document-tasks.js';
import { HostCallError } from './host-call-error.js';
import type { HostTransport } from './host-transport.js';
import { bridgeTransport } from './host-transport.js';
import { socketUrl, webSocketTransport } from './ws-transport.js';

/** Builds the client over a transport. */
export function createHostClient(transport: HostTransport): HostServices {
  async function call<T>(channel: Channel, ...args: unknown[]): Promise<T> {
    let result;
    try {
      result = await transport.invoke(channel, args);
    } catch (error) {
      if (error instanceof HostCallError) throw error;
      throw new HostCallError('host-unavailable', error instanceof Error ? error.message : String(error));
    }
    if (result.ok) return result.value as T;
    throw new HostCallError(result.error.code, result.error.message);
  }
  return {
    files: {
      read: (path: string) => call<FileContent>('files.read', path),
      save: (path: string, bytes: Uint8Array, options?: SaveOptions) =>
        options === undefined ? call<SavedFile>('files.save', path, bytes) : call<SavedFile>('files.save', path, bytes, options),
      list: (path: string) => call<DirListing>('files.list', path),
      documentsFolder: () => call<string>('files.documentsFolder'),
    },
    recent: {
      list: () => call<readonly RecentEntry[]>('recent.list'),
      add: (entry: RecentEntry) => call<readonly RecentEntry[]>('recent.add', entry),
      remove: (path: string) => call<readonly RecentEntry[]>('recent.remove', path),
      clear: () => call<readonly RecentEntry[]>('recent.clear'),
    },
    settings: {
      get: () => call<EffectiveSettings>('settings.get'),
      set: <K extends SettingKey>(key: K, value: Settings[K]) => call<EffectiveSettings>('settings.set', key, value),
    },
    links: {
      open: (url: string) => call<boolean>('links.open', url),
    },
    sync: {
      accounts: () => call<readonly SyncAccount[]>('sync.accounts'),
      testAccount: (input: SyncAccountInput) => call<SyncConnectionStatus>('sync.testAccount', input),
      addAccount: (input: SyncAccountInput) => call<SyncAccount>('sync.addAccount', input),
      removeAccount: (accountId: string) => call<readonly SyncAccount[]>('sync.removeAccount', accountId),
      list: (accountId: string, folderUrl: string) => call<RemoteListing>('sync.list', accountId, folderUrl),
      open: (accountId: string, url: string, edit: boolean) => call<RemoteDocument>('sync.open', accountId, url, edit),
      save: (accountId: string, url: string, bytes: Uint8Array) => call<RemoteDocumentState>('sync.save', accountId, url, bytes),
      close: (accountId: string, url: string) => call<undefined>('sync.close', accountId, url),
      status: () => call<readonly AccountSyncState[]>('sync.status'),
      resolveConflict: (accountId: string, url: string, choice: ConflictChoice) => call<Uint8Array>('sync.resolveConflict', accountId, url, choice),
      retry: (accountId: string, url: string) => call<RemoteDocumentState>('sync.retry', accountId, url),
      takeLinks: () => call<readonly OpenLink[]>('sync.takeLinks'),
      followLink: (raw: string) => call<OpenLink>('sync.followLink', raw),
      checkRemote: () => call<undefined>('sync.checkRemote'),
    },
    recovery: {
      store: (input: RecoveryInput, bytes: Uint8Array) => call<RecoveryEntry>('recovery.store', input, bytes),
      list: (session: string) => call<readonly RecoveryEntry[]>('recovery.list', session),
      read: (id: string) => call<Uint8Array>('recovery.read', id),
      remove: (id: string) => call<undefined>('recovery.remove', id),
    },
    locks: {
      acquire: (path: string) => call<LockResult>('locks.acquire', path),
      release: (path: string) => call<undefined>('locks.release', path),
    },
    launch: {
      take: () => call<readonly string[]>('launch.take'),
      openWindow: (paths: readonly string[]) => call<undefined>('launch.openWindow', paths),
      takeNew: () => call<readonly NewDocumentKind[]>('launch.takeNew'),
    },
    templates: {
      list: () => call<readonly TemplateEntry[]>('templates.list'),
    },
    exports: {
      pdf: (html: string) => call<Uint8Array>('exports.pdf', html),
    },
  };
}

/** How the app is hosted. */
export type HostMode = 'electron' | 'browser' | 'none';

/**
 * The client for this page: Electron's bridge when present, else the browser-mode WebSocket when
 * the page URL carries a token, else a client whose calls all fail (static preview).
 */
export function connectHost(win: Window = window): { host: HostServices; mode: HostMode } {
  if (win.ostalHost) return { host: createHostClient(bridgeTransport(win.ostalHost)), mode: 'electron' };
  const hasToken = new URLSearchParams(win.location.search).has('token');
  if (hasToken && win.location.protocol.startsWith('http')) {
    return { host: createHostClient(webSocketTransport(socketUrl(win.location))), mode: 'browser' };
  }
  return { host: createHostClient(unavailable), mode: 'none' };
}

const unavailable: HostTransport = {
  invoke: () => Promise.reject(new HostCallError('host-unavailable', 'No host: the page runs without Electron or the browser-mode host.')),
};

/**
 * The Node implementation of {@link SyncService}: the accounts list (`<OSTAL_HOME>/sync/accounts.json`,
 * no passwords), passwords in a {@link SecretStore}, and one {@link SyncEngine} per account over
 * its own cache folder (`<OSTAL_HOME>/sync/<id>/`). `fetch` is injected: Electron main passes
 * `net.fetch` (Chromium's network stack and the OS certificate store, where IT deploys its CA),
 * the browser-mode host and tests pass Node's `fetch` (which honours NODE_EXTRA_CA_CERTS).
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { DocumentSyncInfo, FetchLike, PollReport } from '@ostal/sync';
import { ChangePoller, connectionStatusOf, DavError, davRootUrl, nextcloudFilesRoot, parseOfficeUri, SyncEngine, testConnection, WebDavClient } from '@ostal/sync';
import type { HostErrorCode } from '../shared/ipc-result.js';
import type {
  AccountSyncState,
  ConflictChoice,
  OpenLink,
  RemoteDocument,
  RemoteDocumentState,
  RemoteListing,
  SyncAccount,
  SyncAccountInput,
  SyncAccountKind,
  SyncConnectionStatus,
  SyncService,
} from '../shared/sync.js';
import { FileSyncStorage } from './file-sync-storage.js';
import type { SecretStore } from './secret-store.js';
import { ServiceError } from './service-error.js';
import { VersionedJsonFile } from './versioned-json-file.js';

export interface NodeSyncServiceOptions {
  /** `<OSTAL_HOME>/sync`. */
  readonly folder: string;
  readonly secrets: SecretStore;
  readonly fetch: FetchLike;
  /** Language of conflict copy names. */
  readonly language?: () => Promise<'fr' | 'en'>;
  /** Shown to colleagues as "locked by"; default the account's user name. */
  readonly lockOwner?: (account: SyncAccount) => string;
  /** Per-request timeout. */
  readonly timeoutMs?: number;
  /** The platform machine policy names (settings `platformUrl`/`platformKind` when locked), if any. */
  readonly presetPlatform?: () => Promise<{ readonly kind: SyncAccountKind; readonly siteUrl: string } | undefined>;
  /**
   * Seconds between two checks for colleagues' changes to open and cached documents (setting
   * `remoteCheckSeconds`, which policy may lock); 0 turns the timer off. Default 60.
   */
  readonly remoteCheckSeconds?: () => Promise<number>;
  /** True while those checks should wait: on battery (Electron main's power monitor), on a metered network (setting `remoteCheckOnMetered`). */
  readonly remoteChecksPaused?: () => boolean | Promise<boolean>;
}

/** Seconds between two checks for colleagues' changes when nothing says otherwise. */
export const DEFAULT_REMOTE_CHECK_SECONDS = 60;

/** Shortest time between two checks a window asks for (`checkRemote`). */
const MIN_ASKED_CHECK_MS = 5_000;

/** Longest `ostal:` link accepted. */
const MAX_LINK = 4096;

interface AccountsFile {
  readonly accounts: readonly SyncAccount[];
}

const STATUS_CODES: Readonly<Record<Exclude<SyncConnectionStatus, 'ok'>, HostErrorCode>> = {
  'bad-url': 'remote-bad-url',
  credentials: 'remote-credentials',
  'tls-untrusted': 'remote-tls-untrusted',
  unreachable: 'remote-unreachable',
  'not-webdav': 'remote-not-webdav',
};

/** A {@link DavError} as the {@link ServiceError} the renderer gets; other errors unchanged. */
export function toSyncServiceError(error: unknown): unknown {
  if (!(error instanceof DavError)) return error;
  const codes: Partial<Record<DavError['reason'], HostErrorCode>> = {
    'bad-url': 'remote-bad-url',
    credentials: 'remote-credentials',
    forbidden: 'remote-credentials',
    'tls-untrusted': 'remote-tls-untrusted',
    unreachable: 'remote-unreachable',
    timeout: 'remote-unreachable',
    'not-webdav': 'remote-not-webdav',
    'not-found': 'remote-not-found',
    locked: 'remote-locked',
  };
  return new ServiceError(codes[error.reason] ?? 'remote-error', error.message);
}

function isAccount(value: unknown): value is SyncAccount {
  const a = value as Record<string, unknown> | null;
  return (
    typeof a === 'object' &&
    a !== null &&
    typeof a['id'] === 'string' &&
    typeof a['kind'] === 'string' &&
    typeof a['label'] === 'string' &&
    typeof a['siteUrl'] === 'string' &&
    typeof a['rootUrl'] === 'string' &&
    typeof a['username'] === 'string'
  );
}

function stateOf(accountId: string, info: DocumentSyncInfo): RemoteDocumentState {
  return {
    accountId,
    url: info.url,
    name: info.name,
    status: info.status,
    conflictName: info.conflictName,
    errorReason: info.error?.reason,
    ...(info.renamedFrom !== undefined ? { renamedFrom: info.renamedFrom } : {}),
  };
}

/** Sync over WebDAV accounts. */
export class NodeSyncService implements SyncService {
  private readonly file: VersionedJsonFile<AccountsFile>;
  private readonly engines = new Map<string, Promise<SyncEngine>>();
  /** One change poller per running engine. */
  private readonly pollers = new Map<string, ChangePoller>();
  private lastAskedCheckMs = 0;
  private inbox: OpenLink[] = [];

  constructor(private readonly options: NodeSyncServiceOptions) {
    this.file = new VersionedJsonFile<AccountsFile>(
      path.join(options.folder, 'accounts.json'),
      1,
      (data) => ({ accounts: Array.isArray(data['accounts']) ? data['accounts'].filter(isAccount).map((a) => ({ ...a, managed: false })) : [] }),
      () => ({ accounts: [] }),
    );
  }

  async accounts(): Promise<readonly SyncAccount[]> {
    const accounts = (await this.file.read()).accounts;
    const preset = await this.options.presetPlatform?.().catch(() => undefined);
    if (!preset) return accounts;
    // Accounts on the platform machine policy names are managed: they cannot be removed.
    const onPreset = (a: SyncAccount): boolean => {
      try {
        if (a.kind !== preset.kind) return false;
        const root = davRootUrl(preset.kind, preset.siteUrl, a.username);
        // A Nextcloud user's files root names the user id the server gave, not always the login.
        if (preset.kind === 'nextcloud') return a.rootUrl.startsWith(root.slice(0, root.indexOf('/remote.php/dav/') + '/remote.php/dav/files/'.length));
        return root === a.rootUrl;
      } catch {
        return false;
      }
    };
    return accounts.map((a) => ({ ...a, managed: onPreset(a) }));
  }

  private async account(accountId: string): Promise<SyncAccount> {
    const found = (await this.accounts()).find((a) => a.id === accountId);
    if (!found) throw new ServiceError('not-found', `No sync account ${accountId}.`);
    return found;
  }

  private client(rootUrl: string, username: string, password: string): WebDavClient {
    return new WebDavClient({ rootUrl, username, password, fetch: this.options.fetch, ...(this.options.timeoutMs ? { timeoutMs: this.options.timeoutMs } : {}) });
  }

  /**
   * The account's WebDAV root: from the site's address, and for Nextcloud / ownCloud the files
   * root of the user id the server reports (people often sign in with their e-mail address).
   * @throws DavError as the server's answer or the address warrants.
   */
  private rootFor(input: SyncAccountInput): Promise<string> {
    if (input.kind !== 'nextcloud') return Promise.resolve(davRootUrl(input.kind, input.siteUrl, input.username));
    return nextcloudFilesRoot({
      siteUrl: input.siteUrl,
      username: input.username,
      password: input.password,
      fetch: this.options.fetch,
      ...(this.options.timeoutMs ? { timeoutMs: this.options.timeoutMs } : {}),
    });
  }

  async testAccount(input: SyncAccountInput): Promise<SyncConnectionStatus> {
    let rootUrl: string;
    try {
      rootUrl = await this.rootFor(input);
    } catch (error) {
      return connectionStatusOf(error);
    }
    return (await testConnection(this.client(rootUrl, input.username, input.password))).status;
  }

  async addAccount(input: SyncAccountInput): Promise<SyncAccount> {
    let rootUrl: string;
    try {
      rootUrl = await this.rootFor(input);
    } catch (error) {
      if (error instanceof DavError) throw new ServiceError(STATUS_CODES[connectionStatusOf(error) as Exclude<SyncConnectionStatus, 'ok'>], error.message);
      throw toSyncServiceError(error);
    }
    const report = await testConnection(this.client(rootUrl, input.username, input.password));
    if (report.status !== 'ok') throw new ServiceError(STATUS_CODES[report.status], report.detail);
    const existing = (await this.accounts()).find((a) => a.rootUrl === rootUrl && a.username === input.username);
    const account: SyncAccount = {
      id: existing?.id ?? randomUUID(),
      kind: input.kind,
      label: input.label.trim() || new URL(rootUrl).host,
      siteUrl: input.siteUrl.trim(),
      rootUrl,
      username: input.username,
      managed: existing?.managed ?? false,
    };
    await this.options.secrets.set(account.id, input.password);
    if (!account.managed) {
      await this.file.update((f) => ({ accounts: [...f.accounts.filter((a) => a.id !== account.id), account] }));
    }
    await this.dropEngine(account.id);
    return account;
  }

  async removeAccount(accountId: string): Promise<readonly SyncAccount[]> {
    const account = await this.account(accountId);
    if (account.managed) throw new ServiceError('setting-locked', `The account ${account.label} is set by machine policy.`);
    await this.dropEngine(accountId);
    await this.file.update((f) => ({ accounts: f.accounts.filter((a) => a.id !== accountId) }));
    await this.options.secrets.delete(accountId);
    await fs.rm(this.cacheFolder(accountId), { recursive: true, force: true });
    return this.accounts();
  }

  private cacheFolder(accountId: string): string {
    if (!/^[A-Za-z0-9-]{1,64}$/.test(accountId)) throw new ServiceError('invalid-argument', 'Not an account id.');
    return path.join(this.options.folder, accountId);
  }

  private async dropEngine(accountId: string): Promise<void> {
    const engine = this.engines.get(accountId);
    this.engines.delete(accountId);
    const poller = this.pollers.get(accountId);
    this.pollers.delete(accountId);
    await poller?.stop();
    await (await engine?.catch(() => undefined))?.dispose();
  }

  private engine(accountId: string): Promise<SyncEngine> {
    let engine = this.engines.get(accountId);
    if (!engine) {
      engine = (async () => {
        const account = await this.account(accountId);
        const password = await this.options.secrets.get(accountId);
        if (password === undefined) throw new ServiceError('remote-credentials', `No password stored for ${account.label}.`);
        const client = this.client(account.rootUrl, account.username, password);
        const created = await SyncEngine.create({
          client,
          storage: new FileSyncStorage(this.cacheFolder(accountId)),
          language: (await this.options.language?.()) ?? 'fr',
          lockOwner: this.options.lockOwner?.(account) ?? account.username,
        });
        this.startPoller(accountId, client, created);
        return created;
      })();
      this.engines.set(accountId, engine);
      engine.catch(() => this.engines.delete(accountId));
    }
    return engine;
  }

  /** Watches the engine's documents for colleagues' changes (see @ostal/sync `ChangePoller`). */
  private startPoller(accountId: string, client: WebDavClient, engine: SyncEngine): void {
    const poller = new ChangePoller({
      client,
      watched: () => engine.watchedUrls(),
      onObserved: async (observed, missing) => {
        await engine.applyRemoteState(observed, missing);
      },
      intervalMs: async () => 1000 * ((await this.options.remoteCheckSeconds?.()) ?? DEFAULT_REMOTE_CHECK_SECONDS),
      paused: () => this.checksPaused(),
    });
    this.pollers.get(accountId)?.stop().catch(() => undefined);
    this.pollers.set(accountId, poller);
    poller.start();
    // Documents renamed, moved or changed while Ostal was closed are found at start, not a whole interval later.
    if (engine.watchedUrls().length > 0) void this.checksPaused().then((paused) => (paused ? undefined : poller.pollNow().then(() => undefined, () => undefined)));
  }

  /** True while the timer's checks wait (battery, metered network); a failing probe does not stop them. */
  private async checksPaused(): Promise<boolean> {
    try {
      return (await this.options.remoteChecksPaused?.()) === true;
    } catch {
      return false;
    }
  }

  /** The change-check interval setting changed: every running poller plans its next look from it now. */
  remoteCheckChanged(): void {
    for (const poller of this.pollers.values()) poller.replan();
  }

  async checkRemote(): Promise<void> {
    // At most one asked check every few seconds, whatever a page asks (the timer is separate).
    const now = Date.now();
    if (now - this.lastAskedCheckMs < MIN_ASKED_CHECK_MS) return;
    this.lastAskedCheckMs = now;
    // Only engines already running: a check never starts an account nobody used.
    await Promise.all([...this.pollers.values()].map((p) => p.pollNow().catch(() => undefined)));
  }

  /** Checks an account's documents for colleagues' changes now (tests; the timer does it otherwise). */
  async checkRemoteNow(accountId: string): Promise<PollReport> {
    await this.engine(accountId);
    const poller = this.pollers.get(accountId);
    if (!poller) throw new ServiceError('not-found', `No sync account ${accountId}.`);
    return poller.pollNow();
  }

  private async run<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw toSyncServiceError(error);
    }
  }

  list(accountId: string, folderUrl: string): Promise<RemoteListing> {
    return this.run(async () => {
      const account = await this.account(accountId);
      const password = (await this.options.secrets.get(accountId)) ?? '';
      const client = this.client(account.rootUrl, account.username, password);
      const url = client.resolve(folderUrl || account.rootUrl);
      if (!url.startsWith(account.rootUrl)) throw new ServiceError('invalid-argument', `${url} is outside the account.`);
      const entries = (await client.list(url)).map((r) => ({
        url: r.url,
        name: r.name,
        isFolder: r.isCollection,
        size: r.size,
        modifiedMs: r.lastModifiedMs,
        lockedBy: r.locks.length > 0 ? (r.locks[0]?.owner ?? '') : undefined,
        readOnly: r.readOnly,
      }));
      return { accountId, url, entries };
    });
  }

  open(accountId: string, url: string, edit: boolean): Promise<RemoteDocument> {
    return this.run(async () => {
      const engine = await this.engine(accountId);
      const opened = await engine.open(url, { lock: edit });
      const info = engine.info(opened.url);
      return {
        ...(info ? stateOf(accountId, info) : { accountId, url: opened.url, name: opened.name, status: opened.status, conflictName: undefined, errorReason: undefined }),
        bytes: opened.bytes,
        fromCache: opened.fromCache,
        readOnly: opened.readOnly,
        readOnlyReason: opened.readOnlyReason,
        lockedBy: opened.lockedBy,
      };
    });
  }

  save(accountId: string, url: string, bytes: Uint8Array): Promise<RemoteDocumentState> {
    return this.run(async () => stateOf(accountId, await (await this.engine(accountId)).save(url, bytes)));
  }

  close(accountId: string, url: string): Promise<void> {
    return this.run(async () => (await this.engine(accountId)).close(url));
  }

  async status(): Promise<readonly AccountSyncState[]> {
    const states: AccountSyncState[] = [];
    for (const account of await this.accounts()) {
      const engine = await this.engine(account.id).catch(() => undefined);
      if (!engine) continue;
      const documents = engine.documents().map((d) => stateOf(account.id, d));
      states.push({
        accountId: account.id,
        online: engine.online,
        pending: engine.queue().filter((q) => q.state === 'pending' || q.state === 'uploading').length,
        conflicts: documents.filter((d) => d.status === 'conflict').length,
        remoteChanges: documents.filter((d) => d.status === 'changed-remotely').length,
        errors: documents.filter((d) => d.status === 'error').length,
        documents,
      });
    }
    return states;
  }

  resolveConflict(accountId: string, url: string, choice: ConflictChoice): Promise<Uint8Array> {
    return this.run(async () => (await this.engine(accountId)).resolveConflict(url, choice));
  }

  retry(accountId: string, url: string): Promise<RemoteDocumentState> {
    return this.run(async () => {
      const engine = await this.engine(accountId);
      await engine.retry(url);
      const info = engine.info(url);
      if (!info) throw new ServiceError('not-found', `${url} is not in the sync cache.`);
      return stateOf(accountId, info);
    });
  }

  /**
   * Takes an `ostal:` link from the OS (command line, second instance, macOS open-url). Returns
   * false for anything that is not a well-formed http(s) Office URI link.
   */
  receiveLink(raw: string): boolean {
    const link = this.parseLink(raw);
    if (!link) return false;
    this.inbox = [...this.inbox, link].slice(-20);
    return true;
  }

  /**
   * The one check every `ostal:` link goes through, from the OS or clicked in the page: a
   * well-formed Office URI link to an http(s) address without credentials, else undefined.
   */
  parseLink(raw: string): OpenLink | undefined {
    if (raw.length > MAX_LINK) return undefined;
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0020\u007f-\u009f]/.test(raw)) return undefined;
    const link = parseOfficeUri(raw);
    return link ? { mode: link.mode, url: link.url } : undefined;
  }

  followLink(raw: string): Promise<OpenLink> {
    const link = this.parseLink(raw);
    if (!link) return Promise.reject(new ServiceError('invalid-argument', 'Not an ostal: link to a web address.'));
    return Promise.resolve(link);
  }

  takeLinks(): Promise<readonly OpenLink[]> {
    const links = this.inbox;
    this.inbox = [];
    return Promise.resolve(links);
  }

  /** Stops every engine (timers, pending writes); locks stay until their timeout. */
  async dispose(): Promise<void> {
    for (const id of [...this.engines.keys()]) await this.dropEngine(id);
  }
}

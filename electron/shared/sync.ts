/**
 * Sync contract: accounts on the collaborative platform (eXo Platform, Nextcloud/ownCloud, any
 * WebDAV server), browsing, opening and saving remote documents through the offline-first sync
 * engine (@ostal/sync) that runs in the host. Passwords go in (add / test) and never come back
 * out: the renderer sees accounts without credentials.
 */

/** Which platform an account is on; decides where its WebDAV root is. */
export type SyncAccountKind = 'exo' | 'exo-legacy' | 'nextcloud' | 'webdav';

export const SYNC_ACCOUNT_KINDS: readonly SyncAccountKind[] = ['exo', 'exo-legacy', 'nextcloud', 'webdav'];

/** What the account form sends (the password travels once, to the host). */
export interface SyncAccountInput {
  readonly kind: SyncAccountKind;
  /** Name shown in the Open dialog ("Intranet de la Région"); defaults to the server's name. */
  readonly label: string;
  /** The site's address as the user knows it (`https://exo.region.fr`), or a WebDAV URL. */
  readonly siteUrl: string;
  readonly username: string;
  /** Password or app password. */
  readonly password: string;
}

/** An account as the renderer sees it: no password. */
export interface SyncAccount {
  readonly id: string;
  readonly kind: SyncAccountKind;
  readonly label: string;
  readonly siteUrl: string;
  /** The WebDAV root the account browses. */
  readonly rootUrl: string;
  readonly username: string;
  /** Set by machine policy: the user may not remove it. */
  readonly managed: boolean;
}

/** Result of "Test the connection". */
export type SyncConnectionStatus = 'ok' | 'bad-url' | 'credentials' | 'tls-untrusted' | 'unreachable' | 'not-webdav';

/** One entry of a remote folder. */
export interface RemoteEntry {
  readonly url: string;
  readonly name: string;
  readonly isFolder: boolean;
  readonly size: number | undefined;
  readonly modifiedMs: number | undefined;
  /** Who holds a lock on it ("" when the server does not say), undefined when not locked. */
  readonly lockedBy: string | undefined;
  /** The server says the user may not change it (Nextcloud permissions). */
  readonly readOnly: boolean;
}

/** A remote folder's content. */
export interface RemoteListing {
  readonly accountId: string;
  readonly url: string;
  readonly entries: readonly RemoteEntry[];
}

/**
 * Where a remote document stands. `changed-remotely`: someone saved a new version of a document
 * open here that has no local change waiting; the window offers to reload it
 * (`resolveConflict(..., 'keep-theirs')`) or to keep the user's version
 * (`resolveConflict(..., 'keep-both')`: theirs goes beside it as a conflict copy).
 * `deleted-remotely`: the document open here was deleted or moved on the server; saving puts it
 * back (as a new file, never over one that appeared meanwhile).
 */
export type RemoteSyncStatus = 'up-to-date' | 'saved-locally' | 'uploading' | 'offline' | 'conflict' | 'changed-remotely' | 'deleted-remotely' | 'error';

export interface RemoteDocumentState {
  readonly accountId: string;
  readonly url: string;
  readonly name: string;
  readonly status: RemoteSyncStatus;
  /** File name of the server's version kept beside ours, when status is `conflict`. */
  readonly conflictName: string | undefined;
  /** Reason of the last failure (`credentials`, `locked`, `unreachable`, ...). */
  readonly errorReason: string | undefined;
  /** The URL it was opened at, when it was found renamed on the server since. */
  readonly renamedFrom?: string | undefined;
}

/** An opened remote document. */
export interface RemoteDocument extends RemoteDocumentState {
  readonly bytes: Uint8Array;
  /** The server could not be reached: this is the cached copy. */
  readonly fromCache: boolean;
  /** Someone else holds a lock, or the user may not write it: open read-only. */
  readonly readOnly: boolean;
  /** Why it is read-only (`locked`: see {@link lockedBy}; `no-permission`: the platform's rights). */
  readonly readOnlyReason: 'locked' | 'no-permission' | undefined;
  readonly lockedBy: string | undefined;
}

/** An account's sync state for the window's indicator. */
export interface AccountSyncState {
  readonly accountId: string;
  readonly online: boolean;
  /** Uploads waiting (including retries). */
  readonly pending: number;
  readonly conflicts: number;
  /** Documents open here that a colleague changed on the server (status `changed-remotely`). */
  readonly remoteChanges: number;
  readonly errors: number;
  readonly documents: readonly RemoteDocumentState[];
}

export type ConflictChoice = 'keep-mine' | 'keep-theirs' | 'keep-both';

/** An "open in desktop" link (`ostal:ofe|u|https://…`) the OS handed to Ostal. */
export interface OpenLink {
  readonly mode: 'edit' | 'view';
  readonly url: string;
}

export interface SyncService {
  accounts(): Promise<readonly SyncAccount[]>;
  /** Tests without saving anything. */
  testAccount(input: SyncAccountInput): Promise<SyncConnectionStatus>;
  /** Tests, then saves the account (password to the secret store) when the test passes; fails with `remote-*` codes otherwise. */
  addAccount(input: SyncAccountInput): Promise<SyncAccount>;
  /** Forgets the account, its password and its cache. Refused (`setting-locked`) for a policy account. */
  removeAccount(accountId: string): Promise<readonly SyncAccount[]>;
  /** A folder (the root when `folderUrl` is empty). */
  list(accountId: string, folderUrl: string): Promise<RemoteListing>;
  /** Opens (downloads, or the cache offline); `edit` takes a lock. */
  open(accountId: string, url: string, edit: boolean): Promise<RemoteDocument>;
  /** Saves into the cache and the upload queue; resolves before the upload. A new URL creates a file. */
  save(accountId: string, url: string, bytes: Uint8Array): Promise<RemoteDocumentState>;
  /** Releases the lock of a closed document. */
  close(accountId: string, url: string): Promise<void>;
  /** Every account's state (for the status indicator). */
  status(): Promise<readonly AccountSyncState[]>;
  /** Settles a conflict; returns the local bytes after the choice (reload them). */
  resolveConflict(accountId: string, url: string, choice: ConflictChoice): Promise<Uint8Array>;
  /** Tries a failed or waiting upload again now. */
  retry(accountId: string, url: string): Promise<RemoteDocumentState>;
  /** The `ostal:` links received for this window since the last call (the window opens them). */
  takeLinks(): Promise<readonly OpenLink[]>;
  /**
   * Checks an `ostal:` link clicked inside the page (a document's hyperlink) exactly as links
   * from the OS are checked, and returns it for the window to open the same way. Rejects with
   * `invalid-argument` for anything but a well-formed http(s) Office URI link.
   */
  followLink(raw: string): Promise<OpenLink>;
  /**
   * Looks for colleagues' changes now, on every account with documents (the window regained
   * focus), besides the host's timer. Resolves once done; never rejects for a server that cannot
   * be reached (the timer backs off and tries again).
   */
  checkRemote(): Promise<void>;
}

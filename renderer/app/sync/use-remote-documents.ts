/**
 * Documents from the platform in the shell: open (host sync → worker read → tab), save and save
 * to the platform (worker write → host sync queue), the lock released when the tab closes, the
 * sync status polled for the indicator, conflicts settled. Errors become translated notices.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EffectiveSettings, HostServices } from '../../../electron/shared/index.js';
import type { AccountSyncState, ConflictChoice, OpenLink, RemoteDocumentState, RemoteEntry, SyncAccount } from '../../../electron/shared/sync.js';
import { DocumentWorkerClient } from '../documents/document-worker-client.js';
import { withOpenedMacros, writeOptionsFor } from '../documents/macro-save.js';
import { hasMacros } from '@ostal/model';
import { openedDocument, readContent } from '../documents/open-document.js';
import type { OpenDocument } from '../documents/open-document.js';
import { defaultSaveFormat, withExtension } from '../files/save-formats.js';
import { errorMessage } from '../i18n/error-message.js';
import type { Translator } from '../i18n/translator.js';
import type { EditorHandle } from '../shell/editor-handle.js';
import type { AppNotice } from '../shell/notices.js';
import type { PlatformRequest } from './PlatformDialog.js';
import type { RemoteLink } from './remote-links.js';
import { moveNotice } from './move-notice.js';
import { followedRenames, movedLink, releasedLinks } from './remote-links.js';

export type { RemoteLink } from './remote-links.js';

/** What the hook needs from the shell's document workflow. */
export interface ShellDocuments {
  readonly docs: readonly OpenDocument[];
  readonly handles: { readonly current: Map<string, EditorHandle> };
  adopt(doc: OpenDocument): void;
  patch(id: string, patch: Partial<OpenDocument>): void;
  discard(id: string): void;
  /** Puts `doc` in the tab of `id`, in its place (a reloaded version). */
  replace(id: string, doc: OpenDocument): void;
  setDirty(id: string, dirty: boolean): void;
  setActiveId(id: string): void;
  notify(notice: Omit<AppNotice, 'id'>): void;
  /** Save as (on disk, or to the platform from the dialog): how a read-only document is kept. */
  saveAs(id: string): void;
}

export type SyncDialog = { readonly type: 'platform'; readonly request: PlatformRequest; readonly docId?: string } | { readonly type: 'accounts'; readonly back?: SyncDialog };

const POLL_MS = 1500;

export function useRemoteDocuments(host: HostServices, shell: ShellDocuments, settings: EffectiveSettings, translator: Translator) {
  const { t } = translator;
  const [accounts, setAccounts] = useState<readonly SyncAccount[]>([]);
  const [dialog, setDialog] = useState<SyncDialog | null>(null);
  const [links, setLinks] = useState<ReadonlyMap<string, RemoteLink>>(new Map());
  const [states, setStates] = useState<readonly AccountSyncState[]>([]);
  const worker = useRef<DocumentWorkerClient | null>(null);
  const getWorker = () => (worker.current ??= new DocumentWorkerClient());
  const linksRef = useRef(links);
  linksRef.current = links;

  const refreshAccounts = useCallback(() => {
    host.sync
      .accounts()
      .then(setAccounts)
      .catch(() => setAccounts([]));
  }, [host]);
  useEffect(refreshAccounts, [refreshAccounts]);

  const refreshStatus = useCallback(() => {
    host.sync
      .status()
      .then(setStates)
      .catch(() => undefined);
  }, [host]);

  // The accounts' state shows in the window from the start (uploads a previous session left in
  // the queue start draining then), and is followed while a platform document is open or while
  // anything is waiting — also after its document was closed — until all is up to date.
  const hasAccounts = accounts.length > 0;
  useEffect(() => {
    if (hasAccounts) refreshStatus();
  }, [hasAccounts, refreshStatus]);
  const hasRemote = links.size > 0;
  const waiting = states.some((s) => !s.online || s.pending > 0 || s.conflicts > 0 || s.errors > 0);
  useEffect(() => {
    if (!hasRemote && !waiting) return;
    refreshStatus();
    const timer = setInterval(refreshStatus, POLL_MS);
    return () => clearInterval(timer);
  }, [hasRemote, waiting, refreshStatus]);

  // Back in the window: look for colleagues' changes now rather than at the host's next check.
  useEffect(() => {
    if (!hasRemote) return;
    const onFocus = () => {
      host.sync
        .checkRemote()
        .then(refreshStatus)
        .catch(() => undefined);
    };
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [hasRemote, host, refreshStatus]);

  // A tab that closed releases its lock; a read-only platform document saved as a file of its
  // own is no longer the platform's.
  useEffect(() => {
    const open = new Set(shell.docs.filter((d) => !(d.path !== null && links.get(d.id)?.readOnly === true)).map((d) => d.id));
    const { released, changed } = releasedLinks(open, links);
    if (!changed) return;
    for (const link of released) void host.sync.close(link.accountId, link.url).catch(() => undefined);
    // Only the tabs that went: a tab adopted meanwhile keeps its link.
    setLinks((current) => {
      const gone = new Set([...links.keys()].filter((id) => !open.has(id)));
      return new Map([...current].filter(([id]) => !gone.has(id)));
    });
  }, [shell.docs, links, host]);

  // A document renamed on the platform: its tab follows the new name (saves go there), and says so.
  useEffect(() => {
    const followed = followedRenames(links, states.flatMap((s) => s.documents));
    if (followed.length === 0) return;
    setLinks((current) => {
      const next = new Map(current);
      for (const f of followed) if (next.get(f.id)?.url !== undefined) next.set(f.id, f.link);
      return next;
    });
    for (const f of followed) {
      const doc = shell.docs.find((d) => d.id === f.id);
      const from = links.get(f.id)?.url ?? f.link.url;
      const rootUrl = accounts.find((a) => a.id === f.link.accountId)?.rootUrl ?? '';
      shell.patch(f.id, { title: f.name });
      shell.notify({ tone: 'info', docId: f.id, message: moveNotice(t, from, f.link.url, rootUrl, doc?.title ?? f.name, f.name) });
    }
    // The shell's callbacks change at each render; the states and links say when to look.
  }, [states, links]);

  const stateOf = (docId: string): RemoteDocumentState | undefined => {
    const link = links.get(docId);
    if (!link) return undefined;
    return states.find((s) => s.accountId === link.accountId)?.documents.find((d) => d.url === link.url);
  };

  const accountOnline = (docId: string): boolean | undefined => {
    const link = links.get(docId);
    return link ? states.find((s) => s.accountId === link.accountId)?.online : undefined;
  };

  /** Reads a platform document's bytes into a new tab's document (not shown yet). */
  const readBytes = async (url: string, name: string, bytes: Uint8Array, readOnly: boolean): Promise<OpenDocument> => {
    const read = await getWorker().read(bytes, name);
    const opened = openedDocument({ document: read.document, name, path: url, format: read.format, modifiedMs: 0, diagnostics: read.diagnostics });
    return { ...opened, path: null, modifiedMs: null, ...(readOnly ? { readOnly: true } : {}) };
  };

  const openBytes = async (accountId: string, url: string, name: string, bytes: Uint8Array, readOnly: boolean): Promise<OpenDocument> => {
    const doc = await readBytes(url, name, bytes, readOnly);
    shell.adopt(doc);
    setLinks((current) => new Map(current).set(doc.id, { accountId, url, readOnly }));
    return doc;
  };

  const openRemote = async (accountId: string, entry: RemoteEntry, edit = true) => {
    setDialog(null);
    const already = [...linksRef.current].find(([, l]) => l.accountId === accountId && l.url === entry.url);
    if (already) {
      shell.setActiveId(already[0]);
      return;
    }
    try {
      const opened = await host.sync.open(accountId, entry.url, edit);
      const doc = await openBytes(accountId, opened.url, opened.name, opened.bytes, opened.readOnly);
      if (opened.readOnly) {
        // Someone else is editing it, or the platform gives read rights only: a banner says so,
        // and offers to keep one's work in a copy.
        shell.notify({
          tone: 'warning',
          docId: doc.id,
          message:
            opened.readOnlyReason === 'no-permission'
              ? t('sync.readOnlyPermission', { name: opened.name })
              : t('sync.readOnlyBanner', { name: opened.name, owner: opened.lockedBy || '?' }),
          action: { label: t('sync.saveCopy'), run: () => shell.saveAs(doc.id) },
        });
      }
      if (opened.fromCache) shell.notify({ tone: 'info', docId: doc.id, message: t('sync.fromCache', { name: opened.name }) });
      // An old link to a document found moved since: it opened where it is now, and says so.
      if (opened.url !== entry.url && opened.renamedFrom !== undefined) {
        const rootUrl = accounts.find((a) => a.id === accountId)?.rootUrl ?? '';
        shell.notify({ tone: 'info', docId: doc.id, message: moveNotice(t, opened.renamedFrom, opened.url, rootUrl, entry.name, opened.name) });
      }
      if (hasMacros(doc.initial)) shell.notify({ tone: 'info', docId: doc.id, message: t('notice.macros', { name: opened.name }) });
      refreshStatus();
    } catch (error) {
      shell.notify({ tone: 'error', message: t('error.open', { name: entry.name, reason: errorMessage(translator, error) }) });
    }
  };

  // "Open in desktop" links the OS handed to the host (`ostal:ofe|u|https://…`).
  const accountsRef = useRef(accounts);
  accountsRef.current = accounts;
  const openRemoteRef = useRef(openRemote);
  openRemoteRef.current = openRemote;
  const shellRef = useRef(shell);
  shellRef.current = shell;
  const tRef = useRef(t);
  tRef.current = t;
  /** Opens "open in desktop" links, from the OS or clicked in a document, with the account whose root covers them. */
  const openLinks = useCallback((links: readonly OpenLink[]) => {
    for (const link of links) {
      const account = accountsRef.current.find((a) => link.url.startsWith(a.rootUrl));
      if (!account) {
        shellRef.current.notify({ tone: 'error', message: tRef.current('sync.noAccountForLink', { url: link.url }) });
        setDialog({ type: 'accounts' });
        continue;
      }
      const segment = link.url.replace(/\/$/, '').split('/').pop() ?? link.url;
      let name = segment;
      try {
        name = decodeURIComponent(segment);
      } catch {
        // Keep the encoded name.
      }
      void openRemoteRef.current(account.id, { url: link.url, name, isFolder: false, size: undefined, modifiedMs: undefined, lockedBy: undefined, readOnly: false }, link.mode === 'edit');
    }
  }, []);

  /**
   * Takes the links the host holds for this window (the page asks when it starts, when the host
   * tells it to, and when the window gains focus: it never polls). The accounts are read first,
   * so that a link arriving with the first window finds its account.
   */
  const takeLinks = useCallback(() => {
    host.sync
      .takeLinks()
      .then(async (links) => {
        if (links.length === 0) return;
        accountsRef.current = await host.sync.accounts().catch(() => accountsRef.current);
        openLinks(links);
      })
      .catch(() => undefined);
  }, [host, openLinks]);

  /**
   * An `ostal:` link clicked inside the page (a document's hyperlink): checked by the host like
   * the OS's links, then opened the same way. Resolves false when the host refused it.
   */
  const followLink = useCallback(
    (raw: string): Promise<boolean> =>
      host.sync.followLink(raw).then(
        (link) => {
          openLinks([link]);
          return true;
        },
        () => false,
      ),
    [host, openLinks],
  );

  const upload = async (docId: string, link: RemoteLink, name: string): Promise<boolean> => {
    const doc = shell.docs.find((d) => d.id === docId);
    const handle = shell.handles.current.get(docId);
    if (!doc || !handle) return false;
    if (link.readOnly) {
      shell.notify({ tone: 'error', docId, message: t('sync.readOnlySave') });
      return false;
    }
    try {
      const format = doc.format ?? defaultSaveFormat(doc.kind, settings.values.defaultFamily);
      const bytes = await getWorker().write(withOpenedMacros(handle.getDocument(), readContent(doc)), format, writeOptionsFor(name));
      await host.sync.save(link.accountId, link.url, bytes);
      handle.markSaved();
      shell.patch(docId, { title: name, format, dirty: false, readOnly: false });
      shell.notify({ tone: 'success', docId, message: t('sync.savedRemote', { name }) });
      refreshStatus();
      return true;
    } catch (error) {
      shell.notify({ tone: 'error', docId, message: t('error.save', { name, reason: errorMessage(translator, error) }) });
      return false;
    }
  };

  /**
   * Saves a platform document into the sync queue; resolves true once saved locally. Returns
   * null when `docId` is not a platform document (the caller saves it on disk).
   */
  const saveRemote = (docId: string): Promise<boolean> | null => {
    const link = links.get(docId);
    const doc = shell.docs.find((d) => d.id === docId);
    // A read-only platform document is saved like a read-only file: as a copy (Save as).
    if (!link || !doc || link.readOnly) return null;
    return upload(docId, link, doc.title);
  };

  /** Account-level summary for the window: offline accounts and uploads waiting, over all accounts. */
  const summary = {
    offline: states.some((s) => !s.online),
    pending: states.reduce((n, s) => n + s.pending, 0),
    conflicts: states.reduce((n, s) => n + s.conflicts, 0),
    errors: states.reduce((n, s) => n + s.errors, 0),
    remoteChanges: states.reduce((n, s) => n + (s.remoteChanges ?? 0), 0),
  };

  const saveToPlatform = (accountId: string, folderUrlWithName: string) => {
    const current = dialog;
    setDialog(null);
    if (current?.type !== 'platform' || !current.docId) return;
    const doc = shell.docs.find((d) => d.id === current.docId);
    if (!doc) return;
    const format = doc.format ?? defaultSaveFormat(doc.kind, settings.values.defaultFamily);
    const slash = folderUrlWithName.lastIndexOf('/');
    const name = withExtension(decodeURIComponent(folderUrlWithName.slice(slash + 1)), format);
    const url = folderUrlWithName.slice(0, slash + 1) + encodeURIComponent(name);
    const link = { accountId, url, readOnly: false };
    setLinks((m) => new Map(m).set(doc.id, link));
    void upload(doc.id, link, name);
  };

  const resolve = async (docId: string, choice: ConflictChoice) => {
    const link = links.get(docId);
    const doc = shell.docs.find((d) => d.id === docId);
    if (!link || !doc) return;
    try {
      const bytes = await host.sync.resolveConflict(link.accountId, link.url, choice);
      if (choice === 'keep-theirs') {
        // The editor owns its content: the kept version goes in a fresh tab, in this one's place.
        // Tab and link change in one update, so that the document stays open in the host (its
        // lock kept, colleagues' next changes still told).
        const reloaded = await readBytes(link.url, doc.title, bytes, link.readOnly);
        shell.replace(docId, reloaded);
        setLinks((current) => movedLink(current, docId, reloaded.id));
      }
      refreshStatus();
    } catch (error) {
      shell.notify({ tone: 'error', docId, message: t('error.save', { name: doc.title, reason: errorMessage(translator, error) }) });
    }
  };

  const retry = async (docId: string) => {
    const link = links.get(docId);
    if (!link) return;
    await host.sync.retry(link.accountId, link.url).catch(() => undefined);
    refreshStatus();
  };

  return {
    accounts,
    setAccounts,
    refreshAccounts,
    dialog,
    setDialog,
    links,
    stateOf,
    accountOnline,
    openRemote,
    saveRemote,
    summary,
    saveToPlatform,
    resolve,
    retry,
    takeLinks,
    followLink,
    requestOpen: () => setDialog({ type: 'platform', request: { mode: 'open' } }),
    requestSave: (docId: string, name: string) => setDialog({ type: 'platform', request: { mode: 'save', name }, docId }),
  };
}

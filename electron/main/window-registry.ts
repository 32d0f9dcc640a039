/**
 * Several Ostal windows side by side, each with its own tabs. The registry knows every window,
 * which one was focused last, the documents waiting for each (its own `launch.take` queue), and
 * the recovery sessions each page uses (so that one window never offers another live window's
 * automatic copies as "documents to recover").
 *
 * Documents from outside (a file double-clicked while Ostal runs) and "open in desktop" links
 * (`ostal:`, already checked) go to ONE window: the focused one, else the last focused one, else
 * a new window; a link clicked inside a window's page goes to that window. A window asks for
 * them when told (`launch.take` menu command), when its page starts and whenever it gains focus;
 * no window ever polls, and no other window sees them.
 */
import type { BaseWindow, BrowserWindow } from 'electron';
import type { LaunchService } from '../shared/launch.js';
import { MENU_CHANNEL } from '../shared/menu-commands.js';
import type { MenuCommand } from '../shared/menu-commands.js';
import type { RecoveryService } from '../shared/recovery.js';
import type { LockService } from '../shared/locks.js';
import type { OpenLink, SyncService } from '../shared/sync.js';
import type { NewDocumentKind } from '../shared/new-document-tasks.js';

interface Entry {
  readonly window: BrowserWindow;
  /** Documents waiting for this window's page. */
  pending: string[];
  /** Recovery sessions this window's page stored copies under. */
  readonly sessions: Set<string>;
  /** Files whose lock this window's page took (released when the window closes). */
  readonly locks: Set<string>;
  /** `ostal:` links waiting for this window's page. */
  links: OpenLink[];
  /** Blank documents asked for from outside (jump list, desktop action) waiting for this window's page. */
  newDocuments: NewDocumentKind[];
}

/** What waits for a new window's page besides documents. */
export interface WindowWaiting {
  readonly links?: readonly OpenLink[];
  readonly newDocuments?: readonly NewDocumentKind[];
}

/** Most links kept waiting for one window (a flood from outside cannot grow memory). */
export const MAX_WAITING_LINKS = 20;

/** How far each new window is moved from the last one, so that it does not hide it exactly. */
export const CASCADE_STEP = 32;

export class WindowRegistry {
  private readonly entries = new Map<number, Entry>();
  private lastFocused: Entry | undefined;

  /**
   * `create(cascade)` makes a window (not yet registered); `cascade` is how many windows are
   * already open, to shift the new one.
   */
  constructor(private readonly create: (cascade: number) => BrowserWindow) {}

  /** Number of open windows. */
  get size(): number {
    return this.entries.size;
  }

  /** Every open window, oldest first. */
  windows(): BrowserWindow[] {
    return [...this.entries.values()].map((e) => e.window);
  }

  /** Opens a window; `paths` wait for its page. */
  open(paths: readonly string[] = [], waiting: WindowWaiting = {}): BrowserWindow {
    const window = this.create(this.entries.size);
    const id = window.webContents.id;
    const entry: Entry = {
      window,
      pending: [...paths],
      sessions: new Set(),
      locks: new Set(),
      links: (waiting.links ?? []).slice(-MAX_WAITING_LINKS),
      newDocuments: [...(waiting.newDocuments ?? [])],
    };
    this.entries.set(id, entry);
    this.lastFocused = entry;
    window.on('focus', () => {
      this.lastFocused = entry;
    });
    window.on('closed', () => {
      this.entries.delete(id);
      if (this.lastFocused === entry) this.lastFocused = [...this.entries.values()].at(-1);
      // The documents of a closed window are closed: their lock files go, unless another window has them open.
      for (const file of entry.locks) {
        if (![...this.entries.values()].some((other) => other.locks.has(file))) void this.lockService?.release(file).catch(() => undefined);
      }
    });
    return window;
  }

  /** The Ostal window `window` is, if it is one. */
  find(window: BaseWindow | null | undefined): BrowserWindow | undefined {
    if (!window) return undefined;
    for (const entry of this.entries.values()) if (entry.window === window) return entry.window;
    return undefined;
  }

  /** The lock service windows' pages go through (set by {@link locksFor}). */
  private lockService: LockService | undefined;

  /**
   * The lock service as the page of window `senderId` sees it: the locks it takes are recorded,
   * so that closing the window releases them (the page cannot, once it is gone).
   */
  locksFor(senderId: number, base: LockService): LockService {
    this.lockService = base;
    return {
      acquire: async (file) => {
        const result = await base.acquire(file);
        if (result.status === 'acquired') this.entries.get(senderId)?.locks.add(file);
        return result;
      },
      release: async (file) => {
        const entry = this.entries.get(senderId);
        entry?.locks.delete(file);
        // Another window still has the document open: its lock stays.
        if ([...this.entries.values()].some((other) => other.locks.has(file))) return;
        await base.release(file);
      },
    };
  }

  /** The window documents from outside should go to: the focused one, else the last focused. */
  target(): BrowserWindow | undefined {
    for (const entry of this.entries.values()) if (entry.window.isFocused()) return entry.window;
    return this.lastFocused?.window;
  }

  /** Sends a menu command to a window's page. */
  send(window: BrowserWindow, command: MenuCommand): void {
    window.webContents.send(MENU_CHANNEL, command);
  }

  /**
   * Documents from a second instance: queued for the target window, which is brought to the
   * front and told to take them; a new window when none is open.
   */
  deliver(paths: readonly string[]): void {
    const window = this.target();
    if (!window) {
      this.open(paths);
      return;
    }
    const entry = this.entries.get(window.webContents.id);
    if (entry) for (const p of paths) if (!entry.pending.includes(p)) entry.pending.push(p);
    if (window.isMinimized()) window.restore();
    window.focus();
    if (paths.length > 0) this.send(window, 'launch.take');
  }

  /** The Ostal window whose page is web contents `contentsId`, if any. */
  byContents(contentsId: number): BrowserWindow | undefined {
    return this.entries.get(contentsId)?.window;
  }

  /**
   * "Open in desktop" links (checked by the caller): queued for `window` (the window whose page
   * a link was clicked in) or else the target window, which is brought to the front and told to
   * take them; a new window when none is open. Exactly one window gets each link.
   */
  deliverLinks(links: readonly OpenLink[], window: BrowserWindow | undefined = this.target()): void {
    if (links.length === 0) return;
    const entry = window ? this.entries.get(window.webContents.id) : undefined;
    if (!window || !entry) {
      this.open([], { links });
      return;
    }
    for (const link of links) if (!entry.links.some((l) => l.url === link.url && l.mode === link.mode)) entry.links.push(link);
    entry.links = entry.links.slice(-MAX_WAITING_LINKS);
    if (window.isMinimized()) window.restore();
    window.focus();
    this.send(window, 'launch.take');
  }

  /**
   * Blank documents asked for from outside (a jump list task, a desktop action: `--new=<kind>`)
   * go to the target window like documents, or to a new window when none is open.
   */
  deliverNew(kinds: readonly NewDocumentKind[]): void {
    if (kinds.length === 0) return;
    const window = this.target();
    const entry = window ? this.entries.get(window.webContents.id) : undefined;
    if (!window || !entry) {
      this.open([], { newDocuments: kinds });
      return;
    }
    entry.newDocuments.push(...kinds);
    if (window.isMinimized()) window.restore();
    window.focus();
    this.send(window, 'launch.take');
  }

  /** The sync service as the page of window `senderId` sees it: `takeLinks` gives only its own links. */
  syncFor(senderId: number, base: SyncService): SyncService {
    return {
      accounts: () => base.accounts(),
      testAccount: (input) => base.testAccount(input),
      addAccount: (input) => base.addAccount(input),
      removeAccount: (id) => base.removeAccount(id),
      list: (id, folder) => base.list(id, folder),
      open: (id, url, edit) => base.open(id, url, edit),
      save: (id, url, bytes) => base.save(id, url, bytes),
      close: (id, url) => base.close(id, url),
      status: () => base.status(),
      resolveConflict: (id, url, choice) => base.resolveConflict(id, url, choice),
      retry: (id, url) => base.retry(id, url),
      followLink: (raw) => base.followLink(raw),
      checkRemote: () => base.checkRemote(),
      takeLinks: () => {
        const entry = this.entries.get(senderId);
        if (!entry) return Promise.resolve([]);
        const taken = entry.links;
        entry.links = [];
        return Promise.resolve(taken);
      },
    };
  }

  /** The launch service as the page of the window with web contents `senderId` sees it. */
  launchFor(senderId: number): LaunchService {
    return {
      take: () => {
        const entry = this.entries.get(senderId);
        if (!entry) return Promise.resolve([]);
        const taken = entry.pending;
        entry.pending = [];
        return Promise.resolve(taken);
      },
      openWindow: (paths) => {
        this.open(paths);
        return Promise.resolve();
      },
      takeNew: () => {
        const entry = this.entries.get(senderId);
        if (!entry) return Promise.resolve([]);
        const taken = entry.newDocuments;
        entry.newDocuments = [];
        return Promise.resolve(taken);
      },
    };
  }

  /**
   * The recovery service as the page of window `senderId` sees it: what it stores is recorded
   * as its session, and the list leaves out the copies of every other open window (they are
   * live documents, not lost ones).
   */
  recoveryFor(senderId: number, base: RecoveryService): RecoveryService {
    return {
      store: (input, bytes) => {
        this.entries.get(senderId)?.sessions.add(input.session);
        return base.store(input, bytes);
      },
      list: async (currentSession) => {
        const live = new Set<string>();
        for (const [id, entry] of this.entries) if (id !== senderId) for (const s of entry.sessions) live.add(s);
        return (await base.list(currentSession)).filter((e) => !live.has(e.session));
      },
      read: (id) => base.read(id),
      remove: (id) => base.remove(id),
    };
  }
}

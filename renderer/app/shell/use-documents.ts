/**
 * The shell's document workflow: new, open (host read -> worker read -> tab), save and save as
 * (worker write -> host save with the external-change check -> tab updated, recent updated),
 * close with the unsaved-changes question. Errors become translated notices; nothing throws.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EffectiveSettings, HostServices, LockOwner, LockResult, RecentEntry, RecoveryEntry, TemplateEntry } from '../../../electron/shared/index.js';
import { formatFromFileName, hasMacros } from '@ostal/model';
import type { DocumentKind, FormatId, OstalDocument } from '@ostal/model';
import { DocumentWorkerClient } from '../documents/document-worker-client.js';
import type { ReadDocument } from '../documents/document-worker-client.js';
import { macroSaveChoice, withOpenedMacros, writeOptionsFor } from '../documents/macro-save.js';
import { newDocument, openedDocument, readContent } from '../documents/open-document.js';
import type { OpenDocument } from '../documents/open-document.js';
import { defaultSaveFormat, fileNameOf } from '../files/save-formats.js';
import type { FileBrowserRequest } from '../files/FileBrowserDialog.js';
import { errorMessage } from '../i18n/error-message.js';
import { offersSaveAs, saveErrorMessage } from '../i18n/save-error-message.js';
import { HostCallError } from '../host/host-call-error.js';
import type { MessageKey, Translator } from '../i18n/translator.js';
import type { EditorHandle } from './editor-handle.js';
import { makeNotice } from './notices.js';
import type { AppNotice } from './notices.js';
import { DiagnosticList } from './DiagnosticList.js';
import { lockOwnerLabel } from './LockedDialog.js';
import { createElement } from 'react';

export const HOME = 'home';

/**
 * Decks from this size on open from their first slide while the rest is read. Workbooks (XLSX,
 * .xlsm, ODS, FODS) always ask: their reader gives their first rows only when their sheets are large;
 * so do DOCX files: their reader gives their first blocks only when the document is long.
 */
const PREVIEW_FROM_BYTES = 1024 * 1024;

function wantsPreview(name: string, size: number): boolean {
  const named = formatFromFileName(name);
  return size >= PREVIEW_FROM_BYTES || named === 'xlsx' || named === 'ods' || named === 'fods' || named === 'docx';
}

/** The notice for each conversion loss of a deck written as ODP/FODP (`deckConversionLosses`), a text as DOCX (`textConversionLosses`) or a workbook as ODS or XLSX (`conversionLosses`). */
const LOSS_NOTICES: Readonly<Partial<Record<string, MessageKey>>> = {
  'heading-level-10': 'notice.docxHeading10',
  'sections-dropped': 'notice.odpSections',
  'comments-dropped': 'notice.odpComments',
  'effects-dropped': 'notice.odpEffects',
  'tile-flip-dropped': 'notice.odpTileFlip',
  'endnotes-section-end': 'notice.odtEndnotesSectionEnd',
  'notes-chapter-restart': 'notice.docxNotesChapterRestart',
  'notes-section-restart': 'notice.odtNotesSectionRestart',
  'embedded-object-as-picture': 'notice.embeddedObjectAsPicture',
  'chart-bubble-options-dropped': 'notice.odsBubbleOptions',
  'date-order-fixed': 'notice.xlsxDateOrder',
};

export type ShellDialog =
  | { readonly type: 'browse'; readonly request: FileBrowserRequest; readonly docId?: string; readonly thenClose?: boolean; readonly newWindow?: boolean }
  | { readonly type: 'unsaved'; readonly docId: string }
  | { readonly type: 'locked'; readonly path: string; readonly owner: LockOwner };

export function useDocuments(host: HostServices, settings: EffectiveSettings, translator: Translator, refreshRecent: () => void) {
  const [docs, setDocs] = useState<readonly OpenDocument[]>([]);
  const [activeId, setActiveId] = useState<string>(HOME);
  const [dialog, setDialog] = useState<ShellDialog | null>(null);
  const [notices, setNotices] = useState<readonly AppNotice[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const handles = useRef(new Map<string, EditorHandle>());
  const worker = useRef<DocumentWorkerClient | null>(null);
  const untitled = useRef(0);
  /** Tabs closed this session (a deck closed while its rest was read must not come back). */
  const closed = useRef(new Set<string>());
  const docsRef = useRef(docs);
  docsRef.current = docs;
  const { t } = translator;

  const getWorker = () => (worker.current ??= new DocumentWorkerClient());
  // The document worker's code (the whole formats layer) is loaded once the start screen is idle,
  // so that opening the first file does not wait for it.
  useEffect(() => {
    const warm = () => getWorker().warm();
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = window.setTimeout(warm, 1000);
      return () => window.clearTimeout(timer);
    }
    const handle = window.requestIdleCallback(warm, { timeout: 3000 });
    return () => window.cancelIdleCallback(handle);
  }, []);
  const notify = useCallback((notice: Omit<AppNotice, 'id'>) => {
    const made = makeNotice(notice);
    // Keep the newest few; a document's diagnostics notice stays until dismissed or the document closes.
    setNotices((list) => [...list.filter((n) => n.tone !== 'success'), made].slice(-8));
    if (notice.tone === 'success') setTimeout(() => setNotices((list) => list.filter((n) => n.id !== made.id)), 5000);
  }, []);
  const dismiss = (id: number) => setNotices((list) => list.filter((n) => n.id !== id));
  const update = (id: string, patch: Partial<OpenDocument>) => setDocs((list) => list.map((d) => (d.id === id ? { ...d, ...patch } : d)));
  const find = (id: string) => docsRef.current.find((d) => d.id === id);

  const createNew = (kind: DocumentKind) => {
    untitled.current += 1;
    const doc = newDocument(kind, t('doc.untitled', { n: untitled.current }), {
      firstSheetName: t('sheets.firstSheet'),
      language: translator.locale === 'fr' ? 'fr-FR' : 'en-GB',
    });
    setDocs((list) => [...list, doc]);
    setActiveId(doc.id);
  };

  const rememberRecent = (entry: RecentEntry) => {
    host.recent
      .add(entry)
      .then(refreshRecent)
      .catch(() => undefined);
  };

  /** Takes the document's lock file; null when the host has no locks (the document opens unlocked). */
  const acquireLock = (path: string): Promise<LockResult | null> => host.locks.acquire(path).catch(() => null);
  const releaseLock = (doc: OpenDocument | undefined) => {
    if (doc?.path && !doc.readOnly) void host.locks.release(doc.path).catch(() => undefined);
  };

  /**
   * Opens a file in a new tab. Unless `readOnly`, takes its lock first: when someone else holds
   * it, asks whether to open it read-only instead.
   */
  const openPath = async (path: string, readOnly = false) => {
    const already = docsRef.current.find((d) => d.path === path);
    if (already) {
      setActiveId(already.id);
      return;
    }
    const name = fileNameOf(path);
    // User Timing marks (DevTools, and the sheets benchmark's phases: test/bench/sheets-screen.ts).
    performance.mark('ostal:open');
    setBusy(t('status.opening', { name }));
    // The worker starts while the file is locked and read, not after.
    getWorker().warm();
    let locked = false;
    try {
      if (!readOnly) {
        const lock = await acquireLock(path);
        if (lock?.status === 'held') {
          setDialog({ type: 'locked', path, owner: lock.owner });
          return;
        }
        locked = lock?.status === 'acquired';
      }
      const file = await host.files.read(path);
      performance.mark('ostal:open:file-read');
      // A long deck (PPTX, ODP, FODP) shows its first slide, a large workbook (XLSX) its first rows,
      // a long DOCX its first blocks, while the rest is read (the tab cannot be saved until then; the format detected from the
      // content replaces the name's guess).
      const shown: { tab: OpenDocument | null } = { tab: null };
      const onPreview = (preview: OstalDocument) => {
        performance.mark('ostal:open:preview');
        const named = formatFromFileName(file.name);
        const format: FormatId =
          preview.kind === 'workbook' ? (named === 'ods' || named === 'fods' ? named : 'xlsx') : preview.kind === 'text' ? 'docx' : named === 'odp' || named === 'fodp' ? named : 'pptx';
        const first = openedDocument({ document: preview, name: file.name, path: file.path, format, modifiedMs: file.modifiedMs, diagnostics: [] });
        const tab: OpenDocument = { ...first, loading: true, ...(readOnly ? { readOnly: true } : {}) };
        shown.tab = tab;
        setDocs((list) => [...list, tab]);
        setActiveId(tab.id);
        setBusy(null);
      };
      let read: ReadDocument;
      try {
        read = await getWorker().read(file.bytes, file.name, wantsPreview(file.name, file.bytes.length) ? onPreview : undefined);
      } catch (error) {
        // The rest could not be read: the first slide or rows alone must not pass for the document.
        if (shown.tab) discard(shown.tab.id);
        throw error;
      }
      performance.mark('ostal:open:document-read');
      const opened = openedDocument({ document: read.document, name: file.name, path: file.path, format: read.format, modifiedMs: file.modifiedMs, diagnostics: read.diagnostics });
      const preview = shown.tab;
      let doc: OpenDocument = readOnly ? { ...opened, readOnly: true } : opened;
      locked = false;
      if (preview) {
        // Closed while loading: nothing more to do (its lock went with it).
        if (closed.current.has(preview.id)) return;
        doc = { ...doc, id: preview.id, initial: preview.initial, whole: read.document };
        update(preview.id, { loading: false, whole: read.document, format: read.format, diagnostics: doc.diagnostics });
      } else {
        setDocs((list) => [...list, doc]);
        setActiveId(doc.id);
      }
      rememberRecent({ path: file.path, name: file.name, kind: doc.kind, openedMs: Date.now() });
      if (doc.diagnostics.length > 0) {
        notify({
          tone: 'warning',
          docId: doc.id,
          message: t('notice.diagnostics', { name: file.name, count: doc.diagnostics.length }),
          details: createElement(DiagnosticList, { diagnostics: doc.diagnostics, locale: translator.locale }),
        });
      }
      if (hasMacros(readContent(doc))) notify({ tone: 'info', docId: doc.id, message: t('notice.macros', { name: file.name }) });
    } catch (error) {
      notify({ tone: 'error', message: t('error.open', { name, reason: errorMessage(translator, error) }) });
    } finally {
      if (locked) void host.locks.release(path).catch(() => undefined);
      setBusy(null);
    }
  };

  /**
   * Opens a copy from the recovery area: unsaved, with its original path and format so that Save
   * writes where the document came from (read-only when someone else holds that file now).
   * @returns true when it opened.
   */
  const restore = async (entry: RecoveryEntry): Promise<boolean> => {
    setBusy(t('status.opening', { name: entry.title }));
    try {
      const bytes = await host.recovery.read(entry.id);
      const read = await getWorker().read(bytes, `${entry.id}.${entry.format}`);
      const lock = entry.originalPath ? await acquireLock(entry.originalPath) : null;
      const base = newDocument(read.document.kind, entry.title, { firstSheetName: t('sheets.firstSheet'), language: 'fr-FR' });
      const doc: OpenDocument = {
        ...base,
        initial: read.document,
        path: entry.originalPath,
        format: entry.originalFormat,
        modifiedMs: entry.originalModifiedMs,
        dirty: true,
        recovered: true,
        recoveryId: entry.id,
        ...(lock?.status === 'held' ? { readOnly: true } : {}),
      };
      setDocs((list) => [...list, doc]);
      setActiveId(doc.id);
      notify({ tone: 'info', docId: doc.id, message: t('notice.restored', { title: entry.title }) });
      if (hasMacros(doc.initial)) notify({ tone: 'info', docId: doc.id, message: t('notice.macros', { name: entry.title }) });
      return true;
    } catch (error) {
      notify({ tone: 'error', message: t('error.restore', { title: entry.title, reason: errorMessage(translator, error) }) });
      return false;
    } finally {
      setBusy(null);
    }
  };

  /** A new, never-saved document with a template's content (the template file is not touched). */
  const createFromTemplate = async (template: TemplateEntry, label: string) => {
    setBusy(t('status.opening', { name: label }));
    try {
      const file = await host.files.read(template.path);
      const read = await getWorker().read(file.bytes, file.name);
      untitled.current += 1;
      const base = newDocument(read.document.kind, t('doc.untitled', { n: untitled.current }), { firstSheetName: t('sheets.firstSheet'), language: 'fr-FR' });
      const doc: OpenDocument = { ...base, initial: read.document };
      setDocs((list) => [...list, doc]);
      setActiveId(doc.id);
    } catch (error) {
      notify({ tone: 'error', message: t('error.template', { name: label, reason: errorMessage(translator, error) }) });
    } finally {
      setBusy(null);
    }
  };

  /** Writes the document to `path`; true when saved. `expectedModifiedMs` guards against overwriting someone else's change. */
  const saveTo = async (id: string, path: string, format: FormatId, expectedModifiedMs: number | null): Promise<boolean> => {
    const doc = find(id);
    const handle = handles.current.get(id);
    if (!doc || !handle) return false;
    setBusy(t('status.saving'));
    try {
      // The macros the file came with are written back to a .docm/.xlsm/.pptm (never run).
      const written = withOpenedMacros(handle.getDocument(), readContent(doc));
      const { bytes, losses } = await getWorker().writeWithLosses(written, format, writeOptionsFor(path));
      const saved = await host.files.save(path, bytes, expectedModifiedMs === null ? {} : { expectedModifiedMs });
      handle.markSaved();
      if (saved.path !== doc.path) {
        // Saved under another name: the lock moves with the document (taken before writing).
        releaseLock(doc);
      }
      update(id, { title: saved.name, path: saved.path, format, modifiedMs: saved.modifiedMs, dirty: false, readOnly: false, recovered: false });
      rememberRecent({ path: saved.path, name: saved.name, kind: doc.kind, openedMs: Date.now() });
      notify({ tone: 'success', docId: id, message: t('notice.saved', { name: saved.name }) });
      if (format === 'csv' && doc.kind === 'workbook') notify({ tone: 'info', docId: id, message: t('notice.csvOneSheet') });
      if (saved.path !== doc.path && hasMacros(written) && !writeOptionsFor(path).macroEnabled) notify({ tone: 'info', docId: id, message: t('notice.macrosDropped', { name: saved.name }) });
      // What the format cannot hold (the formats' conversion losses), said in the user's language.
      for (const loss of losses) {
        const key = LOSS_NOTICES[loss.code];
        if (key) notify({ tone: 'info', docId: id, message: t(key, { name: saved.name }) });
      }
      return true;
    } catch (error) {
      const changed = error instanceof HostCallError && error.code === 'file-changed';
      // The document stays open and dirty; a failure of the place offers to save elsewhere.
      const elsewhere = offersSaveAs(error);
      const reason = saveErrorMessage(translator, error);
      notify({
        tone: 'error',
        docId: id,
        message: t(elsewhere ? 'error.saveKept' : 'error.save', { name: fileNameOf(path), reason }),
        ...(changed ? { action: { label: t('error.saveAnyway'), run: () => void saveTo(id, path, format, null) } } : {}),
        ...(elsewhere ? { action: { label: t('action.saveAs'), run: () => saveAs(id) } } : {}),
      });
      return false;
    } finally {
      setBusy(null);
    }
  };

  const folderOf = (path: string | null) => (path ? path.replace(/[\\/][^\\/]*$/, '') || '/' : undefined);

  /** True (and says so) when the document is a deck still being read: it cannot be saved yet. */
  const stillLoading = (id: string): boolean => {
    const doc = find(id);
    if (doc?.loading !== true) return false;
    notify({ tone: 'info', docId: id, message: t('notice.stillLoading', { name: doc.title }) });
    return true;
  };

  const saveAs = (id: string, thenClose = false) => {
    const doc = find(id);
    if (!doc || stillLoading(id)) return;
    const format = doc.format ?? defaultSaveFormat(doc.kind, settings.values.defaultFamily);
    const folder = folderOf(doc.path);
    const name = doc.path ? doc.title.replace(/\.[A-Za-z0-9]+$/, '') : doc.title;
    setDialog({
      type: 'browse',
      docId: id,
      thenClose,
      request: { mode: 'save', kind: doc.kind, format, name, ...(folder ? { folder } : {}), ...macroSaveChoice({ initial: readContent(doc), path: doc.path }) },
    });
  };

  const save = (id: string, thenClose = false) => {
    const doc = find(id);
    if (!doc || stillLoading(id)) return;
    if (doc.readOnly) notify({ tone: 'info', docId: id, message: t('notice.readOnlySave', { name: doc.title }) });
    if (!doc.path || !doc.format || doc.readOnly) {
      saveAs(id, thenClose);
      return;
    }
    void saveTo(id, doc.path, doc.format, doc.modifiedMs).then((ok) => {
      if (ok && thenClose) discard(id);
    });
  };

  const discard = (id: string) => {
    closed.current.add(id);
    releaseLock(find(id));
    handles.current.delete(id);
    setNotices((list) => list.filter((n) => n.docId !== id));
    setDocs((list) => {
      const index = list.findIndex((d) => d.id === id);
      const rest = list.filter((d) => d.id !== id);
      setActiveId((current) => (current === id ? (rest[Math.min(index, rest.length - 1)]?.id ?? HOME) : current));
      return rest;
    });
  };

  const close = (id: string) => {
    const doc = find(id);
    if (!doc) return;
    if (doc.dirty) {
      setActiveId(id);
      setDialog({ type: 'unsaved', docId: id });
    } else discard(id);
  };

  const browseConfirmed = (path: string, format: FormatId | null) => {
    const current = dialog;
    setDialog(null);
    if (!current || current.type !== 'browse') return;
    if (current.request.mode === 'open') {
      if (current.newWindow === true) {
        // Electron opens it in a new window; a host without windows hands it back here.
        void host.launch
          .openWindow([path])
          .then(() => host.launch.take())
          .then(async (paths) => {
            for (const p of paths) await openPath(p);
          })
          .catch(() => void openPath(path));
        return;
      }
      void openPath(path);
      return;
    }
    const id = current.docId;
    if (!id || !format) return;
    const doc = find(id);
    if (doc?.readOnly && doc.path === path) {
      // Someone else holds this file: never write over it.
      notify({ tone: 'error', docId: id, message: t('notice.readOnlySave', { name: doc.title }) });
      saveAs(id, current.thenClose);
      return;
    }
    // Writing over the file this tab came from keeps the external-change check.
    const expected = doc && doc.path === path ? doc.modifiedMs : null;
    void (async () => {
      if (doc?.path !== path) {
        // Another file: never write over a document someone else has open; it is ours from now on.
        const lock = await acquireLock(path);
        if (lock?.status === 'held') {
          const owner = lockOwnerLabel(lock.owner, translator);
          notify({ tone: 'error', docId: id, message: t('error.saveHeld', { name: fileNameOf(path), owner, date: translator.formatDateTime(lock.owner.sinceMs) }) });
          saveAs(id, current.thenClose);
          return;
        }
      }
      const ok = await saveTo(id, path, format, expected);
      // Not saved there after all: the lock taken for it goes.
      if (!ok && doc?.path !== path) void host.locks.release(path).catch(() => undefined);
      if (ok && current.thenClose) discard(id);
    })();
  };

  return {
    docs,
    activeId,
    setActiveId,
    dialog,
    setDialog,
    notices,
    notify,
    dismiss,
    busy,
    handles,
    createNew,
    openPath,
    restore,
    createFromTemplate,
    requestOpen: () => setDialog({ type: 'browse', request: { mode: 'open' } }),
    requestOpenInNewWindow: () => setDialog({ type: 'browse', request: { mode: 'open' }, newWindow: true }),
    save,
    saveAs,
    stillLoading,
    close,
    discard,
    /** Puts `doc` in the tab of `id`, in its place and active if it was (a reloaded version). */
    replace: (id: string, doc: OpenDocument) => {
      releaseLock(find(id));
      handles.current.delete(id);
      setNotices((list) => list.filter((n) => n.docId !== id));
      setDocs((list) => (list.some((d) => d.id === id) ? list.map((d) => (d.id === id ? doc : d)) : [...list, doc]));
      setActiveId((current) => (current === id ? doc.id : current));
    },
    browseConfirmed,
    // A restored document stays unsaved until it is saved, even when undone back to the copy.
    setDirty: (id: string, dirty: boolean) => setDocs((list) => list.map((d) => (d.id === id ? { ...d, dirty: dirty || d.recovered === true } : d))),
    /** Adds a document opened elsewhere (the platform) as the active tab. */
    adopt: (doc: OpenDocument) => {
      setDocs((list) => [...list, doc]);
      setActiveId(doc.id);
    },
    patch: update,
  };
}

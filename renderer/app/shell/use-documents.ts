/**
 * The shell's document workflow: new, open (host read -> worker read -> tab), save and save as
 * (worker write -> host save with the external-change check -> tab updated, recent updated),
 * close with the unsaved-changes question. Errors become translated notices; nothing throws.
 */
import { useCallback, useRef, useState } from 'react';
import type { EffectiveSettings, HostServices, RecentEntry } from '../../../electron/shared/index.js';
import type { DocumentKind, FormatId } from '@ostal/model';
import { DocumentWorkerClient } from '../documents/document-worker-client.js';
import { newDocument, openedDocument } from '../documents/open-document.js';
import type { OpenDocument } from '../documents/open-document.js';
import { defaultSaveFormat, fileNameOf } from '../files/save-formats.js';
import type { FileBrowserRequest } from '../files/FileBrowserDialog.js';
import { errorMessage } from '../i18n/error-message.js';
import { HostCallError } from '../host/host-call-error.js';
import type { Translator } from '../i18n/translator.js';
import type { EditorHandle } from './editor-handle.js';
import { makeNotice } from './notices.js';
import type { AppNotice } from './notices.js';
import { DiagnosticList } from './DiagnosticList.js';
import { createElement } from 'react';

export const HOME = 'home';

export type ShellDialog =
  | { readonly type: 'browse'; readonly request: FileBrowserRequest; readonly docId?: string; readonly thenClose?: boolean }
  | { readonly type: 'unsaved'; readonly docId: string };

export function useDocuments(host: HostServices, settings: EffectiveSettings, translator: Translator, refreshRecent: () => void) {
  const [docs, setDocs] = useState<readonly OpenDocument[]>([]);
  const [activeId, setActiveId] = useState<string>(HOME);
  const [dialog, setDialog] = useState<ShellDialog | null>(null);
  const [notices, setNotices] = useState<readonly AppNotice[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const handles = useRef(new Map<string, EditorHandle>());
  const worker = useRef<DocumentWorkerClient | null>(null);
  const untitled = useRef(0);
  const docsRef = useRef(docs);
  docsRef.current = docs;
  const { t } = translator;

  const getWorker = () => (worker.current ??= new DocumentWorkerClient());
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

  const openPath = async (path: string) => {
    const already = docsRef.current.find((d) => d.path === path);
    if (already) {
      setActiveId(already.id);
      return;
    }
    const name = fileNameOf(path);
    setBusy(t('status.opening', { name }));
    try {
      const file = await host.files.read(path);
      const read = await getWorker().read(file.bytes, file.name);
      const doc = openedDocument({ document: read.document, name: file.name, path: file.path, format: read.format, modifiedMs: file.modifiedMs, diagnostics: read.diagnostics });
      setDocs((list) => [...list, doc]);
      setActiveId(doc.id);
      rememberRecent({ path: file.path, name: file.name, kind: doc.kind, openedMs: Date.now() });
      if (doc.diagnostics.length > 0) {
        notify({
          tone: 'warning',
          docId: doc.id,
          message: t('notice.diagnostics', { name: file.name, count: doc.diagnostics.length }),
          details: createElement(DiagnosticList, { diagnostics: doc.diagnostics, locale: translator.locale }),
        });
      }
    } catch (error) {
      notify({ tone: 'error', message: t('error.open', { name, reason: errorMessage(translator, error) }) });
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
      const bytes = await getWorker().write(handle.getDocument(), format);
      const saved = await host.files.save(path, bytes, expectedModifiedMs === null ? {} : { expectedModifiedMs });
      handle.markSaved();
      update(id, { title: saved.name, path: saved.path, format, modifiedMs: saved.modifiedMs, dirty: false });
      rememberRecent({ path: saved.path, name: saved.name, kind: doc.kind, openedMs: Date.now() });
      notify({ tone: 'success', docId: id, message: t('notice.saved', { name: saved.name }) });
      if (format === 'csv' && doc.kind === 'workbook') notify({ tone: 'info', docId: id, message: t('notice.csvOneSheet') });
      return true;
    } catch (error) {
      const changed = error instanceof HostCallError && error.code === 'file-changed';
      notify({
        tone: 'error',
        docId: id,
        message: t('error.save', { name: fileNameOf(path), reason: errorMessage(translator, error) }),
        ...(changed ? { action: { label: t('error.saveAnyway'), run: () => void saveTo(id, path, format, null) } } : {}),
      });
      return false;
    } finally {
      setBusy(null);
    }
  };

  const folderOf = (path: string | null) => (path ? path.replace(/[\\/][^\\/]*$/, '') || '/' : undefined);

  const saveAs = (id: string, thenClose = false) => {
    const doc = find(id);
    if (!doc) return;
    const format = doc.format ?? defaultSaveFormat(doc.kind, settings.values.defaultFamily);
    const folder = folderOf(doc.path);
    const name = doc.path ? doc.title.replace(/\.[A-Za-z0-9]+$/, '') : doc.title;
    setDialog({
      type: 'browse',
      docId: id,
      thenClose,
      request: { mode: 'save', kind: doc.kind, format, name, ...(folder ? { folder } : {}) },
    });
  };

  const save = (id: string, thenClose = false) => {
    const doc = find(id);
    if (!doc) return;
    if (!doc.path || !doc.format) {
      saveAs(id, thenClose);
      return;
    }
    void saveTo(id, doc.path, doc.format, doc.modifiedMs).then((ok) => {
      if (ok && thenClose) discard(id);
    });
  };

  const discard = (id: string) => {
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
      void openPath(path);
      return;
    }
    const id = current.docId;
    if (!id || !format) return;
    const doc = find(id);
    // Writing over the file this tab came from keeps the external-change check.
    const expected = doc && doc.path === path ? doc.modifiedMs : null;
    void saveTo(id, path, format, expected).then((ok) => {
      if (ok && current.thenClose) discard(id);
    });
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
    requestOpen: () => setDialog({ type: 'browse', request: { mode: 'open' } }),
    save,
    saveAs,
    close,
    discard,
    browseConfirmed,
    setDirty: (id: string, dirty: boolean) => update(id, { dirty }),
    /** Adds a document opened elsewhere (the platform) as the active tab. */
    adopt: (doc: OpenDocument) => {
      setDocs((list) => [...list, doc]);
      setActiveId(doc.id);
    },
    patch: update,
  };
}

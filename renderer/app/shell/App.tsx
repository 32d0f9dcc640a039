/** The Ostal shell: document tabs with a home tab, notices, dialogs, shortcuts. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { HostServices, Locale, RecentEntry, RecoveryEntry, TemplateEntry } from '../../../electron/shared/index.js';
import { personalWords } from '../../../electron/shared/index.js';
import { exportPdf } from './pdf-export.js';
import { Button, Icon, Notice, Tabs, tabPanelProps } from '../../ui/index.js';
import type { TabItem } from '../../ui/index.js';
import { FileBrowserDialog } from '../files/FileBrowserDialog.js';
import { usePicturePicker } from '../files/picture-picker.js';
import { useExportPicker } from '../files/export-picker.js';
import { slidesExportHost } from './slides-export-host.js';
import { AuthorNameField } from './AuthorNameField.js';
import { errorMessage } from '../i18n/error-message.js';
import { createTranslator } from '../i18n/translator.js';
import { DocumentPane } from './DocumentPane.js';
import { noticeLabels } from './notice-labels.js';
import { StartPage } from './StartPage.js';
import { UnsavedDialog } from './UnsavedDialog.js';
import { HOME, useDocuments } from './use-documents.js';
import { useSettings } from './use-settings.js';
import { useShortcuts } from './use-shortcuts.js';
import { SyncDialogs } from '../sync/SyncDialogs.js';
import { SyncAccountBadge, SyncStatusBar } from '../sync/SyncStatusBar.js';
import { useRemoteDocuments } from '../sync/use-remote-documents.js';
import { isOstalLink, usePageOstalLinks } from '../sync/page-links.js';
import { LockedDialog } from './LockedDialog.js';
import { RecoveryList } from './RecoveryList.js';
import { TemplateList } from './TemplateList.js';
import { RECOVERY_SESSION, useAutosave } from './use-autosave.js';
import { recoveryWriteOptions, withOpenedMacros } from '../documents/macro-save.js';
import { DocumentWorkerClient } from '../documents/document-worker-client.js';
import { readContent } from '../documents/open-document.js';
import { pressKeyIn, useMenuCommands } from './menu-commands.js';

const TABS_ID = 'ostal-docs';

export function App({ host }: { readonly host: HostServices }) {
  const { settings, loaded: settingsLoaded, setLocale, setAuthorName, addPersonalWord } = useSettings(host);
  const translator = useMemo(() => createTranslator(settings.values.locale), [settings.values.locale]);
  const { t } = translator;
  const [recent, setRecent] = useState<readonly RecentEntry[] | null>(null);
  const [recentAvailable, setRecentAvailable] = useState(true);

  const refreshRecent = useCallback(() => {
    host.recent
      .list()
      .then((list) => {
        setRecent(list);
        setRecentAvailable(true);
      })
      .catch(() => setRecentAvailable(false));
  }, [host]);
  useEffect(refreshRecent, [refreshRecent]);

  const docs = useDocuments(host, settings, translator, refreshRecent);
  const picturePicker = usePicturePicker(host, translator);
  const exportPicker = useExportPicker(host, translator);
  const active = docs.docs.find((d) => d.id === docs.activeId);
  const remote = useRemoteDocuments(host, docs, settings, translator);
  /** Save: to the platform for a platform document, else to disk. */
  const saveDoc = (id: string) => {
    if (docs.stillLoading(id)) return;
    if (!remote.saveRemote(id)) docs.save(id);
  };

  // Documents a crash or a kill left in the recovery area, offered on the start page.
  const [recoveries, setRecoveries] = useState<readonly RecoveryEntry[]>([]);
  useEffect(() => {
    host.recovery
      .list(RECOVERY_SESSION)
      .then(setRecoveries)
      .catch(() => undefined);
  }, [host]);
  // Documents from outside: the command line, or a file double-clicked while Ostal runs (the
  // running instance focuses this window when a second one forwards its arguments).
  const openPathRef = useRef(docs.openPath);
  openPathRef.current = docs.openPath;
  const createNewRef = useRef(docs.createNew);
  createNewRef.current = docs.createNew;
  // "Open in desktop" links (`ostal:`) the host holds for this window come the same way.
  const takeLinks = remote.takeLinks;
  const takeLaunched = useCallback(() => {
    host.launch
      .take()
      .then(async (paths) => {
        for (const path of paths) await openPathRef.current(path);
      })
      .catch(() => undefined);
    takeLinks();
    // Blank documents asked for by a jump list task or a desktop action (`--new=text`).
    host.launch
      .takeNew()
      .then((kinds) => {
        for (const kind of kinds) createNewRef.current(kind);
      })
      .catch(() => undefined);
  }, [host, takeLinks]);
  usePageOstalLinks(remote.followLink);
  useEffect(() => {
    takeLaunched();
    window.addEventListener('focus', takeLaunched);
    return () => window.removeEventListener('focus', takeLaunched);
  }, [takeLaunched]);
  const [templates, setTemplates] = useState<readonly TemplateEntry[]>([]);
  useEffect(() => {
    host.templates
      .list()
      .then(setTemplates)
      .catch(() => undefined);
  }, [host]);
  // Leaving the page (closing the window, reloading) with unsaved documents asks first: the
  // browser shows its own question, Electron's main process shows Ostal's.
  const anyDirty = docs.docs.some((d) => d.dirty);
  useEffect(() => {
    if (!anyDirty) return undefined;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [anyDirty]);
  const autosaveWorker = useRef<DocumentWorkerClient | null>(null);
  const exportWorker = useRef<DocumentWorkerClient | null>(null);
  const zipFiles = (files: readonly { readonly name: string; readonly data: Uint8Array }[]) => (exportWorker.current ??= new DocumentWorkerClient()).zip(files);
  useAutosave({
    host,
    docs: docs.docs,
    handles: docs.handles,
    intervalSeconds: settings.values.autosaveSeconds,
    write: (doc, handle, format) => {
      // A recovery copy keeps the macros whatever the file, so that restoring loses none.
      const written = withOpenedMacros(handle.getDocument(), readContent(doc));
      return (autosaveWorker.current ??= new DocumentWorkerClient()).write(written, format, recoveryWriteOptions(written));
    },
    onError: (doc, error) => docs.notify({ tone: 'warning', docId: doc.id, message: t('error.autosave', { title: doc.title, reason: errorMessage(translator, error) }) }),
  });

  useEffect(() => {
    // Set only when it changes: setting the same value restyles the whole page (the browser
    // checks every :lang() rule again), a long task in a long document's page view.
    if (document.documentElement.lang !== translator.locale) document.documentElement.lang = translator.locale;
  }, [translator]);
  useEffect(() => {
    const title = active ? `${active.dirty ? '• ' : ''}${active.title} — ${t('app.name')}` : t('app.name');
    if (document.title !== title) document.title = title;
  }, [active, t]);

  useShortcuts(
    {
      save: () => active && saveDoc(active.id),
      saveAs: () => active && docs.saveAs(active.id),
      close: () => active && docs.close(active.id),
      open: docs.requestOpen,
      newText: () => docs.createNew('text'),
    },
    docs.dialog === null && remote.dialog === null,
  );

  // The native menus (Electron): shell commands here, editing commands pressed in the active editor.
  useMenuCommands(
    {
      newDocument: (kind) => docs.createNew(kind),
      open: docs.requestOpen,
      openInNewWindow: docs.requestOpenInNewWindow,
      openPlatform: remote.requestOpen,
      save: () => active && saveDoc(active.id),
      saveAs: () => active && docs.saveAs(active.id),
      savePlatform: () => active && remote.requestSave(active.id, active.title.replace(/\.[A-Za-z0-9]+$/, '')),
      close: () => active && docs.close(active.id),
      home: () => docs.setActiveId(HOME),
      cycleTab: (step) => {
        const ids = [HOME, ...docs.docs.map((d) => d.id)];
        const at = Math.max(0, ids.indexOf(docs.activeId));
        docs.setActiveId(ids[(at + step + ids.length) % ids.length] ?? HOME);
      },
      accounts: () => remote.setDialog({ type: 'accounts' }),
      setLocale: (locale) => changeLocale(locale),
      takeLaunched,
      pressKey: (key) => {
        const panel = active ? document.getElementById(tabPanelProps(TABS_ID, active.id, true).id) : null;
        if (panel) pressKeyIn(panel, key);
      },
    },
    docs.dialog !== null || remote.dialog !== null,
  );

  const changeLocale = (locale: Locale) => {
    setLocale(locale)
      .then((outcome) => {
        if (outcome === 'local') docs.notify({ tone: 'info', message: createTranslator(locale).t('notice.localeLocal') });
      })
      .catch((error: unknown) => docs.notify({ tone: 'error', message: t('error.settings', { reason: errorMessage(translator, error) }) }));
  };

  const tabs: TabItem[] = [
    { id: HOME, label: t('home.tab'), icon: <Icon name="home" size={16} /> },
    ...docs.docs.map((d) => ({
      id: d.id,
      label: d.readOnly ? t('tab.readOnly', { title: d.title }) : d.title,
      dirty: d.dirty,
      icon: <Icon name={d.kind} size={16} />,
      ...(d.dirty ? { accessibleLabel: t('tab.dirty', { title: d.title }) } : {}),
      closeLabel: t('tab.close', { title: d.title }),
    })),
  ];

  const dialog = docs.dialog;
  const unsavedDoc = dialog?.type === 'unsaved' ? docs.docs.find((d) => d.id === dialog.docId) : undefined;

  return (
    <>
      <div className="shell" inert={dialog !== null || remote.dialog !== null}>
        <header className="shell__bar">
          <span className="shell__brand" aria-hidden="true">
            Ostal
          </span>
          <Tabs
            idBase={TABS_ID}
            label={t('tabs.label')}
            items={tabs}
            selectedId={docs.activeId}
            onSelect={docs.setActiveId}
            onClose={docs.close}
            className="shell__tabs"
          />
          <Button variant="quiet" className="shell__open" shortcut="Control+O" onClick={docs.requestOpen}>
            {t('action.open')}
          </Button>
          <Button variant="quiet" className="shell__platform" onClick={remote.requestOpen}>
            {t('sync.open')}
          </Button>
          <SyncAccountBadge summary={remote.summary} translator={translator} />
          {active ? (
            <Button variant="quiet" className="shell__platform-save" onClick={() => remote.requestSave(active.id, active.title.replace(/\.[A-Za-z0-9]+$/, ''))}>
              {t('sync.saveTitle')}
            </Button>
          ) : null}
        </header>
        <div className="shell__notices">
          {active ? (
            <SyncStatusBar
              state={remote.stateOf(active.id)}
              dirty={active.dirty}
              readOnly={remote.links.get(active.id)?.readOnly === true}
              translator={translator}
              onRetry={() => void remote.retry(active.id)}
              onResolve={(choice) => void remote.resolve(active.id, choice)}
            />
          ) : null}
          {docs.busy ? (
            <div className="shell__busy" role="status">
              {docs.busy}
            </div>
          ) : null}
          {docs.notices.filter((n) => n.docId === undefined || n.docId === docs.activeId).map((n) => (
            <Notice
              key={n.id}
              tone={n.tone}
              message={n.message}
              details={n.details}
              labels={noticeLabels(translator)}
              onDismiss={() => docs.dismiss(n.id)}
              actions={
                n.action ? (
                  <Button
                    onClick={() => {
                      docs.dismiss(n.id);
                      n.action?.run();
                    }}
                  >
                    {n.action.label}
                  </Button>
                ) : undefined
              }
            />
          ))}
        </div>
        <main className="shell__main" aria-label={t('app.main')}>
          <div {...tabPanelProps(TABS_ID, HOME, docs.activeId === HOME)} className="shell__panel shell__panel--home">
            <StartPage
              translator={translator}
              recent={recent}
              recentAvailable={recentAvailable}
              localeLocked={settings.locked.includes('locale')}
              onNew={docs.createNew}
              onOpen={docs.requestOpen}
              onOpenRecent={(entry) => void docs.openPath(entry.path)}
              onLocale={changeLocale}
              author={<AuthorNameField translator={translator} value={settings.values.authorName} locked={settings.locked.includes('authorName')} onSave={(name) => void setAuthorName(name)} />}
              templates={<TemplateList translator={translator} templates={templates} onUse={(template, label) => void docs.createFromTemplate(template, label)} />}
              recovery={
                <RecoveryList
                  translator={translator}
                  entries={recoveries}
                  onRestore={(entry) =>
                    void docs.restore(entry).then((restored) => {
                      if (restored) setRecoveries((list) => list.filter((e) => e.id !== entry.id));
                    })
                  }
                  onDiscard={(entry) => {
                    setRecoveries((list) => list.filter((e) => e.id !== entry.id));
                    void host.recovery.remove(entry.id).catch(() => undefined);
                  }}
                />
              }
            />
          </div>
          {docs.docs.map((d) => (
            <div key={d.id} {...tabPanelProps(TABS_ID, d.id, docs.activeId === d.id)} className="shell__panel">
              {/* Editors wait for the settings: the engine's licence key and the policy's locks apply from the first cell. */}
              {settingsLoaded ? (
                <DocumentPane
                  doc={d}
                  active={docs.activeId === d.id}
                  busy={docs.busy !== null}
                  translator={translator}
                  gridLicenseKey={settings.values.gridLicenseKey}
                  calcLicenseKey={settings.values.calcLicenseKey}
                  handleRef={(handle) => {
                    if (handle) docs.handles.current.set(d.id, handle);
                  }}
                  onDirty={(dirty) => docs.setDirty(d.id, dirty)}
                  onOpenLink={(url) => (isOstalLink(url) ? remote.followLink(url) : host.links.open(url))}
                  onPickPicture={picturePicker.pick}
                  slidesExport={slidesExportHost(host, translator, exportPicker.choose, d.title, zipFiles)}
                  author={settings.values.authorName}
                  personalWords={personalWords(settings.values.personalDictionary)}
                  onExportPdf={(layout) => exportPdf(host, d, layout, translator, exportPicker.choose, docs.notify)}
                  {...(settings.locked.includes('personalDictionary') ? {} : { onAddToDictionary: (word: string) => void addPersonalWord(word) })}
                  onSave={() => saveDoc(d.id)}
                  onSaveAs={() => docs.saveAs(d.id)}
                  onClose={() => docs.close(d.id)}
                />
              ) : null}
            </div>
          ))}
        </main>
      </div>
      {dialog?.type === 'browse' ? (
        <FileBrowserDialog
          request={dialog.request}
          host={host}
          translator={translator}
          onConfirm={docs.browseConfirmed}
          onCancel={() => docs.setDialog(null)}
          onPlatform={() => {
            docs.setDialog(null);
            if (dialog.request.mode === 'open') remote.requestOpen();
            else if (dialog.docId) remote.requestSave(dialog.docId, dialog.request.name);
          }}
        />
      ) : null}
      <SyncDialogs host={host} translator={translator} remote={remote} />
      {picturePicker.dialog}
      {exportPicker.dialog}
      {dialog?.type === 'locked' ? (
        <LockedDialog
          name={dialog.path.replace(/^.*[\\/]/, '')}
          owner={dialog.owner}
          translator={translator}
          onReadOnly={() => {
            docs.setDialog(null);
            void docs.openPath(dialog.path, true);
          }}
          onCancel={() => docs.setDialog(null)}
        />
      ) : null}
      {unsavedDoc ? (
        <UnsavedDialog
          title={unsavedDoc.title}
          translator={translator}
          onSave={() => {
            docs.setDialog(null);
            const uploading = remote.saveRemote(unsavedDoc.id);
            if (uploading) void uploading.then((saved) => saved && docs.discard(unsavedDoc.id));
            else docs.save(unsavedDoc.id, true);
          }}
          onDiscard={() => {
            docs.setDialog(null);
            docs.discard(unsavedDoc.id);
          }}
          onCancel={() => docs.setDialog(null)}
        />
      ) : null}
    </>
  );
}

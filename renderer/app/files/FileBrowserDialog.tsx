/**
 * The in-app Open / Save as dialog, served by the host's `files.list` and `files.documentsFolder`
 * (no native dialog: the same UI in Electron and in the browser-mode host). Folders first, then
 * documents; Enter or double-click opens a folder or picks a file; Backspace goes up.
 */
import { useEffect, useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { DirEntry, DirListing, HostServices } from '../../../electron/shared/index.js';
import { FORMAT_KIND, formatFromFileName, isMacroEnabledName, macroEnabledExtension } from '@ostal/model';
import type { DocumentKind, FormatId } from '@ostal/model';
import { Button, Dialog, Field, Icon, Notice } from '../../ui/index.js';
import { errorMessage } from '../i18n/error-message.js';
import type { Translator } from '../i18n/translator.js';
import { noticeLabels } from '../shell/notice-labels.js';
import { baseName, isOpenableName, joinPath, withExtension } from './save-formats.js';
import { saveTargets, targetFileName, targetOfValue } from './macro-formats.js';
import { isPictureName } from './picture-picker.js';

export type FileBrowserRequest =
  | { readonly mode: 'open'; readonly folder?: string; /** Lists pictures instead of documents (Insertion > Image). */ readonly pictures?: boolean }
  | {
      readonly mode: 'save';
      readonly folder?: string;
      readonly kind: DocumentKind;
      readonly format: FormatId;
      readonly name: string;
      /** The document carries macros: the macro-enabled targets are offered, and the others warn they drop them. */
      readonly macros?: boolean;
      /** The macro-enabled target (.docm/.xlsm/.pptm) is the one proposed. */
      readonly macroEnabled?: boolean;
    }
  /** A file of one extension that is not a document (a slides PDF, PNG or zip). */
  | { readonly mode: 'export'; readonly folder?: string; readonly extension: string; readonly name: string };

export interface FileBrowserDialogProps {
  readonly request: FileBrowserRequest;
  readonly host: HostServices;
  readonly translator: Translator;
  /** The chosen path, and for Save as the chosen format. */
  readonly onConfirm: (path: string, format: FormatId | null) => void;
  readonly onCancel: () => void;
  /** Switches to the collaborative platform's folders (the sync Platform dialog), when offered. */
  readonly onPlatform?: () => void;
}

function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
}

export function FileBrowserDialog({ request, host, translator, onConfirm, onCancel, onPlatform }: FileBrowserDialogProps) {
  const { t } = translator;
  const listId = useId();
  const [listing, setListing] = useState<DirListing | null>(null);
  const [folderDraft, setFolderDraft] = useState(request.folder ?? '');
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const [name, setName] = useState(request.mode === 'open' ? '' : request.name);
  const [format, setFormat] = useState<FormatId | null>(request.mode === 'save' ? request.format : null);
  const [overwrite, setOverwrite] = useState<string | null>(null);
  const [macroTarget, setMacroTarget] = useState(request.mode === 'save' && request.macroEnabled === true);

  const navigate = async (folder: string | null) => {
    setLoading(true);
    setError(null);
    try {
      const target = folder ?? (await host.files.documentsFolder());
      const result = await host.files.list(target);
      setListing(result);
      setFolderDraft(result.path);
      setActive(0);
    } catch (e) {
      setError(t('error.list', { reason: errorMessage(translator, e) }));
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    void navigate(request.folder ?? null);
    // Load the first folder once, on open.
  }, []);

  const visible = (listing?.entries ?? []).filter((entry) => {
    if (entry.kind === 'directory') return true;
    if (request.mode === 'export') return entry.name.toLowerCase().endsWith(`.${request.extension}`);
    if (!(request.mode === 'open' && request.pictures ? isPictureName(entry.name) : isOpenableName(entry.name))) return false;
    if (request.mode === 'open') return true;
    const f = formatFromFileName(entry.name);
    return f !== null && FORMAT_KIND[f] === request.kind;
  });

  const describe = (entry: DirEntry) => {
    if (entry.kind === 'directory') return t('browser.folderItem', { name: entry.name });
    const size =
      entry.size < 1024
        ? t('size.bytes', { n: entry.size })
        : entry.size < 1024 * 1024
          ? t('size.kb', { n: Math.round(entry.size / 1024) })
          : t('size.mb', { n: Math.round((entry.size / 1024 / 1024) * 10) / 10 });
    return t('browser.fileItem', { name: entry.name, size, date: translator.formatDateTime(entry.modifiedMs) });
  };

  const activate = (entry: DirEntry | undefined) => {
    if (!entry) return;
    if (entry.kind === 'directory') {
      void navigate(entry.path);
      return;
    }
    if (request.mode === 'open') {
      onConfirm(entry.path, null);
      return;
    }
    if (request.mode === 'export') {
      setName(entry.name);
      return;
    }
    setName(baseName(entry.name));
    const f = formatFromFileName(entry.name);
    if (f) setFormat(f);
    setMacroTarget(isMacroEnabledName(entry.name));
  };

  const select = (index: number) => {
    setActive(index);
    const entry = visible[index];
    if (entry && entry.kind === 'file') setName(request.mode === 'save' ? baseName(entry.name) : entry.name);
  };

  const onListKey = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key === 'ArrowDown') select(Math.min(visible.length - 1, active + 1));
    else if (event.key === 'ArrowUp') select(Math.max(0, active - 1));
    else if (event.key === 'Home') select(0);
    else if (event.key === 'End') select(visible.length - 1);
    else if (event.key === 'Enter') activate(visible[active]);
    else if (event.key === 'Backspace' && listing?.parent) void navigate(listing.parent);
    else return;
    event.preventDefault();
  };

  // Confirmed before the first folder is listed (Enter typed fast): wait for it, so that a bare
  // name never lands in an empty folder path (the root) and an existing file is never replaced
  // without the question.
  const [confirmWhenListed, setConfirmWhenListed] = useState(false);
  useEffect(() => {
    if (confirmWhenListed && !loading) {
      setConfirmWhenListed(false);
      confirm();
    }
  });

  const confirm = () => {
    if (listing === null && loading) {
      setConfirmWhenListed(true);
      return;
    }
    const folder = listing?.path ?? folderDraft;
    if (request.mode === 'open') {
      const typed = name.trim();
      if (typed === '') {
        const entry = visible[active];
        if (entry?.kind === 'file') onConfirm(entry.path, null);
        else if (entry?.kind === 'directory') void navigate(entry.path);
        else setError(t('browser.needFile'));
        return;
      }
      onConfirm(isAbsolute(typed) ? typed : joinPath(folder, typed), null);
      return;
    }
    const typed = name.trim();
    if (typed === '') {
      setError(t('browser.needName'));
      return;
    }
    const chosen = request.mode === 'save' ? (format ?? request.format) : null;
    const fileName =
      request.mode === 'export'
        ? typed.toLowerCase().endsWith(`.${request.extension}`)
          ? typed
          : `${typed}.${request.extension}`
        : request.macros === true || macroTarget
          ? targetFileName(typed, chosen ?? request.format, macroTarget)
          : withExtension(typed, chosen ?? request.format);
    const path = isAbsolute(fileName) ? fileName : joinPath(folder, fileName);
    const exists = listing?.entries.some((e) => e.kind === 'file' && e.name.toLowerCase() === fileName.toLowerCase()) ?? false;
    if (exists && overwrite !== path) {
      setOverwrite(path);
      return;
    }
    onConfirm(path, chosen);
  };

  const pictures = request.mode === 'open' && request.pictures === true;
  const title = pictures ? t('writer.picture.insertTitle') : request.mode === 'open' ? t('browser.openTitle') : request.mode === 'export' ? t('browser.exportTitle') : t('browser.saveTitle');
  const activeEntry = visible[active];

  return (
    <Dialog
      title={title}
      onCancel={onCancel}
      size="large"
      initialFocus={request.mode !== 'open' ? 'input[data-file-name]' : undefined}
      footer={
        <>
          <Button variant="primary" onClick={confirm}>
            {pictures ? t('writer.picture.insertConfirm') : request.mode === 'open' ? t('browser.confirmOpen') : request.mode === 'export' ? t('browser.confirmExport') : t('browser.confirmSave')}
          </Button>
          {onPlatform ? <Button onClick={onPlatform}>{t('sync.open')}</Button> : null}
          <Button onClick={onCancel}>{t('browser.cancel')}</Button>
        </>
      }
    >
      <div className="file-browser__bar">
        <Button aria-label={t('browser.up')} title={t('browser.up')} disabled={!listing?.parent} onClick={() => void navigate(listing?.parent ?? null)}>
          <span aria-hidden="true">↑</span>
        </Button>
        <Button onClick={() => void navigate(null)}>{t('browser.home')}</Button>
        <input
          className="ui-input file-browser__path"
          aria-label={t('browser.folder')}
          value={folderDraft}
          spellCheck={false}
          onChange={(e) => setFolderDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void navigate(folderDraft);
            }
          }}
        />
        <Button onClick={() => void navigate(folderDraft)}>{t('browser.go')}</Button>
      </div>
      {error ? <Notice tone="error" message={error} labels={noticeLabels(translator)} /> : null}
      <ul
        className="file-browser__list"
        role="listbox"
        aria-label={t('browser.list')}
        aria-busy={loading}
        tabIndex={0}
        aria-activedescendant={activeEntry ? `${listId}-${String(active)}` : undefined}
        onKeyDown={onListKey}
      >
        {loading ? <li className="file-browser__empty">{t('browser.loading')}</li> : null}
        {!loading && visible.length === 0 && !error ? <li className="file-browser__empty">{t('browser.empty')}</li> : null}
        {!loading
          ? visible.map((entry, index) => (
              <li
                key={entry.path}
                id={`${listId}-${String(index)}`}
                role="option"
                aria-selected={index === active}
                aria-label={describe(entry)}
                className={`file-browser__item${index === active ? ' file-browser__item--active' : ''}`}
                onClick={() => select(index)}
                onDoubleClick={() => activate(entry)}
              >
                <Icon name={entry.kind === 'directory' ? 'folder' : 'file'} className="file-browser__icon" />
                <span className="file-browser__name">{entry.name}</span>
                <span className="file-browser__date">{entry.kind === 'file' ? translator.formatDateTime(entry.modifiedMs) : ''}</span>
              </li>
            ))
          : null}
      </ul>
      <div className="file-browser__fields">
        <Field label={t('browser.fileName')} className="file-browser__name-field">
          <input
            className="ui-input"
            data-file-name=""
            value={name}
            spellCheck={false}
            onChange={(e) => {
              setName(e.target.value);
              setOverwrite(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                confirm();
              }
            }}
          />
        </Field>
        {request.mode === 'save' ? (
          <Field label={t('browser.format')}>
            <select
              className="ui-select"
              value={macroTarget ? (macroEnabledExtension(format ?? request.format) ?? format ?? request.format) : (format ?? request.format)}
              onChange={(e) => {
                const target = targetOfValue(e.target.value);
                if (target) {
                  setFormat(target.format);
                  setMacroTarget(target.macroEnabled);
                }
                setOverwrite(null);
              }}
            >
              {saveTargets(request.kind, request.macros === true || request.macroEnabled === true || macroTarget).map((target) => (
                <option key={target.value} value={target.value}>
                  {t(target.label)}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
      </div>
      {request.mode === 'save' && request.macros === true && !macroTarget ? <Notice tone="warning" message={t('browser.macrosDropped')} labels={noticeLabels(translator)} /> : null}
      {overwrite ? (
        <Notice
          tone="warning"
          message={t('browser.overwrite', { name: overwrite.split(/[\\/]/).pop() ?? overwrite })}
          labels={noticeLabels(translator)}
          actions={
            <Button variant="danger" onClick={() => onConfirm(overwrite, format ?? (request.mode === 'save' ? request.format : null))}>
              {t('browser.replace')}
            </Button>
          }
        />
      ) : null}
    </Dialog>
  );
}

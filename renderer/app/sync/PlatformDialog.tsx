/**
 * Browse the platform: choose an account, walk its folders (name, size, date, who locked it),
 * open a document, or — in save mode — save the current one into the folder shown.
 */
import { useEffect, useId, useState } from 'react';
import type { HostServices } from '../../../electron/shared/index.js';
import type { RemoteEntry, RemoteListing, SyncAccount } from '../../../electron/shared/sync.js';
import { Button, Dialog, Field, Icon, Notice } from '../../ui/index.js';
import { isOpenableName } from '../files/save-formats.js';
import { errorMessage } from '../i18n/error-message.js';
import type { Translator } from '../i18n/translator.js';
import { noticeLabels } from '../shell/notice-labels.js';

export type PlatformRequest = { readonly mode: 'open' } | { readonly mode: 'save'; readonly name: string };

export interface PlatformDialogProps {
  readonly host: HostServices;
  readonly translator: Translator;
  readonly request: PlatformRequest;
  readonly accounts: readonly SyncAccount[];
  readonly onManageAccounts: () => void;
  readonly onOpen: (accountId: string, entry: RemoteEntry) => void;
  /** Save mode: the URL to save to. */
  readonly onSave: (accountId: string, url: string) => void;
  readonly onCancel: () => void;
}

function sizeText(translator: Translator, size: number | undefined): string {
  const { t } = translator;
  if (size === undefined) return '';
  if (size < 1024) return t('size.bytes', { n: size });
  if (size < 1024 * 1024) return t('size.kb', { n: Math.round(size / 1024) });
  return t('size.mb', { n: Math.round((size / 1024 / 1024) * 10) / 10 });
}

export function PlatformDialog({ host, translator, request, accounts, onManageAccounts, onOpen, onSave, onCancel }: PlatformDialogProps) {
  const { t } = translator;
  const listId = useId();
  const [accountId, setAccountId] = useState(accounts[0]?.id ?? '');
  const [listing, setListing] = useState<RemoteListing | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const [name, setName] = useState(request.mode === 'save' ? request.name : '');
  const account = accounts.find((a) => a.id === accountId);

  const navigate = async (id: string, url: string) => {
    setLoading(true);
    setError(null);
    try {
      setListing(await host.sync.list(id, url));
      setActive(0);
    } catch (e) {
      setError(t('error.list', { reason: errorMessage(translator, e) }));
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    if (accountId) void navigate(accountId, '');
    // Reload when the account changes.
  }, [accountId]);
  useEffect(() => {
    if (!accounts.some((a) => a.id === accountId)) setAccountId(accounts[0]?.id ?? '');
  }, [accounts, accountId]);

  const visible = (listing?.entries ?? []).filter((e) => e.isFolder || isOpenableName(e.name));
  const parent = listing && account && listing.url !== account.rootUrl ? listing.url.replace(/[^/]+\/$/, '') : null;

  const describe = (e: RemoteEntry) => {
    if (e.isFolder) return t('browser.folderItem', { name: e.name });
    const params = { name: e.name, size: sizeText(translator, e.size), date: e.modifiedMs ? translator.formatDateTime(e.modifiedMs) : '' };
    const text = e.lockedBy !== undefined ? t('sync.remoteFileLocked', { ...params, owner: e.lockedBy || '?' }) : t('sync.remoteFile', params);
    return e.readOnly ? `${text}, ${t('sync.readOnlyEntry')}` : text;
  };

  const activate = (e: RemoteEntry | undefined) => {
    if (!e) return;
    if (e.isFolder) void navigate(accountId, e.url);
    else if (request.mode === 'open') onOpen(accountId, e);
    else setName(e.name);
  };

  const confirm = () => {
    if (request.mode === 'open') {
      activate(visible[active]);
      return;
    }
    // The button waits for the folder's listing: the file goes into the folder shown.
    if (!listing || loading) return;
    const typed = name.trim();
    if (!typed) {
      setError(t('browser.needName'));
      return;
    }
    onSave(accountId, listing.url + encodeURIComponent(typed));
  };

  return (
    <Dialog
      title={request.mode === 'open' ? t('sync.dialogTitle') : t('sync.saveTitle')}
      onCancel={onCancel}
      size="large"
      footer={
        <>
          {accounts.length > 0 ? (
            <Button variant="primary" onClick={confirm} disabled={request.mode === 'save' && (!listing || loading)}>
              {request.mode === 'open' ? t('browser.confirmOpen') : t('sync.saveHere')}
            </Button>
          ) : null}
          <Button onClick={onManageAccounts}>{t('sync.accounts')}</Button>
          <Button onClick={onCancel}>{t('browser.cancel')}</Button>
        </>
      }
    >
      {accounts.length === 0 ? (
        <p>{t('sync.noAccount')}</p>
      ) : (
        <>
          <div className="file-browser__bar">
            <Field label={t('sync.account')}>
              <select className="ui-select" value={accountId} onChange={(e) => setAccountId(e.target.value)}>
                {accounts.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.label}
                  </option>
                ))}
              </select>
            </Field>
            <Button aria-label={t('sync.up')} title={t('sync.up')} disabled={!parent} onClick={() => parent && void navigate(accountId, parent)}>
              <span aria-hidden="true">↑</span>
            </Button>
            <Button onClick={() => void navigate(accountId, '')}>{t('sync.root')}</Button>
            <span className="file-browser__path">{listing ? decodeURIComponent(new URL(listing.url).pathname) : ''}</span>
          </div>
          {error ? <Notice tone="error" message={error} labels={noticeLabels(translator)} /> : null}
          <ul
            className="file-browser__list"
            role="listbox"
            aria-label={t('sync.list')}
            aria-busy={loading}
            tabIndex={0}
            aria-activedescendant={visible[active] ? `${listId}-${String(active)}` : undefined}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown') setActive(Math.min(visible.length - 1, active + 1));
              else if (e.key === 'ArrowUp') setActive(Math.max(0, active - 1));
              else if (e.key === 'Enter') activate(visible[active]);
              else if (e.key === 'Backspace' && parent) void navigate(accountId, parent);
              else return;
              e.preventDefault();
            }}
          >
            {loading ? <li className="file-browser__empty">{t('browser.loading')}</li> : null}
            {!loading && visible.length === 0 && !error ? <li className="file-browser__empty">{t('browser.empty')}</li> : null}
            {!loading
              ? visible.map((e, index) => (
                  <li
                    key={e.url}
                    id={`${listId}-${String(index)}`}
                    role="option"
                    aria-selected={index === active}
                    aria-label={describe(e)}
                    className={`file-browser__item${index === active ? ' file-browser__item--active' : ''}`}
                    onClick={() => {
                      setActive(index);
                      if (!e.isFolder && request.mode === 'save') setName(e.name);
                    }}
                    onDoubleClick={() => activate(e)}
                  >
                    <Icon name={e.isFolder ? 'folder' : 'file'} className="file-browser__icon" />
                    <span className="file-browser__name">{e.name}</span>
                    <span className="file-browser__date">
                      {e.lockedBy !== undefined ? t('sync.lockedBy', { owner: e.lockedBy || '?' }) + ' · ' : ''}
                      {e.readOnly && !e.isFolder ? t('sync.readOnlyEntry') + ' · ' : ''}
                      {e.isFolder ? '' : `${sizeText(translator, e.size)} · ${e.modifiedMs ? translator.formatDateTime(e.modifiedMs) : ''}`}
                    </span>
                  </li>
                ))
              : null}
          </ul>
          {request.mode === 'save' ? (
            <Field label={t('browser.fileName')}>
              <input className="ui-input" value={name} spellCheck={false} onChange={(e) => setName(e.target.value)} />
            </Field>
          ) : null}
        </>
      )}
    </Dialog>
  );
}

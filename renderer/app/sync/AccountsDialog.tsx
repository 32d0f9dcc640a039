/**
 * Platform accounts: the list (remove), and the form to add one (eXo, older eXo, Nextcloud or any
 * WebDAV server) with "Test the connection" telling what is wrong. The password goes to the host
 * once and never comes back.
 */
import { useEffect, useState } from 'react';
import type { HostServices } from '../../../electron/shared/index.js';
import type { SyncAccount, SyncAccountKind, SyncConnectionStatus } from '../../../electron/shared/sync.js';
import { SYNC_ACCOUNT_KINDS } from '../../../electron/shared/sync.js';
import { Button, Dialog, Field, Notice } from '../../ui/index.js';
import { errorMessage } from '../i18n/error-message.js';
import type { Translator } from '../i18n/translator.js';
import { noticeLabels } from '../shell/notice-labels.js';
import { MeteredChecksField } from './MeteredChecksField.js';
import { RemoteCheckField } from './RemoteCheckField.js';

export interface AccountsDialogProps {
  readonly host: HostServices;
  readonly translator: Translator;
  readonly accounts: readonly SyncAccount[];
  readonly onChanged: (accounts: readonly SyncAccount[]) => void;
  readonly onClose: () => void;
}

export function AccountsDialog({ host, translator, accounts, onChanged, onClose }: AccountsDialogProps) {
  const { t } = translator;
  const [kind, setKind] = useState<SyncAccountKind>('exo');
  const [label, setLabel] = useState('');
  const [siteUrl, setSiteUrl] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<{ tone: 'success' | 'error' | 'info'; text: string } | null>(null);
  const [working, setWorking] = useState(false);
  // The platform machine policy names: filled in and fixed; the agent types only who they are.
  const [preset, setPreset] = useState(false);
  useEffect(() => {
    let live = true;
    host.settings
      .get()
      .then(({ values, locked }) => {
        if (!live || !locked.includes('platformUrl') || values.platformUrl === '') return;
        setKind(values.platformKind);
        setSiteUrl(values.platformUrl);
        setPreset(true);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [host]);

  const input = () => ({ kind, label, siteUrl, username, password });
  const statusMessage = (status: SyncConnectionStatus) => t(`sync.connection.${status}`);

  const test = async () => {
    setWorking(true);
    setMessage({ tone: 'info', text: t('sync.testing') });
    try {
      const status = await host.sync.testAccount(input());
      setMessage({ tone: status === 'ok' ? 'success' : 'error', text: statusMessage(status) });
    } catch (error) {
      setMessage({ tone: 'error', text: errorMessage(translator, error) });
    } finally {
      setWorking(false);
    }
  };

  const add = async () => {
    setWorking(true);
    setMessage({ tone: 'info', text: t('sync.testing') });
    try {
      const account = await host.sync.addAccount(input());
      setPassword('');
      setMessage({ tone: 'success', text: t('sync.added', { label: account.label }) });
      onChanged(await host.sync.accounts());
    } catch (error) {
      setMessage({ tone: 'error', text: errorMessage(translator, error) });
    } finally {
      setWorking(false);
    }
  };

  const remove = async (account: SyncAccount) => {
    try {
      onChanged(await host.sync.removeAccount(account.id));
    } catch (error) {
      setMessage({ tone: 'error', text: errorMessage(translator, error) });
    }
  };

  return (
    <Dialog title={t('sync.accountsTitle')} onCancel={onClose} size="medium" footer={<Button onClick={onClose}>{t('sync.close')}</Button>}>
      {accounts.length > 0 ? (
        <ul className="sync-accounts">
          {accounts.map((a) => (
            <li key={a.id} className="sync-accounts__item">
              <span>
                <strong>{a.label}</strong> — {a.username} — {a.rootUrl}
              </span>
              {a.managed ? <span className="sync-accounts__managed">{t('sync.managed')}</span> : <Button onClick={() => void remove(a)}>{t('sync.remove', { label: a.label })}</Button>}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('sync.noAccount')}</p>
      )}
      <form
        className="sync-form"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <Field label={t('sync.kind')}>
          <select className="ui-select" value={kind} disabled={preset} onChange={(e) => setKind(e.target.value as SyncAccountKind)}>
            {SYNC_ACCOUNT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`sync.kind.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('sync.siteUrl')} {...(preset ? { hint: t('sync.presetPlatform') } : {})}>
          <input className="ui-input" value={siteUrl} readOnly={preset} spellCheck={false} placeholder="https://" onChange={(e) => setSiteUrl(e.target.value)} />
        </Field>
        <Field label={t('sync.username')}>
          <input className="ui-input" value={username} spellCheck={false} autoComplete="username" onChange={(e) => setUsername(e.target.value)} />
        </Field>
        <Field label={t('sync.password')} {...(kind === 'nextcloud' ? { hint: t('sync.appPasswordHint') } : {})}>
          <input className="ui-input" type="password" value={password} autoComplete="current-password" onChange={(e) => setPassword(e.target.value)} />
        </Field>
        <Field label={t('sync.label')}>
          <input className="ui-input" value={label} onChange={(e) => setLabel(e.target.value)} />
        </Field>
        <div className="sync-form__actions">
          <Button disabled={working} onClick={() => void test()}>
            {t('sync.test')}
          </Button>
          <Button variant="primary" type="submit" disabled={working}>
            {t('sync.add')}
          </Button>
        </div>
      </form>
      {message ? <Notice tone={message.tone} message={message.text} labels={noticeLabels(translator)} /> : null}
      <RemoteCheckField host={host} translator={translator} />
      <MeteredChecksField host={host} translator={translator} />
    </Dialog>
  );
}

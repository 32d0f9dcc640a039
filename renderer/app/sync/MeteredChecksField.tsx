/**
 * Whether the platform change checks pause on a metered network (setting `remoteCheckOnMetered`,
 * the OS's answer: NetworkManager on Linux, the connection cost on Windows). Fixed, and shown as
 * such, when machine policy locks it.
 */
import { useEffect, useState } from 'react';
import type { HostServices } from '../../../electron/shared/index.js';
import { errorMessage } from '../i18n/error-message.js';
import type { Translator } from '../i18n/translator.js';

export function MeteredChecksField({ host, translator }: { readonly host: HostServices; readonly translator: Translator }) {
  const { t } = translator;
  const [setting, setSetting] = useState<{ readonly pause: boolean; readonly locked: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    host.settings
      .get()
      .then(({ values, locked }) => {
        if (live) setSetting({ pause: values.remoteCheckOnMetered === 'pause', locked: locked.includes('remoteCheckOnMetered') });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [host]);
  if (!setting) return null;

  const change = (pause: boolean) => {
    setError(null);
    // Ticked at once; the host's answer (or its refusal) then says what is stored.
    const before = setting;
    setSetting({ ...setting, pause });
    host.settings
      .set('remoteCheckOnMetered', pause ? 'pause' : 'continue')
      .then(({ values, locked }) => setSetting({ pause: values.remoteCheckOnMetered === 'pause', locked: locked.includes('remoteCheckOnMetered') }))
      .catch((e: unknown) => {
        setSetting(before);
        setError(errorMessage(translator, e));
      });
  };

  const hint = error ?? (setting.locked ? t('sync.remoteCheck.locked') : t('sync.metered.hint'));
  return (
    <div className="ui-field sync-metered">
      <label>
        <input type="checkbox" checked={setting.pause} disabled={setting.locked} onChange={(e) => change(e.target.checked)} /> {t('sync.metered')}
      </label>
      <span className="ui-field__hint">{hint}</span>
    </div>
  );
}

/**
 * How often Ostal looks on the platform for colleagues' changes to the documents open or kept
 * offline (setting `remoteCheckSeconds`). Fixed, and shown as such, when machine policy locks it;
 * a value set by policy that is not one of the choices is shown as it is.
 */
import { useEffect, useState } from 'react';
import type { HostServices } from '../../../electron/shared/index.js';
import { Field } from '../../ui/index.js';
import { errorMessage } from '../i18n/error-message.js';
import type { Translator } from '../i18n/translator.js';

/** The intervals offered (seconds); 0 = only when the window comes back to the front. */
export const REMOTE_CHECK_CHOICES: readonly number[] = [30, 60, 300, 900, 3600, 0];

/** The choices, with `current` among them (sorted, "off" last) when it is another value. */
export function remoteCheckChoices(current: number): number[] {
  if (REMOTE_CHECK_CHOICES.includes(current)) return [...REMOTE_CHECK_CHOICES];
  return [...REMOTE_CHECK_CHOICES.filter((s) => s > 0), current].sort((a, b) => a - b).concat(0);
}

/** "Every 5 minutes", "Every 90 seconds", "Only when I come back to the window". */
export function remoteCheckLabel(translator: Translator, seconds: number): string {
  const { t } = translator;
  if (seconds <= 0) return t('sync.remoteCheck.off');
  if (seconds % 3600 === 0) return seconds === 3600 ? t('sync.remoteCheck.hour') : t('sync.remoteCheck.hours', { n: seconds / 3600 });
  if (seconds % 60 === 0) return seconds === 60 ? t('sync.remoteCheck.minute') : t('sync.remoteCheck.minutes', { n: seconds / 60 });
  return t('sync.remoteCheck.seconds', { n: seconds });
}

export function RemoteCheckField({ host, translator }: { readonly host: HostServices; readonly translator: Translator }) {
  const { t } = translator;
  const [setting, setSetting] = useState<{ readonly seconds: number; readonly locked: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    host.settings
      .get()
      .then(({ values, locked }) => {
        if (live) setSetting({ seconds: values.remoteCheckSeconds, locked: locked.includes('remoteCheckSeconds') });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [host]);
  if (!setting) return null;

  const change = (seconds: number) => {
    setError(null);
    host.settings
      .set('remoteCheckSeconds', seconds)
      .then(({ values, locked }) => setSetting({ seconds: values.remoteCheckSeconds, locked: locked.includes('remoteCheckSeconds') }))
      .catch((e: unknown) => setError(errorMessage(translator, e)));
  };

  const hint = error ?? (setting.locked ? t('sync.remoteCheck.locked') : t('sync.remoteCheck.hint'));
  return (
    <Field label={t('sync.remoteCheck')} hint={hint} className="sync-remote-check">
      <select className="ui-select" value={String(setting.seconds)} disabled={setting.locked} onChange={(e) => change(Number(e.target.value))}>
        {remoteCheckChoices(setting.seconds).map((s) => (
          <option key={s} value={String(s)}>
            {remoteCheckLabel(translator, s)}
          </option>
        ))}
      </select>
    </Field>
  );
}

/**
 * Effective settings from the host (defaults, user file, machine policy), with the defaults and
 * no locks when no host answers. `setLocale` persists through the host when it can.
 */
import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_SETTINGS } from '../../../electron/shared/index.js';
import type { EffectiveSettings, HostServices, Locale } from '../../../electron/shared/index.js';
import { HostCallError } from '../host/host-call-error.js';

export interface SettingsState {
  readonly settings: EffectiveSettings;
  /** False until the host answered (or failed). */
  readonly loaded: boolean;
  /** Changes the UI language; resolves to 'local' when it could not be persisted for lack of a host. */
  readonly setLocale: (locale: Locale) => Promise<'saved' | 'local'>;
  readonly setAuthorName: (name: string) => Promise<void>;
}

export function useSettings(host: HostServices): SettingsState {
  const [settings, setSettings] = useState<EffectiveSettings>({ values: DEFAULT_SETTINGS, locked: [] });
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    let alive = true;
    host.settings
      .get()
      .then((value) => {
        if (alive) setSettings(value);
      })
      .catch(() => undefined)
      .finally(() => {
        if (alive) setLoaded(true);
      });
    return () => {
      alive = false;
    };
  }, [host]);

  const setLocale = useCallback(
    async (locale: Locale): Promise<'saved' | 'local'> => {
      try {
        setSettings(await host.settings.set('locale', locale));
        return 'saved';
      } catch (error) {
        if (error instanceof HostCallError && error.code === 'host-unavailable') {
          setSettings((s) => ({ ...s, values: { ...s.values, locale } }));
          return 'local';
        }
        throw error;
      }
    },
    [host],
  );

  /** Saves the user's name (author of comments and changes); kept for this session when there is no host. */
  const setAuthorName = useCallback(
    async (name: string): Promise<void> => {
      try {
        setSettings(await host.settings.set('authorName', name));
      } catch {
        setSettings((s) => ({ ...s, values: { ...s.values, authorName: name } }));
      }
    },
    [host],
  );

  return { settings, loaded, setLocale, setAuthorName };
}

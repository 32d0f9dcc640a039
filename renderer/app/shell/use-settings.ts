/**
 * Effective settings from the host (defaults, user file, machine policy), with the defaults and
 * no locks when no host answers. `setLocale` persists through the host when it can.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { DEFAULT_SETTINGS, personalWords } from '../../../electron/shared/index.js';
import type { EffectiveSettings, HostServices, Locale } from '../../../electron/shared/index.js';
import { HostCallError } from '../host/host-call-error.js';

export interface SettingsState {
  readonly settings: EffectiveSettings;
  /** False until the host answered (or failed). */
  readonly loaded: boolean;
  /** Changes the UI language; resolves to 'local' when it could not be persisted for lack of a host. */
  readonly setLocale: (locale: Locale) => Promise<'saved' | 'local'>;
  readonly setAuthorName: (name: string) => Promise<void>;
  /** Adds a word to the personal spelling dictionary; kept for this session when there is no host. */
  readonly addPersonalWord: (word: string) => Promise<void>;
}

export function useSettings(host: HostServices): SettingsState {
  const [settings, setSettings] = useState<EffectiveSettings>({ values: DEFAULT_SETTINGS, locked: [] });
  const [loaded, setLoaded] = useState(false);
  // The settings as last set, for changes made from callbacks (the personal dictionary).
  const settingsRef = useRef(settings);
  settingsRef.current = settings;

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

  const addPersonalWord = useCallback(
    async (word: string): Promise<void> => {
      const words = personalWords(settingsRef.current.values.personalDictionary);
      if (words.includes(word)) return;
      const next = [...words, word].join('\n');
      settingsRef.current = { ...settingsRef.current, values: { ...settingsRef.current.values, personalDictionary: next } };
      setSettings(settingsRef.current);
      try {
        setSettings(await host.settings.set('personalDictionary', next));
      } catch {
        // Kept for this session (no host, or a dictionary past its size limit).
      }
    },
    [host],
  );

  return { settings, loaded, setLocale, setAuthorName, addPersonalWord };
}

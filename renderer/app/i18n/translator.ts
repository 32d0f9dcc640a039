/**
 * The translator: `t(key, params)` in the user's language, with numbers and dates formatted
 * by Intl for that language (French: `1 234,5`, `12/03/2025 14:05`).
 */
import type { Locale } from '../../../electron/shared/index.js';
import { en } from './en.js';
import { fr } from './fr.js';
import type { MessageKey } from './fr.js';

export type { MessageKey } from './fr.js';

export type MessageParams = Readonly<Record<string, string | number>>;

export interface Translator {
  readonly locale: Locale;
  /** The message for `key` with `{param}`s replaced; numbers are formatted for the locale. */
  readonly t: (key: MessageKey, params?: MessageParams) => string;
  readonly formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string;
  /** Date and time, e.g. "12/03/2025 14:05". */
  readonly formatDateTime: (ms: number) => string;
}

const DICTIONARIES: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { fr, en };

/** BCP 47 tag used with Intl for each UI language. */
export const INTL_LOCALE: Readonly<Record<Locale, string>> = { fr: 'fr-FR', en: 'en-GB' };

/** Creates the translator of a UI language. */
export function createTranslator(locale: Locale): Translator {
  const dictionary = DICTIONARIES[locale];
  const intl = INTL_LOCALE[locale];
  const numbers = new Intl.NumberFormat(intl);
  const dates = new Intl.DateTimeFormat(intl, { dateStyle: 'short', timeStyle: 'short' });
  return {
    locale,
    t: (key, params) => {
      const template = dictionary[key];
      if (!params) return template;
      return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
        const value = params[name];
        if (value === undefined) return whole;
        return typeof value === 'number' ? numbers.format(value) : value;
      });
    },
    formatNumber: (value, options) => new Intl.NumberFormat(intl, options).format(value),
    formatDateTime: (ms) => dates.format(new Date(ms)),
  };
}

/** True when `key` names a message (for keys built at run time from error codes). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(fr, key);
}

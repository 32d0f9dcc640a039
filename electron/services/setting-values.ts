/**
 * What each setting may hold. One checker per key, used for the user's file, the machine policy
 * and every `settings.set` call, so that an invalid value never reaches the app whatever its source.
 */
import type { SettingKey, Settings } from '../shared/settings.js';
import { DEFAULT_SETTINGS, MAX_PERSONAL_DICTIONARY_LENGTH } from '../shared/settings.js';
import { SYNC_ACCOUNT_KINDS } from '../shared/sync.js';

/** Every setting key, in display order. */
export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as readonly SettingKey[];

/** Largest `maxRecent` accepted. */
export const MAX_RECENT_LIMIT = 100;
/** Longest autosave interval accepted, in seconds (0 turns autosave off). */
export const MAX_AUTOSAVE_SECONDS = 3600;
/** Longest time between two checks for colleagues' changes, in seconds (0 turns them off). */
export const MAX_REMOTE_CHECK_SECONDS = 86_400;
/** Shortest time between two checks (a shorter one would load the platform for little gain). */
export const MIN_REMOTE_CHECK_SECONDS = 10;
/** Longest licence key accepted. */
const MAX_LICENSE_KEY_LENGTH = 256;

/** An absolute path (POSIX or Windows), one line, without NUL, at most 4096 characters. */
function isAbsoluteFilePath(value: string): boolean {
  return value.length <= 4096 && !/[\0\r\n]/.test(value) && (value.startsWith('/') || /^[A-Za-z]:[\\/]/.test(value) || value.startsWith('\\\\'));
}

/** An http(s) URL without credentials, at most 2048 characters. */
function isWebUrl(value: string): boolean {
  if (value.length > 2048) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

function isIntegerIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

/** The checker for each key: true when `value` is acceptable for it. */
const CHECKS: { readonly [K in SettingKey]: (value: unknown) => value is Settings[K] } = {
  locale: (value): value is Settings['locale'] => value === 'fr' || value === 'en',
  defaultFamily: (value): value is Settings['defaultFamily'] => value === 'odf' || value === 'ooxml',
  maxRecent: (value): value is number => isIntegerIn(value, 0, MAX_RECENT_LIMIT),
  gridLicenseKey: (value): value is string =>
    typeof value === 'string' && value.length <= MAX_LICENSE_KEY_LENGTH && !/[\r\n]/.test(value),
  calcLicenseKey: (value): value is string =>
    typeof value === 'string' && value.length <= MAX_LICENSE_KEY_LENGTH && !/[\r\n]/.test(value),
  autosaveSeconds: (value): value is number => isIntegerIn(value, 0, MAX_AUTOSAVE_SECONDS),
  authorName: (value): value is string => typeof value === 'string' && value.length <= 100 && ![...value].some((c) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127),
  trustedCaFile: (value): value is string => typeof value === 'string' && (value === '' || isAbsoluteFilePath(value)),
  platformUrl: (value): value is string => typeof value === 'string' && (value === '' || isWebUrl(value)),
  platformKind: (value): value is Settings['platformKind'] => typeof value === 'string' && (SYNC_ACCOUNT_KINDS as readonly string[]).includes(value),
  personalDictionary: (value): value is string =>
    typeof value === 'string' && value.length <= MAX_PERSONAL_DICTIONARY_LENGTH && ![...value].some((c) => c !== '\n' && (c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127)),
  remoteCheckSeconds: (value): value is number => value === 0 || isIntegerIn(value, MIN_REMOTE_CHECK_SECONDS, MAX_REMOTE_CHECK_SECONDS),
  remoteCheckOnMetered: (value): value is Settings['remoteCheckOnMetered'] => value === 'pause' || value === 'continue',
};

/** What each key accepts, for error messages. */
const EXPECTED: { readonly [K in SettingKey]: string } = {
  locale: "'fr' or 'en'",
  defaultFamily: "'odf' or 'ooxml'",
  maxRecent: `an integer from 0 to ${String(MAX_RECENT_LIMIT)}`,
  gridLicenseKey: `a single-line string of at most ${String(MAX_LICENSE_KEY_LENGTH)} characters`,
  calcLicenseKey: `a single-line string of at most ${String(MAX_LICENSE_KEY_LENGTH)} characters`,
  autosaveSeconds: `an integer from 0 to ${String(MAX_AUTOSAVE_SECONDS)} (0 turns autosave off)`,
  authorName: 'a single-line string of at most 100 characters',
  trustedCaFile: "'' or the absolute path of a PEM file",
  platformUrl: "'' or an http(s) address of at most 2048 characters",
  platformKind: `one of ${SYNC_ACCOUNT_KINDS.map((k) => `'${k}'`).join(', ')}`,
  personalDictionary: `words one per line, at most ${String(MAX_PERSONAL_DICTIONARY_LENGTH)} characters`,
  remoteCheckSeconds: `0 (off) or an integer from ${String(MIN_REMOTE_CHECK_SECONDS)} to ${String(MAX_REMOTE_CHECK_SECONDS)}`,
  remoteCheckOnMetered: "'pause' or 'continue'",
};

/** True when `key` names a setting. */
export function isSettingKey(key: unknown): key is SettingKey {
  return typeof key === 'string' && (SETTING_KEYS as readonly string[]).includes(key);
}

/** True when `value` is acceptable for `key`. */
export function isValidSettingValue<K extends SettingKey>(key: K, value: unknown): value is Settings[K] {
  return CHECKS[key](value);
}

/** One sentence saying what `key` accepts, e.g. `'fr' or 'en'`. */
export function expectedSettingValue(key: SettingKey): string {
  return EXPECTED[key];
}

/**
 * The valid settings found in an untrusted record (a file's `values`), and the keys it had that
 * were unknown or invalid. Never throws.
 */
export function pickValidSettings(data: unknown): { values: Partial<Settings>; rejected: string[] } {
  const values: Partial<Record<SettingKey, unknown>> = {};
  const rejected: string[] = [];
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { values: {}, rejected };
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (isSettingKey(key) && isValidSettingValue(key, value)) values[key] = value;
    else rejected.push(key);
  }
  return { values: values as Partial<Settings>, rejected };
}

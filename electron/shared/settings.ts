/**
 * Settings contract. Effective settings = defaults, then the user's file, then machine policy
 * (IT). A key set by policy is locked: the UI shows it read-only and `set` refuses it.
 */
import type { FormatId } from '@ostal/model';
import type { SyncAccountKind } from './sync.js';

export type Locale = 'fr' | 'en';

export interface Settings {
  readonly locale: Locale;
  /** Format family proposed by Save as: ODF (RGI default) or OOXML. */
  readonly defaultFamily: 'odf' | 'ooxml';
  readonly maxRecent: number;
  /** Handsontable licence key; production deployments set a commercial key by policy. */
  readonly gridLicenseKey: string;
  /**
   * HyperFormula licence key for the calculation engine (the grid displays what the engine
   * computes; Handsontable's own key does not cover it). `gpl-v3` unless IT sets a commercial key.
   */
  readonly calcLicenseKey: string;
  readonly autosaveSeconds: number;
  /** The user's name, author of the comments and tracked changes they make ('' : not set). IT may set it by policy. */
  readonly authorName: string;
  /**
   * A certificate authority (PEM file, absolute path) the platform's HTTPS certificates may chain
   * to, besides the system's: an internal PKI, usually set by machine policy. '' for none.
   */
  readonly trustedCaFile: string;
  /**
   * The organisation's collaborative platform (site address, '' for none). Set by machine
   * policy, the accounts form is filled in with it (and `platformKind`) and accounts on it
   * cannot be removed: the agent only types a user name and password.
   */
  readonly platformUrl: string;
  readonly platformKind: SyncAccountKind;
  /**
   * The user's personal spelling dictionary: words the checker accepts besides its own, one per
   * line (`;` separates them too, for policy editors). See {@link personalWords}.
   */
  readonly personalDictionary: string;
  /**
   * Seconds between two checks of the platform for colleagues' changes to the documents open or
   * kept offline (0 turns the checks off; they also wait while the computer runs on battery).
   */
  readonly remoteCheckSeconds: number;
  /**
   * On a metered network (as the OS reports it: NetworkManager on Linux, the connection cost on
   * Windows), the timer's platform change checks `pause` (default) or `continue`.
   */
  readonly remoteCheckOnMetered: 'pause' | 'continue';
}

export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Settings = {
  locale: 'fr',
  defaultFamily: 'odf',
  maxRecent: 10,
  gridLicenseKey: 'non-commercial-and-evaluation',
  calcLicenseKey: 'gpl-v3',
  autosaveSeconds: 60,
  authorName: '',
  trustedCaFile: '',
  platformUrl: '',
  platformKind: 'exo',
  personalDictionary: '',
  remoteCheckSeconds: 60,
  remoteCheckOnMetered: 'pause',
};

/** Longest personal dictionary accepted, in characters. */
export const MAX_PERSONAL_DICTIONARY_LENGTH = 20_000;

/** The words of a `personalDictionary` setting. */
export function personalWords(value: string): string[] {
  return value.split(/[\n;]/).map((w) => w.trim()).filter((w) => w !== '');
}

export interface EffectiveSettings {
  readonly values: Settings;
  /** Keys fixed by machine policy. */
  readonly locked: readonly SettingKey[];
}

export interface SettingsService {
  get(): Promise<EffectiveSettings>;
  /** Fails with `setting-locked` for a key policy fixes, `invalid-argument` for a bad value. */
  set<K extends SettingKey>(key: K, value: Settings[K]): Promise<EffectiveSettings>;
}

/** Formats offered per family when saving. */
export const FAMILY_FORMATS: Readonly<Record<'odf' | 'ooxml', Readonly<Record<'text' | 'workbook' | 'deck', FormatId>>>> = {
  odf: { text: 'odt', workbook: 'ods', deck: 'odp' },
  ooxml: { text: 'docx', workbook: 'xlsx', deck: 'pptx' },
};

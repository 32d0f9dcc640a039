/**
 * Argument validators, one per channel. Whatever arrives over IPC or the WebSocket is untrusted:
 * each validator checks count and types (absolute paths, real `Uint8Array` bytes, known setting
 * keys and valid values, well-formed recent entries) and returns the arguments typed for the
 * service call, or throws a `ServiceError('invalid-argument')` with one plain sentence.
 */
import path from 'node:path';
import type { SaveOptions } from '../shared/files.js';
import { MAX_EXPORT_HTML_LENGTH } from '../shared/exports.js';
import type { Channel, HostServices } from '../shared/host-api.js';
import type { RecentEntry } from '../shared/recent.js';
import { isOpenableUrl } from '../shared/links.js';
import type { SettingKey, Settings } from '../shared/settings.js';
import { isRecentEntry } from './recent-service.js';
import type { RecoveryInput } from '../shared/recovery.js';
import { isRecoveryId, parseRecoveryInput } from './recovery-service.js';
import { ServiceError } from './service-error.js';
import { expectedSettingValue, isSettingKey, isValidSettingValue } from './setting-values.js';
import { SYNC_ARGUMENT_VALIDATORS } from './sync-argument-validators.js';

/** The parameter list of the service method behind channel `C`. */
export type ArgsOf<C extends Channel> = C extends `${infer S extends keyof HostServices}.${infer M}`
  ? M extends keyof HostServices[S]
    ? HostServices[S][M] extends (...args: infer A) => unknown
      ? A
      : never
    : never
  : never;

/** Longest path accepted (beyond any real file system's limit). */
const MAX_PATH_LENGTH = 4096;

function invalid(message: string): never {
  throw new ServiceError('invalid-argument', message);
}

function arity(channel: Channel, args: readonly unknown[], min: number, max: number = min): void {
  if (args.length < min || args.length > max) {
    const expected = min === max ? String(min) : `${String(min)} to ${String(max)}`;
    invalid(`${channel} takes ${expected} argument(s), got ${String(args.length)}.`);
  }
}

/** An absolute path string without NUL bytes. */
export function checkAbsolutePath(value: unknown, what = 'path'): string {
  if (typeof value !== 'string' || value.length === 0) invalid(`The ${what} must be a non-empty string.`);
  if (value.length > MAX_PATH_LENGTH) invalid(`The ${what} is too long.`);
  if (value.includes('\0')) invalid(`The ${what} contains a NUL character.`);
  if (!path.isAbsolute(value)) invalid(`The ${what} must be absolute: ${value}`);
  return value;
}

/** File bytes: a `Uint8Array` (a `Buffer` is one). */
export function checkBytes(value: unknown): Uint8Array {
  if (!(value instanceof Uint8Array)) invalid('The file content must be a Uint8Array.');
  return value;
}

/** Optional {@link SaveOptions}: only known keys, each of the right type. */
export function checkSaveOptions(value: unknown): SaveOptions | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) invalid('Save options must be an object.');
  const options = value as Record<string, unknown>;
  for (const key of Object.keys(options)) {
    if (key !== 'expectedModifiedMs' && key !== 'keepBackup') invalid(`Unknown save option '${key}'.`);
  }
  const { expectedModifiedMs, keepBackup } = options;
  if (expectedModifiedMs !== undefined && (typeof expectedModifiedMs !== 'number' || !Number.isFinite(expectedModifiedMs))) {
    invalid('expectedModifiedMs must be a finite number.');
  }
  if (keepBackup !== undefined && typeof keepBackup !== 'boolean') invalid('keepBackup must be a boolean.');
  return {
    ...(expectedModifiedMs !== undefined ? { expectedModifiedMs } : {}),
    ...(keepBackup !== undefined ? { keepBackup } : {}),
  };
}

/** A {@link RecentEntry} with an absolute path, a name, a known kind and a time. */
export function checkRecentEntry(value: unknown): RecentEntry {
  if (!isRecentEntry(value)) {
    invalid('A recent entry needs an absolute path, a name, a kind (text, workbook or deck) and openedMs.');
  }
  checkAbsolutePath(value.path);
  return { path: value.path, name: value.name, kind: value.kind, openedMs: value.openedMs };
}

/** A known setting key. */
export function checkSettingKey(value: unknown): SettingKey {
  if (!isSettingKey(value)) invalid(`Unknown setting '${String(value)}'.`);
  return value;
}

/** A value valid for `key`. */
export function checkSettingValue(key: SettingKey, value: unknown): Settings[SettingKey] {
  if (!isValidSettingValue(key, value)) invalid(`Setting '${key}' must be ${expectedSettingValue(key)}.`);
  return value;
}

/** A recovery description: known kind and formats, a safe id, an absolute original path or null. */
export function checkRecoveryInput(value: unknown): RecoveryInput {
  const parsed = parseRecoveryInput(value);
  if (typeof parsed === 'string') invalid(parsed);
  return parsed;
}

/** A recovery id (also a session id): letters, digits, `-` and `_`, at most 100. */
export function checkRecoveryId(value: unknown, what = 'recovery id'): string {
  if (!isRecoveryId(value)) invalid(`The ${what} must be 1 to 100 letters, digits, - or _.`);
  return value;
}

/** Validators by channel; each returns the typed arguments or throws `invalid-argument`. */
export const ARGUMENT_VALIDATORS: { readonly [C in Channel]: (args: readonly unknown[]) => ArgsOf<C> } = {
  'files.read': (args) => {
    arity('files.read', args, 1);
    return [checkAbsolutePath(args[0])];
  },
  'files.save': (args) => {
    arity('files.save', args, 2, 3);
    const options = checkSaveOptions(args[2]);
    const path_ = checkAbsolutePath(args[0]);
    const bytes = checkBytes(args[1]);
    return options === undefined ? [path_, bytes] : [path_, bytes, options];
  },
  'files.list': (args) => {
    arity('files.list', args, 1);
    return [checkAbsolutePath(args[0], 'folder')];
  },
  'files.documentsFolder': (args) => {
    arity('files.documentsFolder', args, 0);
    return [];
  },
  'recent.list': (args) => {
    arity('recent.list', args, 0);
    return [];
  },
  'recent.add': (args) => {
    arity('recent.add', args, 1);
    return [checkRecentEntry(args[0])];
  },
  'recent.remove': (args) => {
    arity('recent.remove', args, 1);
    return [checkAbsolutePath(args[0])];
  },
  'recent.clear': (args) => {
    arity('recent.clear', args, 0);
    return [];
  },
  'settings.get': (args) => {
    arity('settings.get', args, 0);
    return [];
  },
  'settings.set': (args) => {
    arity('settings.set', args, 2);
    const key = checkSettingKey(args[0]);
    return [key, checkSettingValue(key, args[1])];
  },
  'links.open': (args) => {
    arity('links.open', args, 1);
    if (!isOpenableUrl(args[0])) invalid('links.open: only http, https and mailto addresses can be opened.');
    return [args[0]];
  },
  ...SYNC_ARGUMENT_VALIDATORS,
  'recovery.store': (args) => {
    arity('recovery.store', args, 2);
    return [checkRecoveryInput(args[0]), checkBytes(args[1])];
  },
  'recovery.list': (args) => {
    arity('recovery.list', args, 1);
    return [checkRecoveryId(args[0], 'session')];
  },
  'recovery.read': (args) => {
    arity('recovery.read', args, 1);
    return [checkRecoveryId(args[0])];
  },
  'recovery.remove': (args) => {
    arity('recovery.remove', args, 1);
    return [checkRecoveryId(args[0])];
  },
  'locks.acquire': (args) => {
    arity('locks.acquire', args, 1);
    return [checkAbsolutePath(args[0])];
  },
  'locks.release': (args) => {
    arity('locks.release', args, 1);
    return [checkAbsolutePath(args[0])];
  },
  'launch.take': (args) => {
    arity('launch.take', args, 0);
    return [];
  },
  'launch.openWindow': (args) => {
    arity('launch.openWindow', args, 1);
    const list = args[0];
    if (!Array.isArray(list) || list.length === 0 || list.length > 50) invalid('launch.openWindow takes a list of 1 to 50 paths.');
    return [list.map((p: unknown) => checkAbsolutePath(p))];
  },
  'launch.takeNew': (args) => {
    arity('launch.takeNew', args, 0);
    return [];
  },
  'templates.list': (args) => {
    arity('templates.list', args, 0);
    return [];
  },
  'exports.pdf': (args) => {
    arity('exports.pdf', args, 1);
    const html = args[0];
    if (typeof html !== 'string' || html.length === 0) invalid('exports.pdf takes the HTML document as a non-empty string.');
    if (html.length > MAX_EXPORT_HTML_LENGTH) invalid('The document to print is too large.');
    return [html];
  },
};

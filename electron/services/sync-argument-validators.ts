/**
 * Argument validators for the `sync.*` channels (see argument-validators.ts for the others):
 * account ids, http(s) URLs of bounded length, known account kinds and conflict choices, bytes.
 */
import type { Channel } from '../shared/host-api.js';
import type { ArgsOf } from './argument-validators.js';
import type { ConflictChoice, SyncAccountInput, SyncAccountKind } from '../shared/sync.js';
import { SYNC_ACCOUNT_KINDS } from '../shared/sync.js';
import { ServiceError } from './service-error.js';

type SyncChannel = Extract<Channel, `sync.${string}`>;

const MAX_URL = 4096;
const MAX_TEXT = 512;

function invalid(message: string): never {
  throw new ServiceError('invalid-argument', message);
}

function arity(channel: SyncChannel, args: readonly unknown[], count: number): void {
  if (args.length !== count) invalid(`${channel} takes ${String(count)} argument(s), got ${String(args.length)}.`);
}

/** An account id as the service makes them (a UUID, or a policy's short name). */
export function checkAccountId(value: unknown): string {
  if (typeof value !== 'string' || !/^[A-Za-z0-9-]{1,64}$/.test(value)) invalid('The account id must be letters, digits and dashes.');
  return value;
}

/** An absolute http(s) URL, or '' (the account root) when `allowEmpty`. */
export function checkRemoteUrl(value: unknown, allowEmpty = false): string {
  if (typeof value !== 'string' || value.length > MAX_URL || value.includes('\0')) invalid('The remote address must be a string.');
  if (value === '' && allowEmpty) return value;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return invalid(`Not an address: ${value}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') invalid(`Not an http(s) address: ${value}`);
  if (url.username || url.password) invalid('The address must not carry credentials.');
  return value;
}

function checkText(value: unknown, what: string, allowEmpty: boolean): string {
  if (typeof value !== 'string' || value.length > MAX_TEXT || value.includes('\0') || (!allowEmpty && value.trim() === '')) {
    invalid(`The ${what} must be a${allowEmpty ? '' : ' non-empty'} string of at most ${String(MAX_TEXT)} characters.`);
  }
  return value;
}

/** The account form's content. */
export function checkAccountInput(value: unknown): SyncAccountInput {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) invalid('The account must be an object.');
  const input = value as Record<string, unknown>;
  for (const key of Object.keys(input)) {
    if (!['kind', 'label', 'siteUrl', 'username', 'password'].includes(key)) invalid(`Unknown account field '${key}'.`);
  }
  const kind = input['kind'];
  if (typeof kind !== 'string' || !(SYNC_ACCOUNT_KINDS as readonly string[]).includes(kind)) invalid(`The account kind must be one of ${SYNC_ACCOUNT_KINDS.join(', ')}.`);
  return {
    kind: kind as SyncAccountKind,
    label: checkText(input['label'] ?? '', 'label', true),
    siteUrl: checkText(input['siteUrl'], 'server address', false),
    username: checkText(input['username'], 'user name', false),
    password: checkText(input['password'], 'password', true),
  };
}

function checkChoice(value: unknown): ConflictChoice {
  if (value !== 'keep-mine' && value !== 'keep-theirs' && value !== 'keep-both') invalid('The choice must be keep-mine, keep-theirs or keep-both.');
  return value;
}

function checkFlag(value: unknown): boolean {
  if (typeof value !== 'boolean') invalid('The edit flag must be a boolean.');
  return value;
}

function checkBytes(value: unknown): Uint8Array {
  if (!(value instanceof Uint8Array)) invalid('The file content must be a Uint8Array.');
  return value;
}

/** An `ostal:` link's text, bounded (the service checks its form). */
export function checkLinkText(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_URL + 16 || value.includes('\0')) invalid('The link must be a short string.');
  return value;
}

/** Validators for the `sync.*` channels. */
export const SYNC_ARGUMENT_VALIDATORS: { readonly [C in SyncChannel]: (args: readonly unknown[]) => ArgsOf<C> } = {
  'sync.accounts': (args) => (arity('sync.accounts', args, 0), []),
  'sync.testAccount': (args) => (arity('sync.testAccount', args, 1), [checkAccountInput(args[0])]),
  'sync.addAccount': (args) => (arity('sync.addAccount', args, 1), [checkAccountInput(args[0])]),
  'sync.removeAccount': (args) => (arity('sync.removeAccount', args, 1), [checkAccountId(args[0])]),
  'sync.list': (args) => (arity('sync.list', args, 2), [checkAccountId(args[0]), checkRemoteUrl(args[1], true)]),
  'sync.open': (args) => (arity('sync.open', args, 3), [checkAccountId(args[0]), checkRemoteUrl(args[1]), checkFlag(args[2])]),
  'sync.save': (args) => (arity('sync.save', args, 3), [checkAccountId(args[0]), checkRemoteUrl(args[1]), checkBytes(args[2])]),
  'sync.close': (args) => (arity('sync.close', args, 2), [checkAccountId(args[0]), checkRemoteUrl(args[1])]),
  'sync.status': (args) => (arity('sync.status', args, 0), []),
  'sync.resolveConflict': (args) => (arity('sync.resolveConflict', args, 3), [checkAccountId(args[0]), checkRemoteUrl(args[1]), checkChoice(args[2])]),
  'sync.takeLinks': (args) => (arity('sync.takeLinks', args, 0), []),
  'sync.followLink': (args) => (arity('sync.followLink', args, 1), [checkLinkText(args[0])]),
  'sync.retry': (args) => (arity('sync.retry', args, 2), [checkAccountId(args[0]), checkRemoteUrl(args[1])]),
  'sync.checkRemote': (args) => (arity('sync.checkRemote', args, 0), []),
};

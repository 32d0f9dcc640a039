/**
 * The Node implementation of {@link SettingsService}. Effective settings are the defaults, then
 * the user's file (`<OSTAL_HOME>/settings.json`), then the machine policy file IT deploys; a key
 * the policy sets is locked. Every value is validated wherever it comes from.
 *
 * User file and policy file share one shape: `{ "version": 1, "values": { "locale": "fr", ... } }`.
 */
import fs from 'node:fs/promises';
import type { EffectiveSettings, SettingKey, Settings, SettingsService } from '../shared/settings.js';
import { DEFAULT_SETTINGS } from '../shared/settings.js';
import { ServiceError, nodeErrorCode } from './service-error.js';
import { expectedSettingValue, isSettingKey, isValidSettingValue, pickValidSettings } from './setting-values.js';
import { VersionedJsonFile } from './versioned-json-file.js';

/** Version of the settings and policy files. */
export const SETTINGS_FILE_VERSION = 1;

interface SettingsFile {
  readonly values: Partial<Settings>;
}

/** The machine policy as read: the values it fixes and what was wrong with the file, if anything. */
export interface MachinePolicy {
  readonly values: Partial<Settings>;
  /** Plain sentences for the log (unreadable file, invalid keys); empty when all is well. */
  readonly problems: readonly string[];
}

/**
 * Reads the machine policy file. A missing file is no policy; an unreadable or invalid file is
 * reported in `problems` and its invalid keys ignored. Never throws.
 */
export async function readMachinePolicy(policyFile: string): Promise<MachinePolicy> {
  let text: string;
  try {
    text = await fs.readFile(policyFile, 'utf8');
  } catch (error) {
    if (nodeErrorCode(error) === 'ENOENT') return { values: {}, problems: [] };
    return { values: {}, problems: [`Cannot read the machine policy ${policyFile}: ${String(error)}`] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { values: {}, problems: [`The machine policy ${policyFile} is not valid JSON; it is ignored.`] };
  }
  const record = data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  const { values, rejected } = pickValidSettings(record.values);
  const problems = rejected.map((key) => `The machine policy ${policyFile} has an unknown or invalid value for '${key}'; it is ignored.`);
  if (!('values' in record)) problems.push(`The machine policy ${policyFile} has no "values" object.`);
  return { values, problems };
}

export interface NodeSettingsServiceOptions {
  /** The user's settings file, usually `<OSTAL_HOME>/settings.json`. */
  readonly userFile: string;
  /** The machine policy file (see `resolvePolicyFile`). */
  readonly policyFile: string;
  /** A second policy source that wins over the file: the Windows registry (`registry-policy.ts`). */
  readonly registryPolicy?: () => Promise<MachinePolicy>;
  /** Told after a value was stored (services that follow a setting apply it at once). */
  readonly onSet?: (key: SettingKey) => void;
}

/** Settings over a user file and a machine policy file. The policy is re-read on every call. */
export class NodeSettingsService implements SettingsService {
  private readonly file: VersionedJsonFile<SettingsFile>;
  private lastPolicyProblems: readonly string[] = [];

  constructor(private readonly options: NodeSettingsServiceOptions) {
    this.file = new VersionedJsonFile<SettingsFile>(
      options.userFile,
      SETTINGS_FILE_VERSION,
      (data) => ({ values: pickValidSettings(data.values).values }),
      () => ({ values: {} }),
    );
  }

  /** Problems found in the policy file on the last read, for the host to log. */
  get policyProblems(): readonly string[] {
    return this.lastPolicyProblems;
  }

  /** The effective settings and the keys policy locks. @throws Node errors reading the user file. */
  async get(): Promise<EffectiveSettings> {
    const [user, policy] = await Promise.all([this.file.read(), this.policy()]);
    return this.merge(user.values, policy.values);
  }

  /**
   * Stores one value in the user's file.
   * @throws ServiceError `invalid-argument` for an unknown key or a bad value, `setting-locked`
   *   when the machine policy fixes the key.
   */
  async set<K extends SettingKey>(key: K, value: Settings[K]): Promise<EffectiveSettings> {
    if (!isSettingKey(key)) throw new ServiceError('invalid-argument', `Unknown setting '${String(key)}'.`);
    if (!isValidSettingValue(key, value)) {
      throw new ServiceError('invalid-argument', `Setting '${key}' must be ${expectedSettingValue(key)}.`);
    }
    const policy = await this.policy();
    if (key in policy.values) throw new ServiceError('setting-locked', `Setting '${key}' is fixed by the machine policy.`);
    const user = await this.file.update((current) => ({ values: { ...current.values, [key]: value } }));
    this.options.onSet?.(key);
    return this.merge(user.values, policy.values);
  }

  private async policy(): Promise<MachinePolicy> {
    const file = await readMachinePolicy(this.options.policyFile);
    const registry = this.options.registryPolicy ? await this.options.registryPolicy() : { values: {}, problems: [] };
    const policy = { values: { ...file.values, ...registry.values }, problems: [...file.problems, ...registry.problems] };
    this.lastPolicyProblems = policy.problems;
    return policy;
  }

  private merge(user: Partial<Settings>, policy: Partial<Settings>): EffectiveSettings {
    return {
      values: { ...DEFAULT_SETTINGS, ...user, ...policy },
      locked: (Object.keys(policy) as SettingKey[]).filter(isSettingKey),
    };
  }
}

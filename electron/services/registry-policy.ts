/**
 * Machine policy from the Windows registry, where Group Policy writes it:
 * `HKLM\Software\Policies\Ostal`, one value per setting, named like the setting (`locale`,
 * `autosaveSeconds`, …; REG_SZ for text and choices, REG_DWORD for numbers). The ADMX template
 * (`policy-templates.ts`) declares exactly these. Read with `reg.exe query` (no native module);
 * values are validated like every other source of settings.
 */
import { execFile } from 'node:child_process';
import { POLICY_REGISTRY_KEY } from './policy-templates.js';
import type { MachinePolicy } from './settings-service.js';
import { pickValidSettings } from './setting-values.js';

/** The full key `reg.exe` is asked for. */
export const POLICY_REGISTRY_PATH = `HKLM\\${POLICY_REGISTRY_KEY}`;

/**
 * The values in `reg query <key>` output: REG_SZ / REG_EXPAND_SZ as text, REG_DWORD / REG_QWORD
 * as numbers; other types and subkeys are skipped. Never throws.
 */
export function parseRegQuery(output: string): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const line of output.split(/\r?\n/)) {
    const match = /^ {4}(\S+) {4}(REG_SZ|REG_EXPAND_SZ|REG_DWORD|REG_QWORD) {4}(.*)$/.exec(line);
    if (!match) continue;
    const [, name, type, raw] = match as unknown as [string, string, string, string];
    if (name === '__proto__' || name === 'constructor' || name === 'prototype') continue;
    if (type === 'REG_DWORD' || type === 'REG_QWORD') {
      const n = Number.parseInt(raw.trim(), 16);
      if (Number.isFinite(n)) values[name] = n;
    } else values[name] = raw;
  }
  return values;
}

/** The policy those values make, with one problem line per value ignored. */
export function registryPolicyFrom(values: Record<string, string | number>): MachinePolicy {
  const { values: valid, rejected } = pickValidSettings(values);
  return {
    values: valid,
    problems: rejected.map((key) => `The registry policy ${POLICY_REGISTRY_PATH} has an unknown or invalid value for '${key}'; it is ignored.`),
  };
}

/** Runs `reg query`; resolves with its output, or '' when the key does not exist or reg fails. */
export type RegQuery = (key: string) => Promise<string>;

const regQuery: RegQuery = (key) =>
  new Promise((resolve) => {
    execFile('reg.exe', ['query', key], { windowsHide: true, timeout: 5000, maxBuffer: 1 << 20 }, (error, stdout) => resolve(error ? '' : stdout));
  });

/** Reads the registry policy (Windows); `query` is replaceable for tests. Never throws. */
export async function readRegistryPolicy(query: RegQuery = regQuery): Promise<MachinePolicy> {
  try {
    return registryPolicyFrom(parseRegQuery(await query(POLICY_REGISTRY_PATH)));
  } catch (error) {
    return { values: {}, problems: [`Cannot read the registry policy ${POLICY_REGISTRY_PATH}: ${String(error)}`] };
  }
}

/** `read`, answered from memory for `ttlMs` after each read (settings are read often; policy changes are rare). */
export function cachedPolicy(read: () => Promise<MachinePolicy>, ttlMs: number, now: () => number = Date.now): () => Promise<MachinePolicy> {
  let last: { at: number; policy: Promise<MachinePolicy> } | undefined;
  return () => {
    if (last === undefined || now() - last.at >= ttlMs) last = { at: now(), policy: read() };
    return last.policy;
  };
}

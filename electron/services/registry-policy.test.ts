import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cachedPolicy, parseRegQuery, POLICY_REGISTRY_PATH, readRegistryPolicy, registryPolicyFrom } from './registry-policy.js';
import { NodeSettingsService } from './settings-service.js';

/** What `reg query HKLM\Software\Policies\Ostal` prints on Windows (CRLF, 4-space columns). */
const REG_OUTPUT = [
  '',
  'HKEY_LOCAL_MACHINE\\Software\\Policies\\Ostal',
  '    locale    REG_SZ    en',
  '    autosaveSeconds    REG_DWORD    0x1e',
  '    defaultFamily    REG_SZ    ooxml',
  '    gridLicenseKey    REG_SZ    abcd-1234 efgh',
  '    maxRecent    REG_DWORD    0x3e8',
  '    unknownPolicy    REG_SZ    x',
  '    calcLicenseKey    REG_BINARY    0102',
  '    __proto__    REG_SZ    polluted',
  '',
  'HKEY_LOCAL_MACHINE\\Software\\Policies\\Ostal\\Sub',
  '',
].join('\r\n');

describe('registry policy (Group Policy on Windows)', () => {
  it('reads text and numbers from reg query output, and nothing else', () => {
    const values = parseRegQuery(REG_OUTPUT);
    expect(values).toEqual({ locale: 'en', autosaveSeconds: 30, defaultFamily: 'ooxml', gridLicenseKey: 'abcd-1234 efgh', maxRecent: 1000, unknownPolicy: 'x' });
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(parseRegQuery('')).toEqual({});
    expect(parseRegQuery('ERROR: The system was unable to find the specified registry key or value.')).toEqual({});
  });

  it('keeps valid values and reports the others', () => {
    const policy = registryPolicyFrom(parseRegQuery(REG_OUTPUT));
    expect(policy.values).toEqual({ locale: 'en', autosaveSeconds: 30, defaultFamily: 'ooxml', gridLicenseKey: 'abcd-1234 efgh' });
    expect(policy.problems).toEqual([
      `The registry policy ${POLICY_REGISTRY_PATH} has an unknown or invalid value for 'maxRecent'; it is ignored.`,
      `The registry policy ${POLICY_REGISTRY_PATH} has an unknown or invalid value for 'unknownPolicy'; it is ignored.`,
    ]);
  });

  it('asks reg.exe for HKLM\\Software\\Policies\\Ostal, and a failing query is no policy', async () => {
    const asked: string[] = [];
    const policy = await readRegistryPolicy((key) => {
      asked.push(key);
      return Promise.resolve(REG_OUTPUT);
    });
    expect(asked).toEqual(['HKLM\\Software\\Policies\\Ostal']);
    expect(policy.values.locale).toBe('en');
    const broken = await readRegistryPolicy(() => Promise.reject(new Error('reg.exe missing')));
    expect(broken.values).toEqual({});
    expect(broken.problems[0]).toContain('reg.exe missing');
  });

  it('answers from memory for the time given, then reads again', async () => {
    let reads = 0;
    let clock = 0;
    const read = cachedPolicy(
      () => {
        reads += 1;
        return Promise.resolve({ values: {}, problems: [] });
      },
      30_000,
      () => clock,
    );
    await read();
    clock = 29_999;
    await read();
    expect(reads).toBe(1);
    clock = 30_000;
    await read();
    expect(reads).toBe(2);
  });

  describe('with the settings service', () => {
    let dir: string | undefined;
    afterEach(async () => {
      if (dir) await fs.rm(dir, { recursive: true, force: true });
    });

    it('registry values win over the policy file and the user, and are locked', async () => {
      dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ostal-regpol-'));
      const policyFile = path.join(dir, 'policy.json');
      await fs.writeFile(policyFile, JSON.stringify({ version: 1, values: { locale: 'fr', maxRecent: 5 } }));
      const settings = new NodeSettingsService({
        userFile: path.join(dir, 'settings.json'),
        policyFile,
        registryPolicy: () => readRegistryPolicy(() => Promise.resolve(REG_OUTPUT)),
      });
      const effective = await settings.get();
      expect(effective.values).toMatchObject({ locale: 'en', maxRecent: 5, autosaveSeconds: 30, defaultFamily: 'ooxml' });
      expect([...effective.locked].sort()).toEqual(['autosaveSeconds', 'defaultFamily', 'gridLicenseKey', 'locale', 'maxRecent']);
      await expect(settings.set('autosaveSeconds', 10)).rejects.toMatchObject({ code: 'setting-locked' });
      await expect(settings.set('calcLicenseKey', 'clé')).resolves.toMatchObject({ values: { calcLicenseKey: 'clé' } });
      expect(settings.policyProblems.some((p) => p.includes("'maxRecent'"))).toBe(true);
    });
  });
});

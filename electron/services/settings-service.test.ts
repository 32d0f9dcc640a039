import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../shared/settings.js';
import { NodeSettingsService, readMachinePolicy } from './settings-service.js';

let home: string;
let userFile: string;
let policyFile: string;
beforeEach(async () => {
  home = await fs.mkdtemp(path.join(os.tmpdir(), 'ostal-settings-'));
  userFile = path.join(home, 'settings.json');
  policyFile = path.join(home, 'policy.json');
});
afterEach(async () => {
  await fs.rm(home, { recursive: true, force: true });
});

const service = () => new NodeSettingsService({ userFile, policyFile });
const writePolicy = (values: unknown) => fs.writeFile(policyFile, JSON.stringify({ version: 1, values }));

describe('NodeSettingsService', () => {
  it('starts from the defaults with nothing locked', async () => {
    expect(await service().get()).toEqual({ values: DEFAULT_SETTINGS, locked: [] });
  });

  it('stores a value in a versioned user file', async () => {
    const settings = service();
    const effective = await settings.set('locale', 'en');
    expect(effective.values.locale).toBe('en');
    expect(JSON.parse(await fs.readFile(userFile, 'utf8'))).toEqual({ version: 1, values: { locale: 'en' } });
    expect((await service().get()).values.locale).toBe('en');
  });

  it('lets the machine policy win and lock its keys', async () => {
    await fs.writeFile(userFile, JSON.stringify({ version: 1, values: { defaultFamily: 'ooxml', maxRecent: 5 } }));
    await writePolicy({ defaultFamily: 'odf', gridLicenseKey: 'ABC-123' });
    const effective = await service().get();
    expect(effective.values).toMatchObject({ defaultFamily: 'odf', gridLicenseKey: 'ABC-123', maxRecent: 5 });
    expect([...effective.locked].sort()).toEqual(['defaultFamily', 'gridLicenseKey']);
  });

  it("refuses to set a locked key with 'setting-locked'", async () => {
    await writePolicy({ defaultFamily: 'odf' });
    await expect(service().set('defaultFamily', 'ooxml')).rejects.toMatchObject({ code: 'setting-locked' });
    await expect(fs.stat(userFile)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it("refuses invalid values with 'invalid-argument'", async () => {
    const settings = service();
    const loose = settings as unknown as { set(key: string, value: unknown): Promise<unknown> };
    await expect(loose.set('locale', 'de')).rejects.toMatchObject({ code: 'invalid-argument' });
    await expect(loose.set('maxRecent', 2.5)).rejects.toMatchObject({ code: 'invalid-argument' });
    await expect(loose.set('maxRecent', -1)).rejects.toMatchObject({ code: 'invalid-argument' });
    await expect(loose.set('autosaveSeconds', '60')).rejects.toMatchObject({ code: 'invalid-argument' });
    await expect(loose.set('gridLicenseKey', 'a\nb')).rejects.toMatchObject({ code: 'invalid-argument' });
    await expect(loose.set('nope', 1)).rejects.toMatchObject({ code: 'invalid-argument' });
  });

  it('ignores invalid values in the user file and a broken file', async () => {
    await fs.writeFile(userFile, JSON.stringify({ version: 1, values: { locale: 'xx', maxRecent: 3, evil: true } }));
    expect((await service().get()).values).toEqual({ ...DEFAULT_SETTINGS, maxRecent: 3 });
    await fs.writeFile(userFile, '{ not json');
    expect((await service().get()).values).toEqual(DEFAULT_SETTINGS);
  });

  it('serialises concurrent sets so none is lost', async () => {
    const settings = service();
    await Promise.all([settings.set('locale', 'en'), settings.set('maxRecent', 7), settings.set('autosaveSeconds', 30)]);
    expect((await settings.get()).values).toMatchObject({ locale: 'en', maxRecent: 7, autosaveSeconds: 30 });
  });
});

describe('readMachinePolicy', () => {
  it('is empty without a file', async () => {
    expect(await readMachinePolicy(policyFile)).toEqual({ values: {}, problems: [] });
  });

  it('keeps valid keys and reports the others', async () => {
    await writePolicy({ locale: 'fr', maxRecent: 'ten', unknownKey: 1 });
    const policy = await readMachinePolicy(policyFile);
    expect(policy.values).toEqual({ locale: 'fr' });
    expect(policy.problems).toHaveLength(2);
  });

  it('reports a file that is not JSON', async () => {
    await fs.writeFile(policyFile, 'locale=fr');
    const policy = await readMachinePolicy(policyFile);
    expect(policy.values).toEqual({});
    expect(policy.problems[0]).toMatch(/not valid JSON/);
  });
});

/**
 * The setting `remoteCheckOnMetered` (pause the platform change checks on a metered network):
 * stored by the user, fixed by machine policy (policy file or the Windows registry, as the ADMX
 * template offers it), and what the host's pause hook then decides.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remoteChecksPausedBy } from './metered-network.js';
import { adml, admx } from './policy-templates.js';
import { registryPolicyFrom } from './registry-policy.js';
import { isValidSettingValue } from './setting-values.js';
import { NodeSettingsService } from './settings-service.js';

let tmp: string;

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'ostal-metered-setting-'));
});

afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('the “pause on metered networks” setting', () => {
  it('pauses by default, is changed by the user, and the pause hook follows it', async () => {
    const settings = new NodeSettingsService({ userFile: path.join(tmp, 'user.json'), policyFile: path.join(tmp, 'none.json') });
    expect((await settings.get()).values.remoteCheckOnMetered).toBe('pause');
    const paused = remoteChecksPausedBy({ onMetered: async () => (await settings.get()).values.remoteCheckOnMetered, metered: () => Promise.resolve(true) });
    expect(await paused()).toBe(true);
    await settings.set('remoteCheckOnMetered', 'continue');
    expect(await paused()).toBe(false);
    expect(isValidSettingValue('remoteCheckOnMetered', 'sometimes')).toBe(false);
    expect(isValidSettingValue('remoteCheckOnMetered', true)).toBe(false);
  });

  it('machine policy fixes it (policy file, registry), and the templates offer it', async () => {
    const policyFile = path.join(tmp, 'policy.json');
    await fs.writeFile(policyFile, JSON.stringify({ version: 1, values: { remoteCheckOnMetered: 'continue' } }));
    const settings = new NodeSettingsService({ userFile: path.join(tmp, 'user2.json'), policyFile });
    const effective = await settings.get();
    expect(effective.values.remoteCheckOnMetered).toBe('continue');
    expect(effective.locked).toContain('remoteCheckOnMetered');
    await expect(settings.set('remoteCheckOnMetered', 'pause')).rejects.toMatchObject({ code: 'setting-locked' });

    expect(registryPolicyFrom({ remoteCheckOnMetered: 'pause' }).values).toEqual({ remoteCheckOnMetered: 'pause' });
    expect(registryPolicyFrom({ remoteCheckOnMetered: 1 }).problems).toHaveLength(1);
    expect(admx()).toContain('remoteCheckOnMetered');
    expect(adml('fr')).toContain('Détection des modifications sur un réseau limité');
    expect(adml('en')).toContain('Platform change checks on metered networks');
  });
});

/**
 * The platform named by machine policy (settings `platformUrl` / `platformKind`, locked), over a
 * real Apache mod_dav: accounts on it are managed (cannot be removed); the same address set by the
 * user alone manages nothing.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApacheDav } from '../../test/support/apache-dav.js';
import { DAV_USERS, startApacheDav } from '../../test/support/apache-dav.js';
import type { NodeHostServices } from './create-host-services.js';
import { createHostServices } from './create-host-services.js';

let dav: ApacheDav;
let tmp: string;
const running: NodeHostServices[] = [];

beforeAll(async () => {
  dav = await startApacheDav();
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'ostal-preset-'));
});

afterAll(async () => {
  for (const s of running) await s.sync.dispose();
  await dav.dispose();
  await fs.rm(tmp, { recursive: true, force: true });
});

async function host(name: string, policy: Record<string, unknown>): Promise<NodeHostServices> {
  const policyFile = path.join(tmp, `${name}.json`);
  await fs.writeFile(policyFile, JSON.stringify({ version: 1, values: policy }));
  const services = createHostServices({ ostalHome: path.join(tmp, name), policyFile, documentsFolder: tmp });
  running.push(services);
  return services;
}

const anne = () => ({ kind: 'exo' as const, label: '', siteUrl: dav.origin, username: 'anne', password: DAV_USERS.anne });

describe('platform preset by machine policy', () => {
  it('an account on the policy’s platform is managed and cannot be removed; another one can', async () => {
    const services = await host('policy', { platformUrl: dav.origin, platformKind: 'exo' });
    const managed = await services.sync.addAccount(anne());
    const other = await services.sync.addAccount({ ...anne(), kind: 'nextcloud' });
    const listed = await services.sync.accounts();
    expect(listed.find((a) => a.id === managed.id)?.managed).toBe(true);
    expect(listed.find((a) => a.id === other.id)?.managed).toBe(false);
    await expect(services.sync.removeAccount(managed.id)).rejects.toMatchObject({ code: 'setting-locked' });
    expect((await services.sync.removeAccount(other.id)).map((a) => a.id)).toEqual([managed.id]);
    await expect(services.settings.set('platformUrl', 'https://ailleurs.example')).rejects.toMatchObject({ code: 'setting-locked' });
  });

  it('the same address chosen by the user alone manages nothing', async () => {
    const services = await host('user', {});
    await services.settings.set('platformUrl', dav.origin);
    const account = await services.sync.addAccount(anne());
    expect((await services.sync.accounts()).find((a) => a.id === account.id)?.managed).toBe(false);
    expect(await services.sync.removeAccount(account.id)).toEqual([]);
  });

  it('refuses platform values that are not an http(s) address or a known kind', async () => {
    const services = await host('bad', { platformUrl: 'file:///etc/passwd', platformKind: 'sharepoint' });
    const effective = await services.settings.get();
    expect(effective.values.platformUrl).toBe('');
    expect(effective.values.platformKind).toBe('exo');
    expect(services.settings.policyProblems.length).toBe(2);
  });
});

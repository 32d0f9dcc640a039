/**
 * The platform's CA by machine policy, against a real Apache serving WebDAV over HTTPS with a
 * certificate from a private CA (an internal PKI): untrusted until the policy names the CA file,
 * then accounts test, open and save like any other.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApacheDav } from '../../test/support/apache-dav.js';
import { DAV_USERS, startApacheDav, writeServedFile } from '../../test/support/apache-dav.js';
import { makeTestCa } from '../../test/support/test-ca.js';
import type { TestCa } from '../../test/support/test-ca.js';
import type { RemoteDocument, SyncAccount } from '../shared/sync.js';
import { fetchTrusting } from './ca-fetch.js';
import type { NodeHostServices } from './create-host-services.js';
import { createHostServices } from './create-host-services.js';

let tmp: string;
let ca: TestCa;
let dav: ApacheDav;
const running: NodeHostServices[] = [];

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'ostal-ca-'));
  ca = makeTestCa(tmp);
  dav = await startApacheDav({ tls: { certFile: ca.certFile, keyFile: ca.keyFile } });
}, 60_000);

afterAll(async () => {
  for (const s of running) await s.sync.dispose();
  await dav.dispose();
  await fs.rm(tmp, { recursive: true, force: true });
});

/** Host services with `policy` as the machine policy file's values. */
async function host(name: string, policy: Record<string, unknown>): Promise<NodeHostServices> {
  const policyFile = path.join(tmp, `${name}-policy.json`);
  await fs.writeFile(policyFile, JSON.stringify({ version: 1, values: policy }));
  const services = createHostServices({ ostalHome: path.join(tmp, `${name}-home`), policyFile, documentsFolder: tmp });
  running.push(services);
  return services;
}

const account = { kind: 'exo' as const, label: 'Intranet', username: 'anne', password: DAV_USERS.anne };

describe('trusted CA by machine policy (HTTPS, real Apache)', () => {
  it('a WebDAV request over HTTPS works when trusting the CA, and fails without it', async () => {
    expect(dav.origin).toMatch(/^https:/);
    const auth = `Basic ${Buffer.from(`anne:${DAV_USERS.anne}`).toString('base64')}`;
    const init = { method: 'PROPFIND', headers: { Authorization: auth, Depth: '0' } };
    const trusted = await fetchTrusting(await fs.readFile(ca.caFile, 'utf8'))(`${dav.origin}/webdav/drives/`, init);
    expect(trusted.status).toBe(207);
    expect(await trusted.text()).toContain('multistatus');
    await expect(fetch(`${dav.origin}/webdav/drives/`, init)).rejects.toThrow();
  });

  it('without the policy the certificate is reported as not trusted', async () => {
    const services = await host('plain', {});
    expect(await services.sync.testAccount({ ...account, siteUrl: dav.origin })).toBe('tls-untrusted');
  });

  it('with trustedCaFile set by policy, the account tests, opens and saves; the key is locked', async () => {
    const services = await host('pki', { trustedCaFile: ca.caFile });
    const settings = await services.settings.get();
    expect(settings.values.trustedCaFile).toBe(ca.caFile);
    expect(settings.locked).toContain('trustedCaFile');
    expect(await services.sync.testAccount({ ...account, siteUrl: dav.origin })).toBe('ok');
    const added: SyncAccount = await services.sync.addAccount({ ...account, siteUrl: dav.origin });
    writeServedFile(dav.exoFolder, 'budget.csv', 'poste;montant\nlocaux;1200\n');
    const url = `${added.rootUrl}budget.csv`;
    const opened: RemoteDocument = await services.sync.open(added.id, url, true);
    expect(Buffer.from(opened.bytes).toString('utf8')).toContain('locaux;1200');
    await services.sync.save(added.id, url, new TextEncoder().encode('poste;montant\nlocaux;1300\n'));
    await expect.poll(async () => fs.readFile(path.join(dav.exoFolder, 'budget.csv'), 'utf8'), { timeout: 30_000 }).toContain('locaux;1300');
    await services.sync.close(added.id, url);
  });

  it('a CA file that cannot be read is a certificate failure, not a crash', async () => {
    const services = await host('missing', { trustedCaFile: path.join(tmp, 'absent.pem') });
    expect(await services.sync.testAccount({ ...account, siteUrl: dav.origin })).toBe('tls-untrusted');
  });
});

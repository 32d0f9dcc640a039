import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHostDispatcher } from './host-dispatcher.js';
import { createHostServices } from './create-host-services.js';
import { documentArgs, NodeLaunchService } from './launch-service.js';

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ostal-launch-'));
  await fs.writeFile(path.join(dir, 'rapport.odt'), 'x');
  await fs.writeFile(path.join(dir, 'Budget 2027.XLSX'), 'x');
  await fs.writeFile(path.join(dir, 'notes.txt'), 'x');
  await fs.mkdir(path.join(dir, 'dossier.odt'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('documentArgs', () => {
  it('keeps existing documents Ostal opens, resolved against the caller’s folder, once each', () => {
    const argv = ['--allow-file-access-from-files', '.', 'rapport.odt', 'Budget 2027.XLSX', './rapport.odt', 'notes.txt', 'absent.odt', 'dossier.odt', '-psn_0_1'];
    expect(documentArgs(argv, dir)).toEqual([path.join(dir, 'rapport.odt'), path.join(dir, 'Budget 2027.XLSX')]);
    expect(documentArgs([path.join(dir, 'rapport.odt')], '/')).toEqual([path.join(dir, 'rapport.odt')]);
  });
});

describe('NodeLaunchService', () => {
  it('hands each queued document out once, oldest first, through the dispatcher too', async () => {
    const home = path.join(dir, 'home');
    const services = createHostServices({ ostalHome: home, policyFile: path.join(home, 'none.json') });
    const dispatch = createHostDispatcher(services);
    services.launch.queue(['/a.odt', '/b.ods']);
    services.launch.queue(['/a.odt', '/c.odp']);
    expect(await dispatch('launch.take', [])).toEqual({ ok: true, value: ['/a.odt', '/b.ods', '/c.odp'] });
    expect(await dispatch('launch.take', [])).toEqual({ ok: true, value: [] });
    const extra = await dispatch('launch.take', ['x']);
    expect(extra.ok ? 'ok' : extra.error.code).toBe('invalid-argument');
    expect(await new NodeLaunchService().take()).toEqual([]);
  });
});

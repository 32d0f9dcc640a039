import { describe, expect, it } from 'vitest';
import { isOpenableUrl } from '../shared/links.js';
import { createHostDispatcher } from './host-dispatcher.js';
import { NodeLinksService } from './links-service.js';
import { createHostServices } from './create-host-services.js';
import os from 'node:os';
import path from 'node:path';

describe('links', () => {
  it('allows web and mail addresses only', () => {
    for (const ok of ['https://www.service-public.fr/particuliers', 'http://exemple.fr', 'mailto:agent@exemple.gouv.fr']) expect(isOpenableUrl(ok), ok).toBe(true);
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'https://user:pw@exemple.fr', '#annexe', 'exemple.fr', 'https://exemple.fr/a b', 'smb://serveur/partage', '', 42, `https://a.fr/${'x'.repeat(5000)}`])
      expect(isOpenableUrl(bad), String(bad).slice(0, 40)).toBe(false);
  });

  it('hands an allowed address to the opener, and refuses others without calling it', async () => {
    const opened: string[] = [];
    const links = new NodeLinksService((url) => {
      opened.push(url);
      return Promise.resolve();
    });
    await expect(links.open('https://exemple.fr')).resolves.toBe(true);
    await expect(links.open('file:///etc/passwd')).rejects.toThrow(/http, https and mailto/);
    expect(opened).toEqual(['https://exemple.fr']);
    // Without an opener (browser mode) the address is only reported as allowed.
    await expect(new NodeLinksService().open('mailto:a@b.fr')).resolves.toBe(false);
  });

  it('checks the arguments of links.open at the dispatcher', async () => {
    const opened: string[] = [];
    const home = path.join(os.tmpdir(), `ostal-links-${String(process.pid)}`);
    const dispatch = createHostDispatcher(
      createHostServices({ ostalHome: home, policyFile: path.join(home, 'policy.json'), documentsFolder: home, openExternal: (url) => Promise.resolve(void opened.push(url)) }),
    );
    expect(await dispatch('links.open', ['https://exemple.fr'])).toEqual({ ok: true, value: true });
    const refused = await dispatch('links.open', ['vbscript:msgbox']);
    expect(refused.ok).toBe(false);
    expect(refused.ok ? null : refused.error.code).toBe('invalid-argument');
    expect((await dispatch('links.open', [])).ok).toBe(false);
    expect(opened).toEqual(['https://exemple.fr']);
  });
});

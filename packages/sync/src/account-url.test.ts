import { describe, expect, it } from 'vitest';
import { davRootUrl, siteOfRoot } from './account-url.js';

describe('davRootUrl', () => {
  it('builds each platform’s WebDAV root from the site address', () => {
    expect(davRootUrl('exo', 'https://exo.region.fr')).toBe('https://exo.region.fr/webdav/drives/');
    expect(davRootUrl('exo-legacy', 'exo.region.fr/')).toBe('https://exo.region.fr/portal/rest/private/jcr/repository/collaboration/');
    expect(davRootUrl('nextcloud', 'https://cloud.region.fr/nextcloud', 'anne dupont')).toBe('https://cloud.region.fr/nextcloud/remote.php/dav/files/anne%20dupont/');
    expect(davRootUrl('webdav', 'http://127.0.0.1:8080/dav')).toBe('http://127.0.0.1:8080/dav/');
  });

  it('accepts a pasted WebDAV link and cuts it back to the root', () => {
    expect(davRootUrl('exo', 'https://exo.region.fr/webdav/drives/Collaboration/Documents')).toBe('https://exo.region.fr/webdav/drives/');
    expect(davRootUrl('nextcloud', 'https://cloud.region.fr/remote.php/webdav/', 'anne')).toBe('https://cloud.region.fr/remote.php/dav/files/anne/');
    expect(siteOfRoot('https://cloud.region.fr/nextcloud/remote.php/dav/files/anne/')).toBe('https://cloud.region.fr/nextcloud');
    // The address of Nextcloud's Files page, copied from the browser.
    expect(davRootUrl('nextcloud', 'https://cloud.region.fr/index.php/apps/files/?dir=/Budget', 'anne')).toBe('https://cloud.region.fr/remote.php/dav/files/anne/');
    expect(davRootUrl('nextcloud', 'https://cloud.region.fr/nextcloud/apps/files/', 'anne')).toBe('https://cloud.region.fr/nextcloud/remote.php/dav/files/anne/');
  });

  it('refuses unusable addresses with bad-url', () => {
    for (const [kind, url, user] of [
      ['exo', 'ftp://exo.region.fr', ''],
      ['exo', 'https://anne:secret@exo.region.fr', ''],
      ['webdav', 'http://', ''],
      ['nextcloud', 'https://cloud.region.fr', ''],
    ] as const) {
      expect(() => davRootUrl(kind, url, user), url).toThrow(expect.objectContaining({ reason: 'bad-url' }));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { deniedByPermissions, parseMultistatus, resolveHref } from './dav-resource.js';
import { parseXml } from './safe-xml.js';

const BASE = 'https://exo.region.fr/webdav/drives/Collaboration/';

function multistatus(responses: string): string {
  return `<?xml version="1.0" encoding="utf-8"?><D:multistatus xmlns:D="DAV:" xmlns:ns0="DAV:">${responses}</D:multistatus>`;
}

describe('parseMultistatus', () => {
  it('reads name, size, date, ETag, type, folder flag and the lock owner and timeout', () => {
    const xml = multistatus(`
      <D:response><D:href>/webdav/drives/Collaboration/</D:href>
        <D:propstat><D:prop><D:resourcetype><D:collection/></D:resourcetype><D:displayname>Collaboration</D:displayname></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat>
      </D:response>
      <D:response><D:href>https://exo.region.fr/webdav/drives/Collaboration/Note%20%C3%A9t%C3%A9.odt</D:href>
        <D:propstat><D:prop>
          <D:getcontentlength>12345</D:getcontentlength>
          <D:getlastmodified>Sat, 28 Nov 2026 09:30:00 GMT</D:getlastmodified>
          <D:getetag>"abc-123"</D:getetag>
          <D:getcontenttype>application/vnd.oasis.opendocument.text</D:getcontenttype>
          <D:resourcetype/>
          <D:lockdiscovery><D:activelock><D:locktype><D:write/></D:locktype><D:lockscope><D:exclusive/></D:lockscope>
            <D:depth>0</D:depth><D:owner><D:href>mailto:bernard.martin@region.fr</D:href></D:owner><D:timeout>Second-1785</D:timeout>
            <D:locktoken><D:href>opaquelocktoken:1234</D:href></D:locktoken></D:activelock></D:lockdiscovery>
        </D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat>
        <D:propstat><D:prop><D:displayname/></D:prop><D:status>HTTP/1.1 404 Not Found</D:status></D:propstat>
      </D:response>`);
    const [folder, file] = parseMultistatus(parseXml(xml), BASE);
    expect(folder).toMatchObject({ url: BASE, isCollection: true, displayName: 'Collaboration', size: undefined });
    expect(file).toMatchObject({
      url: `${BASE}Note%20%C3%A9t%C3%A9.odt`,
      name: 'Note été.odt',
      displayName: undefined,
      isCollection: false,
      size: 12345,
      lastModifiedMs: Date.UTC(2026, 10, 28, 9, 30),
      etag: '"abc-123"',
      contentType: 'application/vnd.oasis.opendocument.text',
    });
    expect(file?.locks).toEqual([{ token: 'opaquelocktoken:1234', owner: 'bernard.martin@region.fr', timeoutSeconds: 1785, scope: 'exclusive' }]);
  });

  it('says when the answer is not a multistatus', () => {
    expect(() => parseMultistatus(parseXml('<html><body/></html>'), BASE)).toThrow(expect.objectContaining({ reason: 'not-webdav' }));
  });

  it('refuses hrefs that leave the folder, the server or use traversal', () => {
    for (const href of ['https://evil.example/x', '/webdav/drives/Other/x.odt', '/webdav/drives/Collaboration/%2e%2e/x', '/webdav/drives/Collaboration/a%2Fb', '/etc/passwd']) {
      expect(() => resolveHref(href, BASE), href).toThrow(expect.objectContaining({ reason: 'hostile-response' }));
    }
    expect(resolveHref('sub/x.odt', BASE)).toBe(`${BASE}sub/x.odt`);
    expect(resolveHref('/webdav/drives/Collaboration', BASE)).toBe('https://exo.region.fr/webdav/drives/Collaboration');
  });

  it('takes hrefs inside the folder whatever their percent-encoding (Apache answers %c3%a9 to %C3%A9)', () => {
    const folder = 'https://exo.region.fr/webdav/drives/Envoy%C3%A9/';
    expect(resolveHref('/webdav/drives/Envoy%c3%a9/r%c3%a9ponse.odt', folder)).toBe('https://exo.region.fr/webdav/drives/Envoy%c3%a9/r%c3%a9ponse.odt');
    expect(resolveHref('/webdav/drives/Envoyé/', folder)).toBe('https://exo.region.fr/webdav/drives/Envoy%C3%A9/');
    expect(() => resolveHref('/webdav/drives/Envoy%c3%a8/x.odt', folder)).toThrow(expect.objectContaining({ reason: 'hostile-response' }));
  });
});

describe('Nextcloud properties', () => {
  const listing = (props: string) =>
    parseMultistatus(
      parseXml(
        `<d:multistatus xmlns:d="DAV:" xmlns:oc="http://owncloud.org/ns" xmlns:nc="http://nextcloud.org/ns"><d:response><d:href>/remote.php/dav/files/anne/a.odt</d:href><d:propstat><d:prop><d:getcontentlength>3</d:getcontentlength>${props}</d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>`,
      ),
      'https://cloud.region.fr/remote.php/dav/files/anne/',
    )[0]!;

  it('denies writing only when the server says so', () => {
    expect(deniedByPermissions('RGDNVW', false)).toBe(false);
    expect(deniedByPermissions('RGDNV', false)).toBe(true);
    expect(deniedByPermissions('RGDNVCK', true)).toBe(false);
    expect(deniedByPermissions('RGDNV', true)).toBe(true);
    // Not reported, or garbled: plain WebDAV servers say nothing, and nothing is denied.
    expect(deniedByPermissions(undefined, false)).toBe(false);
    expect(deniedByPermissions('rw<x>', false)).toBe(false);
  });

  it('keeps values safely: oversized ids and permission strings are dropped, a lock owner is cut', () => {
    const huge = listing(`<oc:fileid>${'1'.repeat(5000)}</oc:fileid><oc:permissions>${'R'.repeat(5000)}</oc:permissions><oc:size>99999999999999999999</oc:size>`);
    expect(huge).toMatchObject({ fileId: undefined, permissions: undefined, readOnly: false, size: 3 });
    const locked = listing(`<nc:lock>1</nc:lock><nc:lock-owner-displayname>${'B'.repeat(1000)}</nc:lock-owner-displayname><nc:lock-timeout>-5</nc:lock-timeout>`);
    expect(locked.locks[0]?.owner).toHaveLength(256);
    expect(locked.locks[0]?.timeoutSeconds).toBeUndefined();
    expect(listing('<nc:lock>0</nc:lock><nc:lock-owner>bernard</nc:lock-owner>').locks).toEqual([]);
  });
});

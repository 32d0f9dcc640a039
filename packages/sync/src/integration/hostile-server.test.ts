/**
 * A hostile WebDAV server on loopback: entity expansion, external entities, hrefs escaping the
 * folder, a huge answer. Each is refused with `hostile-response`, quickly and without crashing.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DavError } from '../dav-error.js';
import { WebDavClient } from '../webdav-client.js';

let server: http.Server;
let origin: string;
const answers = new Map<string, () => string>();

function multistatus(hrefs: string[]): string {
  const responses = hrefs
    .map((h) => `<d:response><d:href>${h}</d:href><d:propstat><d:prop><d:resourcetype/></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>`)
    .join('');
  return `<?xml version="1.0"?><d:multistatus xmlns:d="DAV:">${responses}</d:multistatus>`;
}

beforeAll(async () => {
  answers.set('/laughs/', () => `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "${'a'.repeat(100)}"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><d:multistatus xmlns:d="DAV:"><d:response><d:href>&b;</d:href></d:response></d:multistatus>`);
  answers.set('/xxe/', () => '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><d:multistatus xmlns:d="DAV:"><d:response><d:href>&x;</d:href></d:response></d:multistatus>');
  answers.set('/traversal/', () => multistatus(['/traversal/', '/traversal/%2e%2e/%2e%2e/etc/passwd']));
  answers.set('/elsewhere/', () => multistatus(['/elsewhere/', 'https://evil.example/elsewhere/x']));
  answers.set('/outside/', () => multistatus(['/outside/', '/other/secret.odt']));
  answers.set('/huge/', () => `<d:multistatus xmlns:d="DAV:">${'<d:x/>'.repeat(3_000_000)}</d:multistatus>`);
  server = http.createServer((req, res) => {
    const answer = answers.get(req.url ?? '');
    res.writeHead(answer ? 207 : 404, { 'Content-Type': 'application/xml' });
    res.end(answer ? answer() : '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('hostile WebDAV answers', () => {
  for (const folder of ['laughs', 'xxe', 'traversal', 'elsewhere', 'outside', 'huge']) {
    it(`refuses ${folder}`, async () => {
      const client = new WebDavClient({ rootUrl: `${origin}/`, fetch, xmlLimits: { maxChars: 4 * 1024 * 1024, maxDepth: 64, maxElements: 100_000 } });
      const error = await client.list(`${folder}/`).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DavError);
      expect((error as DavError).reason).toBe('hostile-response');
    });
  }
});

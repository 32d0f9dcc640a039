import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mimeTypeFor, readStaticFile, resolveStaticPath } from './static-files.js';

let root: string;
let outside: string;
beforeEach(async () => {
  outside = await fs.mkdtemp(path.join(os.tmpdir(), 'ostal-static-'));
  root = path.join(outside, 'renderer');
  await fs.mkdir(path.join(root, 'assets'), { recursive: true });
  await fs.writeFile(path.join(root, 'index.html'), '<!doctype html>');
  await fs.writeFile(path.join(root, 'assets', 'app.js'), 'void 0;');
  await fs.writeFile(path.join(outside, 'secret.txt'), 'secret');
});
afterEach(async () => {
  await fs.rm(outside, { recursive: true, force: true });
});

describe('resolveStaticPath', () => {
  it('maps / to index.html and paths under the root', () => {
    expect(resolveStaticPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/app.js?v=1')).toBe(path.join(root, 'assets', 'app.js'));
    expect(resolveStaticPath(root, '/assets/a%20b.js')).toBe(path.join(root, 'assets', 'a b.js'));
  });

  it.each(['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/a%5c..%5csecret', '/%00', '/%E0%A4%A', 'relative', '/C:/x'])(
    'refuses %s',
    (url) => {
      expect(resolveStaticPath(root, url)).toBeNull();
    },
  );
});

describe('readStaticFile', () => {
  it('reads a file with its MIME type', async () => {
    const file = await readStaticFile(root, '/assets/app.js');
    expect(file).toMatchObject({ contentType: 'text/javascript; charset=utf-8' });
  });

  it('refuses traversal and a symlink out of the root', async () => {
    expect(await readStaticFile(root, '/../secret.txt')).toBe('forbidden');
    await fs.symlink(path.join(outside, 'secret.txt'), path.join(root, 'link.txt'));
    expect(await readStaticFile(root, '/link.txt')).toBe('forbidden');
  });

  it('answers not-found for a missing file or a folder', async () => {
    expect(await readStaticFile(root, '/nope.js')).toBe('not-found');
    expect(await readStaticFile(root, '/assets')).toBe('not-found');
  });
});

describe('mimeTypeFor', () => {
  it('knows the usual web types', () => {
    expect(mimeTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('a.CSS')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('f.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('x.unknown')).toBe('application/octet-stream');
  });
});

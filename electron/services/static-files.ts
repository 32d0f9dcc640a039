/**
 * Serving the built renderer (`dist/renderer`) safely: URL path to file path with traversal
 * refused, and the MIME type of each file. Used by the browser-mode host's HTTP server and by
 * Electron's `app://` protocol, so both refuse the same things.
 */
import fs from 'node:fs/promises';
import path from 'node:path';

/** MIME types of the files a Vite build produces. Anything else is served as bytes. */
const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.dic': 'text/plain; charset=utf-8',
  '.aff': 'text/plain; charset=utf-8',
};

/** The Content-Type for a file name, by extension. */
export function mimeTypeFor(fileName: string): string {
  return MIME_TYPES[path.extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file under `root` that URL path `urlPath` names (`/` is `index.html`), or null when the
 * path is malformed or escapes `root` (`..`, encoded separators, NUL, drive letters).
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]?.split('#')[0] ?? '');
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.' || /^[A-Za-z]:/.test(s))) return null;
  const base = path.resolve(root);
  const file = path.resolve(base, ...(segments.length === 0 ? ['index.html'] : segments));
  if (file !== base && !file.startsWith(base + path.sep)) return null;
  return file;
}

/** A static file ready to send. */
export interface StaticFile {
  readonly path: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

/**
 * Reads the file `urlPath` names under `root`.
 * @returns the file, `'forbidden'` for a refused path, or `'not-found'` (folders included).
 */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | 'forbidden' | 'not-found'> {
  const file = resolveStaticPath(root, urlPath);
  if (file === null) return 'forbidden';
  try {
    const real = await fs.realpath(file);
    const realRoot = await fs.realpath(root);
    if (real !== realRoot && !real.startsWith(realRoot + path.sep)) return 'forbidden';
    const stat = await fs.stat(real);
    if (!stat.isFile()) return 'not-found';
    return { path: real, contentType: mimeTypeFor(real), bytes: await fs.readFile(real) };
  } catch {
    return 'not-found';
  }
}

/**
 * The `app://ostal/` protocol: serves the built renderer from `dist/renderer` with the strict CSP,
 * refusing anything outside that folder. Registered as a standard, secure scheme so that the page
 * gets a real origin (fetch, workers, storage) without `file://`'s broad access.
 */
import { protocol } from 'electron';
import { readStaticFile } from '../services/static-files.js';
import { contentSecurityPolicy } from '../shared/content-security-policy.js';
import { APP_HOST, APP_SCHEME } from './app-url.js';

/** Declares the scheme privileged. Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

/**
 * Answers one `app://` request from `rendererDir`: 404 for another host or a missing file,
 * 403 for a path that escapes the folder, 405 for anything but GET/HEAD.
 */
export async function answerAppRequest(request: Request, rendererDir: string): Promise<Response> {
  const url = new URL(request.url);
  if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('Method not allowed', { status: 405 });
  const file = await readStaticFile(rendererDir, url.pathname);
  if (file === 'forbidden') return new Response('Forbidden', { status: 403 });
  if (file === 'not-found') return new Response('Not found', { status: 404 });
  const body = new Uint8Array(file.bytes);
  return new Response(request.method === 'HEAD' ? null : body, {
    status: 200,
    headers: {
      'Content-Type': file.contentType,
      'Content-Security-Policy': contentSecurityPolicy(),
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** Serves `app://ostal/` from `rendererDir`. Call once the app is ready. */
export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => answerAppRequest(request, rendererDir));
}

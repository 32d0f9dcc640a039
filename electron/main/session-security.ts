/**
 * Session-wide hardening: the strict CSP on every response, and no web permission (camera,
 * geolocation, notifications...) granted, but one: the app's own pages may go full screen (a
 * slide show, as the presentation software agents come from does).
 */
import type { Session } from 'electron';
import { contentSecurityPolicy } from '../shared/content-security-policy.js';
import { isAppUrl } from './app-url.js';

/** Response headers with any existing CSP replaced by Ostal's (header names are case-insensitive). */
export function withStrictCsp(headers: Record<string, string[]> | undefined): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  result['Content-Security-Policy'] = [contentSecurityPolicy()];
  return result;
}

/** True for the one permission granted: full screen, asked by one of the app's own pages (`app://ostal/...`). */
export function permissionGranted(permission: string, requestingUrl: string | null | undefined): boolean {
  return permission === 'fullscreen' && isAppUrl(requestingUrl);
}

/**
 * Installs the CSP header and the refusals on `session`: every permission request and check but
 * the app's full screen, every device (USB, HID, serial, Bluetooth), screen capture, and
 * downloads (Ostal saves files through its own host services, never through the browser's
 * downloads).
 */
export function secureSession(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withStrictCsp(details.responseHeaders) });
  });
  session.setPermissionRequestHandler((_webContents, permission, callback, details) => callback(permissionGranted(permission, details.requestingUrl)));
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin) => permissionGranted(permission, requestingOrigin));
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  session.on('will-download', (event) => event.preventDefault());
}

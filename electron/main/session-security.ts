/**
 * Session-wide hardening: the strict CSP on every response, and no web permission (camera,
 * geolocation, notifications...) ever granted: an office suite needs none of them.
 */
import type { Session } from 'electron';
import { contentSecurityPolicy } from '../shared/content-security-policy.js';

/** Response headers with any existing CSP replaced by Ostal's (header names are case-insensitive). */
export function withStrictCsp(headers: Record<string, string[]> | undefined): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  result['Content-Security-Policy'] = [contentSecurityPolicy()];
  return result;
}

/**
 * Installs the CSP header and the refusals on `session`: every permission request and check,
 * every device (USB, HID, serial, Bluetooth), screen capture, and downloads (Ostal saves files
 * through its own host services, never through the browser's downloads).
 */
export function secureSession(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withStrictCsp(details.responseHeaders) });
  });
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  session.on('will-download', (event) => event.preventDefault());
}

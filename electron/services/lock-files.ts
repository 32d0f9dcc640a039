/**
 * Lock file formats of the other office suites, read and written byte for byte as they do.
 *
 * LibreOffice: `.~lock.<name>#` beside the document, one line of five comma-separated fields
 * ended by `;` and no newline — the user name from LibreOffice's options (often empty), the
 * system user name, the computer name, the local time as `DD.MM.YYYY HH:MM`, and the URL of the
 * user's profile — with `,`, `;` and `\` escaped by a backslash. For example (what LibreOffice 7
 * wrote on this project's build machine): `,root,vm,29.11.2026 01:47,file:///tmp/lotest/profile;`
 *
 * Microsoft Office: `~$<name>` beside the document (Word drops the first one or two characters
 * of long names), whose first byte is the length of the owner's name and the next bytes that name
 * in the ANSI code page, followed by the same name in UTF-16LE after a two-byte length at
 * offset 54 in the files Office writes. It holds no time: the file's modification time is used.
 */
import path from 'node:path';

/** The fields of a LibreOffice lock. */
export interface LibreOfficeLock {
  /** The name set in LibreOffice's user data (first and last name), often empty. */
  readonly officeUser: string;
  readonly systemUser: string;
  readonly host: string;
  /** The lock time as written (`DD.MM.YYYY HH:MM`, local time). */
  readonly time: string;
  /** The URL of the owner's user profile. */
  readonly userUrl: string;
}

/** Path of the LibreOffice lock of `file`. */
export function libreOfficeLockPath(file: string): string {
  return path.join(path.dirname(file), `.~lock.${path.basename(file)}#`);
}

/** Paths where Microsoft Office may have put the owner file of `file` (Excel, PowerPoint, Word). */
export function msOfficeOwnerPaths(file: string): string[] {
  const name = path.basename(file);
  const names = new Set([`~$${name}`, `~$${name.slice(1)}`, `~$${name.slice(2)}`]);
  return [...names].filter((n) => n.length > 2 + path.extname(name).length).map((n) => path.join(path.dirname(file), n));
}

function escapeField(value: string): string {
  return value.replace(/[\\,;]/g, (c) => `\\${c}`);
}

/** The lock line LibreOffice writes for these fields. */
export function formatLibreOfficeLock(lock: LibreOfficeLock): string {
  return `${[lock.officeUser, lock.systemUser, lock.host, lock.time, lock.userUrl].map(escapeField).join(',')};`;
}

/** The fields of a LibreOffice lock line; undefined when it is not one. Never throws. */
export function parseLibreOfficeLock(text: string): LibreOfficeLock | undefined {
  const fields: string[] = [];
  let current = '';
  let ended = false;
  for (let i = 0; i < text.length && !ended; i += 1) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length) {
      current += text[i + 1];
      i += 1;
    } else if (c === ',') {
      fields.push(current);
      current = '';
    } else if (c === ';') {
      fields.push(current);
      ended = true;
    } else current += c;
  }
  if (!ended || fields.length < 5) return undefined;
  const [officeUser, systemUser, host, time, userUrl] = fields as [string, string, string, string, string];
  return { officeUser, systemUser, host, time, userUrl };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `DD.MM.YYYY HH:MM` in local time, as LibreOffice writes lock times. */
export function formatLockTime(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${String(d.getFullYear())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A LibreOffice lock time (local) in ms since epoch; undefined when it does not parse. */
export function parseLockTime(text: string): number | undefined {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4}) (\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const [day, month, year, hours, minutes] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hours > 23 || minutes > 59) return undefined;
  return new Date(year, month - 1, day, hours, minutes).getTime();
}

/** Largest owner name an Office owner file holds. */
const MS_NAME_MAX = 53;

/** The owner's name in a Microsoft Office owner file; undefined when it holds none. Never throws. */
export function parseMsOfficeOwner(bytes: Uint8Array): string | undefined {
  const length = bytes[0];
  if (length === undefined || length === 0 || length > MS_NAME_MAX || bytes.length < 1 + length) return undefined;
  // The UTF-16 copy keeps accents the ANSI one may have lost; use it when it is there.
  if (bytes.length >= 56 + 2 * length && (bytes[54]! | (bytes[55]! << 8)) === length) {
    const wide = new TextDecoder('utf-16le').decode(bytes.subarray(56, 56 + 2 * length));
    if (!wide.includes('\0')) return wide.trim() || undefined;
  }
  const name = new TextDecoder('windows-1252').decode(bytes.subarray(1, 1 + length));
  return name.includes('\0') ? undefined : name.trim() || undefined;
}

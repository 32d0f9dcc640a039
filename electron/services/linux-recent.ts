/**
 * The Linux desktops' recent files: GTK and GNOME (Files, the file chooser, the Activities
 * search), and KDE's file dialogs read `$XDG_DATA_HOME/recently-used.xbel` (XBEL with the
 * freedesktop desktop-bookmarks metadata). Electron keeps no such list on Linux, so Ostal adds
 * its documents there itself. Other programs' entries are kept byte for byte: Ostal only replaces
 * the entry of the file it opened (keeping the other programs recorded on it) and writes the file
 * atomically; a file it does not recognise is left alone.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Largest recently-used.xbel Ostal edits (GTK keeps it far smaller). */
export const XBEL_MAX_BYTES = 8 * 1024 * 1024;

/** `$XDG_DATA_HOME/recently-used.xbel`, `~/.local/share/recently-used.xbel` by default. */
export function recentlyUsedFile(env: NodeJS.ProcessEnv = process.env, home: string = os.homedir()): string {
  const data = env['XDG_DATA_HOME'] && path.isAbsolute(env['XDG_DATA_HOME']) ? env['XDG_DATA_HOME'] : path.join(home, '.local', 'share');
  return path.join(data, 'recently-used.xbel');
}

/** What one recent entry says. */
export interface RecentFileEntry {
  /** Absolute path of the document. */
  readonly path: string;
  /** Its MIME type (`application/vnd.oasis.opendocument.text`). */
  readonly mime: string;
  readonly now: Date;
  /** The command line the desktop may reopen it with; `%u` is the file's URI. */
  readonly exec?: string;
  /** The program's name as the desktop shows it. */
  readonly application?: string;
}

function escapeAttribute(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

const HEADER =
  '<?xml version="1.0" encoding="UTF-8"?>\n<xbel version="1.0"\n      xmlns:bookmark="http://www.freedesktop.org/standards/desktop-bookmarks"\n      xmlns:mime="http://www.freedesktop.org/standards/shared-mime-info"\n>\n';

/**
 * `xbel` (the current content, or undefined when there is none) with `entry` recorded as the
 * most recent use. Returns undefined when the content is not an XBEL document Ostal can edit
 * safely (then nothing must be written).
 */
export function withRecentFile(xbel: string | undefined, entry: RecentFileEntry): string | undefined {
  const app = entry.application ?? 'Ostal';
  const stamp = entry.now.toISOString();
  const href = escapeAttribute(pathToFileURL(entry.path).href);
  let base = xbel ?? `${HEADER}</xbel>\n`;
  if (base.length > XBEL_MAX_BYTES || !/<xbel[\s>]/.test(base) || base.indexOf('</xbel>') !== base.lastIndexOf('</xbel>') || !/<\/xbel>\s*$/.test(base)) return undefined;
  if (/<!DOCTYPE|<!ENTITY/i.test(base)) return undefined;
  // The entry of this file, if any: other programs recorded on it stay, Ostal's own is renewed.
  let added = stamp;
  let others = '';
  let count = 0;
  const existing = new RegExp(`[ \\t]*<bookmark\\s[^>]*\\bhref="${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*>[\\s\\S]*?</bookmark>[ \\t]*\\n?`).exec(base);
  if (existing) {
    const block = existing[0];
    added = /\badded="([^"]*)"/.exec(block)?.[1] ?? stamp;
    for (const application of block.match(/<bookmark:application\s[^>]*\/>/g) ?? []) {
      const name = /\bname="([^"]*)"/.exec(application)?.[1];
      if (name === escapeAttribute(app)) count = Number(/\bcount="(\d{1,9})"/.exec(application)?.[1] ?? '0');
      else others += `          ${application}\n`;
    }
    base = base.slice(0, existing.index) + base.slice(existing.index + block.length);
  }
  const exec = escapeAttribute(`'${entry.exec ?? 'ostal'} %u'`);
  const bookmark =
    `  <bookmark href="${href}" added="${escapeAttribute(added)}" modified="${stamp}" visited="${stamp}">\n` +
    '    <info>\n' +
    '      <metadata owner="http://freedesktop.org">\n' +
    `        <mime:mime-type type="${escapeAttribute(entry.mime)}"/>\n` +
    '        <bookmark:applications>\n' +
    others +
    `          <bookmark:application name="${escapeAttribute(app)}" exec="${exec}" modified="${stamp}" count="${String(count + 1)}"/>\n` +
    '        </bookmark:applications>\n' +
    '      </metadata>\n' +
    '    </info>\n' +
    '  </bookmark>\n';
  const end = base.lastIndexOf('</xbel>');
  return base.slice(0, end) + bookmark + base.slice(end);
}

/** Writes `content` to `file` through a temporary file in the same folder and a rename. */
async function writeAtomically(file: string, content: string): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.ostal-tmp`);
  try {
    const handle = await fs.open(temp, 'w', 0o600);
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}

/** One `<bookmark:application …/>` element (attribute values may hold `>`). */
const APPLICATION = /[ \t]*<bookmark:application\s(?:[^>"']|"[^"]*"|'[^']*')*\/>[ \t]*\n?/g;

/**
 * `xbel` without `application`'s uses ("Clear recent documents"): its record is taken off each
 * entry, and an entry no other program used goes entirely. Other programs' entries and records
 * stay byte for byte. Returns `xbel` unchanged when Ostal had nothing there, undefined when the
 * content is not an XBEL document Ostal can edit safely.
 */
export function withoutApplication(xbel: string, application = 'Ostal'): string | undefined {
  if (xbel.length > XBEL_MAX_BYTES || !/<xbel[\s>]/.test(xbel) || !/<\/xbel>\s*$/.test(xbel) || /<!DOCTYPE|<!ENTITY/i.test(xbel)) return undefined;
  const name = escapeAttribute(application);
  return xbel.replace(/[ \t]*<bookmark\s(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?<\/bookmark>[ \t]*\n?/g, (block) => {
    const applications = block.match(APPLICATION) ?? [];
    const ours = applications.filter((a) => /\bname="([^"]*)"/.exec(a)?.[1] === name);
    if (ours.length === 0) return block;
    if (ours.length === applications.length) return '';
    return block.replace(APPLICATION, (a) => (ours.includes(a) ? '' : a));
  });
}

/**
 * Removes Ostal's uses from the desktop's recent files (`file`, default {@link recentlyUsedFile}),
 * keeping other programs' entries, written atomically. Resolves true when the file was changed;
 * never rejects.
 */
export async function clearRecentFiles(file: string = recentlyUsedFile(), application = 'Ostal'): Promise<boolean> {
  try {
    const stat = await fs.stat(file);
    if (stat.size > XBEL_MAX_BYTES) return false;
    const current = await fs.readFile(file, 'utf8');
    const next = withoutApplication(current, application);
    if (next === undefined || next === current) return false;
    await writeAtomically(file, next);
    return true;
  } catch {
    return false;
  }
}

/**
 * Records `entry` in the desktop's recent files (`file`, default {@link recentlyUsedFile}).
 * Resolves true when written; never rejects (the recent list is a convenience).
 */
export async function addRecentFile(entry: RecentFileEntry, file: string = recentlyUsedFile()): Promise<boolean> {
  try {
    let current: string | undefined;
    try {
      const stat = await fs.stat(file);
      if (stat.size > XBEL_MAX_BYTES) return false;
      current = await fs.readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return false;
    }
    const next = withRecentFile(current, entry);
    if (next === undefined) return false;
    await writeAtomically(file, next);
    return true;
  } catch {
    return false;
  }
}

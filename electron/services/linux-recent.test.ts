/**
 * Ostal's documents in the Linux desktop's recent files, judged by GLib's own reader
 * (GBookmarkFile, as GTK's file chooser and GNOME Files read them).
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { glibBookmarks } from '../../test/support/glib-bookmarks.js';
import { addRecentFile, clearRecentFiles, recentlyUsedFile, withoutApplication, withRecentFile } from './linux-recent.js';

let tmp: string;
const ODT = 'application/vnd.oasis.opendocument.text';

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'ostal-xbel-'));
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

/** What another GTK program (here "Éditeur de texte") had recorded. */
const GEDIT_XBEL = `<?xml version="1.0" encoding="UTF-8"?>
<xbel version="1.0"
      xmlns:bookmark="http://www.freedesktop.org/standards/desktop-bookmarks"
      xmlns:mime="http://www.freedesktop.org/standards/shared-mime-info"
>
  <bookmark href="file:///home/anne/notes.txt" added="2026-11-28T10:00:00.000000Z" modified="2026-11-28T10:00:00.000000Z" visited="2026-11-28T10:00:00.000000Z">
    <info>
      <metadata owner="http://freedesktop.org">
        <mime:mime-type type="text/plain"/>
        <bookmark:applications>
          <bookmark:application name="Éditeur de texte" exec="&apos;gnome-text-editor %u&apos;" modified="2026-11-28T10:00:00.000000Z" count="3"/>
        </bookmark:applications>
      </metadata>
    </info>
  </bookmark>
</xbel>
`;

describe('Linux recent files (recently-used.xbel)', () => {
  it('lives under $XDG_DATA_HOME, else ~/.local/share', () => {
    expect(recentlyUsedFile({ XDG_DATA_HOME: '/data/anne' }, '/home/anne')).toBe('/data/anne/recently-used.xbel');
    expect(recentlyUsedFile({ XDG_DATA_HOME: 'relative' }, '/home/anne')).toBe('/home/anne/.local/share/recently-used.xbel');
    expect(recentlyUsedFile({}, '/home/anne')).toBe('/home/anne/.local/share/recently-used.xbel');
  });

  it('creates the list, then adds Ostal’s documents beside other programs’ entries, which GLib reads back', async () => {
    const file = path.join(tmp, 'new', 'recently-used.xbel');
    const doc = path.join(tmp, 'Compte rendu & budget.odt');
    expect(await addRecentFile({ path: doc, mime: ODT, now: new Date('2026-11-29T08:00:00Z') }, file)).toBe(true);
    expect(glibBookmarks(file)).toEqual([{ uri: `file://${tmp}/Compte%20rendu%20&%20budget.odt`, mime: ODT, applications: ['Ostal'] }]);
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);

    const shared = path.join(tmp, 'shared.xbel');
    await fs.writeFile(shared, GEDIT_XBEL);
    expect(await addRecentFile({ path: doc, mime: ODT, now: new Date('2026-11-29T08:00:00Z') }, shared)).toBe(true);
    const read = glibBookmarks(shared);
    expect(read.map((b) => b.uri)).toEqual(['file:///home/anne/notes.txt', expect.stringMatching(/Compte%20rendu/)]);
    expect(read[0]).toEqual({ uri: 'file:///home/anne/notes.txt', mime: 'text/plain', applications: ['Éditeur de texte'] });
    // The other program's entry is kept byte for byte.
    expect(await fs.readFile(shared, 'utf8')).toContain(GEDIT_XBEL.slice(GEDIT_XBEL.indexOf('  <bookmark'), GEDIT_XBEL.indexOf('</xbel>')));
  });

  it('opening the same document again renews its one entry, keeping other programs recorded on it', () => {
    const withOther = GEDIT_XBEL.replace('file:///home/anne/notes.txt', 'file:///home/anne/rapport.odt');
    const once = withRecentFile(withOther, { path: '/home/anne/rapport.odt', mime: ODT, now: new Date('2026-11-29T08:00:00Z') })!;
    const twice = withRecentFile(once, { path: '/home/anne/rapport.odt', mime: ODT, now: new Date('2026-11-29T09:00:00Z') })!;
    expect(twice.match(/<bookmark\s/g)).toHaveLength(1);
    expect(twice).toContain('added="2026-11-28T10:00:00.000000Z"');
    expect(twice).toContain('visited="2026-11-29T09:00:00.000Z"');
    expect(twice).toContain('name="Éditeur de texte"');
    expect(twice).toMatch(/name="Ostal"[^>]*count="2"/);
  });

  it('leaves alone a file it does not recognise, and never throws', async () => {
    for (const content of ['not xml at all', '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><xbel></xbel>', '<xbel></xbel><xbel></xbel>']) {
      expect(withRecentFile(content, { path: '/a.odt', mime: ODT, now: new Date() })).toBeUndefined();
    }
    const garbled = path.join(tmp, 'garbled.xbel');
    await fs.writeFile(garbled, 'not xml at all');
    expect(await addRecentFile({ path: '/a.odt', mime: ODT, now: new Date() }, garbled)).toBe(false);
    expect(await fs.readFile(garbled, 'utf8')).toBe('not xml at all');
    // A place that cannot be written (under a file): false, no exception.
    expect(await addRecentFile({ path: '/a.odt', mime: ODT, now: new Date() }, path.join(garbled, 'share', 'recently-used.xbel'))).toBe(false);
  });

  it('“clear recent documents” takes Ostal’s uses away, keeps other programs’ entries byte for byte, atomically', async () => {
    const file = path.join(tmp, 'clear', 'recently-used.xbel');
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, GEDIT_XBEL);
    const before = GEDIT_XBEL.slice(GEDIT_XBEL.indexOf('  <bookmark'), GEDIT_XBEL.indexOf('</xbel>'));
    // Ostal alone on one document; Ostal and the text editor on another.
    await addRecentFile({ path: '/home/anne/budget.ods', mime: 'application/vnd.oasis.opendocument.spreadsheet', now: new Date('2026-11-29T08:00:00Z') }, file);
    const sharedDoc = GEDIT_XBEL.replace('file:///home/anne/notes.txt', 'file:///home/anne/lettre.odt').slice(GEDIT_XBEL.indexOf('  <bookmark'), GEDIT_XBEL.indexOf('</xbel>'));
    await fs.writeFile(file, (await fs.readFile(file, 'utf8')).replace('</xbel>', sharedDoc + '</xbel>'));
    await addRecentFile({ path: '/home/anne/lettre.odt', mime: ODT, now: new Date('2026-11-29T09:00:00Z') }, file);
    expect(glibBookmarks(file).map((b) => [b.uri, [...b.applications].sort()])).toEqual([
      ['file:///home/anne/notes.txt', ['Éditeur de texte']],
      ['file:///home/anne/budget.ods', ['Ostal']],
      ['file:///home/anne/lettre.odt', ['Ostal', 'Éditeur de texte']],
    ]);

    expect(await clearRecentFiles(file)).toBe(true);
    // GLib reads it: the document only Ostal used is gone, the shared one keeps the editor's record only.
    expect(glibBookmarks(file)).toEqual([
      { uri: 'file:///home/anne/notes.txt', mime: 'text/plain', applications: ['Éditeur de texte'] },
      { uri: 'file:///home/anne/lettre.odt', mime: ODT, applications: ['Éditeur de texte'] },
    ]);
    const after = await fs.readFile(file, 'utf8');
    expect(after).toContain(before);
    expect(after).not.toContain('Ostal');
    // No temporary file left beside it.
    expect(await fs.readdir(path.dirname(file))).toEqual(['recently-used.xbel']);
    // Nothing of Ostal's left: nothing written.
    expect(await clearRecentFiles(file)).toBe(false);
    expect(withoutApplication(GEDIT_XBEL)).toBe(GEDIT_XBEL);
  });

  it('clearing leaves alone a file it does not recognise or cannot find', async () => {
    expect(withoutApplication('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><xbel></xbel>')).toBeUndefined();
    const garbled = path.join(tmp, 'garbled-clear.xbel');
    await fs.writeFile(garbled, 'Ostal was here, not xml');
    expect(await clearRecentFiles(garbled)).toBe(false);
    expect(await fs.readFile(garbled, 'utf8')).toBe('Ostal was here, not xml');
    expect(await clearRecentFiles(path.join(tmp, 'missing', 'recently-used.xbel'))).toBe(false);
  });
});

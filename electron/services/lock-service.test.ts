import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CORPUS } from '../../test/fidelity/corpus.js';
import type { LockEnvironment } from './lock-service.js';
import { NodeLockService, systemLockEnvironment } from './lock-service.js';
import {
  formatLibreOfficeLock,
  formatLockTime,
  libreOfficeLockPath,
  msOfficeOwnerPaths,
  parseLibreOfficeLock,
  parseLockTime,
  parseMsOfficeOwner,
} from './lock-files.js';

let dir: string;
let home: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'ostal-locks-'));
  home = await fs.mkdtemp(path.join(os.tmpdir(), 'ostal-locks-home-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
  await fs.rm(home, { recursive: true, force: true });
});

const NOW = new Date(2026, 10, 29, 9, 30).getTime();

function env(extra: Partial<LockEnvironment> = {}): LockEnvironment {
  return {
    user: 'anne',
    host: 'poste-42',
    pid: 4242,
    now: () => NOW,
    bootMs: () => NOW - 3_600_000,
    isRunning: () => true,
    libreOfficeRunning: () => true,
    ...extra,
  };
}

function service(environment: LockEnvironment, displayName?: string): NodeLockService {
  return new NodeLockService({
    recordsFolder: path.join(home, 'locks'),
    profileFolder: home,
    environment,
    ...(displayName !== undefined ? { displayName } : {}),
  });
}

async function document(name = 'rapport.odt'): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, 'content');
  return file;
}

describe('lock file formats', () => {
  it('reads the line LibreOffice wrote and writes the same shape back', () => {
    const written = ',root,vm,29.11.2026 01:47,file:///tmp/lotest/profile;';
    const lock = parseLibreOfficeLock(written);
    expect(lock).toEqual({ officeUser: '', systemUser: 'root', host: 'vm', time: '29.11.2026 01:47', userUrl: 'file:///tmp/lotest/profile' });
    expect(formatLibreOfficeLock(lock!)).toBe(written);
  });

  it('escapes commas, semicolons and backslashes in names', () => {
    const lock = { officeUser: 'Dupont, Anne; DGFiP', systemUser: 'DOM\\anne', host: 'p1', time: '01.02.2026 08:05', userUrl: 'file:///x' };
    const line = formatLibreOfficeLock(lock);
    expect(line).toBe('Dupont\\, Anne\\; DGFiP,DOM\\\\anne,p1,01.02.2026 08:05,file:///x;');
    expect(parseLibreOfficeLock(line)).toEqual(lock);
    expect(parseLibreOfficeLock('')).toBeUndefined();
    expect(parseLibreOfficeLock(',a,b')).toBeUndefined();
  });

  it('writes and reads lock times as LibreOffice does (local DD.MM.YYYY HH:MM)', () => {
    expect(formatLockTime(NOW)).toBe('29.11.2026 09:30');
    expect(parseLockTime('29.11.2026 09:30')).toBe(NOW);
    expect(parseLockTime('31.13.2026 09:30')).toBeUndefined();
    expect(parseLockTime('hier')).toBeUndefined();
  });

  it('reads the owner name of a Microsoft Office owner file, ANSI or UTF-16', () => {
    const ansi = new Uint8Array(162);
    const name = 'Anne Dupont';
    ansi[0] = name.length;
    ansi.set(new TextEncoder().encode(name), 1);
    expect(parseMsOfficeOwner(ansi)).toBe('Anne Dupont');
    const wide = new Uint8Array(162);
    const accented = 'Hélène Martin';
    wide[0] = accented.length;
    wide.set(new TextEncoder().encode('H?l?ne Martin'), 1);
    wide[54] = accented.length;
    for (let i = 0; i < accented.length; i += 1) {
      wide[56 + 2 * i] = accented.charCodeAt(i) & 0xff;
      wide[57 + 2 * i] = accented.charCodeAt(i) >> 8;
    }
    expect(parseMsOfficeOwner(wide)).toBe('Hélène Martin');
    expect(parseMsOfficeOwner(new Uint8Array(0))).toBeUndefined();
    expect(parseMsOfficeOwner(new Uint8Array([200, 65]))).toBeUndefined();
  });

  it('knows where each suite puts its lock', () => {
    expect(libreOfficeLockPath('/srv/partage/budget 2026.ods')).toBe('/srv/partage/.~lock.budget 2026.ods#');
    expect(msOfficeOwnerPaths('/srv/compte-rendu.docx').map((p) => path.basename(p))).toEqual([
      '~$compte-rendu.docx',
      '~$ompte-rendu.docx',
      '~$mpte-rendu.docx',
    ]);
  });
});

describe('NodeLockService', () => {
  it('writes a LibreOffice lock while the document is open and removes it on release', async () => {
    const file = await document();
    const locks = service(env(), 'Anne Dupont');
    expect(await locks.acquire(file)).toEqual({ status: 'acquired', takenOver: false });
    const text = await fs.readFile(libreOfficeLockPath(file), 'utf8');
    expect(text).toBe(`Anne Dupont,anne,poste-42,29.11.2026 09:30,${pathToFileURL(home).href};`);
    // Opening it again in the same process is not a conflict.
    expect((await locks.acquire(file)).status).toBe('acquired');
    await locks.release(file);
    expect(existsSync(libreOfficeLockPath(file))).toBe(false);
  });

  it('reports a lock from another computer as held, with its owner and time', async () => {
    const file = await document();
    await fs.writeFile(libreOfficeLockPath(file), ',bernard,poste-7,29.11.2026 08:15,file:///home/bernard/.config/libreoffice/4;');
    const result = await service(env()).acquire(file);
    expect(result).toEqual({ status: 'held', owner: { app: 'libreoffice', user: 'bernard', host: 'poste-7', sinceMs: new Date(2026, 10, 29, 8, 15).getTime() } });
    // Nothing of ours was written over it.
    expect(await fs.readFile(libreOfficeLockPath(file), 'utf8')).toContain('bernard');
  });

  it('prefers the LibreOffice user name when the lock has one', async () => {
    const file = await document();
    await fs.writeFile(libreOfficeLockPath(file), 'Bernard Petit,bpetit,poste-7,29.11.2026 08:15,file:///x;');
    expect(await service(env()).acquire(file)).toMatchObject({ status: 'held', owner: { user: 'Bernard Petit' } });
  });

  it('reports a Microsoft Office owner file as held, since the owner file was written', async () => {
    const file = await document('compte-rendu.docx');
    const owner = new Uint8Array(162);
    owner[0] = 'Claire'.length;
    owner.set(new TextEncoder().encode('Claire'), 1);
    const ownerPath = path.join(dir, '~$mpte-rendu.docx');
    await fs.writeFile(ownerPath, owner);
    const since = new Date(2026, 10, 29, 7, 0);
    await fs.utimes(ownerPath, since, since);
    expect(await service(env()).acquire(file)).toEqual({ status: 'held', owner: { app: 'msoffice', user: 'Claire', host: '', sinceMs: since.getTime() } });
    expect(existsSync(libreOfficeLockPath(file))).toBe(false);
  });

  it('takes over a lock of this computer written before it last started', async () => {
    const file = await document();
    await fs.writeFile(libreOfficeLockPath(file), ',bernard,poste-42,28.11.2026 17:00,file:///x;');
    expect(await service(env()).acquire(file)).toEqual({ status: 'acquired', takenOver: true });
    expect(await fs.readFile(libreOfficeLockPath(file), 'utf8')).toMatch(/^,anne,poste-42,29\.11\.2026 09:30,/);
  });

  it('takes over the lock of an Ostal that crashed, not that of an Ostal still running', async () => {
    const file = await document();
    const crashed = service(env({ pid: 1111 }));
    expect((await crashed.acquire(file)).status).toBe('acquired');
    // A second Ostal while the first runs: held.
    expect(await service(env({ pid: 2222, isRunning: (pid) => pid === 1111 })).acquire(file)).toMatchObject({ status: 'held', owner: { user: 'anne' } });
    // The first one is gone (killed, crashed): its lock is stale.
    expect(await service(env({ pid: 2222, isRunning: () => false })).acquire(file)).toEqual({ status: 'acquired', takenOver: true });
  });

  it('takes over a lock of this user left by a LibreOffice that no longer runs', async () => {
    const file = await document();
    await fs.writeFile(libreOfficeLockPath(file), ',anne,poste-42,29.11.2026 09:00,file:///home/anne/.config/libreoffice/4;');
    expect((await service(env({ libreOfficeRunning: () => true })).acquire(file)).status).toBe('held');
    expect(await service(env({ libreOfficeRunning: () => false })).acquire(file)).toEqual({ status: 'acquired', takenOver: true });
  });

  it('treats an empty or garbled lock (a crash while writing it) as stale', async () => {
    const file = await document();
    await fs.writeFile(libreOfficeLockPath(file), '');
    expect(await service(env()).acquire(file)).toEqual({ status: 'acquired', takenOver: true });
  });

  it('does not remove a lock that someone else wrote over ours', async () => {
    const file = await document();
    const locks = service(env());
    await locks.acquire(file);
    await fs.writeFile(libreOfficeLockPath(file), ',bernard,poste-7,29.11.2026 09:31,file:///x;');
    await locks.release(file);
    expect(await fs.readFile(libreOfficeLockPath(file), 'utf8')).toContain('bernard');
  });

  it('opens unlocked where no lock can be written', async () => {
    expect(await service(env()).acquire(path.join(dir, 'absent', 'a.odt'))).toEqual({ status: 'unlocked' });
  });

  it('releases every lock it holds at once (on quit)', async () => {
    const a = await document('a.odt');
    const b = await document('b.ods');
    const locks = service(env());
    await locks.acquire(a);
    await locks.acquire(b);
    locks.releaseAllSync();
    expect(existsSync(libreOfficeLockPath(a)) || existsSync(libreOfficeLockPath(b))).toBe(false);
    expect(locks.heldPaths()).toEqual([]);
  });
});

describe('with LibreOffice itself', () => {
  it('sees a document LibreOffice has open as held by this user, and takes the lock over once LibreOffice is gone', async () => {
    const file = await document('partage.odt');
    const odt = (await fs.readdir(path.join(CORPUS, 'odt'))).sort().find((n) => n.endsWith('.odt'))!;
    await fs.copyFile(path.join(CORPUS, 'odt', odt), file);
    const profile = pathToFileURL(path.join(dir, 'profile')).href;
    const office = spawn('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', file], { detached: true, stdio: 'ignore' });
    try {
      const lockPath = libreOfficeLockPath(file);
      while (!existsSync(lockPath)) {
        if (office.exitCode !== null) throw new Error(`LibreOffice stopped before opening the document (${String(office.exitCode)})`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      let text = await fs.readFile(lockPath, 'utf8');
      while (!text.endsWith(';')) text = await fs.readFile(lockPath, 'utf8');
      const system = systemLockEnvironment();
      const result = await service(system).acquire(file);
      expect(result).toMatchObject({ status: 'held', owner: { app: 'libreoffice', user: system.user, host: system.host } });
      // LibreOffice's own line has the shape Ostal writes: five fields, ended by ';'.
      expect(text).toMatch(/^[^,]*,[^,]+,[^,]+,\d\d\.\d\d\.\d{4} \d\d:\d\d,file:\/\/\/[^,;]+;$/);
    } finally {
      process.kill(-office.pid!, 'SIGKILL');
    }
    // Killed, LibreOffice leaves its lock behind: with no LibreOffice running any more, it is stale.
    expect(await service({ ...systemLockEnvironment(), libreOfficeRunning: () => false }).acquire(file)).toEqual({ status: 'acquired', takenOver: true });
  }, 120_000);
});

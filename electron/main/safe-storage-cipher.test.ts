import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileSecretStore } from '../services/secret-store.js';
import { safeStorageCipher } from './safe-storage-cipher.js';

/** Stands in for Electron's safeStorage: a reversible scramble, so that plain text never shows. */
const fakeSafeStorage = (available: boolean) => ({
  isEncryptionAvailable: () => available,
  encryptString: (plain: string) => Buffer.from(`sealed:${Buffer.from(plain).toString('hex')}`),
  decryptString: (sealed: Buffer) => Buffer.from(sealed.toString().replace(/^sealed:/, ''), 'hex').toString(),
});

let tmp: string;
beforeEach(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'ostal-secrets-'));
});
afterEach(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

describe('safeStorageCipher with FileSecretStore', () => {
  it('seals passwords with the OS keychain; the file holds no plain text and is private', async () => {
    const file = path.join(tmp, 'sync', 'secrets.json');
    const store = new FileSecretStore(file, safeStorageCipher(fakeSafeStorage(true)));
    await store.set('compte-1', 'Mot de passe très secret');
    expect(await store.get('compte-1')).toBe('Mot de passe très secret');
    const raw = await fs.readFile(file, 'utf8');
    expect(raw).not.toContain('Mot de passe');
    expect(raw).toContain('electron-safe-storage');
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);

    // A store without the keychain never decrypts a sealed secret as if it were plain.
    expect(await new FileSecretStore(file).get('compte-1')).toBeUndefined();
    await store.delete('compte-1');
    expect(await store.get('compte-1')).toBeUndefined();
  });

  it('falls back to the private file when the OS has no keychain', () => {
    expect(safeStorageCipher(fakeSafeStorage(false))).toBeUndefined();
  });
});

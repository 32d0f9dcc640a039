/**
 * Electron's `safeStorage` (the OS keychain: DPAPI on Windows, libsecret or KWallet on Linux,
 * Keychain on macOS) as the {@link SecretCipher} that seals sync passwords at rest.
 */
import type { SafeStorage } from 'electron';
import type { SecretCipher } from '../services/secret-store.js';

/**
 * The cipher, or undefined when the OS offers no keychain (a Linux session without a secret
 * service): the passwords file then relies on its 0600 mode alone, as in browser mode.
 */
export function safeStorageCipher(safe: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'>): SecretCipher | undefined {
  if (!safe.isEncryptionAvailable()) return undefined;
  return {
    id: 'electron-safe-storage',
    encrypt: (plain) => new Uint8Array(safe.encryptString(plain)),
    decrypt: (sealed) => safe.decryptString(Buffer.from(sealed)),
  };
}

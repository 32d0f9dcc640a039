/**
 * Where account passwords live: never in the renderer, never in the accounts list. A JSON file in
 * the user-data folder, mode 0600, each secret passed through a {@link SecretCipher}: Electron's
 * `safeStorage` in the desktop app (the OS keychain: DPAPI on Windows, libsecret/kwallet on Linux),
 * none in browser mode (the file stays on the host, readable by its owner only).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { atomicWrite } from './atomic-write.js';
import { nodeErrorCode } from './service-error.js';

/** Encrypts secrets at rest (Electron's `safeStorage` has this shape). */
export interface SecretCipher {
  /** A name written beside each secret, so that a secret is never decrypted with the wrong cipher. */
  readonly id: string;
  encrypt(plain: string): Uint8Array;
  decrypt(sealed: Uint8Array): string;
}

/** No encryption: the host-side file's 0600 mode is the protection (browser mode, tests). */
export const PLAIN_CIPHER: SecretCipher = {
  id: 'plain',
  encrypt: (plain) => new TextEncoder().encode(plain),
  decrypt: (sealed) => new TextDecoder().decode(sealed),
};

/** Passwords by account id. */
export interface SecretStore {
  get(id: string): Promise<string | undefined>;
  set(id: string, secret: string): Promise<void>;
  delete(id: string): Promise<void>;
}

interface SecretsFile {
  version: 1;
  secrets: Record<string, { cipher: string; data: string }>;
}

/** A {@link SecretStore} in one 0600 file. Writes run one at a time. */
export class FileSecretStore implements SecretStore {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly filePath: string,
    private readonly cipher: SecretCipher = PLAIN_CIPHER,
  ) {}

  private async load(): Promise<SecretsFile> {
    try {
      const data = JSON.parse(await fs.readFile(this.filePath, 'utf8')) as Partial<SecretsFile>;
      if (data.version === 1 && data.secrets && typeof data.secrets === 'object') return { version: 1, secrets: data.secrets };
    } catch (error) {
      if (nodeErrorCode(error) !== 'ENOENT' && !(error instanceof SyntaxError)) throw error;
    }
    return { version: 1, secrets: {} };
  }

  private async store(file: SecretsFile): Promise<void> {
    await fs.mkdir(path.dirname(this.filePath), { recursive: true, mode: 0o700 });
    // Create the file 0600 before the first write, so atomicWrite keeps that mode.
    const handle = await fs.open(this.filePath, 'a', 0o600);
    await handle.close();
    await fs.chmod(this.filePath, 0o600);
    await atomicWrite(this.filePath, new TextEncoder().encode(JSON.stringify(file)));
  }

  private update(change: (file: SecretsFile) => void): Promise<void> {
    const run = this.queue.then(async () => {
      const file = await this.load();
      change(file);
      await this.store(file);
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  async get(id: string): Promise<string | undefined> {
    await this.queue;
    const entry = (await this.load()).secrets[id];
    if (!entry || entry.cipher !== this.cipher.id) return undefined;
    try {
      return this.cipher.decrypt(Uint8Array.from(Buffer.from(entry.data, 'base64')));
    } catch {
      return undefined;
    }
  }

  set(id: string, secret: string): Promise<void> {
    return this.update((file) => {
      file.secrets[id] = { cipher: this.cipher.id, data: Buffer.from(this.cipher.encrypt(secret)).toString('base64') };
    });
  }

  delete(id: string): Promise<void> {
    return this.update((file) => {
      delete file.secrets[id];
    });
  }
}

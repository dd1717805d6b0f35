import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '@shared/ipc/errors';
import type { KeyStore } from '../core/types';

/** The part of Electron's `safeStorage` the key store uses (faked in tests: it is the OS edge). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend?(): string;
}

/**
 * On Linux, safeStorage falls back to `basic_text` (a hard-coded key: effectively plain text) when
 * no keyring is running. The officer must be told; secrets are still stored, as Chromium does.
 */
export function usesPlainTextFallback(safe: SafeStorageLike, platform: string): boolean {
  return platform === 'linux' && safe.getSelectedStorageBackend?.() === 'basic_text';
}

/**
 * Secrets (the platform session token) encrypted with safeStorage, kept as base64 in one JSON
 * file in the user-data folder, written atomically. Encryption unavailable: nothing is stored
 * and `set` fails with a message the officer can read.
 */
export function safeStorageKeyStore(safe: SafeStorageLike, file: string, unavailableReason: () => string): KeyStore {
  const read = (): Record<string, string> => {
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      return typeof data === 'object' && data !== null ? (data as Record<string, string>) : {};
    } catch {
      return {};
    }
  };
  const write = (data: Record<string, string>) => {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.tmp`;
    writeFileSync(tmp, JSON.stringify(data), { mode: 0o600 });
    renameSync(tmp, file);
  };
  return {
    async get(key) {
      const stored = read()[key];
      if (typeof stored !== 'string' || !safe.isEncryptionAvailable()) return undefined;
      try {
        return safe.decryptString(Buffer.from(stored, 'base64'));
      } catch {
        // Encrypted under another OS account or keyring: unreadable, as if absent.
        return undefined;
      }
    },
    async set(key, value) {
      if (!safe.isEncryptionAvailable()) throw new AppError('WORKSPACE_UNAVAILABLE', { reason: unavailableReason() });
      write({ ...read(), [key]: safe.encryptString(value).toString('base64') });
    },
    async delete(key) {
      const data = read();
      if (!(key in data)) return;
      delete data[key];
      write(data);
    },
  };
}

import { readFileSync } from 'node:fs';
import nodePath from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/helpers/core';
import { safeStorageKeyStore, usesPlainTextFallback, type SafeStorageLike } from './key-store';

/** safeStorage is the OS keyring: faked here with a reversible transform and a switch. */
function fakeSafeStorage(backend = 'gnome_libsecret'): SafeStorageLike & { available: boolean } {
  const fake = {
    available: true,
    isEncryptionAvailable: () => fake.available,
    encryptString: (s: string) => Buffer.from(`enc:${[...s].reverse().join('')}`),
    decryptString: (b: Buffer) => {
      const t = b.toString();
      if (!t.startsWith('enc:')) throw new Error('bad ciphertext');
      return [...t.slice(4)].reverse().join('');
    },
    getSelectedStorageBackend: () => backend,
  };
  return fake;
}

const dirs: (() => void)[] = [];
afterEach(() => dirs.splice(0).forEach((c) => c()));
function file() {
  const t = tempDir('cw-keys-');
  dirs.push(t.cleanup);
  return nodePath.join(t.dir, 'nested', 'secrets.json');
}

describe('safeStorage key store', () => {
  it('stores secrets encrypted and reads them back', async () => {
    const f = file();
    const ks = safeStorageKeyStore(fakeSafeStorage(), f, () => 'unavailable');
    await ks.set('platform.token', 'abc123');
    expect(readFileSync(f, 'utf8')).not.toContain('abc123');
    expect(await ks.get('platform.token')).toBe('abc123');
    // A second store on the same file (the next run) reads it too.
    expect(await safeStorageKeyStore(fakeSafeStorage(), f, () => '').get('platform.token')).toBe('abc123');
    await ks.delete('platform.token');
    expect(await ks.get('platform.token')).toBeUndefined();
  });

  it('refuses to store when encryption is unavailable, and reads nothing', async () => {
    const safe = fakeSafeStorage();
    const f = file();
    const ks = safeStorageKeyStore(safe, f, () => 'no keyring');
    await ks.set('k', 'v');
    safe.available = false;
    await expect(ks.set('k', 'w')).rejects.toMatchObject({ code: 'WORKSPACE_UNAVAILABLE', params: { reason: 'no keyring' } });
    expect(await ks.get('k')).toBeUndefined();
  });

  it('treats an unreadable value or file as absent', async () => {
    const f = file();
    const ks = safeStorageKeyStore(fakeSafeStorage(), f, () => '');
    expect(await ks.get('missing')).toBeUndefined();
    await ks.set('k', 'v');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(f, JSON.stringify({ k: Buffer.from('garbage').toString('base64') }));
    expect(await ks.get('k')).toBeUndefined();
    writeFileSync(f, '{not json');
    expect(await ks.get('k')).toBeUndefined();
  });

  it('flags the Linux basic_text fallback only on Linux', () => {
    expect(usesPlainTextFallback(fakeSafeStorage('basic_text'), 'linux')).toBe(true);
    expect(usesPlainTextFallback(fakeSafeStorage('gnome_libsecret'), 'linux')).toBe(false);
    expect(usesPlainTextFallback(fakeSafeStorage('basic_text'), 'win32')).toBe(false);
  });
});

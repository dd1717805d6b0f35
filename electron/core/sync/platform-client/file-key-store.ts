import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { KeyStore } from '../../types';

/**
 * The CLI's key store: a JSON file readable only by its owner (0600), since there is no Electron
 * safeStorage outside the app. Written to a temp file and renamed, so a crash never leaves half a file.
 */
export function fileKeyStore(file: string): KeyStore {
  const read = (): Record<string, string> => {
    if (!existsSync(file)) return {};
    try {
      const v = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      return v && typeof v === 'object' ? (v as Record<string, string>) : {};
    } catch {
      return {};
    }
  };
  const write = (map: Record<string, string>) => {
    const tmp = `${file}.tmp`;
    writeFileSync(tmp, JSON.stringify(map), { mode: 0o600 });
    chmodSync(tmp, 0o600);
    renameSync(tmp, file);
  };
  return {
    get: async (k) => read()[k],
    set: async (k, v) => write({ ...read(), [k]: v }),
    delete: async (k) => {
      const map = read();
      delete map[k];
      write(map);
    },
  };
}

import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { prefsStoreOver, type PrefsStore } from './prefs';

/**
 * The prefs as `prefs.json` in the user-data folder (electron-store's file format, so the file
 * of an earlier install is read as is). Plain Node rather than electron-store: that library registers an `ipcMain` listener
 * any page could call, and the shell's only IPC is the contract. A missing or unreadable file is
 * the defaults (`sanitizePrefs`); a write goes to a temporary file renamed over the old one, so a
 * crash mid-write leaves the previous prefs.
 */
export function filePrefsStore(file: string): PrefsStore {
  let cached: unknown;
  let loaded = false;
  return prefsStoreOver(
    () => {
      if (!loaded) {
        try {
          cached = JSON.parse(readFileSync(file, 'utf8')) as unknown;
        } catch {
          cached = {};
        }
        loaded = true;
      }
      return cached;
    },
    (next) => {
      cached = next;
      try {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(`${file}.tmp`, `${JSON.stringify(next, null, '\t')}\n`, { mode: 0o600 });
        renameSync(`${file}.tmp`, file);
      } catch {
        // A read-only profile keeps the prefs for this session only.
      }
    },
  );
}

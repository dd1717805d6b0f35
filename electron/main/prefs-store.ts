import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { app, ipcMain } from 'electron';
import Store from 'electron-store';
import { prefsStoreOver, type PrefsStore, type ShellPrefs } from './prefs';

/** Where a damaged `prefs.json` is kept: beside it, named by the moment it was found (no `:` — Windows). */
export function damagedPrefsName(file: string, now: Date): string {
  return file.replace(/\.json$/, '') + `.damaged-${now.toISOString().replace(/[:.]/g, '-')}.json`;
}

/**
 * The prefs in electron-store: `prefs.json` in the user-data folder, written atomically by
 * electron-store. Read once and kept in memory (the shell reads the language on every message).
 * A file that is not JSON is damaged: it is renamed aside (`prefs.damaged-<time>.json`, so
 * nothing the officer set is silently lost), the prefs start from the defaults and `onDamaged`
 * is told where the file was kept. A file that cannot be read is the defaults (`sanitizePrefs`);
 * when the folder cannot be used at all, or a write fails, the prefs last for this session only.
 */
export function electronPrefsStore(
  warn: (message: string, data: Record<string, unknown>) => void = () => {},
  onDamaged: (keptAs: string) => void = () => {},
  now: () => Date = () => new Date(),
): PrefsStore {
  let store: Store<Partial<ShellPrefs>> | undefined;
  const open = () => new Store<Partial<ShellPrefs>>({ name: 'prefs', clearInvalidConfig: false, configFileMode: 0o600 });
  try {
    try {
      store = open();
    } catch (err) {
      // electron-store reads the file in its constructor; JSON.parse's SyntaxError is a damaged file.
      if (!(err instanceof SyntaxError)) throw err;
      const file = join(app.getPath('userData'), 'prefs.json');
      const keptAs = damagedPrefsName(file, now());
      renameSync(file, keptAs);
      warn('prefs damaged; kept aside, starting from the defaults', { keptAs, reason: String(err) });
      onDamaged(keptAs);
      store = open();
    }
  } catch (err) {
    warn('prefs unavailable; kept for this session only', { reason: String(err) });
  } finally {
    // The constructor registers `electron-store-get-data`, callable by any page; the sandboxed renderer has no store and the only IPC is the contract.
    ipcMain.removeAllListeners('electron-store-get-data');
  }
  let cached: unknown;
  let loaded = false;
  return prefsStoreOver(
    () => {
      if (!loaded) {
        try {
          cached = store?.store ?? {};
        } catch (err) {
          cached = {};
          warn('prefs unreadable; using the defaults', { reason: String(err) });
        }
        loaded = true;
      }
      return cached;
    },
    (next) => {
      cached = next;
      loaded = true;
      try {
        if (store) store.store = next;
      } catch (err) {
        warn('prefs not saved; kept for this session only', { reason: String(err) });
      }
    },
  );
}

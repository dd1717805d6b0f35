import { ipcMain } from 'electron';
import Store from 'electron-store';
import { prefsStoreOver, type PrefsStore, type ShellPrefs } from './prefs';

/**
 * The prefs in electron-store: `prefs.json` in the user-data folder, written atomically by
 * electron-store. Read once and kept in memory (the shell reads the language on every message).
 * A file that cannot be read is the defaults (`sanitizePrefs`), a damaged one is cleared; when
 * the folder cannot be used at all, or a write fails, the prefs last for this session only.
 */
export function electronPrefsStore(warn: (message: string, data: Record<string, unknown>) => void = () => {}): PrefsStore {
  let store: Store<Partial<ShellPrefs>> | undefined;
  try {
    store = new Store<Partial<ShellPrefs>>({ name: 'prefs', clearInvalidConfig: true, configFileMode: 0o600 });
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

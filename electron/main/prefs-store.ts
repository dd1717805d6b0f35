import Store from 'electron-store';
import { prefsStoreOver, type PrefsStore, type ShellPrefs } from './prefs';

/**
 * The prefs in electron-store (`prefs.json` in the user-data folder). electron-store needs a
 * running Electron even to be imported, so only the main entry imports this file.
 */
export function electronPrefsStore(): PrefsStore {
  const store = new Store<Partial<ShellPrefs>>({ name: 'prefs', clearInvalidConfig: true });
  return prefsStoreOver(
    () => store.store,
    (next) => {
      store.store = JSON.parse(JSON.stringify(next)) as Partial<ShellPrefs>;
    },
  );
}

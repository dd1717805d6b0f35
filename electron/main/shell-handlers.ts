import type { Locale } from '@shared/i18n/messages';
import type { FileFilter } from '@shared/ipc/channels/shell';
import { AppError } from '@shared/ipc/errors';
import type { ShellHandlers } from './ipc-gate';
import { checkOpenablePath } from './open-path';
import { rendererPrefs, type PrefsStore } from './prefs';
import { allowedExternalUrl, EXTERNAL_HOST_ALLOW_LIST } from './security';

export interface ShellDeps {
  prefs: PrefsStore;
  /** The native folder picker; null when cancelled. */
  chooseFolder(): Promise<string | null>;
  /** The native open-file dialog, restricted to `filters`; null when cancelled. */
  openFile(filters: readonly FileFilter[]): Promise<string | null>;
  /** The native save dialog, restricted to `filters`; null when cancelled. */
  saveFile(filters: readonly FileFilter[], defaultName: string | undefined): Promise<string | null>;
  /** `shell.openExternal` of Electron; only ever given a URL that passed the allow-list. */
  openExternal(url: string): Promise<void>;
  /** Electron's `shell.openPath` ('' on success); only ever given a path that passed checkOpenablePath. */
  openPath?(path: string): Promise<string>;
  /** Folders files may be opened from: the open workspace and the print folder. */
  openRoots?(): readonly string[];
  /** HTML to an A4 PDF in a hidden sandboxed window (./print.ts); returns the file written. */
  printToPdf?(html: string): Promise<string>;
  /** Whether the key store fell back to Linux `basic_text` (asked after app ready). */
  keyStorePlainText?(): boolean;
  /** The language changed: menu, core messages. */
  onLocale(locale: Locale): void;
  allowList?: readonly string[];
  log?(message: string, data: Record<string, unknown>): void;
}

/** The channels main answers itself (their inputs are already validated by the gate). */
export function shellHandlers(deps: ShellDeps): ShellHandlers {
  return {
    'prefs.get': async () => rendererPrefs(deps.prefs.get()),
    'prefs.set': async (input) => {
      const before = deps.prefs.get();
      const patch = {
        ...(input.locale === undefined ? {} : { locale: input.locale }),
        ...(input.lastView === undefined ? {} : { lastView: input.lastView }),
      };
      const after = deps.prefs.set(patch);
      if (after.locale !== before.locale) deps.onLocale(after.locale);
      return rendererPrefs(after);
    },
    'dialog.chooseWorkspace': async () => ({ dir: await deps.chooseFolder() }),
    'dialog.openFile': async ({ filters }) => ({ path: await deps.openFile(filters) }),
    'dialog.saveFile': async ({ filters, defaultName }) => ({ path: await deps.saveFile(filters, defaultName) }),
    'print.toPdf': async ({ html }) => {
      if (!deps.printToPdf) throw new AppError('INTERNAL');
      try {
        return { path: await deps.printToPdf(html) };
      } catch (err) {
        // The officer is told; the print window is gone and the app window untouched.
        deps.log?.('print failed', { error: err instanceof Error ? err.message.slice(0, 300) : String(err) });
        throw new AppError('PRINT_FAILED');
      }
    },
    'shell.openExternal': async ({ url }) => {
      const allowed = allowedExternalUrl(url, deps.allowList ?? EXTERNAL_HOST_ALLOW_LIST);
      if (!allowed) {
        deps.log?.('external URL refused', { url: url.slice(0, 200) });
        return { opened: false };
      }
      await deps.openExternal(allowed);
      return { opened: true };
    },
    'shell.openPath': async ({ path }) => {
      const verdict = checkOpenablePath(path, deps.openRoots?.() ?? []);
      if (!verdict.ok || !deps.openPath) {
        deps.log?.('open path refused', { path: path.slice(0, 300), reason: verdict.ok ? 'unavailable' : verdict.reason });
        return { opened: false };
      }
      return { opened: (await deps.openPath(verdict.path)) === '' };
    },
    'keyStore.status': async () => ({ plainText: deps.keyStorePlainText?.() ?? false }),
  };
}

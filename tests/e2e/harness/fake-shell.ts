import { CHANNELS, type ShellChannel } from '@shared/ipc/contract';
import { prefsSchema, type Prefs } from '@shared/ipc/channels/shell';
import { AppError, issuesFromZod, type Result } from '@shared/ipc/errors';
import { checkOpenablePath } from '../../../electron/main/open-path';

/**
 * The OS edge the Electron main process answers (electron-store, the folder picker, the system
 * browser), faked in memory. Inputs are checked against the contract as the shell checks them.
 */
export class FakeShell {
  prefs: Prefs;
  /** Answers of the folder picker, in order; `null` is a cancelled dialog. */
  readonly chosenFolders: (string | null)[] = [];
  readonly openedUrls: string[] = [];
  /** Answers of the open-file dialog, in order; `null` is a cancelled dialog. */
  readonly openFiles: (string | null)[] = [];
  /** Answers of the save dialog, in order; `null` is a cancelled dialog. */
  readonly saveFiles: (string | null)[] = [];

  /** `print.toPdf`: the harness renders with Chromium's `page.pdf` (the shell uses printToPDF); paths written, in order. */
  printer?: (html: string) => Promise<string>;
  readonly printed: string[] = [];
  /** `shell.openPath`: the folders files may be opened from (the shell's check), and what was opened. */
  openRoots: string[] = [];
  readonly openedPaths: string[] = [];
  /** `keyStore.status`: true plays a Linux shell whose safeStorage fell back to `basic_text`. */
  keyStorePlainText = false;

  constructor(prefs: Partial<Prefs> = {}) {
    this.prefs = prefsSchema.parse(prefs);
  }

  async handle(channel: ShellChannel, input: unknown): Promise<Result<unknown>> {
    const parsed = CHANNELS[channel].input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: new AppError('VALIDATION', {}, issuesFromZod(parsed.error)).toData(this.prefs.locale) };
    const data = parsed.data as Record<string, unknown>;
    switch (channel) {
      case 'prefs.get':
        return { ok: true, value: this.prefs };
      case 'prefs.set':
        this.prefs = prefsSchema.parse({ ...this.prefs, ...data });
        return { ok: true, value: this.prefs };
      case 'dialog.chooseWorkspace':
        return { ok: true, value: { dir: this.chosenFolders.shift() ?? null } };
      case 'dialog.openFile':
        return { ok: true, value: { path: this.openFiles.shift() ?? null } };
      case 'dialog.saveFile': {
        const path = this.saveFiles.shift() ?? null;
        // As the shell does: a file saved through the dialog may be opened afterwards.
        if (path) this.openRoots.push(path);
        return { ok: true, value: { path } };
      }
      case 'print.toPdf': {
        if (!this.printer) return { ok: false, error: new AppError('INTERNAL').toData(this.prefs.locale) };
        const path = await this.printer(String(data.html));
        this.printed.push(path);
        return { ok: true, value: { path } };
      }
      case 'shell.openExternal': {
        const url = String(data.url);
        const opened = url.startsWith('https://');
        if (opened) this.openedUrls.push(url);
        return { ok: true, value: { opened } };
      }
      case 'shell.openPath': {
        const verdict = checkOpenablePath(String(data.path), this.openRoots);
        if (verdict.ok) this.openedPaths.push(verdict.path);
        return { ok: true, value: { opened: verdict.ok } };
      }
      case 'keyStore.status':
        return { ok: true, value: { plainText: this.keyStorePlainText } };
    }
  }
}

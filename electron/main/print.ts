import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session } from 'electron';

/**
 * Prints HTML (the sealed demand form) to an A4 PDF. The HTML is request text typed by people,
 * escaped, but still not trusted: it is written to a private folder and loaded from there (a long
 * form would exceed Chromium's URL limit as a data: URL) into a hidden window of its own in-memory
 * session (`PRINT_PARTITION`), sandboxed, without JavaScript or a preload. That session's request
 * filter lets through only the job's own file and inline data: images, so the form cannot reach
 * the network; the app window's session is never touched.
 */
export const PRINT_PARTITION = 'catalogue-print';

/** A folder only this user can read (mkdtemp: a fresh random name, mode 0700 on POSIX). */
export function makePrivateDir(prefix: string, base: string = tmpdir()): string {
  const dir = mkdtempSync(join(base, prefix));
  if (process.platform !== 'win32') chmodSync(dir, 0o700);
  return dir;
}

export interface Printer {
  printToPdf(html: string): Promise<string>;
  /** Where the PDFs go (a root `shell.openPath` may open from); created on first use. */
  outputDir(): string | undefined;
  /** Removes the folder and the PDFs in it (when the app closes); a later job makes a new one. */
  dispose(): void;
}

/** Best effort: a PDF still open in a viewer on Windows cannot be removed, and must not stop the quit. */
function removeDir(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true, maxRetries: 2 });
  } catch {
    // Left to the OS's cleaning of the temporary folder.
  }
}

export function makePrinter(base: string = tmpdir()): Printer {
  let outDir: string | undefined;
  // Compared case-folded: Chromium may spell a Windows drive letter or an escape differently.
  const allowed = new Set<string>();
  let filtered = false;
  const printSession = () => {
    const ses = session.fromPartition(PRINT_PARTITION, { cache: false });
    if (!filtered) {
      ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !(details.url.startsWith('data:') || allowed.has(details.url.toLowerCase())) }));
      ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
      filtered = true;
    }
    return ses;
  };
  return {
    outputDir: () => outDir,
    dispose() {
      if (outDir) removeDir(outDir);
      outDir = undefined;
    },
    async printToPdf(html) {
      outDir ??= makePrivateDir('catalogue-workbench-print-', base);
      const job = mkdtempSync(join(outDir, 'job-'));
      const file = join(job, 'form.html');
      writeFileSync(file, html, { mode: 0o600 });
      const url = pathToFileURL(file).href;
      allowed.add(url.toLowerCase());
      const ses = printSession();
      const win = new BrowserWindow({
        show: false,
        webPreferences: { session: ses, sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true, devTools: false },
      });
      try {
        await win.loadURL(url);
        const pdf = await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
        const path = join(outDir, `${randomUUID()}.pdf`);
        writeFileSync(path, pdf, { mode: 0o600 });
        return path;
      } finally {
        allowed.delete(url.toLowerCase());
        win.destroy();
        rmSync(job, { recursive: true, force: true });
        // A failed first job leaves no empty folder behind.
        if (outDir && readdirSync(outDir).length === 0) {
          removeDir(outDir);
          outDir = undefined;
        }
      }
    },
  };
}

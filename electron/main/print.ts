import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import { printOutputDir } from './open-path';

/**
 * Prints HTML (the sealed demand form) to an A4 PDF: a hidden window, sandboxed, without
 * JavaScript, network or a preload (the HTML is request text typed by people, escaped, but still
 * not trusted), loaded from a data: URL, printed with `webContents.printToPDF`, then closed.
 */
export async function printToPdf(html: string): Promise<string> {
  const win = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true },
  });
  try {
    win.webContents.session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith('data:') }));
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    const pdf = await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    const dir = printOutputDir();
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `${randomUUID()}.pdf`);
    writeFileSync(path, pdf);
    return path;
  } finally {
    win.destroy();
  }
}

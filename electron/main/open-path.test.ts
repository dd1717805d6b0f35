import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import nodePath, { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkOpenablePath, type OpenPathFs } from './open-path';

const base = mkdtempSync(join(tmpdir(), 'cw-open-path-'));
const workspace = join(base, 'workspace');
const elsewhere = join(base, 'elsewhere');
mkdirSync(join(workspace, 'attachments'), { recursive: true });
mkdirSync(elsewhere);
const file = (dir: string, name: string) => {
  writeFileSync(join(dir, name), 'x');
  return join(dir, name);
};
const pdf = file(workspace, '需求单.pdf');
const scan = file(join(workspace, 'attachments'), 'scan.JPG');
file(workspace, 'workspace.db');
file(workspace, 'run.sh');
const outsidePdf = file(elsewhere, 'other.pdf');
mkdirSync(join(workspace, 'folder.pdf'));
symlinkSync(outsidePdf, join(workspace, 'link.pdf'));
symlinkSync(join(workspace, 'run.sh'), join(workspace, 'script.pdf'));
symlinkSync(elsewhere, join(workspace, 'escape'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const check = (p: string, roots: readonly string[] = [workspace]) => checkOpenablePath(p, roots);

describe('checkOpenablePath', () => {
  it('opens an allowed file inside a root, by its real path', () => {
    expect(check(pdf)).toEqual({ ok: true, path: pdf });
    expect(check(scan)).toEqual({ ok: true, path: scan });
    expect(check(`${workspace}/attachments/../需求单.pdf`)).toEqual({ ok: true, path: pdf });
    expect(check(outsidePdf, [workspace, elsewhere])).toEqual({ ok: true, path: outsidePdf });
  });

  it('refuses a relative path or one with NUL', () => {
    expect(check('需求单.pdf')).toEqual({ ok: false, reason: 'relative' });
    expect(check(`${pdf}\0.sh`)).toEqual({ ok: false, reason: 'relative' });
  });

  it('refuses types outside the allow-list, whatever the case of the rest', () => {
    expect(check(join(workspace, 'workspace.db'))).toEqual({ ok: false, reason: 'extension' });
    expect(check(join(workspace, 'run.sh'))).toEqual({ ok: false, reason: 'extension' });
    expect(check(join(workspace, 'a.exe:x.pdf'))).toEqual({ ok: false, reason: 'extension' });
  });

  it('refuses traversal and symlinks that lead out of the roots, or to a disallowed type', () => {
    expect(check(`${workspace}/../elsewhere/other.pdf`)).toEqual({ ok: false, reason: 'outside' });
    expect(check(join(workspace, 'link.pdf'))).toEqual({ ok: false, reason: 'outside' });
    expect(check(join(workspace, 'escape', 'other.pdf'))).toEqual({ ok: false, reason: 'outside' });
    expect(check(join(workspace, 'script.pdf'))).toEqual({ ok: false, reason: 'extension' });
    expect(check(outsidePdf)).toEqual({ ok: false, reason: 'outside' });
    // A sibling folder whose name starts with the root's is not inside it.
    expect(check(outsidePdf, [join(base, 'else')])).toEqual({ ok: false, reason: 'outside' });
  });

  it('refuses what does not exist or is not a file, and roots that are empty or relative', () => {
    expect(check(join(workspace, 'gone.pdf'))).toEqual({ ok: false, reason: 'missing' });
    expect(check(join(workspace, 'folder.pdf'))).toEqual({ ok: false, reason: 'notFile' });
    expect(check(pdf, [''])).toEqual({ ok: false, reason: 'outside' });
    expect(check(pdf, ['workspace'])).toEqual({ ok: false, reason: 'outside' });
    // A file root allows that file only.
    expect(check(outsidePdf, [outsidePdf])).toEqual({ ok: true, path: outsidePdf });
    expect(check(outsidePdf, [pdf])).toEqual({ ok: false, reason: 'outside' });
    expect(check(workspace + '/', [workspace])).toEqual({ ok: false, reason: 'extension' });
  });

  it('on Windows paths: drive letters, case and traversal', () => {
    const files = new Set(['c:\\ws\\form.pdf', 'd:\\form.pdf']);
    const fs: OpenPathFs = {
      realpath: (p) => {
        if (p.toLowerCase() === 'c:\\ws' || files.has(p.toLowerCase())) return p;
        throw new Error('ENOENT');
      },
      isFile: (p) => files.has(p.toLowerCase()),
    };
    const win = (p: string) => checkOpenablePath(p, ['C:\\ws'], fs, nodePath.win32);
    expect(win('C:\\ws\\FORM.PDF')).toEqual({ ok: true, path: 'C:\\ws\\FORM.PDF' });
    expect(win('C:\\ws\\..\\..\\d:\\form.pdf').ok).toBe(false);
    expect(win('D:\\form.pdf')).toEqual({ ok: false, reason: 'outside' });
    expect(win('C:\\ws\\form.pdf:evil.exe')).toEqual({ ok: false, reason: 'extension' });
    expect(win('\\\\server\\share\\form.pdf').ok).toBe(false);
  });
});

describe('shell.openPath handler', () => {
  it('hands only a checked path to Electron, and says when it refused', async () => {
    const { shellHandlers } = await import('./shell-handlers');
    const { memoryPrefsStore } = await import('./prefs');
    const opened: string[] = [];
    const refused: unknown[] = [];
    const handlers = shellHandlers({
      prefs: memoryPrefsStore(),
      chooseFolder: async () => null,
      openFile: async () => null,
      saveFile: async () => null,
      openExternal: async () => {},
      openPath: async (p) => {
        opened.push(p);
        return '';
      },
      openRoots: () => [workspace],
      onLocale: () => {},
      log: (_m, d) => void refused.push(d),
    });
    expect(await handlers['shell.openPath']({ path: pdf })).toEqual({ opened: true });
    expect(await handlers['shell.openPath']({ path: join(workspace, 'run.sh') })).toEqual({ opened: false });
    expect(await handlers['shell.openPath']({ path: outsidePdf })).toEqual({ opened: false });
    expect(opened).toEqual([pdf]);
    expect(refused).toEqual([expect.objectContaining({ reason: 'extension' }), expect.objectContaining({ reason: 'outside' })]);
  });
});

import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../tests/helpers/core';
import { makeFakeElectron, type FakeElectron } from '../../tests/helpers/fake-electron';

/** The real electron-store against a fake `electron` whose user-data folder is a temporary one. */
const holder = vi.hoisted(() => ({ fake: undefined as { electron: unknown } | undefined }));
vi.mock('electron', async () => (await import('../../tests/helpers/fake-electron')).fakeElectronModule(() => holder.fake?.electron as FakeElectron['electron'] | undefined));

const { electronPrefsStore } = await import('./prefs-store');

describe('prefs in electron-store', () => {
  let dir: ReturnType<typeof tempDir>;
  let userData: string;
  let fake: FakeElectron;
  beforeEach(() => {
    dir = tempDir('cw-prefs-');
    userData = join(dir.dir, 'userData');
    fake = makeFakeElectron({ userData });
    holder.fake = fake;
  });
  afterEach(() => dir.cleanup());

  it('reads a prefs.json written by an earlier install and writes it back whole', () => {
    mkdirSync(userData);
    const file = join(userData, 'prefs.json');
    writeFileSync(file, `${JSON.stringify({ locale: 'en', workspaceDir: '/data/ws' }, null, '\t')}\n`);
    const store = electronPrefsStore();
    expect(store.get()).toMatchObject({ locale: 'en', workspaceDir: '/data/ws' });
    store.set({ locale: 'zh-CN' });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ locale: 'zh-CN', workspaceDir: '/data/ws' });
    // Written atomically: no temporary file left beside it.
    expect(readdirSync(userData)).toEqual(['prefs.json']);
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(electronPrefsStore().get().locale).toBe('zh-CN');
  });

  it('starts from the defaults when the file is missing or damaged, and saves over a damaged one', () => {
    expect(electronPrefsStore().get().locale).toBe('zh-CN');
    mkdirSync(userData, { recursive: true });
    const file = join(userData, 'prefs.json');
    writeFileSync(file, '{"locale": "en", ');
    const store = electronPrefsStore();
    expect(store.get().locale).toBe('zh-CN');
    store.set({ lastView: 'catalogue' });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ locale: 'zh-CN', lastView: 'catalogue' });
  });

  it('keeps the prefs for the session when the user-data folder cannot be used', () => {
    writeFileSync(userData, 'not a folder');
    const warnings: string[] = [];
    const store = electronPrefsStore((m) => void warnings.push(m));
    expect(store.get().locale).toBe('zh-CN');
    expect(store.set({ locale: 'en' }).locale).toBe('en');
    expect(store.get().locale).toBe('en');
    expect(warnings).not.toEqual([]);
  });

  it('leaves no ipcMain listener behind, though electron-store registers one', async () => {
    // A fresh electron-store module: it registers its listener once per import.
    vi.resetModules();
    const fresh = await import('./prefs-store');
    const on = vi.spyOn(fake.ipcMain, 'on');
    fresh.electronPrefsStore();
    expect(on).toHaveBeenCalledWith('electron-store-get-data', expect.any(Function));
    expect(fake.ipcMain.events()).toEqual([]);
  });
});

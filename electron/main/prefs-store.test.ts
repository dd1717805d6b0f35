import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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

  it('starts from the defaults when the file is missing', () => {
    expect(electronPrefsStore().get().locale).toBe('zh-CN');
    expect(existsSync(join(userData, 'prefs.json'))).toBe(false);
  });

  it('keeps a damaged file aside under a timestamped name, starts from the defaults and says where it went', () => {
    mkdirSync(userData, { recursive: true });
    const file = join(userData, 'prefs.json');
    const damaged = '{"locale": "en", "workspaceDir": "/data/ws", ';
    writeFileSync(file, damaged);
    const kept: string[] = [];
    const warnings: string[] = [];
    const store = electronPrefsStore((m) => void warnings.push(m), (keptAs) => void kept.push(keptAs), () => new Date('2026-12-06T05:40:01.234Z'));
    const keptAs = join(userData, 'prefs.damaged-2026-12-06T05-40-01-234Z.json');
    expect(kept).toEqual([keptAs]);
    expect(warnings).toEqual([expect.stringContaining('damaged')]);
    // The damaged bytes are kept as they were, for the officer or the administrator to look at.
    expect(readFileSync(keptAs, 'utf8')).toBe(damaged);
    expect(store.get()).toEqual({ locale: 'zh-CN' });
    store.set({ lastView: 'catalogue' });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ locale: 'zh-CN', lastView: 'catalogue' });
    expect(readdirSync(userData).sort()).toEqual(['prefs.damaged-2026-12-06T05-40-01-234Z.json', 'prefs.json']);
    // The next start reads the new file and reports nothing.
    const again: string[] = [];
    expect(electronPrefsStore(() => {}, (k) => void again.push(k)).get().lastView).toBe('catalogue');
    expect(again).toEqual([]);
  });

  it('reports nothing for a file that is JSON but holds nonsense: its values fall back one by one', () => {
    mkdirSync(userData, { recursive: true });
    writeFileSync(join(userData, 'prefs.json'), JSON.stringify({ locale: 'fr', workspaceDir: '/data/ws' }));
    const kept: string[] = [];
    const store = electronPrefsStore(() => {}, (k) => void kept.push(k));
    expect(store.get()).toMatchObject({ locale: 'zh-CN', workspaceDir: '/data/ws' });
    expect(kept).toEqual([]);
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

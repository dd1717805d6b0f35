import nodePath from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryPrefsStore, rendererPrefs, sanitizePrefs, visibleBounds, type WindowBounds } from './prefs';
import { chooseWorkspaceDir, openedWorkspaceDir, workspaceFlag } from './workspace-dir';

describe('prefs', () => {
  it('defaults to Chinese', () => {
    expect(memoryPrefsStore().get()).toEqual({ locale: 'zh-CN' });
  });

  it('keeps the fields that are valid in a damaged file and drops the rest', () => {
    const prefs = sanitizePrefs({ locale: 'fr', lastView: 'catalogue', workspaceDir: 7, windowBounds: { x: 'a' }, junk: 1 });
    expect(prefs).toEqual({ locale: 'zh-CN', lastView: 'catalogue' });
    expect(sanitizePrefs(null)).toEqual({ locale: 'zh-CN' });
    expect(sanitizePrefs('[]')).toEqual({ locale: 'zh-CN' });
  });

  it('merges patches and shows the renderer only its own part', () => {
    const store = memoryPrefsStore();
    store.set({ locale: 'en' });
    store.set({ workspaceDir: '/data/ws', windowBounds: { x: 0, y: 0, width: 1200, height: 800, maximized: true } });
    const all = store.get();
    expect(all).toMatchObject({ locale: 'en', workspaceDir: '/data/ws' });
    expect(rendererPrefs(all)).toEqual({ locale: 'en' });
  });
});

describe('visibleBounds', () => {
  const bounds: WindowBounds = { x: 100, y: 100, width: 1200, height: 800, maximized: false };
  const laptop = { x: 0, y: 0, width: 1920, height: 1040 };

  it('keeps bounds that are on a display', () => {
    expect(visibleBounds(bounds, [laptop])).toBe(bounds);
  });

  it('drops bounds left on a monitor that is gone', () => {
    expect(visibleBounds({ ...bounds, x: 2500 }, [laptop])).toBeUndefined();
    expect(visibleBounds({ ...bounds, x: 1880 }, [laptop])).toBeUndefined();
    expect(visibleBounds({ ...bounds, x: 2500 }, [laptop, { x: 1920, y: 0, width: 2560, height: 1400 }])).toEqual({ ...bounds, x: 2500 });
    expect(visibleBounds(undefined, [laptop])).toBeUndefined();
  });
});

describe('workspace folder', () => {
  const userData = '/home/o/.config/Catalogue Workbench';

  it('takes the command-line flag first, resolved against the working directory', () => {
    expect(chooseWorkspaceDir(['electron', '.', '--workspace', 'ws'], '/last', userData, '/home/o')).toBe(nodePath.resolve('/home/o', 'ws'));
    expect(chooseWorkspaceDir(['app', '--workspace=/abs/ws'], '/last', userData, '/home/o')).toBe('/abs/ws');
  });

  it('then the last one used, then the user-data folder', () => {
    expect(chooseWorkspaceDir(['app'], '/last', userData, '/home/o')).toBe('/last');
    expect(chooseWorkspaceDir(['app'], undefined, userData, '/home/o')).toBe(nodePath.join(userData, 'workspace'));
  });

  it('ignores a flag without a value', () => {
    expect(workspaceFlag(['app', '--workspace'])).toBeUndefined();
    expect(workspaceFlag(['app', '--workspace', '--lang'])).toBeUndefined();
    expect(workspaceFlag(['app', '--workspace='])).toBeUndefined();
  });

  it('remembers a folder that opened, not one that failed', () => {
    expect(openedWorkspaceDir({ state: 'ready', workspace: { dir: '/a' } })).toBe('/a');
    expect(openedWorkspaceDir({ state: 'uninitialised', dir: '/b' })).toBe('/b');
    expect(openedWorkspaceDir({ state: 'unavailable', dir: '/c', error: {} })).toBeUndefined();
    expect(openedWorkspaceDir(null)).toBeUndefined();
  });
});

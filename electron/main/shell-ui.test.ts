import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { SHELL_MESSAGES } from './i18n';
import { menuTemplate } from './menu-template';
import { makeNotifier } from './notify';

function keys(tree: unknown, prefix = ''): string[] {
  if (typeof tree === 'string') return [prefix];
  return Object.entries(tree as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((i) => [...(i.label ? [i.label] : []), ...(Array.isArray(i.submenu) ? labels(i.submenu) : [])]);
}

describe('shell messages', () => {
  it('have the same keys in zh-CN and en, none empty', () => {
    expect(keys(SHELL_MESSAGES.en).sort()).toEqual(keys(SHELL_MESSAGES['zh-CN']).sort());
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const k of keys(SHELL_MESSAGES[locale])) expect(k.split('.').reduce<unknown>((n, p) => (n as Record<string, unknown>)[p], SHELL_MESSAGES[locale])).not.toBe('');
    }
  });
});

describe('application menu', () => {
  const actions = { openWorkspace: () => {} };

  it('follows the language pref', () => {
    const zh = labels(menuTemplate('zh-CN', 'linux', true, actions));
    const en = labels(menuTemplate('en', 'linux', true, actions));
    expect(zh).toContain('打开工作区…');
    expect(en).toContain('Open Workspace…');
    expect(zh).toHaveLength(en.length);
    // Every label comes from the shell's messages of that language.
    const zhValues = new Set(keys(SHELL_MESSAGES['zh-CN']).map((k) => k.split('.').reduce<unknown>((n, p) => (n as Record<string, unknown>)[p], SHELL_MESSAGES['zh-CN'])));
    for (const l of zh) expect(zhValues.has(l), l).toBe(true);
  });

  it('offers developer tools only in unpackaged builds', () => {
    const roles = (items: MenuItemConstructorOptions[]): string[] =>
      items.flatMap((i) => [...(i.role ? [i.role] : []), ...(Array.isArray(i.submenu) ? roles(i.submenu) : [])]);
    expect(roles(menuTemplate('en', 'win32', true, actions))).not.toContain('toggleDevTools');
    expect(roles(menuTemplate('en', 'win32', false, actions))).toContain('toggleDevTools');
  });

  it('puts the app menu first on macOS', () => {
    expect(menuTemplate('en', 'darwin', true, actions)[0]?.label).toBe('Catalogue Workbench');
    expect(menuTemplate('en', 'linux', true, actions)[0]?.label).toBe('File');
  });

  it('runs the open-workspace action from its item', () => {
    let opened = 0;
    const file = menuTemplate('en', 'linux', true, { openWorkspace: () => void opened++ })[0];
    const item = (file?.submenu as MenuItemConstructorOptions[])[0];
    (item?.click as () => void)();
    expect(opened).toBe(1);
  });
});

describe('desktop notifier', () => {
  function sink(supported = true) {
    const shown: { title: string; body: string }[] = [];
    let click: (() => void) | undefined;
    return { shown, click: () => click?.(), sink: { isSupported: () => supported, show: (o: { title: string; body: string }, onClick: () => void) => void (shown.push(o), (click = onClick)) } };
  }

  it('shows a clipped notice and focuses the window on click', () => {
    const s = sink();
    let focused = 0;
    const notify = makeNotifier(s.sink, () => void focused++);
    expect(notify({ title: '共享申请即将到期', body: '甲'.repeat(500) })).toBe(true);
    expect(s.shown[0]?.title).toBe('共享申请即将到期');
    expect(s.shown[0]?.body).toHaveLength(240);
    expect(s.shown[0]?.body.endsWith('…')).toBe(true);
    s.click();
    expect(focused).toBe(1);
  });

  it('does not repeat a reminder with the same key within the window', () => {
    const s = sink();
    let t = 0;
    const notify = makeNotifier(s.sink, () => {}, () => t, 1000);
    expect(notify({ title: 'a', body: 'b' }, 'request-1')).toBe(true);
    t = 999;
    expect(notify({ title: 'a', body: 'b' }, 'request-1')).toBe(false);
    expect(notify({ title: 'c', body: 'd' }, 'request-2')).toBe(true);
    t = 1000;
    expect(notify({ title: 'a', body: 'b' }, 'request-1')).toBe(true);
    expect(s.shown).toHaveLength(3);
  });

  it('does nothing where notifications are unsupported', () => {
    const s = sink(false);
    expect(makeNotifier(s.sink, () => {})({ title: 'a', body: 'b' })).toBe(false);
    expect(s.shown).toEqual([]);
  });
});
